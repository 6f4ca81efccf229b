#pragma once

#include "api/NetworkLimits.h"
#include "models/ApiError.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
#include <QNetworkReply>

// OAuth 2.0 client credentials: fetches a bearer token from the token URL, keeps it in memory
// and renews it shortly before it expires. Concurrent requests share one token request. The
// client secret is held in memory only and never logged. The token request follows no redirect
// (a 3xx is an error naming its target): the secret goes to the token URL and nowhere else.
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const QString &accessToken, const ApiError &error)>;

    TokenProvider(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setTokenUrl(const QUrl &url);
    QUrl tokenUrl() const { return m_tokenUrl; }
    void setClientId(const QString &clientId);
    void setClientSecret(const QString &secret);
    // Space-separated OAuth scopes; empty asks for every scope the client has.
    void setScope(const QString &scope);
    // The idle timeout: how long the answer may pause.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // The whole answer must be in by then (NetworkLimits).
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    // A larger answer is refused (NetworkLimits).
    void setMaxAnswerBytes(qint64 bytes) { m_maxBytes = bytes; }

    // Calls back with a valid token: the cached one, or a fresh one. `context` guards the call:
    // if it is destroyed first, the callback is dropped.
    void requestToken(QObject *context, Callback callback);
    // Forgets the cached token.
    void invalidate();
    // Forgets the cached token if it is `refused` (the server just rejected it); a token
    // renewed meanwhile by another request is kept.
    void invalidate(const QString &refused);
    bool hasValidToken() const;

signals:
    void tokenRenewed();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };

    void startRequest();
    // The settings changed: a token being fetched is for the old ones.
    void restartPending();
    void finish(QNetworkReply *reply);
    void resolve(const QString &token, const ApiError &error);

    QNetworkAccessManager *m_network;
    QUrl m_tokenUrl;
    QString m_clientId;
    QString m_clientSecret;
    QString m_scope;
    QString m_accessToken;
    QDeadlineTimer m_expiry;
    QPointer<QNetworkReply> m_pending;
    QList<Waiter> m_waiters;
    int m_timeoutMs = 30'000;
    int m_deadlineMs = NetworkLimits::TokenDeadlineMs;
    qint64 m_maxBytes = NetworkLimits::TokenMaxBytes;
};
