#pragma once

#include "ProfileData.h"
#include "models/Profile.h"

#include <QObject>

#include <functional>

class ApiReply;
class CaseApi;
class Credentials;
class Options;
class Output;
class ProviderConnection;
class RepositoryClient;
class SecretStore;

// What a casectl command works with: the command line, the output, the provider's connection,
// the Case Repository's client, the keychain and the profile's local data; and where it says
// that it is done. The connections of a run end with it.
class CommandContext : public QObject
{
    Q_OBJECT

public:
    CommandContext(Options &options, Output &output, QObject *parent = nullptr);
    ~CommandContext() override;

    Options &options() { return m_options; }
    Output &output() { return m_output; }
    ProviderConnection *connection() const { return m_connection; }
    CaseApi *api() const;
    SecretStore *secrets() const { return m_secrets; }
    // The keychain as the console uses it (session/Credentials).
    Credentials *credentials() const { return m_credentials; }
    RepositoryClient *repository() const { return m_repository; }
    ProfileData &profile() { return m_profile; }

    // The Case Repository and its user, once CommandRunner has chosen them.
    const RepositorySettings &repositorySettings() const { return m_repositorySettings; }
    void setRepositorySettings(const RepositorySettings &settings)
    {
        m_repositorySettings = settings;
    }

    // Ends the run with `code` (flushed first).
    void done(int code);
    // Calls `onSuccess` when `reply` succeeds, ends with its error otherwise.
    void whenDone(ApiReply *reply, std::function<void()> onSuccess);

signals:
    void finished(int exitCode);

private:
    Options &m_options;
    Output &m_output;
    ProviderConnection *m_connection;
    SecretStore *m_secrets;
    Credentials *m_credentials;
    RepositoryClient *m_repository;
    RepositorySettings m_repositorySettings;
    ProfileData m_profile;
};
