#pragma once

#include "models/ApiError.h"

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

class QNetworkReply;

namespace NetworkFailure {

// How a finished reply failed below HTTP, if it did: a timeout (also one that fires after the
// headers arrived), an answer past NetworkLimits (too large, past the deadline), a refused or
// dropped connection, a TLS failure. nullopt when the transfer itself completed and only the
// HTTP status and body remain to be judged. Call it before reading the body.
std::optional<ApiError> of(QNetworkReply *reply);

// An error for an HTTP status whose body says nothing usable, with Retry-After when sent.
ApiError forStatus(QNetworkReply *reply, int status);

// An error for a 3xx answer: no client follows redirects (a redirected request would carry
// its credentials, or be sent twice). Names the target and says if it is another origin.
ApiError redirect(QNetworkReply *reply, int status);

// Retry-After (RFC 9110, 10.2.3): delta-seconds or an HTTP-date (IMF-fixdate, RFC 850 or
// asctime form), as seconds from `now`, capped at NetworkLimits::MaxRetryAfterSeconds; a date
// in the past is 0. -1 when the value is neither form.
qint64 parseRetryAfter(QByteArrayView value, const QDateTime &now);
// Sets `error`'s Retry-After from `reply`'s header, when it has a usable one.
void applyRetryAfter(ApiError &error, QNetworkReply *reply);

} // namespace NetworkFailure
