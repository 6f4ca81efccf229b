#pragma once

#include "api/ApiError.h"

#include <optional>

class QNetworkReply;

namespace NetworkFailure {

// How a finished reply failed below HTTP, if it did: a timeout (also one that fires after the
// headers arrived), a refused or dropped connection, a TLS failure. nullopt when the transfer
// itself completed and only the HTTP status and body remain to be judged.
std::optional<ApiError> of(QNetworkReply *reply);

// An error for an HTTP status whose body says nothing usable, with Retry-After when sent.
ApiError forStatus(QNetworkReply *reply, int status);

} // namespace NetworkFailure
