// The real client (token, transport, typed API, poller) against the real sandbox server.

#include "HostileServer.h"
#include "SandboxServer.h"
#include "TestSupport.h"
#include "api/CasePoller.h"
#include "api/GraphQLCaseApi.h"
#include "api/GraphQLReply.h"
#include "api/GraphQLTransport.h"
#include "api/TokenProvider.h"
#include "models/CaseTypeMatrix.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

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
    void filtersCombine();
    void fetchesSeveralCasesOneRequestEach();
    void createsEveryAllowedCell();
    void refusesDisallowedCellsBeforeSending_data();
    void refusesDisallowedCellsBeforeSending();
    void incidentAlwaysCarriesBothDates();
    void missingIncidentDatesIsExplainedHC0011();
    void repliesAndTagsACase();
    void fetchesTheAccount();
    void secretsNeverReachTheLog();
    void tokenEndpointFaults_data();
    void tokenEndpointFaults();
    void settingsChangedWhileFetchingATokenUseTheNewOnes();
    void largeAnswersAreReadOffTheGuiThread();
    void tokenRequestFollowsNoRedirect_data();
    void tokenRequestFollowsNoRedirect();
    void graphqlPostFollowsNoRedirect_data();
    void graphqlPostFollowsNoRedirect();
    void answersAreBounded_data();
    void answersAreBounded();
    void non2xxIsNeverSuccess_data();
    void non2xxIsNeverSuccess();
    void aBodyCutShortIsABrokenTransfer_data();
    void aBodyCutShortIsABrokenTransfer();
    void rateLimitWithGraphQLBodyHonoursRetryAfter_data();
    void rateLimitWithGraphQLBodyHonoursRetryAfter();

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
    m_transport->setTimeout(15'000);
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
    if (!reply->isFinished() && !finished.wait(15'000))
        QTest::qFail("no answer from the sandbox within 15 s", __FILE__, __LINE__);
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
    // Short only where the timeout is what is tested; a busy machine may answer slowly.
    m_transport->setTimeout(kind == ApiError::Kind::Timeout ? 2000 : 15'000);
    CasesReply *reply = fetch(0);
    QCOMPARE(reply->error().kind(), kind);
    if (status >= 0)
        QCOMPARE(reply->error().httpStatus(), status);
    QVERIFY(reply->error().isRetryable());
    QVERIFY(!reply->error().userMessage().isEmpty());
    if (kind == ApiError::Kind::Http)
        QCOMPARE(reply->error().retryAfterSeconds(), 7);
    // The fault was for one request only: the next one succeeds.
    m_transport->setTimeout(15'000);
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

namespace {

CaseDraft incidentDraft(const QString &serviceId)
{
    CaseDraft draft;
    draft.type = QStringLiteral("Incident");
    draft.priority = QStringLiteral("P2");
    draft.subject = QStringLiteral("ServiceDown");
    draft.serviceId = serviceId;
    draft.message = QStringLiteral("Circuit down since 08:10, no light on the CPE.");
    draft.sentBy = QStringLiteral("Test Engineer");
    draft.startOfIncident = *Timestamp::parse(u"2026-11-24T08:10:00+01:00");
    return draft;
}

} // namespace

void TestGraphQLClient::filtersCombine()
{
    const QList<Case> all = fetch(0)->cases();
    const Case &withReference = *std::find_if(
        all.cbegin(), all.cend(), [](const Case &c) { return !c.customerReference.isEmpty(); });
    CasesReply *byService = waitFor(m_api->fetchUpdatedCases(0, {withReference.serviceId, {}}));
    QVERIFY(!byService->error().isError());
    QVERIFY(!byService->cases().isEmpty());
    QVERIFY(byService->cases().size() < all.size());
    for (const Case &c : byService->cases())
        QCOMPARE(c.serviceId, withReference.serviceId);
    CasesReply *both = waitFor(
        m_api->fetchUpdatedCases(0, {withReference.serviceId, withReference.customerReference}));
    QCOMPARE(both->cases().size(), 1);
    QCOMPARE(both->cases().constFirst().id, withReference.id);
    CasesReply *none = waitFor(m_api->fetchUpdatedCases(
        0, {QStringLiteral("no-such-service"), withReference.customerReference}));
    QVERIFY(!none->error().isError());
    QVERIFY(none->cases().isEmpty());
}

void TestGraphQLClient::fetchesSeveralCasesOneRequestEach()
{
    const QList<Case> all = fetch(0)->cases();
    QStringList ids;
    for (int i = 0; i < 9; ++i)
        ids << all.at(i).id;
    ids << QStringLiteral("CS-0000000"); // unknown: simply absent from the result
    CasesReply *reply = waitFor(m_api->fetchCases(ids, 3));
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().serverMessage()));
    QCOMPARE(reply->cases().size(), 9);
    for (int i = 0; i < 9; ++i) {
        QCOMPARE(reply->cases().at(i).id, ids.at(i));
        QCOMPARE(reply->cases().at(i).communications, all.at(i).communications);
    }
    QVERIFY(waitFor(m_api->fetchCases({}))->cases().isEmpty());
}

void TestGraphQLClient::createsEveryAllowedCell()
{
    const QString serviceId = fetch(0)->cases().constFirst().serviceId;
    int created = 0;
    for (const CaseTypeMatrix::Type &type : CaseTypeMatrix::builtIn().types()) {
        for (const QString &priority : type.priorities) {
            for (const CaseTypeMatrix::Subject &subject : type.subjects) {
                CaseDraft draft = incidentDraft(serviceId);
                draft.type = type.id;
                draft.priority = priority;
                draft.subject = subject.id;
                CreateCaseReply *reply = waitFor(m_api->createCase(draft));
                QVERIFY2(!reply->error().isError(),
                    qPrintable(type.id + u' ' + priority + u' ' + subject.id + QStringLiteral(": ")
                        + reply->error().serverMessage()));
                QVERIFY(!reply->caseId().isEmpty());
                ++created;
            }
        }
    }
    QCOMPARE(created, 5 * 4 + 3 * 7);
}

void TestGraphQLClient::refusesDisallowedCellsBeforeSending_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("priority");
    QTest::addColumn<QString>("subject");
    QTest::newRow("general request P1") << "NonIncident"
                                        << "P1"
                                        << "Other";
    QTest::newRow("general request P2") << "NonIncident"
                                        << "P2"
                                        << "ChangeRequest";
    QTest::newRow("incident with a general subject") << "Incident"
                                                     << "P3"
                                                     << "Other";
    QTest::newRow("general request, incident subject") << "NonIncident"
                                                       << "P4"
                                                       << "ServiceDown";
    QTest::newRow("unknown type") << "Problem"
                                  << "P3"
                                  << "Other";
    QTest::newRow("no priority") << "Incident"
                                 << ""
                                 << "ServiceDown";
}

void TestGraphQLClient::refusesDisallowedCellsBeforeSending()
{
    QFETCH(QString, type);
    QFETCH(QString, priority);
    QFETCH(QString, subject);
    CaseDraft draft = incidentDraft(QStringLiteral("SVC-1"));
    draft.type = type;
    draft.priority = priority;
    draft.subject = subject;
    // Nothing listens at this endpoint: a request would fail as a network error.
    m_transport->setEndpoint(SandboxServer::unreachableUrl(QStringLiteral("/graphql")));
    CreateCaseReply *reply = waitFor(m_api->createCase(draft));
    QCOMPARE(reply->error().kind(), ApiError::Kind::InvalidRequest);
    QVERIFY(!reply->error().userMessage().isEmpty());
}

void TestGraphQLClient::incidentAlwaysCarriesBothDates()
{
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    CaseDraft draft = incidentDraft(QStringLiteral("SVC-1"));
    QJsonObject variables = GraphQLCaseApi::createCaseVariables(draft, matrix);
    QCOMPARE(variables.value(QLatin1String("startOfIncident")).toString(),
        QStringLiteral("2026-11-24T08:10:00.0000000+01:00"));
    QVERIFY(variables.contains(QLatin1String("endOfIncident")));
    QVERIFY(variables.value(QLatin1String("endOfIncident")).isNull());
    draft.endOfIncident = *Timestamp::parse(u"2026-11-24T09:00:00Z");
    variables = GraphQLCaseApi::createCaseVariables(draft, matrix);
    QCOMPARE(variables.value(QLatin1String("endOfIncident")).toString(),
        QStringLiteral("2026-11-24T09:00:00.0000000+00:00"));
    draft.type = QStringLiteral("NonIncident");
    draft.priority = QStringLiteral("P4");
    variables = GraphQLCaseApi::createCaseVariables(draft, matrix);
    QVERIFY(!variables.contains(QLatin1String("startOfIncident")));
    QVERIFY(!variables.contains(QLatin1String("endOfIncident")));

    // Open-ended against the real server: accepted, and the start is kept.
    const QString serviceId = fetch(0)->cases().constFirst().serviceId;
    CreateCaseReply *created = waitFor(m_api->createCase(incidentDraft(serviceId)));
    QVERIFY2(!created->error().isError(), qPrintable(created->error().serverMessage()));
    CasesReply *fetched = waitFor(m_api->fetchCase(created->caseId()));
    QCOMPARE(fetched->cases().size(), 1);
    const Case &c = fetched->cases().constFirst();
    QCOMPARE(c.startOfIncident, *Timestamp::parse(u"2026-11-24T07:10:00Z"));
    QVERIFY(!c.endOfIncident.isValid());
    QCOMPARE(c.communications.size(), 1);
    QCOMPARE(c.communications.constFirst().message, incidentDraft(serviceId).message);
    QCOMPARE(c.status, QStringLiteral("New"));
}

void TestGraphQLClient::missingIncidentDatesIsExplainedHC0011()
{
    // What a careless client sends: an Incident without endOfIncident.
    const QString serviceId = fetch(0)->cases().constFirst().serviceId;
    GraphQLReply *reply = m_transport->execute(QStringLiteral("CreateCase"),
        {{QStringLiteral("subject"), QStringLiteral("ServiceDown")},
            {QStringLiteral("type"), QStringLiteral("Incident")},
            {QStringLiteral("priority"), QStringLiteral("P2")},
            {QStringLiteral("serviceId"), serviceId},
            {QStringLiteral("message"), QStringLiteral("down")},
            {QStringLiteral("startOfIncident"), QStringLiteral("2026-11-24T08:10:00Z")}});
    QSignalSpy finished(reply, &GraphQLReply::finished);
    QVERIFY(finished.wait(15'000));
    QCOMPARE(reply->error().code(), QStringLiteral("HC0011"));
    QCOMPARE(reply->error().serverMessage(), QStringLiteral("An error has occurred"));
    QVERIFY(reply->error().userMessage().contains(QLatin1String("start and the end")));
    QVERIFY(!reply->error().isRetryable());
    delete reply;
}

void TestGraphQLClient::repliesAndTagsACase()
{
    // An open case: a reply to a Resolved one also reopens it (sandbox/README.md).
    const QList<Case> all = fetch(0)->cases();
    const Case before = *std::find_if(all.cbegin(), all.cend(),
        [](const Case &c) { return c.status == QLatin1String("InProgress"); });
    ApiReply *replied = waitFor(m_api->replyToCase(
        before.id, QStringLiteral("Any update?"), QStringLiteral("Test Engineer")));
    QVERIFY2(!replied->error().isError(), qPrintable(replied->error().serverMessage()));
    ApiReply *tagged = waitFor(m_api->addCustomerReference(before.id, QStringLiteral("INC-42")));
    QVERIFY2(!tagged->error().isError(), qPrintable(tagged->error().serverMessage()));
    const Case after = waitFor(m_api->fetchCase(before.id))->cases().constFirst();
    QCOMPARE(after.customerReference, QStringLiteral("INC-42"));
    QCOMPARE(after.communications.size(), before.communications.size() + 1);
    QCOMPARE(after.communications.constLast().message, QStringLiteral("Any update?"));
    QCOMPARE(after.communications.constLast().sentBy, QStringLiteral("Test Engineer"));
    QVERIFY(after.lastModifiedDate > before.lastModifiedDate);

    ApiReply *unknown
        = waitFor(m_api->replyToCase(QStringLiteral("CS-0000000"), QStringLiteral("hello")));
    QCOMPARE(unknown->error().kind(), ApiError::Kind::Validation);
    QCOMPARE(unknown->error().code(), QStringLiteral("CASE_NOT_FOUND"));
}

void TestGraphQLClient::fetchesTheAccount()
{
    AccountReply *reply = waitFor(m_api->fetchAccount());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().serverMessage()));
    const Account account = reply->account();
    QVERIFY(!account.accountId.isEmpty());
    QVERIFY(account.services.size() >= 8);
    QVERIFY(account.sites.size() >= 5);
    for (const Service &service : account.services)
        QVERIFY2(account.site(service.siteId), qPrintable(service.serviceId));
}

namespace {
QStringList *capturedLog = nullptr;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (capturedLog)
        capturedLog->append(QString::fromLatin1(context.category) + u' ' + message);
}
} // namespace

void TestGraphQLClient::secretsNeverReachTheLog()
{
    QStringList log;
    capturedLog = &log;
    QLoggingCategory::setFilterRules(QStringLiteral("caseconsole.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const auto restore = qScopeGuard([previous] {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        capturedLog = nullptr;
    });

    // A successful fetch, a 401 renewal and a refused secret, with every category at debug.
    QVERIFY(!fetch(0)->error().isError());
    m_server->control("POST", QStringLiteral("/faults"),
        {{QStringLiteral("kind"), QStringLiteral("expire-token")}, {QStringLiteral("count"), 1},
            {QStringLiteral("path"), QStringLiteral("/graphql")}});
    QVERIFY(!fetch(0)->error().isError());
    m_tokens->setClientSecret(QStringLiteral("wrong-s3cret-value"));
    QCOMPARE(fetch(0)->error().kind(), ApiError::Kind::Authentication);

    // The token the client holds now, to search the log for it.
    m_tokens->setClientSecret(QStringLiteral("demo-secret"));
    QString token;
    m_tokens->requestToken(this, [&token](const QString &t, const ApiError &) { token = t; });
    QTRY_VERIFY(!token.isEmpty());
    QVERIFY2(log.size() >= 3, "the test must see log lines to mean anything");
    for (const QString &line : std::as_const(log)) {
        QVERIFY2(!line.contains(QLatin1String("demo-secret")), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("wrong-s3cret-value")), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("Bearer")), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("access_token")), qPrintable(line));
        QVERIFY2(!line.contains(token), qPrintable(line));
    }
}

