#include "api/GraphQLTransport.h"

#include "api/GraphQLReply.h"
#include "api/Logging.h"
#include "api/NetworkFailure.h"
#include "api/TokenProvider.h"
#include "api/UrlPolicy.h"

#include <QFile>
#include <QFutureWatcher>
#include <QHash>
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
    // Read once: the documents are compiled in and never change.
    static QHash<QString, QString> cache;
    if (const auto it = cache.constFind(operationName); it != cache.cend())
        return *it;
    QFile file(QStringLiteral(":/graphql/%1.graphql").arg(operationName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return *cache.insert(operationName, QString::fromUtf8(file.readAll()));
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
        [self = QPointer(this), reply, body, isRetry, failLater](
            const QString &token, const ApiError &tokenError) {
            if (!self || reply->isFinished())
                return;
            if (tokenError.isError()) {
                failLater(tokenError);
                return;
            }
            QNetworkRequest request(self->m_endpoint);
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Accept", "application/graphql-response+json, application/json");
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            request.setTransferTimeout(self->m_timeoutMs);
            // A redirect must not carry the bearer token to another origin.
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                QNetworkRequest::SameOriginRedirectPolicy);
            QNetworkReply *networkReply = self->m_network->post(request, body);
            reply->setNetworkReply(networkReply);
            connect(networkReply, &QNetworkReply::finished, self.data(),
                [self, reply, networkReply, body, token, isRetry] {
                    self->handleFinished(reply, networkReply, body, token, isRetry);
                });
        });
}

bool GraphQLTransport::retryWithNewToken(
    GraphQLReply *reply, const QByteArray &body, const QString &token, bool isRetry)
{
    if (isRetry)
        return false;
    qCInfo(lcApi) << reply->operationName() << "was refused its token; renewing it once";
    m_tokens->invalidate(token);
    send(reply, body, true);
    return true;
}

void GraphQLTransport::handleFinished(GraphQLReply *reply, QNetworkReply *networkReply,
    const QByteArray &body, const QString &token, bool isRetry)
{
    networkReply->deleteLater();
    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray contentType
        = networkReply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();

    if (status == 401 && retryWithNewToken(reply, body, token, isRetry))
        return;
    if (const auto failure = NetworkFailure::of(networkReply)) {
        reply->complete({}, {}, *failure);
        return;
    }
    const QByteArray bytes = networkReply->readAll();
    // A non-200 application/json body may come from a proxy; only graphql-response+json
    // promises a GraphQL body on every status.
    const bool bodyTrusted
        = isJsonType(contentType) && (status == 200 || isGraphQLResponseType(contentType));
    if (!bodyTrusted) {
        reply->complete({}, {}, NetworkFailure::forStatus(networkReply, status));
        return;
    }

    const auto apply = [this, reply, status, body, token, isRetry](const ParsedBody &parsed) {
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
        // HotChocolate answers an expired token with 200 and AUTH_NOT_AUTHENTICATED unless
        // the client accepts graphql-response+json; renew once either way.
        if (error.kind() == ApiError::Kind::Authentication
            && retryWithNewToken(reply, body, token, isRetry))
            return;
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
