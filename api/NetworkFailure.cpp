#include "api/NetworkFailure.h"

#include <QNetworkReply>

namespace NetworkFailure {

std::optional<ApiError> of(QNetworkReply *reply)
{
    const QNetworkReply::NetworkError error = reply->error();
    // The transfer timeout aborts the reply: OperationCanceledError, whether or not the
    // headers had arrived. (Callers that abort on purpose never see finished().)
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        return ApiError(ApiError::Kind::Timeout, reply->errorString());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        ApiError failure(ApiError::Kind::Network, reply->errorString());
        // Failures before a connection existed: nothing was sent.
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
            failure.setNotDelivered(true);
            break;
        default:
            break;
        }
        return failure;
    }
    // Headers arrived, then the connection broke (or the body came short).
    const bool broken = (error >= QNetworkReply::ConnectionRefusedError
                            && error <= QNetworkReply::UnknownNetworkError)
        || (error >= QNetworkReply::ProxyConnectionRefusedError
            && error <= QNetworkReply::UnknownProxyError)
        || (error >= QNetworkReply::ProtocolUnknownError
            && error <= QNetworkReply::ProtocolFailure
            // Qt's name for an HTTP 400 answer, not a broken transfer.
            && error != QNetworkReply::ProtocolInvalidOperationError);
    if (broken)
        return ApiError(ApiError::Kind::Network, reply->errorString(), status);
    return std::nullopt;
}

ApiError forStatus(QNetworkReply *reply, int status)
{
    const ApiError::Kind kind = status >= 500 ? ApiError::Kind::Server
        : status == 401                       ? ApiError::Kind::Authentication
        : status == 403                       ? ApiError::Kind::Authorization
        : status == 200                       ? ApiError::Kind::MalformedReply
                                              : ApiError::Kind::Http;
    ApiError error(kind, reply->errorString(), status);
    if (reply->hasRawHeader("Retry-After"))
        error.setRetryAfterSeconds(reply->rawHeader("Retry-After").trimmed().toInt());
    return error;
}

} // namespace NetworkFailure
