// The real client (token, transport, typed API, poller) against the real sandbox server.

#include "SandboxServer.h"
#include "api/CasePoller.h"
#include "api/GraphQLCaseApi.h"
#include "api/GraphQLReply.h"
#include "api/GraphQLTransport.h"
#include "api/TokenProvider.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestGraphQLClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fetchesEveryCaseWithHistory();
    void windowReturnsOnlyRecentChanges();
    void wrongSecretIsAnAuthenticationError();
    void readonlyClientCannotReadWithoutScope();
    void expiredTokenIsRenewedOnceTransparently();
    void serverFaults_data();
    void serverFaults();
    void plainHttpToRemoteHostIsRefused();
    void everyOperationFileExists();
    void pollerAsksForEverythingFirstThenAWindow();

private:
    CasesReply *fetch(int minutes);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<GraphQLTransport> m_transport;
    std::unique_ptr<GraphQLCaseApi> m_api;
};

void TestGraphQLClient::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestGraphQLClient::init()
{
    QVERIFY(!m_server->control("POST", QStringLiteral("/reset")).contains(QLatin1String("error")));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_tokens = std::make_unique<TokenProvider>(m_network.get());
    m_tokens->setTokenUrl(m_server->tokenUrl());
    m_tokens->setClientId(QStringLiteral("demo-client"));
    m_tokens->setClientSecret(QStringLiteral("demo-secret"));
    m_transport = std::make_unique<GraphQLTransport>(m_network.get(), m_tokens.get());
    m_transport->setEndpoint(m_server->graphqlUrl());
    m_transport->setTimeout(5000);
    m_api = std::make_unique<GraphQLCaseApi>(m_transport.get());
}

void TestGraphQLClient::cleanup()
{
    m_api.reset();
    m_transport.reset();
    m_tokens.reset();
    m_network.reset();
}

CasesReply *TestGraphQLClient::fetch(int minutes)
{
    CasesReply *reply = m_api->fetchUpdatedCases(minutes);
    QSignalSpy finished(reply, &CasesReply::finished);
    if (!finished.wait(15'000))
        qWarning("no answer from the sandbox");
    return reply;
}

void TestGraphQLClient::fetchesEveryCaseWithHistory()
{
    CasesReply *reply = fetch(0);
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().serverMessage()));
    const QList<Case> cases = reply->cases();
    QVERIFY2(cases.size() >= 40, qPrintable(QString::number(cases.size())));
    bool sawIncident = false, sawGeneral = false, sawProvider = false;
    for (const Case &c : cases) {
        QVERIFY(!c.id.isEmpty());
        QVERIFY(c.lastModifiedDate.isValid());
        QVERIFY(c.createdDate.isValid());
        QVERIFY(!c.serviceId.isEmpty());
        QVERIFY(!c.communications.isEmpty());
        for (qsizetype i = 1; i < c.communications.size(); ++i)
            QVERIFY(c.communications.at(i - 1).timestamp <= c.communications.at(i).timestamp);
        sawIncident = sawIncident || c.isIncident();
        sawGeneral = sawGeneral || c.type == QLatin1String("NonIncident");
        for (const Communication &m : c.communications)
            sawProvider = sawProvider || m.type == QLatin1String("ProviderMessage");
    }
    QVERIFY(sawIncident);
    QVERIFY(sawGeneral);
    QVERIFY(sawProvider);
}

void TestGraphQLClient::windowReturnsOnlyRecentChanges()
{
    // Move the sandbox clock far past every seeded change: a short window is empty.
    QVERIFY(!m_server
                 ->control("POST", QStringLiteral("/clock"),
                     {{QStringLiteral("advanceMinutes"), 60 * 24 * 365}})
                 .contains(QLatin1String("error")));
    CasesReply *empty = fetch(5);
    QVERIFY(!empty->error().isError());
    QCOMPARE(empty->cases().size(), 0);

    // A provider reply on one case: the window returns exactly that case, with the reply.
    CasesReply *all = fetch(0);
    QVERIFY(!all->cases().isEmpty());
    const QString id = all->cases().constFirst().id;
    const QJsonObject answer = m_server->control("POST", QStringLiteral("/cases/%1/reply").arg(id),
        {{QStringLiteral("message"), QStringLiteral("We are dispatching an engineer.")},
            {QStringLiteral("sentBy"), QStringLiteral("Provider NOC")}});
    QVERIFY2(!answer.contains(QLatin1String("error")),
        qPrintable(answer.value(QLatin1String("error")).toString()));
    CasesReply *recent = fetch(5);
    QVERIFY(!recent->error().isError());
    QCOMPARE(recent->cases().size(), 1);
    QCOMPARE(recent->cases().constFirst().id, id);
    QCOMPARE(recent->cases().constFirst().communications.constLast().message,
        QStringLiteral("We are dispatching an engineer."));
}

void TestGraphQLClient::wrongSecretIsAnAuthenticationError()
{
    m_tokens->setClientSecret(QStringLiteral("not-the-secret"));
    CasesReply *reply = fetch(0);
    QCOMPARE(reply->error().kind(), ApiError::Kind::Authentication);
    QCOMPARE(reply->error().code(), QStringLiteral("invalid_client"));
    QCOMPARE(reply->error().httpStatus(), 401);
    QVERIFY(!reply->error().isRetryable());
    QVERIFY(!reply->error().userMessage().isEmpty());
}

void TestGraphQLClient::readonlyClientCannotReadWithoutScope()
{
    // A token with basic.read only: the cases field is refused by scope.
    m_tokens->setClientId(QStringLiteral("readonly-client"));
    m_tokens->setClientSecret(QStringLiteral("readonly-secret"));
    m_tokens->setScope(QStringLiteral("customerapi/basic.read"));
    CasesReply *reply = fetch(0);
    QCOMPARE(reply->error().kind(), ApiError::Kind::Authorization);
    QCOMPARE(reply->error().code(), QStringLiteral("AUTH_NOT_AUTHORIZED"));
}

