#include "api/TokenProvider.h"

#include "api/Logging.h"
#include "api/NetworkFailure.h"
#include "api/TokenAnswer.h"
#include "api/UrlPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace {
// Renew this long before the server's expiry, so a request never leaves with a token that
// expires on the way.
constexpr qint64 RenewalMarginMs = 60'000;
} // namespace

TokenProvider::TokenProvider(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

void TokenProvider::setTokenUrl(const QUrl &url)
{
    if (url == m_tokenUrl)
        return;
    m_tokenUrl = url;
    restartPending();
}

void TokenProvider::setClientId(const QString &clientId)
{
    if (clientId == m_clientId)
        return;
    m_clientId = clientId;
    restartPending();
}

void TokenProvider::setClientSecret(const QString &secret)
{
    if (secret == m_clientSecret)
        return;
    m_clientSecret = secret;
    restartPending();
}

void TokenProvider::setScope(const QString &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    restartPending();
}

void TokenProvider::restartPending()
{
    invalidate();
    if (QNetworkReply *pending = std::exchange(m_pending, nullptr)) {
        pending->disconnect(this);
        pending->abort();
        pending->deleteLater();
        // Whoever waits gets a token for the new settings.
        if (!m_waiters.isEmpty())
            QMetaObject::invokeMethod(this, &TokenProvider::startRequest, Qt::QueuedConnection);
    }
}

bool TokenProvider::hasValidToken() const
{
    return !m_accessToken.isEmpty() && !m_expiry.hasExpired();
}

void TokenProvider::invalidate()
{
    m_accessToken.clear();
    m_expiry = QDeadlineTimer();
}

void TokenProvider::invalidate(const QString &refused)
{
    if (refused == m_accessToken)
        invalidate();
}

void TokenProvider::requestToken(QObject *context, Callback callback)
{
    if (hasValidToken()) {
        callback(m_accessToken, {});
        return;
    }
    m_waiters.append({context, std::move(callback)});
    if (!m_pending)
        startRequest();
}

void TokenProvider::startRequest()
{
    if (m_pending || m_waiters.isEmpty())
        return;
    if (const QString reason = UrlPolicy::refusalReason(m_tokenUrl); !reason.isEmpty()) {
        resolve({}, ApiError(ApiError::Kind::InvalidRequest, reason));
        return;
    }
    if (m_clientId.isEmpty() || m_clientSecret.isEmpty()) {
        resolve({},
            ApiError(ApiError::Kind::Authentication,
                tr("No client id or client secret is set for this profile.")));
        return;
    }

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_clientSecret);
    if (!m_scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), m_scope);

    QNetworkRequest request(m_tokenUrl);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    // Never a redirect: a 307/308 would post the client secret wherever it points.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    qCDebug(lcAuth) << "requesting a token from" << m_tokenUrl.toDisplayString() << "for client"
                    << m_clientId;
    m_pending = m_network->post(request, form.query(QUrl::FullyEncoded).toUtf8());
    QNetworkReply *reply = m_pending;
    NetworkLimits::guard(reply, m_maxBytes, m_deadlineMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
}

void TokenProvider::finish(QNetworkReply *reply)
{
    reply->deleteLater();
    m_pending = nullptr;

    if (const auto failure = NetworkFailure::of(reply)) {
        resolve({}, *failure);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        resolve({}, NetworkFailure::redirect(reply, status));
        return;
    }
    const TokenAnswer answer = parseTokenAnswer(reply->readAll());
    const bool readable = answer.readable;

    if (status == 200) {
        const QString token = answer.accessToken;
        const int expiresIn = answer.expiresIn;
        if (!readable || token.isEmpty()) {
            resolve({},
                ApiError(ApiError::Kind::MalformedReply,
                    readable ? tr("The token answer carries no access_token.") : answer.parseError,
                    status));
            return;
        }
        m_accessToken = token;
        m_expiry.setRemainingTime(
            qMax<qint64>(qint64(expiresIn) * 1000 - RenewalMarginMs, qint64(expiresIn) * 500));
        qCDebug(lcAuth) << "token received, valid for" << expiresIn << "s";
        emit tokenRenewed();
        resolve(m_accessToken, {});
        return;
    }
    // RFC 6749 section 5.2 errors.
    const QString code = answer.error;
    if (readable && !code.isEmpty()) {
        const QString description = answer.errorDescription;
        resolve(
            {}, ApiError::fromServerCode(code, description.isEmpty() ? code : description, status));
        return;
    }
    resolve({}, NetworkFailure::forStatus(reply, status));
}

void TokenProvider::resolve(const QString &token, const ApiError &error)
{
    if (error.isError())
        qCWarning(lcAuth) << "token request failed:" << error.kind() << error.httpStatus()
                          << error.code();
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(token, error);
    }
}
