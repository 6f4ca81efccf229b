#include "api/NetworkFailure.h"

#include "api/NetworkLimits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkReply>

namespace NetworkFailure {

namespace {

// An HTTP-date (RFC 9110, 5.6.7) in any of its three forms, or an invalid QDateTime.
QDateTime parseHttpDate(QByteArrayView value)
{
    QByteArray text = value.toByteArray();
    text.replace(',', ' ').replace('-', ' ');
    const QList<QByteArray> parts = text.simplified().split(' ');
    QByteArray day, month, year, time;
    if (parts.size() == 6 && parts.at(5) == "GMT") {
        // IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT"
        day = parts.at(1);
        month = parts.at(2);
        year = parts.at(3);
        time = parts.at(4);
    } else if (parts.size() == 5) {
        // asctime "Sun Nov  6 08:49:37 1994"
        month = parts.at(1);
        day = parts.at(2);
        time = parts.at(3);
        year = parts.at(4);
    } else {
        return {};
    }
    static const QByteArrayList months {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const qsizetype monthIndex = months.indexOf(month);
    const auto digits = [](const QByteArray &s) {
        return !s.isEmpty()
            && std::all_of(s.cbegin(), s.cend(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (monthIndex < 0 || !digits(day) || day.size() > 2 || !digits(year)
        || (year.size() != 2 && year.size() != 4))
        return {};
    int y = year.toInt();
    if (year.size() == 2)
        y += y < 70 ? 2000 : 1900; // RFC 850's two-digit years
    const QTime clock = QTime::fromString(QString::fromLatin1(time), QStringLiteral("HH:mm:ss"));
    const QDate date(y, int(monthIndex) + 1, day.toInt());
    if (!clock.isValid() || !date.isValid())
        return {};
    return QDateTime(date, clock, Qt::UTC);
}

// An answer stopped by NetworkLimits: larger than allowed, or not complete by its deadline.
std::optional<ApiError> pastLimits(QNetworkReply *reply)
{
    switch (NetworkLimits::exceeded(reply)) {
    case NetworkLimits::Exceeded::Size: {
        ApiError error(ApiError::Kind::MalformedReply,
            QCoreApplication::translate("NetworkFailure",
                "The server's answer is larger than %1, more than the console accepts; it "
                "was stopped.")
                .arg(QLocale().formattedDataSize(NetworkLimits::maxBytes(reply))),
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        error.setUserMessage(error.serverMessage());
        return error;
    }
    case NetworkLimits::Exceeded::Deadline: {
        const int seconds = (NetworkLimits::deadlineMs(reply) + 999) / 1000;
        ApiError error(ApiError::Kind::Timeout,
            QCoreApplication::translate("NetworkFailure",
                "The server's answer was not complete within %n second(s); the request was "
                "stopped.",
                nullptr, seconds),
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        error.setUserMessage(error.serverMessage());
        return error;
    }
    case NetworkLimits::Exceeded::None:
        break;
    }
    return std::nullopt;
}

// A failure before any answer arrived (no HTTP status), saying whether the request went out.
ApiError beforeAnswer(QNetworkReply *reply, QNetworkReply::NetworkError error)
{
    ApiError failure(ApiError::Kind::Network, reply->errorString());
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("NetworkFailure", text); };
    // The host (and port when one is given) is what the engineer can check: named, as text.
    const QUrl url = reply->url();
    const QString host = url.host();
    const QString hostAndPort
        = url.port() > 0 ? QStringLiteral("%1:%2").arg(host).arg(url.port()) : host;
    // Failures before a connection existed: nothing was sent.
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        failure.setNotDelivered(true);
        if (!host.isEmpty())
            failure.setUserMessage(tr("Host %1 not found. Check the address in the settings, "
                                      "and your network or VPN connection.")
                                       .arg(host));
        break;
    case QNetworkReply::ConnectionRefusedError:
        failure.setNotDelivered(true);
        if (!host.isEmpty())
            failure.setUserMessage(tr("Cannot reach the server: %1 refused the connection. "
                                      "Check the address and port in the settings.")
                                       .arg(hostAndPort));
        break;
    case QNetworkReply::ProxyNotFoundError:
        failure.setNotDelivered(true);
        failure.setUserMessage(tr("The network proxy was not found. Check the system's proxy "
                                  "settings."));
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        failure.setNotDelivered(true);
        break;
    // The request went out and the connection closed before any byte of the answer
    // (ContentReSendError: Qt wanted to send a SendOnceBody again and could not). The
    // server may have carried it out: the outcome is unknown, not a network that is down.
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        failure.setUserMessage(QCoreApplication::translate("NetworkFailure",
            "The connection closed before the server answered, so whether it carried out "
            "the request is not known."));
        break;
    default:
        break;
    }
    return failure;
}

// Headers arrived, then the connection broke (or the body came short).
bool brokenTransfer(QNetworkReply::NetworkError error)
{
    return (error >= QNetworkReply::ConnectionRefusedError
               && error <= QNetworkReply::UnknownNetworkError)
        || (error >= QNetworkReply::ProxyConnectionRefusedError
            && error <= QNetworkReply::UnknownProxyError)
        || (error >= QNetworkReply::ProtocolUnknownError
            && error <= QNetworkReply::ProtocolFailure
            // Qt's name for an HTTP 400 answer, not a broken transfer.
            && error != QNetworkReply::ProtocolInvalidOperationError);
}

// Qt finishes a reply whose connection closed in the middle of the body as if it were
// whole when it notices the close while reading ("the server did not send a content
// length"), even though one was declared. Fewer bytes than declared is a broken transfer.
// (A compressed body is counted after Qt inflated it: only an unencoded one is compared.)
std::optional<ApiError> shortBody(QNetworkReply *reply, int status)
{
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (reply->error() == QNetworkReply::NoError && declared.isValid()
        && (encoding.isEmpty() || encoding == "identity")
        && reply->bytesAvailable() < declared.toLongLong()) {
        return ApiError(ApiError::Kind::Network,
            QCoreApplication::translate("NetworkFailure",
                "The connection closed after %1 of the %2 bytes the server announced.")
                .arg(reply->bytesAvailable())
                .arg(declared.toLongLong()),
            status);
    }
    return std::nullopt;
}

} // namespace

std::optional<ApiError> of(QNetworkReply *reply)
{
    if (std::optional<ApiError> stopped = pastLimits(reply))
        return stopped;
    const QNetworkReply::NetworkError error = reply->error();
    // The transfer timeout aborts the reply: OperationCanceledError, whether or not the
    // headers had arrived. (Callers that abort on purpose never see finished().)
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        return ApiError(ApiError::Kind::Timeout, reply->errorString());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Qt rewinds the body of a POST answered by a 307 or 308 even when it will not follow the
    // redirect; a body that refuses (SendOnceBody) fails with ContentReSendError. The 3xx is
    // still the answer, for the caller to name.
    if (error == QNetworkReply::ContentReSendError && status >= 300 && status < 400)
        return std::nullopt;
    if (status == 0)
        return beforeAnswer(reply, error);
    if (brokenTransfer(error))
        return ApiError(ApiError::Kind::Network, reply->errorString(), status);
    return shortBody(reply, status);
}

ApiError forStatus(QNetworkReply *reply, int status)
{
    const ApiError::Kind kind = status >= 500 ? ApiError::Kind::Server
        : status == 401                       ? ApiError::Kind::Authentication
        : status == 403                       ? ApiError::Kind::Authorization
        : status == 200                       ? ApiError::Kind::MalformedReply
                                              : ApiError::Kind::Http;
    ApiError error(kind, reply->errorString(), status);
    applyRetryAfter(error, reply);
    return error;
}

ApiError redirect(QNetworkReply *reply, int status)
{
    QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (target.isEmpty())
        target = QUrl(QString::fromUtf8(reply->rawHeader("Location")));
    target = reply->url().resolved(target);
    const QUrl from = reply->url();
    const bool sameOrigin = target.scheme().compare(from.scheme(), Qt::CaseInsensitive) == 0
        && target.host().compare(from.host(), Qt::CaseInsensitive) == 0
        && target.port(-1) == from.port(-1);
    // No query: it could carry something the server put there for itself.
    const QString shown = target.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    const QString words = sameOrigin
        ? QCoreApplication::translate("NetworkFailure",
            "The server redirected the request (HTTP %1) to %2. The console follows no "
            "redirects; if the service has moved, enter the new address in the settings.")
        : QCoreApplication::translate("NetworkFailure",
            "The server redirected the request (HTTP %1) to another server, %2. The "
            "console follows no redirects, so nothing was sent there; if the service has "
            "moved, enter the new address in the settings.");
    ApiError error(ApiError::Kind::Http, shown, status);
    error.setUserMessage(words.arg(status).arg(shown));
    return error;
}

qint64 parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArrayView text = value.trimmed();
    if (text.isEmpty())
        return -1;
    if (std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // delta-seconds: any number of digits; past the cap the exact value does not matter.
        if (text.size() > 12)
            return NetworkLimits::MaxRetryAfterSeconds;
        return qMin(text.toLongLong(), NetworkLimits::MaxRetryAfterSeconds);
    }
    const QDateTime when = parseHttpDate(text);
    if (!when.isValid())
        return -1;
    const qint64 seconds = now.secsTo(when);
    return qBound<qint64>(0, seconds, NetworkLimits::MaxRetryAfterSeconds);
}

void applyRetryAfter(ApiError &error, QNetworkReply *reply)
{
    if (!reply->hasRawHeader("Retry-After"))
        return;
    const qint64 seconds
        = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    if (seconds >= 0)
        error.setRetryAfterSeconds(int(seconds));
}

} // namespace NetworkFailure
