#pragma once

#include "models/Profile.h"

#include <QObject>

class ConnectionCheck;
class Credentials;
class RepositoryCheck;

// "Test connection" in the settings dialogs, for what is typed and not yet saved: the provider
// (api/ConnectionCheck: token, capabilities, account) or the Case Repository
// (api/RepositoryCheck: one search). The secret or password typed wins; else the sandbox's demo
// one on loopback; else the one the keychain holds. Reports once per test, in words.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTest(Credentials *credentials, QObject *parent = nullptr);
    ~ConnectionTest() override;

    // Each starts a test, cancelling one of its kind still running.
    void testProvider(const Profile &profile, const QString &typedSecret);
    void testRepository(const RepositorySettings &settings, const QString &typedPassword);
    // Stops the running tests; no signal follows.
    void cancel();
    bool isTestingProvider() const;

signals:
    // `report`: one sentence a line, what was verified, then what the provider does not report.
    void providerSucceeded(const QString &report);
    void providerFailed(const QString &message);
    void repositorySucceeded(int entries);
    void repositoryFailed(const QString &message);

private:
    Credentials *m_credentials;
    ConnectionCheck *m_provider;
    RepositoryCheck *m_repository;
};
