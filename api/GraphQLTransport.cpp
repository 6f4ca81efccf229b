#include "api/GraphQLTransport.h"

#include "api/GraphQLDocuments.h"
#include "api/GraphQLReply.h"
#include "api/Logging.h"
#include "api/NetworkFailure.h"
#include "api/NetworkLimits.h"
#include "api/SendOnceBody.h"
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
    // The documented core (no optional part): what every provider takes.
    const QString text = GraphQLDocuments::compose(operationName, ProviderCapabilities());
    if (text.isEmpty())
        return {};
    return *cache.insert(operationName, text);
}

bool GraphQLTransport::sendsOnce(const QString &document)
{
    // The keywords that open the document's definitions: names outside any selection set
    // ({}), argument or variable list (()) and string, not after `$` or `@`, not in a comment.
    bool sawQuery = false;
    int braces = 0, parens = 0;
    const qsizetype n = document.size();
    const auto isNameChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = document.at(i);
        if (c == u'#') {
            while (i < n && document.at(i) != u'\n' && document.at(i) != u'\r')
                ++i;
        } else if (c == u'"') {
            // A string or a """block string""", skipped whole.
            const QStringView text(document);
            const QStringView quote = text.mid(i).startsWith(u"\"\"\"") ? u"\"\"\"" : u"\"";
            qsizetype j = i + quote.size();
            while (j < n && (document.at(j - 1) == u'\\' || !text.mid(j).startsWith(quote)))
                ++j;
            i = j + quote.size() - 1;
        } else if (c == u'{') {
            // An anonymous query ("{ ... }") at the top.
            if (braces == 0 && parens == 0)
                sawQuery = true;
            ++braces;
        } else if (c == u'}') {
            --braces;
        } else if (c == u'(') {
            ++parens;
        } else if (c == u')') {
            --parens;
        } else if (c == u'$' || c == u'@') {
            while (i + 1 < n && isNameChar(document.at(i + 1)))
                ++i;
        } else if (isNameChar(c)) {
            qsizetype end = i;
            while (end < n && isNameChar(document.at(end)))
                ++end;
            const QStringView word = QStringView(document).mid(i, end - i);
            if (braces == 0 && parens == 0) {
                if (word == u"mutation" || word == u"subscription")
                    return true;
                if (word == u"query")
                    sawQuery = true;
            }
            i = end - 1;
        }
    }
    return !sawQuery;
}

GraphQLBody GraphQLTransport::readJson(const QByteArray &bytes)
{
    GraphQLBody body;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        body.error = parseError.errorString();
        return body;
    }
    if (!document.isObject()) {
        body.error = tr("The answer is not a JSON object.");
        return body;
    }
    const QJsonObject root = document.object();
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!data.isObject() && !data.isNull() && !data.isUndefined()) {
        body.error = tr("The answer's data is not an object.");
        return body;
    }
    body.hasData = !data.isUndefined();
    body.data = data.toObject();
    body.errors = root.value(QLatin1String("errors")).toArray();
    return body;
}

GraphQLReply *GraphQLTransport::execute(
    const QString &operationName, const QJsonObject &variables, BodyReader reader)
{
    return executeDocument(operationName, document(operationName), variables, std::move(reader));
}

GraphQLReply *GraphQLTransport::executeDocument(const QString &operationName, const QString &query,
    const QJsonObject &variables, BodyReader reader)
{
    auto *reply = new GraphQLReply(operationName, this);
    reply->m_reader = reader ? std::move(reader) : BodyReader(&GraphQLTransport::readJson);
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
    reply->m_sendOnce = sendsOnce(query);
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
                // Whatever happened to the token request, this one was never sent.
                ApiError notSent = tokenError;
                notSent.setNotDelivered(true);
                failLater(notSent);
                return;
            }
            QNetworkRequest request(self->m_endpoint);
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Accept", "application/graphql-response+json, application/json");
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            request.setTransferTimeout(self->m_timeoutMs);
            // No redirect, not even to the same origin: the POST would be sent a second time
            // (a mutation done twice), and elsewhere with the bearer token.
            request.setAttribute(
                QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            // A mutation's body cannot be rewound, so Qt cannot send it again by itself
            // (SendOnceBody says why and how).
            QNetworkReply *networkReply = reply->m_sendOnce
                ? SendOnceBody::send(self->m_network, request, "POST", body)
                : self->m_network->post(request, body);
            NetworkLimits::guard(networkReply, self->m_maxBytes, self->m_deadlineMs);
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
    if (status >= 300 && status < 400) {
        reply->complete({}, {}, NetworkFailure::redirect(networkReply, status));
        return;
    }
    const bool success = status >= 200 && status < 300;
    // A non-2xx application/json body may come from a proxy; only graphql-response+json
    // promises a GraphQL body on every status.
    const bool bodyTrusted
        = isGraphQLResponseType(contentType) || (success && isJsonType(contentType));
    // What a non-2xx answer is, whatever its body says (Retry-After included).
    const ApiError statusError = NetworkFailure::forStatus(networkReply, status);
    if (!bodyTrusted) {
        reply->complete({}, {}, statusError);
        return;
    }
    const QByteArray bytes = networkReply->readAll();

    const auto apply = [this, reply, status, success, statusError, body, token, isRetry](
                           const GraphQLBody &read) {
        if (!read.error.isEmpty()) {
            reply->complete({}, {},
                success ? ApiError(ApiError::Kind::MalformedReply, read.error, status)
                        : statusError);
            return;
        }
        if (!read.hasData && read.errors.isEmpty()) {
            reply->complete({}, {},
                success ? ApiError(ApiError::Kind::MalformedReply,
                    tr("The answer has neither data nor errors."), status)
                        : statusError);
            return;
        }
        ApiError error = read.errors.isEmpty() ? ApiError() : firstError(read.errors, status);
        if (!success) {
            // Never a success, even with data: the server's first error if it names one the
            // console knows, otherwise what the status says (a 429 or 503 stays retryable),
            // with the server's words.
            if (!error.isError())
                error = statusError;
            else if (!ApiError::isKnownCode(error.code())
                && (status == 408 || status == 429 || status >= 500))
                error = ApiError(statusError.kind(), error.serverMessage(), status, error.code());
            error.setRetryAfterSeconds(statusError.retryAfterSeconds());
        }
        // HotChocolate answers an expired token with 200 and AUTH_NOT_AUTHENTICATED unless
        // the client accepts graphql-response+json; renew once either way.
        if (error.kind() == ApiError::Kind::Authentication
            && retryWithNewToken(reply, body, token, isRetry))
            return;
        if (!success) {
            reply->complete({}, read.errors, error);
            return;
        }
        reply->complete(read.data, read.errors, error, read.typed);
    };

    const GraphQLTransport::BodyReader reader = reply->m_reader;
    if (bytes.size() < OffThreadParseBytes) {
        apply(reader(bytes));
        return;
    }
    auto *watcher = new QFutureWatcher<GraphQLBody>(reply);
    connect(watcher, &QFutureWatcher<GraphQLBody>::finished, reply, [watcher, apply] {
        apply(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([reader, bytes] { return reader(bytes); }));
}
