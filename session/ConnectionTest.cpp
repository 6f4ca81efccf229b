#include "session/ConnectionTest.h"

#include "api/ConnectionCheck.h"
#include "api/RepositoryCheck.h"
#include "session/Credentials.h"

ConnectionTest::ConnectionTest(Credentials *credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_provider(new ConnectionCheck(this))
    , m_repository(new RepositoryCheck(this))
{
    connect(m_provider, &ConnectionCheck::succeeded, this, &ConnectionTest::providerSucceeded);
    connect(m_provider, &ConnectionCheck::failed, this, &ConnectionTest::providerFailed);
    connect(m_repository, &RepositoryCheck::succeeded, this, &ConnectionTest::repositorySucceeded);
    connect(m_repository, &RepositoryCheck::failed, this, &ConnectionTest::repositoryFailed);
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::testProvider(const Profile &profile, const QString &typedSecret)
{
    m_provider->start(profile, typedSecret, m_credentials ? m_credentials->keychain() : nullptr);
}

void ConnectionTest::testRepository(
    const RepositorySettings &settings, const QString &typedPassword)
{
    m_repository->start(
        settings, typedPassword, m_credentials ? m_credentials->keychain() : nullptr);
}

void ConnectionTest::cancel()
{
    m_provider->cancel();
    m_repository->cancel();
}

bool ConnectionTest::isTestingProvider() const
{
    return m_provider->isRunning();
}
