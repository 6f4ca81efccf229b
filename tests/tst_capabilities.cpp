// What the provider has beyond its documented schema: the capabilities' value type and cache
// form, the composer of documents, and discovery (introspection and probes) against a fake
// provider that answers in the words of graphql-js and of HotChocolate.

#include "FakeProvider.h"
#include "HostileServer.h"
#include "TestSupport.h"
#include "api/CapabilityDiscovery.h"
#include "api/ConnectionCheck.h"
#include "api/GraphQLCaseApi.h"
#include "api/GraphQLDocuments.h"
#include "api/GraphQLSchemaError.h"
#include "api/GraphQLTransport.h"
#include "api/TokenProvider.h"
#include "models/CaseDraft.h"
#include "models/CaseTypeMatrix.h"
#include "models/ProviderCapabilities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using Part = ProviderCapabilities::Part;

class TestCapabilities : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void jsonRoundTripAndDue();
    void unreadableCacheIsNotUsed();
    void schemaErrorsInEachServersWords_data();
    void schemaErrorsInEachServersWords();
    void everyPartHasItsFileAndProbe();
    void composesOnlyWhatTheProviderHas_data();
    void composesOnlyWhatTheProviderHas();
    void createCaseStatesThePriorityWithoutTheArgument();
    void introspectionFollowsTheFieldsNotTheTypeNames();
    void probesWhenIntrospectionIsRefused_data();
    void probesWhenIntrospectionIsRefused();
    void probeVerdicts_data();
    void probeVerdicts();
    void anUnreachableProviderTeachesNothing();
    void aWriteWaitingForDiscoveryWasNeverSent();
    void aRefusedFieldRelearnsAndRetriesOnce_data();
    void aRefusedFieldRelearnsAndRetriesOnce();
    void aMissingCoreFieldIsNamedAndNotAdapted();
    void aFieldRefusedAgainIsDroppedAndSaysSo();
    void connectionCheckSaysWhatItCouldVerify();

private:
    void connectTo(const FakeProvider &provider);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<GraphQLTransport> m_transport;
};

void TestCapabilities::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_tokens = std::make_unique<TokenProvider>(m_network.get());
    m_tokens->setClientId(QStringLiteral("client"));
    m_tokens->setClientSecret(QStringLiteral("secret"));
    m_transport = std::make_unique<GraphQLTransport>(m_network.get(), m_tokens.get());
    m_transport->setTimeout(15'000);
}

void TestCapabilities::cleanup()
{
    m_transport.reset();
    m_tokens.reset();
    m_network.reset();
}

void TestCapabilities::connectTo(const FakeProvider &provider)
{
    m_tokens->setTokenUrl(provider.url(QStringLiteral("/oauth2/token")));
    m_transport->setEndpoint(provider.url(QStringLiteral("/graphql")));
}

