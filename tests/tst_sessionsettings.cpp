// The facades the settings dialogs use, without widgets: the saved profiles (Profiles), the
// keychain (Credentials, against a real Secret Service: scripts/test runs this inside its own
// D-Bus session with gnome-keyring) and "Test connection" (ConnectionTest, against the real
// sandbox server).

#include "SandboxServer.h"
#include "api/SecretStore.h"
#include "session/ConnectionTest.h"
#include "session/Credentials.h"
#include "session/Profiles.h"
#include "store/ProfileStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

namespace {

struct Answer
{
    Credentials::Status status = Credentials::Status::OtherError;
    QString secret;
    QString message;
};

// Waits for one keychain answer.
template<typename Call>
std::optional<Answer> ask(Call call)
{
    std::optional<Answer> answer;
    QObject context;
    call(&context, [&](Credentials::Status status, const QString &secret, const QString &message) {
        answer = Answer {status, secret, message};
    });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15'000))
        qWarning("the keychain did not answer within 15 s");
    return answer;
}

Profile someProfile()
{
    Profile p;
    p.name = QStringLiteral("Production");
    p.endpoint = QUrl(QStringLiteral("https://api.example.com/graphql"));
    p.clientId = QStringLiteral("client-") + QUuid::createUuid().toString(QUuid::Id128);
    return p;
}

} // namespace

class TestSessionSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void profilesRoundTripThroughTheSettingsFile();
    void sandboxDemoAccountsNeedNoSecret();
    void credentialsRefuseUrlsThatWouldLeakThem();
    void withoutAKeychainNothingIsStored();
    void clientSecretAndRepositoryPasswordGoToTheKeychain();
    void providerTestAgainstTheSandbox();
    void repositoryTestAgainstTheSandbox();

private:
    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_dir;
};

void TestSessionSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestSessionSettings::profilesRoundTripThroughTheSettingsFile()
{
    QSettings settings(m_dir.filePath(QStringLiteral("profiles.conf")), QSettings::IniFormat);
    ProfileStore store(&settings);
    Profiles profiles(&store);
    QVERIFY(profiles.names().isEmpty());
    Profile p = someProfile();
    p.pollIntervalSeconds = 90;
    profiles.save(p);
    profiles.setActiveName(p.name);
    profiles.sync();
    QCOMPARE(profiles.names(), QStringList({p.name}));
    QCOMPARE(profiles.activeName(), p.name);
    QCOMPARE(profiles.load(p.name), std::optional<Profile>(p));
    // What the console and casectl read: the same file.
    QSettings reread(settings.fileName(), QSettings::IniFormat);
    QCOMPARE(ProfileStore(&reread).load(p.name), std::optional<Profile>(p));
    profiles.remove(p.name);
    QVERIFY(!profiles.load(p.name));
}

void TestSessionSettings::sandboxDemoAccountsNeedNoSecret()
{
    Profile demo = m_server->demoProfile();
    QVERIFY(Profiles::isSandboxDemo(demo));
    QCOMPARE(Profiles::demoSecretFor(demo), SandboxServer::demoSecret());
    // The same client id anywhere but on loopback is a real client.
    Profile remote = demo;
    remote.endpoint = QUrl(QStringLiteral("https://api.example.com/graphql"));
    remote.tokenUrl = QUrl();
    QVERIFY(!Profiles::isSandboxDemo(remote));
    QVERIFY(!Profiles::isSandboxDemo(someProfile()));

    RepositorySettings repository;
    repository.url = m_server->caseRepositoryUrl();
    repository.user = QStringLiteral("demo-publisher");
    QVERIFY(!Profiles::demoRepositoryPasswordFor(repository).isEmpty());
    repository.url = QUrl(QStringLiteral("https://repository.example.com/api"));
    QVERIFY(Profiles::demoRepositoryPasswordFor(repository).isEmpty());
}

void TestSessionSettings::credentialsRefuseUrlsThatWouldLeakThem()
{
    QVERIFY(Credentials::urlRefusal(QUrl(QStringLiteral("https://api.example.com/"))).isEmpty());
    QVERIFY(Credentials::urlRefusal(QUrl(QStringLiteral("http://127.0.0.1:8080/"))).isEmpty());
    QVERIFY(!Credentials::urlRefusal(QUrl(QStringLiteral("http://api.example.com/"))).isEmpty());
}

void TestSessionSettings::withoutAKeychainNothingIsStored()
{
    Credentials credentials(nullptr);
    const Profile p = someProfile();
    const auto read
        = ask([&](QObject *context, auto done) { credentials.readClientSecret(p, context, done); });
    QVERIFY(read);
    QCOMPARE(read->status, Credentials::Status::NoKeychain);
    QVERIFY(!read->message.isEmpty());
    const auto written = ask([&](QObject *context, auto done) {
        credentials.storeClientSecret(p, QStringLiteral("s3cret"), context,
            [done](
                Credentials::Status status, const QString &message) { done(status, {}, message); });
    });
    QVERIFY(written);
    QCOMPARE(written->status, Credentials::Status::NoKeychain);
}

