// No write is ever sent twice by Qt's HTTP layer. When a server reads a request, may carry it
// out, and the connection closes before any byte of the answer, Qt 6.4's HTTP/1.1 channel
// silently sends the request again on a new connection (QHttpNetworkConnectionChannel's
// reconnectAttempts). The console's mutations and the Case Repository's writes refuse that:
// they reach the server once and end in a network failure whose outcome is unknown, which the
// outbox settles by looking the write up. Queries keep Qt's resend, which is harmless.
// A loopback server of the test's own plays the server: it records each request and the
// connection it came on, answers what the test wants answered, and closes on the others.

#include "HostileServer.h"
#include "TestSupport.h"
#include "api/GraphQLCaseApi.h"
#include "api/GraphQLTransport.h"
#include "api/RepositoryClient.h"
#include "api/TokenProvider.h"
#include "models/ProviderCapabilities.h"
#include "models/Timestamp.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

const QByteArray GraphQLResponse = "application/graphql-response+json; charset=utf-8";

QString operationOf(const HostileServer::Request &request)
{
    return QJsonDocument::fromJson(request.body)
        .object()
        .value(QLatin1String("operationName"))
        .toString();
}

QList<HostileServer::Request> requestsFor(const HostileServer &server, const QString &operation)
{
    QList<HostileServer::Request> found;
    for (const HostileServer::Request &request : server.requests()) {
        if (operationOf(request) == operation)
            found.append(request);
    }
    return found;
}

CaseDraft incidentDraft()
{
    CaseDraft draft;
    draft.type = QStringLiteral("Incident");
    draft.priority = QStringLiteral("P2");
    draft.subject = QStringLiteral("ServiceDown");
    draft.serviceId = QStringLiteral("SVC-1");
    draft.message = QStringLiteral("Circuit down since 08:10, no light on the CPE.");
    draft.sentBy = QStringLiteral("Test Engineer");
    draft.startOfIncident = *Timestamp::parse(u"2026-11-24T08:10:00+01:00");
    return draft;
}

RepositoryEntry newEntry()
{
    RepositoryEntry e;
    e.caseType = QStringLiteral("NetworkIncident");
    e.clientId = QStringLiteral("5252344078");
    e.clientType = QStringLiteral("NIP");
    e.status = QStringLiteral("OPEN");
    e.businessKey = QStringLiteral("CS-0000001");
    e.source = QStringLiteral("case-console");
    return e;
}

// What a write that may have been done must end in: a network failure the outbox looks up
// before anything is sent again, in words that do not blame the engineer's network.
void verifyUnknownOutcome(const ApiError &error)
{
    QVERIFY2(error.isError(), "the write was reported as done");
    QCOMPARE(error.kind(), ApiError::Kind::Network);
    QVERIFY(error.isOutcomeUnknown());
    QVERIFY2(!error.userMessage().contains(QLatin1String("network or VPN")),
        qPrintable(error.userMessage()));
}

} // namespace

class TestNoResend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aQueryClosedUnansweredIsSentAgain_data();
    void aQueryClosedUnansweredIsSentAgain();
    void aMutationIsSentOnce_data();
    void aMutationIsSentOnce();
    void aRepositoryWriteIsSentOnce_data();
    void aRepositoryWriteIsSentOnce();
    void aRedirectedRepositoryWriteIsNamed();
    void onlyQueriesMayBeSentTwice_data();
    void onlyQueriesMayBeSentTwice();

private:
    static void addCloseRows(const QStringList &what);

    HostileServer m_tokenServer;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<GraphQLTransport> m_transport;
    std::unique_ptr<GraphQLCaseApi> m_api;
};

void TestNoResend::initTestCase()
{
    QVERIFY(m_tokenServer.listen());
    m_tokenServer.setHandler(HostileServer::respond(200, {{"Content-Type", "application/json"}},
        R"({"access_token":"t0k3n","token_type":"Bearer","expires_in":3600})"));
}

void TestNoResend::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_tokens = std::make_unique<TokenProvider>(m_network.get());
    m_tokens->setTokenUrl(m_tokenServer.url(QStringLiteral("/oauth2/token")));
    m_tokens->setClientId(QStringLiteral("demo-client"));
    m_tokens->setClientSecret(QStringLiteral("demo-secret"));
    m_transport = std::make_unique<GraphQLTransport>(m_network.get(), m_tokens.get());
    m_transport->setTimeout(15'000);
    m_api = std::make_unique<GraphQLCaseApi>(m_transport.get());
    // Known already: the test servers answer the requests under test, not a discovery.
    m_api->setCapabilities(ProviderCapabilities::everything());
}

void TestNoResend::cleanup()
{
    m_api.reset();
    m_transport.reset();
    m_tokens.reset();
    m_network.reset();
}

