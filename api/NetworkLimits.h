#pragma once

#include "models/ApiError.h"

#include <QtGlobal>

class QNetworkReply;

// The limits every request to a server runs under, in one place (README, "Network
// behaviour"). A hostile or broken server cannot make the console hold an answer of any size
// or wait for one forever.
namespace NetworkLimits {

constexpr qint64 MiB = 1024 * 1024;

// The largest answer accepted. A declared Content-Length above it is refused as soon as the
// headers arrive; a body that grows past it (no length, or a false one) is stopped there.
constexpr qint64 GraphQLMaxBytes = 256 * MiB; // a full sync: every case with its history
constexpr qint64 TokenMaxBytes = 1 * MiB; // an OAuth token answer is a few hundred bytes
constexpr qint64 RepositoryMaxBytes = 32 * MiB; // a page of case status entries or a history

// Qt's transfer timeout (the "idle" timeout, setTimeout() of each client) restarts on every
// byte, so a body trickling a byte at a time never trips it. This overall deadline does not
// restart: the whole answer must be in by then.
constexpr int GraphQLDeadlineMs = 10 * 60'000;
constexpr int TokenDeadlineMs = 60'000;
constexpr int RepositoryDeadlineMs = 2 * 60'000;

// The longest Retry-After the console obeys (ApiError keeps it with the error that carries it).
constexpr qint64 MaxRetryAfterSeconds = ApiError::MaxRetryAfterSeconds;

// Watches `reply` from now on: aborts it when it declares or delivers more than `maxBytes`, or
// when it is not finished `deadlineMs` from now. NetworkFailure::of() then says which.
void guard(QNetworkReply *reply, qint64 maxBytes, int deadlineMs);

enum class Exceeded { None, Size, Deadline };
// Why guard() stopped `reply`, if it did.
Exceeded exceeded(const QNetworkReply *reply);
qint64 maxBytes(const QNetworkReply *reply);
int deadlineMs(const QNetworkReply *reply);

} // namespace NetworkLimits