void TestGraphQLClient::tokenEndpointFaults_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ApiError::Kind>("expected");
    QTest::newRow("truncated") << "truncate" << ApiError::Kind::MalformedReply;
    QTest::newRow("dropped") << "drop" << ApiError::Kind::Network;
    QTest::newRow("slow") << "latency" << ApiError::Kind::Timeout;
}

void TestGraphQLClient::tokenEndpointFaults()
{
    QFETCH(QString, kind);
    QFETCH(ApiError::Kind, expected);
    m_server->control("POST", QStringLiteral("/faults"),
        {{QStringLiteral("kind"), kind}, {QStringLiteral("count"), 1}, {QStringLiteral("ms"), 4000},
            {QStringLiteral("path"), QStringLiteral("/oauth2/token")}});
    m_tokens->setTimeout(expected == ApiError::Kind::Timeout ? 1500 : 15'000);
    CasesReply *reply = fetch(0);
    QCOMPARE(reply->error().kind(), expected);
    QVERIFY(reply->error().isRetryable());
    QVERIFY(!fetch(0)->error().isError()); // the next attempt gets its token
}

void TestGraphQLClient::settingsChangedWhileFetchingATokenUseTheNewOnes()
{
    // The token request for demo-client is slow; meanwhile the profile switches to a client
    // that may not read cases. The answer must come from the new settings.
    m_server->control("POST", QStringLiteral("/faults"),
        {{QStringLiteral("kind"), QStringLiteral("latency")}, {QStringLiteral("ms"), 10'000},
            {QStringLiteral("count"), 1},
            {QStringLiteral("path"), QStringLiteral("/oauth2/token")}});
    CasesReply *reply = m_api->fetchUpdatedCases(0);
    QTest::qWait(100);
    m_tokens->setClientId(QStringLiteral("readonly-client"));
    m_tokens->setClientSecret(QStringLiteral("readonly-secret"));
    m_tokens->setScope(QStringLiteral("customerapi/basic.read"));
    waitFor(reply);
    QCOMPARE(reply->error().kind(), ApiError::Kind::Authorization);
}

void TestGraphQLClient::largeAnswersAreReadOffTheGuiThread()
{
    // 2,000 cases: well over the size at which the transport parses on a worker thread.
    SandboxServer large({QStringLiteral("--seed"), QStringLiteral("large:2000")});
    QVERIFY2(large.start(), qPrintable(large.errorString()));
    m_tokens->setTokenUrl(large.tokenUrl());
    m_transport->setEndpoint(large.graphqlUrl());
    CasesReply *reply = m_api->fetchUpdatedCases(0);
    waitFor(reply);
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().serverMessage()));
    QCOMPARE(reply->cases().size(), 2000);
    QSet<QString> ids;
    for (const Case &c : reply->cases()) {
        ids.insert(c.id);
        QVERIFY(!c.communications.isEmpty());
    }
    QCOMPARE(ids.size(), 2000);

    // Where the body is read: a large answer on a worker thread, a small one on this thread.
    QThread *largeReadOn = nullptr;
    GraphQLReply *largeReply = m_transport->execute(QStringLiteral("RetrieveUpdatedCases"),
        {{QStringLiteral("lastModifiedMinutes"), 0}}, [&largeReadOn](const QByteArray &body) {
            largeReadOn = QThread::currentThread();
            return GraphQLTransport::readJson(body);
        });
    QSignalSpy largeDone(largeReply, &GraphQLReply::finished);
    QVERIFY(largeDone.wait(15'000));
    QVERIFY(!largeReply->error().isError());
    QVERIFY(largeReadOn);
    QVERIFY(largeReadOn != QThread::currentThread());
    delete largeReply;

    QThread *smallReadOn = nullptr;
    GraphQLReply *smallReply = m_transport->execute(QStringLiteral("RetrieveCase"),
        {{QStringLiteral("id"), reply->cases().constFirst().id}},
        [&smallReadOn](const QByteArray &body) {
            smallReadOn = QThread::currentThread();
            return GraphQLTransport::readJson(body);
        });
    QSignalSpy smallDone(smallReply, &GraphQLReply::finished);
    QVERIFY(smallDone.wait(15'000));
    QCOMPARE(smallReadOn, QThread::currentThread());
    delete smallReply;
}

namespace {

// Runs `operation` through `transport` and waits for its end.
GraphQLReply *run(GraphQLTransport *transport, const QString &operation = QStringLiteral("Account"))
{
    GraphQLReply *reply = transport->execute(operation);
    QSignalSpy finished(reply, &GraphQLReply::finished);
    if (!reply->isFinished() && !finished.wait(15'000))
        QTest::qFail("no answer within 15 s", __FILE__, __LINE__);
    return reply;
}

const QByteArray GraphQLResponse = "application/graphql-response+json; charset=utf-8";

} // namespace

void TestGraphQLClient::tokenRequestFollowsNoRedirect_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("sameOrigin");
    QTest::newRow("307 to another origin") << 307 << false;
    QTest::newRow("308 to another origin") << 308 << false;
    QTest::newRow("307 on the same origin") << 307 << true;
}

void TestGraphQLClient::tokenRequestFollowsNoRedirect()
{
    // The token URL answers with a redirect to a server that would hand out a token for
    // whatever it is sent: neither the secret nor anything else may reach it.
    QFETCH(int, status);
    QFETCH(bool, sameOrigin);
    HostileServer tokenServer, elsewhere;
    QVERIFY(tokenServer.listen());
    QVERIFY(elsewhere.listen());
    const QByteArray token = R"({"access_token":"stolen","token_type":"Bearer","expires_in":3600})";
    const auto answerToken
        = HostileServer::respond(200, {{"Content-Type", "application/json"}}, token);
    const QUrl target = sameOrigin ? tokenServer.url(QStringLiteral("/moved/token"))
                                   : elsewhere.url(QStringLiteral("/oauth2/token"));
    tokenServer.setHandler([&](QTcpSocket *socket, const HostileServer::Request &request) {
        if (request.target.startsWith("/moved"))
            answerToken(socket, request);
        else
            HostileServer::respond(status, {{"Location", target.toEncoded()}})(socket, request);
    });
    elsewhere.setHandler(answerToken);
    m_tokens->setTokenUrl(tokenServer.url(QStringLiteral("/oauth2/token")));

    CasesReply *reply = fetch(0);
    QCOMPARE(reply->error().kind(), ApiError::Kind::Http);
    QCOMPARE(reply->error().httpStatus(), status);
    const QString message = reply->error().userMessage();
    QVERIFY2(message.contains(target.authority()) && message.contains(target.path()),
        qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("network or VPN")), qPrintable(message));
    QCOMPARE(message.contains(QLatin1String("another server")), !sameOrigin);
    QVERIFY(!m_tokens->hasValidToken());
    QCOMPARE(tokenServer.requests().size(), 1);
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestGraphQLClient::graphqlPostFollowsNoRedirect_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("sameOrigin");
    QTest::newRow("307 on the same origin") << 307 << true;
    QTest::newRow("308 on the same origin") << 308 << true;
    QTest::newRow("307 to another origin") << 307 << false;
}

void TestGraphQLClient::graphqlPostFollowsNoRedirect()
{
    // A POST is never sent twice: a redirected mutation could be done twice, and the bearer
    // token would go along. The 3xx is an error that names where it pointed.
    QFETCH(int, status);
    QFETCH(bool, sameOrigin);
    HostileServer endpoint, elsewhere;
    QVERIFY(endpoint.listen());
    QVERIFY(elsewhere.listen());
    const auto answer = HostileServer::respond(
        200, {{"Content-Type", GraphQLResponse}}, R"({"data":{"account":null}})");
    const QUrl target = sameOrigin ? endpoint.url(QStringLiteral("/graphql2"))
                                   : elsewhere.url(QStringLiteral("/graphql"));
    endpoint.setHandler([&](QTcpSocket *socket, const HostileServer::Request &request) {
        if (request.target == "/graphql2")
            answer(socket, request);
        else
            HostileServer::respond(status, {{"Location", target.toEncoded()}})(socket, request);
    });
    elsewhere.setHandler(answer);
    m_transport->setEndpoint(endpoint.url(QStringLiteral("/graphql")));

    std::unique_ptr<GraphQLReply> reply(run(m_transport.get(), QStringLiteral("ReplyToCase")));
    QCOMPARE(reply->error().kind(), ApiError::Kind::Http);
    QCOMPARE(reply->error().httpStatus(), status);
    const QString message = reply->error().userMessage();
    QVERIFY2(message.contains(target.authority()) && message.contains(target.path()),
        qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("network or VPN")), qPrintable(message));
    QCOMPARE(message.contains(QLatin1String("another server")), !sameOrigin);
    QCOMPARE(endpoint.requests().size(), 1);
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestGraphQLClient::answersAreBounded_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("how");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("phrase");
    for (const char *where : {"graphql", "token"}) {
        const auto row = [where](const char *how) -> QTestData & {
            return QTest::addRow("%s, %s", where, how)
                << QString::fromLatin1(where) << QString::fromLatin1(how);
        };
        row("endless body") << ApiError::Kind::MalformedReply << QStringLiteral("larger than");
        row("Content-Length 2 GB")
            << ApiError::Kind::MalformedReply << QStringLiteral("larger than");
        row("trickling body") << ApiError::Kind::Timeout << QStringLiteral("not complete within");
    }
}

void TestGraphQLClient::answersAreBounded()
{
    QFETCH(QString, where);
    QFETCH(QString, how);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, phrase);
    HostileServer hostile;
    QVERIFY(hostile.listen());
    // The endless body stops at 64 MiB only so that a client without a limit cannot take the
    // test machine down; then it falls silent, and such a client ends in its idle timeout.
    hostile.setHandler(how.startsWith(u"endless") ? HostileServer::endless(64 * 1024 * 1024)
            : how.startsWith(u"Content")          ? HostileServer::declares(2'000'000'000)
                                                  : HostileServer::trickle(100'000, 150));
    // An idle timeout a trickle never trips (it restarts on every byte), a short deadline.
    if (where == u"graphql") {
        m_transport->setEndpoint(hostile.url(QStringLiteral("/graphql")));
        m_transport->setMaxAnswerBytes(1024 * 1024);
        m_transport->setTimeout(3000);
        m_transport->setDeadline(1500);
    } else {
        m_tokens->setTokenUrl(hostile.url(QStringLiteral("/oauth2/token")));
        m_tokens->setTimeout(3000);
        m_tokens->setDeadline(1500);
    }
    if (how.startsWith(u"endless") || how.startsWith(u"Content")) {
        // Too large, not too slow, must be what stops these.
        m_transport->setDeadline(60'000);
        m_tokens->setDeadline(60'000);
    }
    std::unique_ptr<GraphQLReply> reply(run(m_transport.get()));
    QCOMPARE(reply->error().kind(), kind);
    QVERIFY2(
        reply->error().userMessage().contains(phrase), qPrintable(reply->error().userMessage()));
    QVERIFY(reply->error().isRetryable());
    QCOMPARE(hostile.requests().size(), 1);
}

void TestGraphQLClient::non2xxIsNeverSuccess_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");
    const QByteArray data = R"({"data":{"account":{"accountId":"ACC-1"}}})";
    QTest::newRow("500 application/json with data")
        << 500 << QByteArray("application/json") << data << ApiError::Kind::Server << QString();
    QTest::newRow("500 graphql-response+json with data, no errors")
        << 500 << GraphQLResponse << data << ApiError::Kind::Server << QString();
    QTest::newRow("502 graphql-response+json with data and an unknown error")
        << 502 << GraphQLResponse
        << QByteArray(R"({"data":{"account":null},"errors":[{"message":"upstream"}]})")
        << ApiError::Kind::Server << QString();
    QTest::newRow("400 graphql-response+json, a known error")
        << 400 << GraphQLResponse
        << QByteArray(
               R"({"errors":[{"message":"An error has occurred","extensions":{"code":"HC0011"}}]})")
        << ApiError::Kind::Validation << QStringLiteral("HC0011");
}

void TestGraphQLClient::aBodyCutShortIsABrokenTransfer_data()
{
    QTest::addColumn<bool>("abort");
    QTest::newRow("closed") << false;
    QTest::newRow("reset") << true;
}

void TestGraphQLClient::aBodyCutShortIsABrokenTransfer()
{
    // Qt finishes a reply whose connection closed in the middle of its body as if it were
    // whole when it notices the close while reading (seen under ASan with the sandbox's
    // "drop" fault). What did arrive may even be valid JSON; it is still not the answer.
    QFETCH(bool, abort);
    HostileServer hostile;
    QVERIFY(hostile.listen());
    hostile.setHandler([abort](QTcpSocket *socket, const HostileServer::Request &) {
        const QByteArray body = R"({"data":{"viewer":{"account":{"accountId":"A"}}}})";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/graphql-response+json\r\n"
                      "Content-Length: "
            + QByteArray::number(body.size() + 100) + "\r\n\r\n" + body);
        socket->flush();
        if (abort)
            socket->abort();
        else
            socket->disconnectFromHost();
    });
    m_transport->setEndpoint(hostile.url(QStringLiteral("/graphql")));
    std::unique_ptr<GraphQLReply> reply(run(m_transport.get()));
    QCOMPARE(reply->error().kind(), ApiError::Kind::Network);
    QVERIFY(reply->error().isOutcomeUnknown());
}

void TestGraphQLClient::non2xxIsNeverSuccess()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    HostileServer hostile;
    QVERIFY(hostile.listen());
    hostile.setHandler(HostileServer::respond(status, {{"Content-Type", contentType}}, body));
    m_transport->setEndpoint(hostile.url(QStringLiteral("/graphql")));
    std::unique_ptr<GraphQLReply> reply(run(m_transport.get()));
    QVERIFY(reply->error().isError());
    QCOMPARE(reply->error().kind(), kind);
    QCOMPARE(reply->error().httpStatus(), status);
    QCOMPARE(reply->error().code(), code);
    QVERIFY(reply->data().isEmpty());
}

void TestGraphQLClient::rateLimitWithGraphQLBodyHonoursRetryAfter_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("low");
    QTest::addColumn<int>("high");
    QTest::newRow("delta-seconds") << QByteArray("120") << 120 << 120;
    QTest::newRow("HTTP-date") << QLocale::c()
                                      .toString(QDateTime::currentDateTimeUtc().addSecs(300),
                                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                      .toLatin1()
                               << 290 << 300;
    QTest::newRow("huge, capped") << QByteArray("3000000") << 3600 << 3600;
}

void TestGraphQLClient::rateLimitWithGraphQLBodyHonoursRetryAfter()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, low);
    QFETCH(int, high);
    HostileServer hostile;
    QVERIFY(hostile.listen());
    hostile.setHandler(HostileServer::respond(429,
        {{"Content-Type", GraphQLResponse}, {"Retry-After", retryAfter}},
        R"({"errors":[{"message":"Too many requests","extensions":{"code":"RATE_LIMITED"}}]})"));
    m_transport->setEndpoint(hostile.url(QStringLiteral("/graphql")));
    std::unique_ptr<GraphQLReply> reply(run(m_transport.get()));
    QCOMPARE(reply->error().httpStatus(), 429);
    QCOMPARE(reply->error().kind(), ApiError::Kind::Http);
    QVERIFY(reply->error().isRetryable());
    QVERIFY2(
        reply->error().retryAfterSeconds() >= low && reply->error().retryAfterSeconds() <= high,
        qPrintable(QString::number(reply->error().retryAfterSeconds())));
}

QTEST_GUILESS_MAIN(TestGraphQLClient)
#include "tst_graphqlclient.moc"