void TestCapabilities::jsonRoundTripAndDue()
{
    ProviderCapabilities caps;
    QVERIFY(caps.isDue());
    caps.set(Part::CasePriority, {true, ProviderCapabilities::Source::Probe, {}});
    for (const Part part : ProviderCapabilities::allParts()) {
        if (part != Part::CasePriority)
            caps.set(
                part, {false, ProviderCapabilities::Source::Introspection, QStringLiteral("x")});
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    caps.setDiscoveredAt(now.addSecs(-3600));
    QVERIFY(!caps.isDue(now));
    QVERIFY(caps.isDue(now.addSecs(ProviderCapabilities::MaxAgeSeconds)));
    QVERIFY(caps.isDue(now.addSecs(-7200))); // from the future

    const auto back = ProviderCapabilities::fromJson(caps.toJson());
    QVERIFY(back);
    QCOMPARE(back->discoveredAt(), caps.discoveredAt());
    for (const Part part : ProviderCapabilities::allParts())
        QCOMPARE(back->finding(part), caps.finding(part));
    QCOMPARE(back->absentParts().size(), ProviderCapabilities::PartCount - 1);

    // A part left unknown is absent and makes the whole due again.
    caps.set(Part::AccountName, {false, ProviderCapabilities::Source::Unknown, {}});
    QVERIFY(!caps.isDue(now.addSecs(-3000)));
    QVERIFY(caps.isDue(now.addSecs(ProviderCapabilities::MaxAgeWithUnknownSeconds - 3000)));
}

void TestCapabilities::unreadableCacheIsNotUsed()
{
    QVERIFY(!ProviderCapabilities::fromJson("not json"));
    // "present" without a source is not believed.
    const auto odd = ProviderCapabilities::fromJson(
        R"({"discoveredAt":"2026-01-01T00:00:00Z","parts":{"case.priority":{"present":true},"no.such":{}}})");
    QVERIFY(odd);
    QVERIFY(!odd->has(Part::CasePriority));
    QVERIFY(odd->isDue());
}

void TestCapabilities::schemaErrorsInEachServersWords_data()
{
    QTest::addColumn<QByteArray>("error");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("owner");
    using K = GraphQLSchemaError::Kind;
    QTest::newRow("graphql-js field")
        << QByteArray(R"({"message":"Cannot query field \"priority\" on type \"Case\"."})")
        << int(K::Field) << "priority"
        << "Case";
    QTest::newRow("graphql-js field with a suggestion") << QByteArray(
        R"({"message":"Cannot query field \"endOfIncident\" on type \"Case\". Did you mean \"startOfIncident\"?"})")
                                                        << int(K::Field) << "endOfIncident"
                                                        << "Case";
    QTest::newRow("graphql-js argument") << QByteArray(
        R"({"message":"Unknown argument \"priority\" on field \"Mutation.createCase\"."})")
                                         << int(K::Argument) << "priority"
                                         << "Mutation.createCase";
    QTest::newRow("HotChocolate field") << QByteArray(
        R"({"message":"The field `serviceName` does not exist on the type `Service`.","extensions":{"type":"Service","field":"serviceName"}})")
                                        << int(K::Field) << "serviceName"
                                        << "Service";
    QTest::newRow("HotChocolate argument") << QByteArray(
        R"({"message":"The argument `priority` does not exist.","extensions":{"type":"Mutation","field":"createCase","argument":"priority"}})")
                                           << int(K::Argument) << "priority"
                                           << "Mutation.createCase";
    QTest::newRow("another server") << QByteArray(
        R"({"message":"Validation error (FieldUndefined@[viewer/account/name]) : Field 'name' in type 'Account' is undefined"})")
                                    << int(K::Field) << "name"
                                    << "Account";
    QTest::newRow("an authorization error") << QByteArray(
        R"({"message":"The current user is not authorized to access this resource.","extensions":{"code":"AUTH_NOT_AUTHORIZED","field":"cases"}})")
                                            << int(K::None) << ""
                                            << "";
    QTest::newRow("a required argument") << QByteArray(
        R"({"message":"Field \"createCase\" argument \"subject\" of type \"String!\" is required, but it was not provided."})")
                                         << int(K::None) << ""
                                         << "";
}

void TestCapabilities::schemaErrorsInEachServersWords()
{
    QFETCH(QByteArray, error);
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(QString, owner);
    const GraphQLSchemaError read
        = GraphQLSchemaError::read(QJsonDocument::fromJson(error).object());
    QCOMPARE(int(read.kind), kind);
    QCOMPARE(read.name, name);
    QCOMPARE(read.owner, owner);
    if (read.isValid())
        QVERIFY2(read.describe().contains(name), qPrintable(read.describe()));
}

