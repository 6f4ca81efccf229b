#pragma once

#include "models/ApiError.h"
#include "models/Profile.h"

#include <QObject>

class CaseApi;
class GraphQLCaseApi;
class GraphQLTransport;
class QNetworkAccessManager;
class SecretStore;
class TokenProvider;

// Everything needed to talk to one provider account, built once: the network access manager,
// the token provider, the GraphQL transport and the typed case API, configured from a profile.
class ProviderConnection : public QObject
{
    Q_OBJECT

public:
    explicit ProviderConnection(QObject *parent = nullptr);
    ~ProviderConnection() override;

    // Empty when the profile can be used; otherwise why not (e.g. plain http to a remote host).
    QString configure(const Profile &profile);
    Profile profile() const { return m_profile; }

    void setClientSecret(const QString &secret);
    // The longest wait for each answer, whole (the idle timeout and the deadline; without a
    // call, NetworkLimits' defaults apply).
    void setTimeout(int milliseconds);

    // Finds the client secret: the sandbox's public demo secret for its demo clients on
    // loopback, otherwise the system keychain. Calls back with an empty message on success
    // (the secret is then set), or with the reason it could not.
    void loadSecret(SecretStore *store, QObject *context,
        std::function<void(bool ok, const QString &message)> done);

    QNetworkAccessManager *network() const { return m_network; }
    TokenProvider *tokens() const { return m_tokens; }
    GraphQLTransport *transport() const { return m_transport; }
    CaseApi *api() const;

private:
    Profile m_profile;
    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    GraphQLTransport *m_transport;
    GraphQLCaseApi *m_api;
};