void TestSessionSettings::clientSecretAndRepositoryPasswordGoToTheKeychain()
{
    SecretStore keychain(QStringLiteral("CaseConsoleTest"));
    Credentials credentials(&keychain);
    QCOMPARE(credentials.keychain(), &keychain);
    const Profile p = someProfile();

    const auto before = ask([&](QObject *context, auto done) {
        credentials.checkClientSecret(
            p, context, [done](Credentials::Status status, const QString &message) {
                done(status, {}, message);
            });
    });
    QVERIFY(before);
    QCOMPARE(before->status, Credentials::Status::NotFound);

    const auto stored = ask([&](QObject *context, auto done) {
        credentials.storeClientSecret(p, QStringLiteral("s3cret"), context,
            [done](
                Credentials::Status status, const QString &message) { done(status, {}, message); });
    });
    QVERIFY(stored);
    QCOMPARE(stored->status, Credentials::Status::Ok);
    const auto read
        = ask([&](QObject *context, auto done) { credentials.readClientSecret(p, context, done); });
    QVERIFY(read);
    QCOMPARE(read->status, Credentials::Status::Ok);
    QCOMPARE(read->secret, QStringLiteral("s3cret"));
    // Checking says only whether one is stored.
    const auto check = ask([&](QObject *context, auto done) {
        credentials.checkClientSecret(
            p, context, [done](Credentials::Status status, const QString &message) {
                done(status, {}, message);
            });
    });
    QVERIFY(check);
    QCOMPARE(check->status, Credentials::Status::Ok);
    QVERIFY(check->secret.isEmpty());

    RepositorySettings repository;
    repository.url = QUrl(QStringLiteral("https://repository.example.com/api"));
    repository.user = QStringLiteral("user-") + QUuid::createUuid().toString(QUuid::Id128);
    const auto written = ask([&](QObject *context, auto done) {
        credentials.storeRepositoryPassword(repository, QStringLiteral("pa55"), context,
            [done](
                Credentials::Status status, const QString &message) { done(status, {}, message); });
    });
    QVERIFY(written);
    QCOMPARE(written->status, Credentials::Status::Ok);
    const auto password = ask([&](QObject *context, auto done) {
        credentials.readRepositoryPassword(repository, context, done);
    });
    QVERIFY(password);
    QCOMPARE(password->secret, QStringLiteral("pa55"));

    // Left as found.
    for (const QString &key : {p.secretKey(), repository.passwordKey()}) {
        bool removed = false;
        QObject context;
        keychain.remove(
            key, &context, [&](SecretStore::Status, const QString &) { removed = true; });
        QVERIFY(QTest::qWaitFor([&] { return removed; }, 15'000));
    }
}

void TestSessionSettings::providerTestAgainstTheSandbox()
{
    ConnectionTest test(nullptr);
    QSignalSpy succeeded(&test, &ConnectionTest::providerSucceeded);
    QSignalSpy failed(&test, &ConnectionTest::providerFailed);
    // The demo client on loopback needs no typed secret.
    test.testProvider(m_server->demoProfile(), {});
    QVERIFY(test.isTestingProvider());
    QTRY_VERIFY_WITH_TIMEOUT(!succeeded.isEmpty() || !failed.isEmpty(), 30'000);
    QVERIFY2(
        failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(!succeeded.first().first().toString().isEmpty());
    QVERIFY(!test.isTestingProvider());

    // A wrong secret typed is reported, in words.
    Profile demo = m_server->demoProfile();
    demo.clientId = QStringLiteral("someone-else");
    test.testProvider(demo, QStringLiteral("wrong"));
    QVERIFY(failed.wait(30'000));
    QVERIFY(!failed.first().first().toString().isEmpty());

    // Cancelled: no answer follows.
    test.testProvider(m_server->demoProfile(), {});
    test.cancel();
    QVERIFY(!test.isTestingProvider());
    QVERIFY(!succeeded.wait(1000));
    QCOMPARE(succeeded.size(), 1);
}

void TestSessionSettings::repositoryTestAgainstTheSandbox()
{
    ConnectionTest test(nullptr);
    QSignalSpy succeeded(&test, &ConnectionTest::repositorySucceeded);
    QSignalSpy failed(&test, &ConnectionTest::repositoryFailed);
    RepositorySettings settings;
    settings.url = m_server->caseRepositoryUrl();
    settings.user = QStringLiteral("demo-publisher");
    test.testRepository(settings, {});
    QTRY_VERIFY_WITH_TIMEOUT(!succeeded.isEmpty() || !failed.isEmpty(), 30'000);
    QVERIFY2(
        failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(succeeded.first().first().toInt() >= 0);

    test.testRepository(settings, QStringLiteral("not-the-password"));
    QVERIFY(failed.wait(30'000));
    QVERIFY(!failed.first().first().toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSessionSettings)
#include "tst_sessionsettings.moc"