void TestCapabilities::everyPartHasItsFileAndProbe()
{
    QList<Part> carried;
    for (const QString &operation : GraphQLDocuments::operations())
        carried += GraphQLDocuments::partsOf(operation);
    for (const Part part : ProviderCapabilities::allParts()) {
        QVERIFY2(carried.contains(part), qPrintable(ProviderCapabilities::key(part)));
        const QString probe = GraphQLDocuments::probe(part);
        QVERIFY2(probe.contains(QLatin1String("CaseConsoleProbe")), qPrintable(probe));
        QVERIFY2(!ProviderCapabilities::absentWords(part).isEmpty(),
            qPrintable(ProviderCapabilities::key(part)));
    }
    QVERIFY(GraphQLDocuments::probe(Part::CasePriority).contains(QLatin1String("priority")));
    QVERIFY(!GraphQLDocuments::probe(Part::CasePriority).contains(QLatin1String("endOfIncident")));
    // The mutation probe can never run: the required arguments are left out.
    const QString createProbe = GraphQLDocuments::probe(Part::CreateCasePriority)
                                    .remove(QRegularExpression(QStringLiteral("#[^\n]*")));
    QVERIFY(createProbe.contains(QLatin1String("priority: $priority")));
    QVERIFY(!createProbe.contains(QLatin1String("subject")));
    QVERIFY(!createProbe.contains(QLatin1String("$caseConsoleNeverDeclared:")));
    QCOMPARE(GraphQLDocuments::partsOf(QStringLiteral("ReplyToCase")), QList<Part>());
    QCOMPARE(GraphQLDocuments::partsOf(QStringLiteral("RetrieveCase")),
        (QList<Part> {Part::CaseEndOfIncident, Part::CasePriority, Part::CaseServiceName,
            Part::CaseSiteName}));
}

void TestCapabilities::composesOnlyWhatTheProviderHas_data()
{
    QTest::addColumn<QString>("operation");
    for (const QString &operation : GraphQLDocuments::operations())
        QTest::newRow(qPrintable(operation)) << operation;
}

void TestCapabilities::composesOnlyWhatTheProviderHas()
{
    QFETCH(QString, operation);
    const QList<Part> parts = GraphQLDocuments::partsOf(operation);
    // Every combination: a part's text is in the document exactly when the part is present.
    for (int mask = 0; mask < (1 << parts.size()); ++mask) {
        ProviderCapabilities caps;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (mask & (1 << i))
                caps.set(parts.at(i), {true, ProviderCapabilities::Source::Probe, {}});
        }
        const QString text = GraphQLDocuments::compose(operation, caps)
                                 .remove(QRegularExpression(QStringLiteral("#[^\n]*")));
        QVERIFY(text.contains(QLatin1String("query ") + operation)
            || text.contains(QLatin1String("mutation ") + operation));
        QVERIFY2(!text.contains(QLatin1String("#@")), qPrintable(text));
        QCOMPARE(text.count(u'{'), text.count(u'}'));
        const auto names = [&](const QString &word) {
            return text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(word)));
        };
        if (parts.contains(Part::CasePriority)) {
            QCOMPARE(names(QStringLiteral("priority")), caps.has(Part::CasePriority));
            QCOMPARE(names(QStringLiteral("endOfIncident")), caps.has(Part::CaseEndOfIncident));
            QCOMPARE(names(QStringLiteral("serviceName")), caps.has(Part::CaseServiceName));
            QCOMPARE(names(QStringLiteral("name")), caps.has(Part::CaseSiteName));
            // The documented core, always.
            for (const char *core : {"subject", "createdDate", "customerReference",
                     "lastModifiedDate", "origin", "startOfIncident", "communications", "siteId",
                     "serviceId", "status", "sentBy", "timestamp"})
                QVERIFY2(names(QLatin1String(core)), core);
        }
        if (operation == QLatin1String("CreateCase")) {
            QCOMPARE(names(QStringLiteral("priority")), caps.has(Part::CreateCasePriority));
            QVERIFY(names(QStringLiteral("endOfIncident")));
        }
        if (operation == QLatin1String("Account")) {
            QCOMPARE(names(QStringLiteral("accountId")), caps.has(Part::AccountId));
            QCOMPARE(names(QStringLiteral("services")),
                caps.has(Part::AccountServices)
                    || (caps.has(Part::AccountServiceDetails) && caps.has(Part::AccountServices)));
            // Details only with the list they belong to.
            QCOMPARE(names(QStringLiteral("bandwidth")),
                caps.has(Part::AccountServiceDetails) && caps.has(Part::AccountServices));
            QCOMPARE(names(QStringLiteral("city")),
                caps.has(Part::AccountSiteLocations) && caps.has(Part::AccountSites));
        }
    }
}