void TestGraphQLClient::expiredTokenIsRenewedOnceTransparently()
{
    QVERIFY(!fetch(0)->error().isError());
    QVERIFY(m_tokens->hasValidToken());
    QSignalSpy renewed(m_tokens.get(), &TokenProvider::tokenRenewed);
    m_server->control("POST", QStringLiteral("/faults"),
        {{QStringLiteral("kind"), QStringLiteral("expire-token")}, {QStringLiteral("count"), 1},
            {QStringLiteral("path"), QStringLiteral("/graphql")}});
    CasesReply *reply = fetch(0);
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().serverMessage()));
    QCOMPARE(renewed.count(), 1);

    // A token that is refused again after renewal is an error, not a loop.
    m_server->control("POST", QStringLiteral("/faults"),
        {{QStringLiteral("kind"), QStringLiteral("expire-token")}, {QStringLiteral("count"), 5},
            {QStringLiteral("path"), QStringLiteral("/graphql")}});
    renewed.clear();
    CasesReply *refused = fetch(0);
    QCOMPARE(refused->error().kind(), ApiError::Kind::Authentication);
    QCOMPARE(renewed.count(), 1);
    m_server->control("DELETE", QStringLiteral("/faults"));
}

void TestGraphQLClient::serverFaults_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("status");

    const auto fault = [](const char *kind, QJsonObject extra = {}) {
        extra.insert(QStringLiteral("kind"), QLatin1String(kind));
        extra.insert(QStringLiteral("count"), 1);
        extra.insert(QStringLiteral("path"), QStringLiteral("/graphql"));
        return extra;
    };
    QTest::newRow("500") << fault("http", {{QStringLiteral("status"), 500}})
                         << ApiError::Kind::Server << 500;
    QTest::newRow("502") << fault("http", {{QStringLiteral("status"), 502}})
                         << ApiError::Kind::Server << 502;
    QTest::newRow("503") << fault("http", {{QStringLiteral("status"), 503}})
                         << ApiError::Kind::Server << 503;
    QTest::newRow("429") << fault("rate-limit", {{QStringLiteral("retryAfter"), 7}})
                         << ApiError::Kind::Http << 429;
    QTest::newRow("truncated JSON") << fault("truncate") << ApiError::Kind::MalformedReply << 200;
    QTest::newRow("dropped mid-body") << fault("drop") << ApiError::Kind::Network << -1;
    QTest::newRow("slower than the timeout")
        << fault("latency", {{QStringLiteral("ms"), 8000}}) << ApiError::Kind::Timeout << -1;
}

void TestGraphQLClient::serverFaults()
{
    QFETCH(QJsonObject, fault);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, status);
    // Get the token first so the fault hits the GraphQL request.
    QVERIFY(!fetch(0)->error().isError());
    const QJsonObject answer = m_server->control("POST", QStringLiteral("/faults"), fault);
    QVERIFY2(!answer.contains(QLatin1String("error")),
        qPrintable(answer.value(QLatin1String("error")).toString()));
    m_transport->setTimeout(2000);
    CasesReply *reply = fetch(0);
    QCOMPARE(reply->error().kind(), kind);
    if (status >= 0)
        QCOMPARE(reply->error().httpStatus(), status);
    QVERIFY(reply->error().isRetryable());
    QVERIFY(!reply->error().userMessage().isEmpty());
    if (kind == ApiError::Kind::Http)
        QCOMPARE(reply->error().retryAfterSeconds(), 7);
    // The fault was for one request only: the next one succeeds.
    m_transport->setTimeout(5000);
    CasesReply *next = fetch(0);
    QVERIFY2(!next->error().isError(), qPrintable(next->error().serverMessage()));
}

void TestGraphQLClient::plainHttpToRemoteHostIsRefused()
{
    m_transport->setEndpoint(QUrl(QStringLiteral("http://cases.example.com/graphql")));
    CasesReply *reply = fetch(0);
    QCOMPARE(reply->error().kind(), ApiError::Kind::InvalidRequest);
    QVERIFY(reply->error().userMessage().contains(QLatin1String("https")));
}

void TestGraphQLClient::everyOperationFileExists()
{
    QVERIFY(GraphQLTransport::document(QStringLiteral("RetrieveUpdatedCases"))
                .contains(QLatin1String("query RetrieveUpdatedCases")));
    QVERIFY(GraphQLTransport::document(QStringLiteral("NoSuchOperation")).isEmpty());
}

void TestGraphQLClient::pollerAsksForEverythingFirstThenAWindow()
{
    CasePoller poller(m_api.get());
    poller.setInterval(3600);
    QSignalSpy received(&poller, &CasePoller::casesReceived);
    QCOMPARE(poller.nextWindowMinutes(), 0);
    poller.start();
    QVERIFY(received.wait(15'000));
    QCOMPARE(received.first().at(1).toBool(), true); // full
    QVERIFY(received.first().at(0).value<QList<Case>>().size() >= 40);
    // Just after a poll: rounded-up minutes since it started, plus one of overlap.
    QCOMPARE(poller.nextWindowMinutes(), 2);
    QVERIFY(poller.nextPoll().isValid());
    poller.pollNow();
    QVERIFY(received.wait(15'000));
    QCOMPARE(received.at(1).at(1).toBool(), false);
    poller.stop();
    QVERIFY(!poller.nextPoll().isValid());
}

QTEST_GUILESS_MAIN(TestGraphQLClient)
#include "tst_graphqlclient.moc"
