#include "api/GraphQLTransport.h"

#include "api/GraphQLReply.h"
#include "api/Logging.h"
#include "api/TokenProvider.h"
#include "api/UrlPolicy.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Bodies above this size are parsed on a worker thread.
constexpr qsizetype OffThreadParseBytes = 256 * 1024;

struct ParsedBody
{
    QJsonDocument document;
    QJsonParseError error;
};

ParsedBody parseBody(const QByteArray &bytes)
{
    ParsedBody parsed;
    parsed.document = QJsonDocument::fromJson(bytes, &parsed.error);
    return parsed;
}

bool isGraphQLResponseType(const QByteArray &contentType)
{
    return contentType.startsWith("application/graphql-response+json");
}

bool isJsonType(const QByteArray &contentType)
{
    return contentType.startsWith("application/json") || isGraphQLResponseType(contentType);
}

ApiError firstError(const QJsonArray &errors, int status)
{
    const QJsonObject first = errors.first().toObject();
    const QString code = first.value(QLatin1String("extensions"))
                             .toObject()
                             .value(QLatin1String("code"))
                             .toString();
    return ApiError::fromServerCode(code, first.value(QLatin1String("message")).toString(), status);
}

} // namespace

GraphQLTransport::GraphQLTransport(
    QNetworkAccessManager *network, TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
{ }

QString GraphQLTransport::document(const QString &operationName)
{
    QFile file(QStringLiteral(":/graphql/%1.graphql").arg(operationName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

GraphQLReply *GraphQLTransport::execute(const QString &operationName, const QJsonObject &variables)
{
    auto *reply = new GraphQLReply(operationName, this);
    const QString query = document(operationName);
    if (query.isEmpty()) {
        QMetaObject::invokeMethod(
            reply,
            [reply, operationName] {
                reply->complete({}, {},
                    ApiError(ApiError::Kind::InvalidRequest,
                        tr("Unknown operation %1.").arg(operationName)));
            },
            Qt::QueuedConnection);
        return reply;
    }
    QJsonObject body {
        {QStringLiteral("query"), query}, {QStringLiteral("operationName"), operationName}};
    if (!variables.isEmpty())
        body.insert(QStringLiteral("variables"), variables);
    send(reply, QJsonDocument(body).toJson(QJsonDocument::Compact), false);
    return reply;
}

void GraphQLTransport::send(GraphQLReply *reply, const QByteArray &body, bool isRetry)
{
    // Finish asynchronously even on an immediate failure, so callers can connect first.
    const auto failLater = [reply](const ApiError &error) {
        QMetaObject::invokeMethod(
            reply, [reply, error] { reply->complete({}, {}, error); }, Qt::QueuedConnection);
    };
    if (const QString reason = UrlPolicy::refusalReason(m_endpoint); !reason.isEmpty()) {
        failLater(ApiError(ApiError::Kind::InvalidRequest, reason));
        return;
    }

    m_tokens->requestToken(reply,
        [this, reply, body, isRetry, failLater](const QString &token, const ApiError &tokenError) {
            if (reply->isFinished())
                return;
            if (tokenError.isError()) {
                failLater(tokenError);
                return;
            }
            QNetworkRequest request(m_endpoint);
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Accept", "application/graphql-response+json, application/json");
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            request.setTransferTimeout(m_timeoutMs);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *networkReply = m_network->post(request, body);
            reply->setNetworkReply(networkReply);
            connect(networkReply, &QNetworkReply::finished, this,
                [this, reply, networkReply, body, isRetry] {
                    handleFinished(reply, networkReply, body, isRetry);
                });
        });
}

void GraphQLTransport::handleFinished(
    GraphQLReply *reply, QNetworkReply *networkReply, const QByteArray &body, bool isRetry)
{
    networkReply->deleteLater();
    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray contentType
        = networkReply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    const QNetworkReply::NetworkError netError = networkReply->error();
    const QByteArray bytes = networkReply->isOpen() ? networkReply->readAll() : QByteArray();

    if (status == 401 && !isRetry) {
        qCInfo(lcApi) << reply->operationName() << "got 401; renewing the token once";
        m_tokens->invalidate();
        send(reply, body, true);
        return;
    }
    if (netError == QNetworkReply::OperationCanceledError && status == 0) {
        reply->complete({}, {}, ApiError(ApiError::Kind::Timeout, networkReply->errorString()));
        return;
    }
    if (netError == QNetworkReply::TimeoutError) {
        reply->complete({}, {}, ApiError(ApiError::Kind::Timeout, networkReply->errorString()));
        return;
    }
    if (status == 0) {
        reply->complete({}, {}, ApiError(ApiError::Kind::Network, networkReply->errorString()));
        return;
    }
    // A non-200 application/json body may come from a proxy; only graphql-response+json
    // promises a GraphQL body on every status.
    const bool bodyTrusted
        = isJsonType(contentType) && (status == 200 || isGraphQLResponseType(contentType));
    if (!bodyTrusted) {
        ApiError error(status >= 500 ? ApiError::Kind::Server
                : status == 401      ? ApiError::Kind::Authentication
                : status == 403      ? ApiError::Kind::Authorization
                : status == 200      ? ApiError::Kind::MalformedReply
                                     : ApiError::Kind::Http,
            networkReply->errorString(), status);
        if (networkReply->hasRawHeader("Retry-After"))
            error.setRetryAfterSeconds(networkReply->rawHeader("Retry-After").toInt());
        reply->complete({}, {}, error);
        return;
    }
    // A transfer that failed after the headers arrived (dropped connection).
    if (netError != QNetworkReply::NoError && status == 200) {
        reply->complete(
            {}, {}, ApiError(ApiError::Kind::Network, networkReply->errorString(), status));
        return;
    }

    const auto apply = [reply, status](const ParsedBody &parsed) {
        if (parsed.error.error != QJsonParseError::NoError || !parsed.document.isObject()) {
            reply->complete({}, {},
                ApiError(ApiError::Kind::MalformedReply,
                    parsed.error.error != QJsonParseError::NoError
                        ? parsed.error.errorString()
                        : tr("The answer is not a JSON object."),
                    status));
            return;
        }
        const QJsonObject root = parsed.document.object();
        const QJsonValue dataValue = root.value(QLatin1String("data"));
        const QJsonValue errorsValue = root.value(QLatin1String("errors"));
        if (!dataValue.isObject() && !dataValue.isNull() && !dataValue.isUndefined()) {
            reply->complete({}, {},
                ApiError(ApiError::Kind::MalformedReply, tr("The answer's data is not an object."),
                    status));
            return;
        }
        const QJsonArray errors = errorsValue.toArray();
        if (dataValue.isUndefined() && errors.isEmpty()) {
            reply->complete({}, {},
                ApiError(ApiError::Kind::MalformedReply,
                    tr("The answer has neither data nor errors."), status));
            return;
        }
        const ApiError error = errors.isEmpty() ? ApiError() : firstError(errors, status);
        reply->complete(dataValue.toObject(), errors, error);
    };

    if (bytes.size() < OffThreadParseBytes) {
        apply(parseBody(bytes));
        return;
    }
    auto *watcher = new QFutureWatcher<ParsedBody>(reply);
    connect(watcher, &QFutureWatcher<ParsedBody>::finished, reply, [watcher, apply] {
        apply(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(parseBody, bytes));
}