void TestCapabilities::createCaseStatesThePriorityWithoutTheArgument()
{
    CaseDraft draft;
    draft.type = QStringLiteral("Incident");
    draft.priority = QStringLiteral("P1");
    draft.subject = QStringLiteral("ServiceDown");
    draft.serviceId = QStringLiteral("SVC-1");
    draft.message = QStringLiteral("Down since 9:00.");
    draft.startOfIncident = Timestamp::fromDateTime(QDateTime::currentDateTimeUtc());
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();

    QJsonObject v = GraphQLCaseApi::createCaseVariables(
        draft, matrix, ProviderCapabilities::everything(), true);
    QCOMPARE(v.value(QLatin1String("priority")).toString(), QStringLiteral("P1"));
    QCOMPARE(v.value(QLatin1String("message")).toString(), draft.message);

    v = GraphQLCaseApi::createCaseVariables(draft, matrix, ProviderCapabilities(), true);
    QVERIFY(!v.contains(QLatin1String("priority")));
    QCOMPARE(v.value(QLatin1String("message")).toString(),
        QStringLiteral("Requested priority: P1\n\nDown since 9:00."));
    QVERIFY(v.contains(QLatin1String("endOfIncident")));

    v = GraphQLCaseApi::createCaseVariables(draft, matrix, ProviderCapabilities(), false);
    QVERIFY(!v.contains(QLatin1String("priority")));
    QCOMPARE(v.value(QLatin1String("message")).toString(), draft.message);
}

