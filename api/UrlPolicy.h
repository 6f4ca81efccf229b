#pragma once

#include <QString>
#include <QUrl>

namespace UrlPolicy {

// True for localhost, 127.0.0.0/8 and ::1.
bool isLoopback(const QUrl &url);

// Empty when the URL may carry credentials: https anywhere, plain http only to loopback.
// Otherwise a sentence saying why not.
QString refusalReason(const QUrl &url);

} // namespace UrlPolicy
