#pragma once

#include "api/GraphQLReply.h"
#include "api/NetworkLimits.h"
#include "models/ApiError.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
class QNetworkAccessManager;
class QNetworkReply;
class TokenProvider;

// GraphQL over HTTP (POST, JSON) to one endpoint with a bearer token from the TokenProvider.
// A 401 renews the token once and retries once. Answers are read per the GraphQL-over-HTTP
// specification: a non-2xx application/json body is not trusted (a proxy's page, say); a
// graphql-response+json body is read whatever the status, but a non-2xx answer is always a
// failure, carrying the server's first error (its data, if any, is dropped). No redirect is
// followed: the POST would be sent again (a mutation twice) with the bearer token; a 3xx is an
// error naming its target. Every answer is bounded in size and time (NetworkLimits). Large
// answers are parsed off the GUI thread. A mutation reaches the server at most once: Qt's
// HTTP layer cannot send it again when the connection closes before the answer (SendOnceBody);
// that ends in a failure of unknown outcome, for the outbox to look up. Queries keep Qt's
// resend.
class GraphQLTransport : public QObject
{
    Q_OBJECT

public:
    GraphQLTransport(
        QNetworkAccessManager *network, TokenProvider *tokens, QObject *parent = nullptr);

    void setEndpoint(const QUrl &url) { m_endpoint = url; }
    QUrl endpoint() const { return m_endpoint; }
    // The idle timeout: how long the answer may pause.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // The whole answer must be in by then (NetworkLimits).
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    // A larger answer is refused (NetworkLimits).
    void setMaxAnswerBytes(qint64 bytes) { m_maxBytes = bytes; }

    // Reads a response body; runs on a worker thread when the body is large, so it must not
    // touch anything but its input.
    using BodyReader = std::function<GraphQLBody(const QByteArray &body)>;

    // Sends the operation stored as resources/graphql/<operationName>.graphql. The reply is
    // parented to the transport; delete it (or let it be deleted later) when done. `reader`
    // replaces the generic JSON reading, e.g. to parse cases straight into value types.
    GraphQLReply *execute(
        const QString &operationName, const QJsonObject &variables = {}, BodyReader reader = {});
    // Sends `document` (e.g. composed by GraphQLDocuments) as `operationName`, like execute().
    GraphQLReply *executeDocument(const QString &operationName, const QString &document,
        const QJsonObject &variables = {}, BodyReader reader = {});
    // The generic reader: the body as a JSON object.
    static GraphQLBody readJson(const QByteArray &body);

    // The text of a stored operation, its documented core only (GraphQLDocuments); empty if
    // there is none.
    static QString document(const QString &operationName);
    // Whether `document` must reach the server at most once: it defines a mutation (or a
    // subscription), or it is not recognisably a query. Only queries may be sent twice.
    static bool sendsOnce(const QString &document);

private:
    void send(GraphQLReply *reply, const QByteArray &body, bool isRetry);
    void handleFinished(GraphQLReply *reply, QNetworkReply *networkReply, const QByteArray &body,
        const QString &token, bool isRetry);
    // After the server refused `token`: renews it once and sends again; false when this was
    // already the retry.
    bool retryWithNewToken(
        GraphQLReply *reply, const QByteArray &body, const QString &token, bool isRetry);

    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    QUrl m_endpoint;
    int m_timeoutMs = 30'000;
    int m_deadlineMs = NetworkLimits::GraphQLDeadlineMs;
    qint64 m_maxBytes = NetworkLimits::GraphQLMaxBytes;
};
