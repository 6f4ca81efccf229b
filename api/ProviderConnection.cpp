#include "api/ProviderConnection.h"

#include "api/GraphQLCaseApi.h"
#include "api/GraphQLTransport.h"
#include "api/SandboxCredentials.h"
#include "api/SecretStore.h"
#include "api/TokenProvider.h"
#include "api/UrlPolicy.h"

#include <QNetworkAccessManager>
#include <QPointer>

ProviderConnection::ProviderConnection(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_tokens(new TokenProvider(m_network, this))
    , m_transport(new GraphQLTransport(m_network, m_tokens, this))
    , m_api(new GraphQLCaseApi(m_transport, this))
{ }

ProviderConnection::~ProviderConnection() = default;

CaseApi *ProviderConnection::api() const
{
    return m_api;
}

QString ProviderConnection::configure(const Profile &profile)
{
    if (profile.clientId.isEmpty())
        return tr("No client id is set.");
    for (const QUrl &url : {profile.endpoint, profile.effectiveTokenUrl()}) {
        if (const QString reason = UrlPolicy::refusalReason(url); !reason.isEmpty())
            return reason;
    }
    m_profile = profile;
    m_transport->setEndpoint(profile.endpoint);
    m_tokens->setTokenUrl(profile.effectiveTokenUrl());
    m_tokens->setClientId(profile.clientId);
    m_tokens->setScope(profile.scope);
    m_api->setStatePriorityInMessage(profile.statePriorityInMessage);
    return {};
}

void ProviderConnection::setClientSecret(const QString &secret)
{
    m_tokens->setClientSecret(secret);
}

void ProviderConnection::setTimeout(int milliseconds)
{
    m_tokens->setTimeout(milliseconds);
    m_tokens->setDeadline(milliseconds);
    m_transport->setTimeout(milliseconds);
    m_transport->setDeadline(milliseconds);
}

void ProviderConnection::loadSecret(
    SecretStore *store, QObject *context, std::function<void(bool, const QString &)> done)
{
    const QString demo
        = SandboxCredentials::demoSecretFor(m_profile.clientId, m_profile.effectiveTokenUrl());
    if (!demo.isEmpty()) {
        setClientSecret(demo);
        done(true, {});
        return;
    }
    store->read(m_profile.secretKey(), context,
        [self = QPointer(this), done](
            SecretStore::Status status, const QString &secret, const QString &message) {
            if (!self)
                return;
            if (status != SecretStore::Status::Ok) {
                done(false, message);
                return;
            }
            self->setClientSecret(secret);
            done(true, {});
        });
}
