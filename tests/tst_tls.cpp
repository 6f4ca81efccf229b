// A man in the middle with a certificate nobody trusts: the token provider, the GraphQL
// transport and the Case Repository client refuse the connection, and not one byte of the
// request (client secret, token, password) reaches the server.

#include "api/GraphQLCaseApi.h"
#include "api/GraphQLReply.h"
#include "api/GraphQLTransport.h"
#include "api/RepositoryClient.h"
#include "api/TokenProvider.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

#include <memory>

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(CASECONSOLE_SOURCE_DIR "/tests/data/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A TLS server on loopback with a self-signed certificate for 127.0.0.1. It records every
// byte of application data it receives, and answers nothing.
class UntrustedServer : public QObject
{
public:
    bool listen()
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(readData("selfsigned.crt")));
        config.setPrivateKey(QSslKey(readData("selfsigned.key"), QSsl::Rsa));
        if (config.localCertificate().isNull() || config.privateKey().isNull())
            return false;
        m_server.setSslConfiguration(config);
        // A connection whose handshake the client breaks off never becomes pending; count it
        // when the handshake starts, and keep whatever it sends.
        connect(
            &m_server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
                ++m_connections;
                connect(socket, &QSslSocket::readyRead, this,
                    [this, socket] { m_received += socket->readAll(); });
            });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    QByteArray received() const { return m_received; }
    int connections() const { return m_connections; }

private:
    QSslServer m_server;
    QByteArray m_received;
    int m_connections = 0;
};

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tokenRequestRefusesAnUntrustedCertificate();
    void repositoryClientRefusesAnUntrustedCertificate();
};

void TestTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("Qt has no TLS backend here; the console could not reach any https server");
}

void TestTls::tokenRequestRefusesAnUntrustedCertificate()
{
    UntrustedServer server;
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    TokenProvider tokens(&network);
    tokens.setTokenUrl(server.url(QStringLiteral("/oauth2/token")));
    tokens.setClientId(QStringLiteral("client"));
    tokens.setClientSecret(QStringLiteral("the-client-secret"));
    tokens.setTimeout(15'000);
    GraphQLTransport transport(&network, &tokens);
    transport.setEndpoint(server.url(QStringLiteral("/graphql")));
    transport.setTimeout(15'000);
    GraphQLCaseApi api(&transport);

    CasesReply *reply = api.fetchUpdatedCases(0);
    QSignalSpy finished(reply, &CasesReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(15'000));
    QCOMPARE(reply->error().kind(), ApiError::Kind::Network);
    QVERIFY2(reply->error().isError(), "a self-signed certificate was accepted");
    QVERIFY(server.connections() >= 1); // it did reach the server, which is what is tested
    QCOMPARE(server.received(), QByteArray());
    QVERIFY(!tokens.hasValidToken());
}

void TestTls::repositoryClientRefusesAnUntrustedCertificate()
{
    UntrustedServer server;
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    RepositoryClient client(&network);
    QCOMPARE(
        client.configure(server.url(QStringLiteral("/case-repository")), QStringLiteral("user")),
        QString());
    client.setPassword(QStringLiteral("the-password"));
    client.setTimeout(15'000);

    RepositoryEntryReply *reply = client.get(QStringLiteral("CASE-1"));
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(15'000));
    QCOMPARE(reply->error().kind(), ApiError::Kind::Network);
    QVERIFY(server.connections() >= 1);
    QCOMPARE(server.received(), QByteArray());
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