void TestCapabilities::introspectionFollowsTheFieldsNotTheTypeNames()
{
    FakeProvider provider(FakeProvider::Style::HotChocolate,
        {QStringLiteral("priority"), QStringLiteral("serviceName"), QStringLiteral("name")}, true);
    QVERIFY(provider.listen());
    connectTo(provider);
    CapabilityDiscovery discovery(m_transport.get());
    QSignalSpy finished(&discovery, &CapabilityDiscovery::finished);
    discovery.start();
    QVERIFY(finished.wait(15'000));
    const auto caps = finished.first().first().value<ProviderCapabilities>();
    QCOMPARE(provider.documents().size(), 1); // one query, no probes
    QVERIFY(caps.has(Part::CasePriority));
    QVERIFY(caps.has(Part::CaseServiceName));
    QVERIFY(caps.has(Part::AccountName));
    QVERIFY(!caps.has(Part::CaseEndOfIncident));
    QVERIFY(!caps.has(Part::CaseSiteName));
    QVERIFY(!caps.has(Part::AccountId));
    QVERIFY(!caps.has(Part::AccountServices));
    QVERIFY(!caps.has(Part::CreateCasePriority));
    QCOMPARE(caps.finding(Part::CaseSiteName).source, ProviderCapabilities::Source::Introspection);
    QVERIFY2(caps.finding(Part::CaseSiteName).detail.contains(QLatin1String("Location.name")),
        qPrintable(caps.finding(Part::CaseSiteName).detail));
    QVERIFY(!caps.isDue());
}

void TestCapabilities::probesWhenIntrospectionIsRefused_data()
{
    QTest::addColumn<int>("style");
    QTest::newRow("graphql-js") << int(FakeProvider::Style::GraphQLJs);
    QTest::newRow("HotChocolate") << int(FakeProvider::Style::HotChocolate);
}

void TestCapabilities::probesWhenIntrospectionIsRefused()
{
    QFETCH(int, style);
    FakeProvider provider(FakeProvider::Style(style),
        {QStringLiteral("priority"), QStringLiteral("createCase(priority)"),
            QStringLiteral("services"), QStringLiteral("serviceName")},
        false);
    QVERIFY(provider.listen());
    connectTo(provider);
    CapabilityDiscovery discovery(m_transport.get());
    QSignalSpy finished(&discovery, &CapabilityDiscovery::finished);
    discovery.start();
    QVERIFY(finished.wait(15'000));
    const auto caps = finished.first().first().value<ProviderCapabilities>();
    // The introspection query, then one probe per part.
    QCOMPARE(provider.documents().size(), 1 + ProviderCapabilities::PartCount);
    for (const Part part : ProviderCapabilities::allParts())
        QCOMPARE(caps.finding(part).source, ProviderCapabilities::Source::Probe);
    QVERIFY(caps.has(Part::CasePriority));
    QVERIFY(caps.has(Part::CreateCasePriority));
    QVERIFY(caps.has(Part::CaseServiceName));
    QVERIFY(caps.has(Part::AccountServices));
    QVERIFY(!caps.has(Part::CaseEndOfIncident));
    QVERIFY(!caps.has(Part::AccountId));
    QVERIFY(!caps.has(Part::AccountName));
    QVERIFY(!caps.has(Part::CaseSiteName));
    QVERIFY(!caps.has(Part::AccountSites));
    QVERIFY(!caps.has(Part::AccountServiceDetails)); // bandwidth is not there
    QVERIFY2(caps.finding(Part::AccountId).detail.contains(QLatin1String("accountId")),
        qPrintable(caps.finding(Part::AccountId).detail));
    QVERIFY(!caps.isDue());
    // Each probe holds its part and no other optional one.
    for (const QString &document : provider.documents().mid(1)) {
        QVERIFY(document.contains(QLatin1String("CaseConsoleProbe")));
        QVERIFY(!(document.contains(QLatin1String("priority"))
            && document.contains(QLatin1String("endOfIncident"))));
    }

    // Without the priority argument the mutation probe says so.
    FakeProvider without(FakeProvider::Style(style), {}, false);
    QVERIFY(without.listen());
    connectTo(without);
    CapabilityDiscovery again(m_transport.get());
    QSignalSpy done(&again, &CapabilityDiscovery::finished);
    again.start();
    QVERIFY(done.wait(15'000));
    const auto none = done.first().first().value<ProviderCapabilities>();
    QCOMPARE(none.absentParts().size(), ProviderCapabilities::PartCount);
    QVERIFY(none.finding(Part::CreateCasePriority).detail.contains(QLatin1String("priority")));
}

void TestCapabilities::probeVerdicts_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QByteArray>("errors");
    QTest::addColumn<bool>("hasData");
    QTest::addColumn<bool>("present");
    QTest::addColumn<int>("source");
    const ApiError none;
    const ApiError validation(ApiError::Kind::Validation, QStringLiteral("x"), 200);
    const ApiError http400(ApiError::Kind::Http, {}, 400);
    const ApiError server(ApiError::Kind::Server, QStringLiteral("boom"), 500);
    const ApiError authz(ApiError::Kind::Authorization, QStringLiteral("no scope"), 200);
    const int probe = int(ProviderCapabilities::Source::Probe);
    const int unknown = int(ProviderCapabilities::Source::Unknown);
    QTest::newRow("field: data") << int(Part::CasePriority) << none << QByteArray("[]") << true
                                 << true << probe;
    QTest::newRow("field: data, not authorized")
        << int(Part::CasePriority) << authz
        << QByteArray(
               R"([{"message":"not authorized","extensions":{"code":"AUTH_NOT_AUTHORIZED"}}])")
        << true << true << probe;
    QTest::newRow("field: named")
        << int(Part::CasePriority) << validation
        << QByteArray(R"([{"message":"Cannot query field \"priority\" on type \"Case\"."}])")
        << false << false << probe;
    QTest::newRow("field: refused whole, unnamed")
        << int(Part::CaseSiteName) << validation
        << QByteArray(R"([{"message":"Document invalid"}])") << false << false << probe;
    QTest::newRow("field: HTTP 400, no body")
        << int(Part::AccountName) << http400 << QByteArray("[]") << false << false << probe;
    QTest::newRow("field: server error")
        << int(Part::AccountName) << server << QByteArray("[]") << false << false << unknown;
    QTest::newRow("argument: named")
        << int(Part::CreateCasePriority) << validation
        << QByteArray(R"([{"message":"The argument `priority` does not exist."}])") << false
        << false << probe;
    QTest::newRow("argument: other errors only")
        << int(Part::CreateCasePriority) << validation
        << QByteArray(R"([{"message":"argument \"subject\" is required"}])") << false << true
        << probe;
    QTest::newRow("argument: HTTP 400, no body") << int(Part::CreateCasePriority) << http400
                                                 << QByteArray("[]") << false << false << unknown;
}

void TestCapabilities::probeVerdicts()
{
    QFETCH(int, part);
    QFETCH(ApiError, error);
    QFETCH(QByteArray, errors);
    QFETCH(bool, hasData);
    QFETCH(bool, present);
    QFETCH(int, source);
    const auto finding = CapabilityDiscovery::judgeProbe(
        Part(part), {error, QJsonDocument::fromJson(errors).array(), hasData});
    QCOMPARE(finding.present, present);
    QCOMPARE(int(finding.source), source);
}

void TestCapabilities::anUnreachableProviderTeachesNothing()
{
    m_tokens->setTokenUrl(QUrl(QStringLiteral("http://127.0.0.1:1/oauth2/token")));
    m_transport->setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:1/graphql")));
    GraphQLCaseApi api(m_transport.get());
    QSignalSpy learned(&api, &CaseApi::capabilitiesLearned);
    CasesReply *reply = waitFor(api.fetchCase(QStringLiteral("CS-1")));
    QCOMPARE(reply->error().kind(), ApiError::Kind::Network);
    QVERIFY(learned.isEmpty());
    QVERIFY(!api.capabilities().isDiscovered());
}

void TestCapabilities::aWriteWaitingForDiscoveryWasNeverSent()
{
    // The introspection query times out: the create waiting for it fails without having been
    // sent, so the outbox need not look it up.
    HostileServer silent;
    silent.setHandler([](QTcpSocket *socket, const HostileServer::Request &request) {
        if (request.target.startsWith("/oauth2/token"))
            HostileServer::respond(200, {{"Content-Type", "application/json"}},
                R"({"access_token":"t","token_type":"Bearer","expires_in":3600})")(socket, request);
        // /graphql: no answer at all.
    });
    QVERIFY(silent.listen());
    m_tokens->setTokenUrl(silent.url(QStringLiteral("/oauth2/token")));
    m_transport->setEndpoint(silent.url(QStringLiteral("/graphql")));
    m_transport->setTimeout(500);
    GraphQLCaseApi api(m_transport.get());
    CaseDraft draft;
    draft.type = QStringLiteral("NonIncident");
    draft.priority = QStringLiteral("P4");
    draft.subject = QStringLiteral("Other");
    draft.serviceId = QStringLiteral("SVC-1");
    draft.message = QStringLiteral("Hello");
    CreateCaseReply *reply = waitFor(api.createCase(draft));
    QCOMPARE(reply->error().kind(), ApiError::Kind::Timeout);
    QVERIFY(!reply->error().isOutcomeUnknown());
    for (const HostileServer::Request &request : silent.requests())
        QVERIFY(!request.body.contains("mutation CreateCase"));
}

void TestCapabilities::aRefusedFieldRelearnsAndRetriesOnce_data()
{
    QTest::addColumn<int>("style");
    QTest::newRow("graphql-js") << int(FakeProvider::Style::GraphQLJs);
    QTest::newRow("HotChocolate") << int(FakeProvider::Style::HotChocolate);
}

void TestCapabilities::aRefusedFieldRelearnsAndRetriesOnce()
{
    QFETCH(int, style);
    // The cache says everything is there; this provider has the documented minimum only.
    FakeProvider provider(FakeProvider::Style(style), {}, false);
    QVERIFY(provider.listen());
    connectTo(provider);
    GraphQLCaseApi api(m_transport.get());
    api.setCapabilities(ProviderCapabilities::everything());
    QSignalSpy learned(&api, &CaseApi::capabilitiesLearned);

    CasesReply *reply = waitFor(api.fetchCase(QStringLiteral("CS-1")));
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().userMessage()));
    QCOMPARE(learned.size(), 1);
    QCOMPARE(api.capabilities().absentParts().size(), ProviderCapabilities::PartCount);
    const QStringList documents = provider.documents();
    QVERIFY(documents.first().contains(QLatin1String("priority")));
    QVERIFY(documents.last().contains(QLatin1String("query RetrieveCase")));
    QVERIFY(!documents.last().contains(QLatin1String("priority")));
    QCOMPARE(documents.size(), 1 + 1 + ProviderCapabilities::PartCount + 1);

    // A create: the priority travels in the message, and the mutation was sent once.
    CaseDraft draft;
    draft.type = QStringLiteral("NonIncident");
    draft.priority = QStringLiteral("P4");
    draft.subject = QStringLiteral("Other");
    draft.serviceId = QStringLiteral("SVC-1");
    draft.message = QStringLiteral("Hello");
    CreateCaseReply *created = waitFor(api.createCase(draft));
    QVERIFY2(!created->error().isError(), qPrintable(created->error().userMessage()));
    QCOMPARE(created->caseId(), QStringLiteral("CS-1"));
    QVERIFY(!provider.documents().last().contains(QLatin1String("priority: $priority")));
    QCOMPARE(provider.lastVariables().value(QLatin1String("message")).toString(),
        QStringLiteral("Requested priority: P4\n\nHello"));
    QCOMPARE(provider.documents().filter(QStringLiteral("mutation CreateCase")).size(), 1);
}