void TestNoResend::addCloseRows(const QStringList &what)
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("keptAlive");
    QTest::addColumn<bool>("reset");
    for (const QString &w : what) {
        for (const bool keptAlive : {false, true}) {
            for (const bool reset : {false, true}) {
                QTest::addRow("%s, %s connection, %s", qPrintable(w),
                    keptAlive ? "kept-alive" : "fresh", reset ? "reset" : "closed")
                    << w << keptAlive << reset;
            }
        }
    }
}

void TestNoResend::aQueryClosedUnansweredIsSentAgain_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("closed") << false;
    QTest::newRow("reset") << true;
}

void TestNoResend::aQueryClosedUnansweredIsSentAgain()
{
    // The premise of the tests below: Qt does send a request again when its connection closes
    // before the answer. A query may be sent twice, so it keeps that resend and succeeds.
    QFETCH(bool, reset);
    HostileServer server;
    QVERIFY(server.listen());
    const auto answer = HostileServer::respond(200, {{"Content-Type", GraphQLResponse}},
        R"({"data":{"viewer":{"account":{"cases":[]}}}})");
    server.setHandler([&](QTcpSocket *socket, const HostileServer::Request &request) {
        if (server.requests().size() == 1)
            HostileServer::closeUnanswered(reset)(socket, request);
        else
            answer(socket, request);
    });
    m_transport->setEndpoint(server.url(QStringLiteral("/graphql")));
    CasesReply *reply = waitFor(m_api->fetchUpdatedCases(0));
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().userMessage()));
    QCOMPARE(requestsFor(server, QStringLiteral("RetrieveUpdatedCases")).size(), 2);
}

void TestNoResend::aMutationIsSentOnce_data()
{
    addCloseRows({QStringLiteral("ReplyToCase"), QStringLiteral("CreateCase"),
        QStringLiteral("AddCustomerReference")});
}

void TestNoResend::aMutationIsSentOnce()
{
    QFETCH(QString, what);
    QFETCH(bool, keptAlive);
    QFETCH(bool, reset);
    HostileServer server;
    QVERIFY(server.listen());
    // Queries are answered on a connection kept open; every mutation is read, then closed on.
    const auto answer = HostileServer::respondKeepingOpen(200, {{"Content-Type", GraphQLResponse}},
        R"({"data":{"viewer":{"account":{"cases":[]}}}})");
    server.setHandler([&](QTcpSocket *socket, const HostileServer::Request &request) {
        if (operationOf(request).startsWith(QLatin1String("Retrieve")))
            answer(socket, request);
        else
            HostileServer::closeUnanswered(reset)(socket, request);
    });
    m_transport->setEndpoint(server.url(QStringLiteral("/graphql")));

    if (keptAlive) {
        // A query first, answered normally, leaves an open connection for the mutation.
        CasesReply *query = waitFor(m_api->fetchUpdatedCases(0));
        QVERIFY2(!query->error().isError(), qPrintable(query->error().userMessage()));
        QVERIFY(query->cases().isEmpty());
    }
    ApiReply *reply = nullptr;
    if (what == u"ReplyToCase") {
        reply = m_api->replyToCase(
            QStringLiteral("CS-0000001"), QStringLiteral("Any update?"), QStringLiteral("Eng"));
    } else if (what == u"CreateCase") {
        reply = m_api->createCase(incidentDraft());
    } else {
        reply = m_api->addCustomerReference(QStringLiteral("CS-0000001"), QStringLiteral("INC-42"));
    }
    waitFor(reply);
    verifyUnknownOutcome(reply->error());
    if (QTest::currentTestFailed())
        return;

    const QList<HostileServer::Request> sent = requestsFor(server, what);
    QCOMPARE(sent.size(), 1);
    if (keptAlive) {
        // The mutation did go on the connection the query had left open.
        const QList<HostileServer::Request> queries
            = requestsFor(server, QStringLiteral("RetrieveUpdatedCases"));
        QCOMPARE(queries.size(), 1);
        QCOMPARE(sent.constFirst().connection, queries.constFirst().connection);
    }
}

void TestNoResend::aRepositoryWriteIsSentOnce_data()
{
    addCloseRows({QStringLiteral("POST"), QStringLiteral("PATCH"), QStringLiteral("DELETE")});
}

