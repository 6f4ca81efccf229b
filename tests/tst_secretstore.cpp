// The client secret in a real system keychain: scripts/test runs this inside its own D-Bus
// session with an unlocked gnome-keyring (a real Secret Service).

#include "api/SecretStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <cstdio>

namespace {

struct ReadResult
{
    SecretStore::Status status = SecretStore::Status::OtherError;
    QString secret;
    QString message;
    bool done = false;
};

ReadResult readSync(SecretStore &store, const QString &key)
{
    ReadResult result;
    QObject context;
    store.read(key, &context, [&](SecretStore::Status s, const QString &secret, const QString &m) {
        result = {s, secret, m, true};
    });
    if (!QTest::qWaitFor([&] { return result.done; }, 15'000))
        qWarning("the keychain did not answer within 15 s");
    return result;
}

SecretStore::Status writeSync(
    SecretStore &store, const QString &key, const QString &secret, bool remove = false)
{
    SecretStore::Status status = SecretStore::Status::OtherError;
    bool done = false;
    QObject context;
    auto callback = [&](SecretStore::Status s, const QString &) {
        status = s;
        done = true;
    };
    if (remove)
        store.remove(key, &context, callback);
    else
        store.write(key, secret, &context, callback);
    if (!QTest::qWaitFor([&] { return done; }, 15'000))
        qWarning("the keychain did not answer within 15 s");
    return status;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadRemove();
    void missingEntryIsNotFound();
    void noSecretServiceSaysSoClearly();
};

void TestSecretStore::writeReadRemove()
{
    SecretStore store(QStringLiteral("CaseConsoleTest"));
    const QString key = QStringLiteral("client-%1@https://auth.example.com/oauth2/token")
                            .arg(QUuid::createUuid().toString());
    QCOMPARE(writeSync(store, key, QStringLiteral("s3cr3t-ü")), SecretStore::Status::Ok);
    const ReadResult read = readSync(store, key);
    QVERIFY2(read.status == SecretStore::Status::Ok, qPrintable(read.message));
    QCOMPARE(read.secret, QStringLiteral("s3cr3t-ü"));
    QCOMPARE(writeSync(store, key, {}, true), SecretStore::Status::Ok);
    QCOMPARE(readSync(store, key).status, SecretStore::Status::NotFound);
}

void TestSecretStore::missingEntryIsNotFound()
{
    SecretStore store(QStringLiteral("CaseConsoleTest"));
    const ReadResult read = readSync(store, QUuid::createUuid().toString());
    QCOMPARE(read.status, SecretStore::Status::NotFound);
    QVERIFY(read.secret.isEmpty());
    QVERIFY(!read.message.isEmpty());
}

void TestSecretStore::noSecretServiceSaysSoClearly()
{
    // A child process of this test whose session bus does not exist: the D-Bus connection is
    // made once per process, so the "no keychain" case needs its own.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=/nonexistent/caseconsole-test-bus"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-read")});
    QVERIFY(child.waitForFinished(30'000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    QCOMPARE(output.section(u'|', 0, 0), QStringLiteral("NoKeychain"));
    QVERIFY2(output.contains(QLatin1String("No system keychain")), qPrintable(output));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--child-read") == 0) {
        SecretStore store(QStringLiteral("CaseConsoleTest"));
        const ReadResult read = readSync(store, QStringLiteral("any"));
        std::printf("%s|%s\n",
            QMetaEnum::fromType<SecretStore::Status>().valueToKey(int(read.status)),
            qPrintable(read.message));
        return 0;
    }
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