void TestCapabilities::aMissingCoreFieldIsNamedAndNotAdapted()
{
    FakeProvider provider(FakeProvider::Style::GraphQLJs, {}, false);
    provider.setAlsoRefused({QStringLiteral("origin")});
    QVERIFY(provider.listen());
    connectTo(provider);
    GraphQLCaseApi api(m_transport.get());
    CasesReply *reply = waitFor(api.fetchUpdatedCases(0));
    QVERIFY(reply->error().isError());
    QVERIFY2(reply->error().schemaGap().contains(QLatin1String("origin")),
        qPrintable(reply->error().schemaGap()));
    QVERIFY(!reply->error().adapted());
    QVERIFY2(reply->error().userMessage().contains(QLatin1String("report this")),
        qPrintable(reply->error().userMessage()));
}

void TestCapabilities::aFieldRefusedAgainIsDroppedAndSaysSo()
{
    // Introspection says priority is there, yet the provider refuses it: the console stops
    // asking and says it adapted.
    FakeProvider provider(FakeProvider::Style::HotChocolate, {QStringLiteral("priority")}, true);
    provider.setAlsoRefused({QStringLiteral("priority")});
    QVERIFY(provider.listen());
    connectTo(provider);
    GraphQLCaseApi api(m_transport.get());
    CasesReply *reply = waitFor(api.fetchCase(QStringLiteral("CS-1")));
    QVERIFY(reply->error().isError());
    QVERIFY(reply->error().adapted());
    QVERIFY2(reply->error().userMessage().contains(QLatin1String("adapted")),
        qPrintable(reply->error().userMessage()));
    QVERIFY(!api.capabilities().has(Part::CasePriority));
    QVERIFY(!waitFor(api.fetchCase(QStringLiteral("CS-1")))->error().isError());
}