void TestNoResend::aRepositoryWriteIsSentOnce()
{
    QFETCH(QString, what);
    QFETCH(bool, keptAlive);
    QFETCH(bool, reset);
    HostileServer server;
    QVERIFY(server.listen());
    // Reads are answered on a connection kept open; every write is read, then closed on.
    const auto answer
        = HostileServer::respondKeepingOpen(200, {{"Content-Type", "application/json"}},
            R"({"caseId":"c-1","caseType":"NetworkIncident","clientType":"NIP","status":"OPEN"})");
    server.setHandler([&](QTcpSocket *socket, const HostileServer::Request &request) {
        if (request.method == "GET")
            answer(socket, request);
        else
            HostileServer::closeUnanswered(reset)(socket, request);
    });
    RepositoryClient repository(m_network.get());
    QVERIFY(repository
                .configure(server.url(QStringLiteral("/api/case-repository")),
                    QStringLiteral("demo-publisher"))
                .isEmpty());
    repository.setPassword(QStringLiteral("demo-password"));
    repository.setTimeout(15'000);

    if (keptAlive) {
        RepositoryEntryReply *read = waitFor(repository.get(QStringLiteral("c-1")));
        QVERIFY2(!read->error().isError(), qPrintable(read->error().userMessage()));
        QCOMPARE(read->entry().caseId, QStringLiteral("c-1"));
    }
    ApiReply *reply = nullptr;
    if (what == u"POST")
        reply = repository.create(newEntry());
    else if (what == u"PATCH")
        reply = repository.update(
            QStringLiteral("c-1"), {{QStringLiteral("status"), QStringLiteral("CLOSED")}});
    else
        reply = repository.remove(QStringLiteral("c-1"));
    waitFor(reply);
    verifyUnknownOutcome(reply->error());
    if (QTest::currentTestFailed())
        return;

    QList<HostileServer::Request> writes, reads;
    for (const HostileServer::Request &request : server.requests())
        (request.method == "GET" ? reads : writes).append(request);
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes.constFirst().method, what.toLatin1());
    if (keptAlive) {
        QCOMPARE(reads.size(), 1);
        QCOMPARE(writes.constFirst().connection, reads.constFirst().connection);
    }
}

void TestNoResend::aRedirectedRepositoryWriteIsNamed()
{
    // A write whose body cannot be sent again still reports a 307 as the redirect it is (Qt
    // tries to rewind the body for a 307 or 308 even when it will not follow it).
    HostileServer repository, elsewhere;
    QVERIFY(repository.listen());
    QVERIFY(elsewhere.listen());
    const QUrl target = elsewhere.url(QStringLiteral("/api/case-repository/v1"));
    repository.setHandler(HostileServer::respond(307, {{"Location", target.toEncoded()}}));
    RepositoryClient client(m_network.get());
    QVERIFY(client
                .configure(repository.url(QStringLiteral("/api/case-repository")),
                    QStringLiteral("demo-publisher"))
                .isEmpty());
    client.setPassword(QStringLiteral("demo-password"));
    RepositoryEntryReply *reply = waitFor(client.create(newEntry()));
    QCOMPARE(reply->error().httpStatus(), 307);
    const QString message = reply->error().userMessage();
    QVERIFY2(
        message.contains(target.authority()) && message.contains(QLatin1String("another server")),
        qPrintable(message));
    QCOMPARE(repository.requests().size(), 1);
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestNoResend::onlyQueriesMayBeSentTwice_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<bool>("once");
    // Every stored operation, by what it says it is.
    const QStringList stored
        = QDir(QStringLiteral(":/graphql")).entryList({QStringLiteral("*.graphql")});
    QVERIFY(stored.size() >= 6);
    for (const QString &file : stored) {
        const QString name = file.chopped(int(qstrlen(".graphql")));
        const QString text = GraphQLTransport::document(name);
        const bool mutation = text.contains(QStringLiteral("mutation ") + name);
        QVERIFY2(mutation || text.contains(QStringLiteral("query ") + name), qPrintable(name));
        QTest::addRow("stored %s", qPrintable(name)) << text << mutation;
    }
    QTest::newRow("mutation") << QStringLiteral("mutation { a }") << true;
    QTest::newRow("subscription") << QStringLiteral("subscription S { a }") << true;
    QTest::newRow("anonymous query") << QStringLiteral("{ cases { id } }") << false;
    QTest::newRow("a fragment, then a mutation")
        << QStringLiteral("fragment F on Case { id }\nmutation M { a { ...F } }") << true;
    QTest::newRow("a fragment, then a query")
        << QStringLiteral("fragment F on Case { id }\nquery Q { cases { ...F } }") << false;
    QTest::newRow("a query naming a mutation in a comment, a string, a variable, a field")
        << QStringLiteral("# mutation\nquery Q($mutation: String = \"mutation\") "
                          "@mutation { mutation(s: \"\"\"mutation\"\"\") }")
        << false;
    QTest::newRow("a query and a mutation")
        << QStringLiteral("query Q { a } mutation M { b }") << true;
    QTest::newRow("nothing recognisable") << QStringLiteral("# empty") << true;
    QTest::newRow("empty") << QString() << true;
}

void TestNoResend::onlyQueriesMayBeSentTwice()
{
    QFETCH(QString, document);
    QFETCH(bool, once);
    QCOMPARE(GraphQLTransport::sendsOnce(document), once);
}

QTEST_GUILESS_MAIN(TestNoResend)
#include "tst_noresend.moc"