void TestCapabilities::connectionCheckSaysWhatItCouldVerify()
{
    Account account;
    account.name = QStringLiteral("Northwind");
    account.services
        = {Service {QStringLiteral("SVC-1"), QStringLiteral("Internet"), {}, {}, {}, {}}};
    const QString full = ConnectionCheck::report(account, ProviderCapabilities::everything());
    QCOMPARE(full, QStringLiteral("Connected to the account “Northwind” with 1 service(s)."));

    ProviderCapabilities documented;
    documented.setDiscoveredAt(QDateTime::currentDateTimeUtc());
    const QString minimal = ConnectionCheck::report(Account(), documented);
    QVERIFY2(minimal.startsWith(QLatin1String("Connected: the provider accepted the credentials")),
        qPrintable(minimal));
    QVERIFY2(
        minimal.contains(QLatin1String("does not report the account's name")), qPrintable(minimal));
    QVERIFY2(minimal.contains(QLatin1String("This provider does not report priorities of cases")),
        qPrintable(minimal));
    QVERIFY2(!minimal.contains(QLatin1String("could not be learned")), qPrintable(minimal));
    QVERIFY(ConnectionCheck::report(Account(), ProviderCapabilities())
                .contains(QLatin1String("could not be learned")));
}

QTEST_GUILESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
