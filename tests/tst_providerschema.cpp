// The composed documents against the sandbox's two schemas (the full one and exactly the
// article's, introspection off), validated by the sandbox itself (/_sandbox/validate), and
// casectl working end to end on the documented one.

#include "CasectlProcess.h"
#include "SandboxServer.h"
#include "api/CapabilityDiscovery.h"
#include "api/CaseApi.h"
#include "api/CasePoller.h"
#include "api/GraphQLDocuments.h"
#include "api/GraphQLSchemaError.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "models/CaseListModel.h"
#include "models/ProviderCapabilities.h"
#include "session/CaseSession.h"
#include "store/SqliteStore.h"
#include "store/StoreThread.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Part = ProviderCapabilities::Part;

class TestProviderSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyCompositionIsValidOnTheFullSchema();
    void onTheDocumentedSchemaEachPartIsRefusedByName();
    void casectlWorksOnTheDocumentedSchema();
    void casectlUsesEverythingOnTheFullSchema();
    void theConsoleSessionLearnsOnceAndCaches();

private:
    // The sandbox's verdict on `document`: {"valid", "errors"}.
    static QJsonObject validate(const SandboxServer &server, const QString &document);
    static QList<ProviderCapabilities> combinations(const QString &operation);
    static QStringList connection(const SandboxServer &server);

    std::unique_ptr<SandboxServer> m_full;
    std::unique_ptr<SandboxServer> m_documented;
};

void TestProviderSchema::initTestCase()
{
    m_full = std::make_unique<SandboxServer>();
    QVERIFY2(m_full->start(), qPrintable(m_full->errorString()));
    m_documented = std::make_unique<SandboxServer>(
        QStringList {QStringLiteral("--schema"), QStringLiteral("documented")});
    QVERIFY2(m_documented->start(), qPrintable(m_documented->errorString()));
}

QJsonObject TestProviderSchema::validate(const SandboxServer &server, const QString &document)
{
    return server.control(
        "POST", QStringLiteral("/validate"), {{QStringLiteral("query"), document}});
}

QList<ProviderCapabilities> TestProviderSchema::combinations(const QString &operation)
{
    const QList<Part> parts = GraphQLDocuments::partsOf(operation);
    QList<ProviderCapabilities> all;
    for (int mask = 0; mask < (1 << parts.size()); ++mask) {
        ProviderCapabilities caps;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (mask & (1 << i))
                caps.set(parts.at(i), {true, ProviderCapabilities::Source::Probe, {}});
        }
        all.append(caps);
    }
    return all;
}

QStringList TestProviderSchema::connection(const SandboxServer &server)
{
    return {QStringLiteral("--endpoint"), server.graphqlUrl().toString(),
        QStringLiteral("--client-id"), QStringLiteral("demo-client")};
}

void TestProviderSchema::everyCompositionIsValidOnTheFullSchema()
{
    int checked = 0;
    for (const QString &operation : GraphQLDocuments::operations()) {
        for (const ProviderCapabilities &caps : combinations(operation)) {
            const QJsonObject verdict
                = validate(*m_full, GraphQLDocuments::compose(operation, caps));
            QVERIFY2(verdict.value(QLatin1String("valid")).toBool(),
                qPrintable(operation + QLatin1String(": ")
                    + QString::fromUtf8(QJsonDocument(verdict).toJson())));
            ++checked;
        }
    }
    QVERIFY2(checked >= 100, qPrintable(QString::number(checked)));
    // Every field probe is valid where the field exists; the createCase probe never is, and its
    // errors do not name the argument.
    for (const Part part : ProviderCapabilities::allParts()) {
        const QJsonObject verdict = validate(*m_full, GraphQLDocuments::probe(part));
        const QJsonArray errors = verdict.value(QLatin1String("errors")).toArray();
        QCOMPARE(verdict.value(QLatin1String("valid")).toBool(),
            !ProviderCapabilities::isArgument(part));
        QVERIFY(
            CapabilityDiscovery::judgeProbe(part, {{}, errors, !errors.isEmpty() ? false : true})
                .present);
    }
}

void TestProviderSchema::onTheDocumentedSchemaEachPartIsRefusedByName()
{
    for (const QString &operation : GraphQLDocuments::operations()) {
        // The documented core is what the article shows: always valid.
        const QJsonObject core = validate(*m_documented, GraphQLDocuments::compose(operation, {}));
        QVERIFY2(core.value(QLatin1String("valid")).toBool(),
            qPrintable(operation + QString::fromUtf8(QJsonDocument(core).toJson())));
        // Any optional part: refused, naming it (which is how a probe learns it is absent).
        for (const Part part : GraphQLDocuments::partsOf(operation)) {
            ProviderCapabilities only;
            only.set(part, {true, ProviderCapabilities::Source::Probe, {}});
            const QString text = GraphQLDocuments::compose(operation, only);
            if (part == Part::AccountServiceDetails || part == Part::AccountSiteLocations) {
                // Only asked with the list they belong to.
                QCOMPARE(text, GraphQLDocuments::compose(operation, {}));
                continue;
            }
            const QJsonObject verdict = validate(*m_documented, text);
            QVERIFY(!verdict.value(QLatin1String("valid")).toBool());
            const GraphQLSchemaError gap
                = GraphQLSchemaError::firstIn(verdict.value(QLatin1String("errors")).toArray());
            QVERIFY2(ProviderCapabilities::fieldNames(part).contains(gap.name),
                qPrintable(ProviderCapabilities::key(part) + QLatin1String(": ") + gap.name));
        }
    }
    for (const Part part : ProviderCapabilities::allParts()) {
        const QJsonArray errors = validate(*m_documented, GraphQLDocuments::probe(part))
                                      .value(QLatin1String("errors"))
                                      .toArray();
        const auto finding = CapabilityDiscovery::judgeProbe(part, {{}, errors, false});
        QVERIFY2(!finding.present, qPrintable(ProviderCapabilities::key(part)));
        QCOMPARE(finding.source, ProviderCapabilities::Source::Probe);
    }
    // Introspection is refused there.
    QVERIFY(!validate(*m_documented, GraphQLDocuments::introspection())
                 .value(QLatin1String("valid"))
                 .toBool());
    QVERIFY(validate(*m_full, GraphQLDocuments::introspection())
                .value(QLatin1String("valid"))
                .toBool());
}

void TestProviderSchema::casectlWorksOnTheDocumentedSchema()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const QStringList to = connection(*m_documented);

    // Before anything was learned: the first command learns, then works.
    const CasectlResult cases
        = runCasectl(config.path(), QStringList(to) << QStringLiteral("cases"));
    QVERIFY2(cases.exitCode == 0, qPrintable(cases.err));
    QVERIFY(cases.out.startsWith("CASE"));
    QVERIFY2(cases.out.contains("—"), cases.out.constData()); // no priorities

    const CasectlResult json = runCasectl(
        config.path(), QStringList(to) << QStringLiteral("cases") << QStringLiteral("--json"));
    QCOMPARE(json.exitCode, 0);
    const QString someId = json.array().first().toObject().value(QLatin1String("id")).toString();
    const CasectlResult one
        = runCasectl(config.path(), QStringList(to) << QStringLiteral("case") << someId);
    QVERIFY2(one.exitCode == 0, qPrintable(one.err));
    QVERIFY(one.out.contains(someId.toUtf8()));

    // An Incident with a priority chosen: the provider sets its own, the message states ours.
    const QString service = json.array()
                                .first()
                                .toObject()
                                .value(QLatin1String("service"))
                                .toObject()
                                .value(QLatin1String("serviceId"))
                                .toString();
    const CasectlResult created = runCasectl(config.path(),
        QStringList(to) << QStringLiteral("create") << QStringLiteral("--type")
                        << QStringLiteral("Incident") << QStringLiteral("--priority")
                        << QStringLiteral("P1") << QStringLiteral("--subject")
                        << QStringLiteral("ServiceDown") << QStringLiteral("--service") << service
                        << QStringLiteral("--message") << QStringLiteral("Link down since 09:00.")
                        << QStringLiteral("--json"));
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QString newId = created.object().value(QLatin1String("id")).toString();
    QVERIFY(!newId.isEmpty());
    const CasectlResult thread = runCasectl(config.path(),
        QStringList(to) << QStringLiteral("case") << newId << QStringLiteral("--json"));
    QCOMPARE(thread.object()
                 .value(QLatin1String("communications"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("message"))
                 .toString(),
        QStringLiteral("Requested priority: P1\n\nLink down since 09:00."));

    const CasectlResult poll = runCasectl(
        config.path(), QStringList(to) << QStringLiteral("poll") << QStringLiteral("--once"));
    QVERIFY2(poll.exitCode == 0, qPrintable(poll.err));
    QVERIFY(poll.out.contains(newId.toUtf8()));

    // What was learned, and that it is the profile's cache.
    const CasectlResult caps = runCasectl(config.path(),
        QStringList(to) << QStringLiteral("capabilities") << QStringLiteral("--json"));
    QVERIFY2(caps.exitCode == 0, qPrintable(caps.err));
    const QJsonArray parts = caps.object().value(QLatin1String("capabilities")).toArray();
    QCOMPARE(parts.size(), ProviderCapabilities::PartCount);
    for (const QJsonValue &p : parts) {
        QVERIFY(!p.toObject().value(QLatin1String("present")).toBool());
        QCOMPARE(
            p.toObject().value(QLatin1String("learnedBy")).toString(), QStringLiteral("probe"));
    }
    QDirIterator files(
        config.path(), {QStringLiteral("*.db")}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(files.hasNext());
    SqliteStore store(files.next());
    QVERIFY(store.open().ok);
    const auto cached = ProviderCapabilities::fromJson(store.providerCapabilities());
    QVERIFY(cached && cached->isDiscovered() && !cached->isDue());
    QVERIFY(cached->absentParts().size() == ProviderCapabilities::PartCount);
    QCOMPARE(cached->discoveredAt().toString(Qt::ISODate),
        caps.object().value(QLatin1String("discoveredAt")).toString());

    const CasectlResult human
        = runCasectl(config.path(), QStringList(to) << QStringLiteral("capabilities"));
    QVERIFY(human.out.contains("case.priority"));
    QVERIFY(human.out.contains("does not report"));
}

void TestProviderSchema::casectlUsesEverythingOnTheFullSchema()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const CasectlResult caps = runCasectl(config.path(),
        connection(*m_full) << QStringLiteral("capabilities") << QStringLiteral("--json")
                            << QStringLiteral("--refresh"));
    QVERIFY2(caps.exitCode == 0, qPrintable(caps.err));
    for (const QJsonValue &p : caps.object().value(QLatin1String("capabilities")).toArray()) {
        QVERIFY(p.toObject().value(QLatin1String("present")).toBool());
        QCOMPARE(p.toObject().value(QLatin1String("learnedBy")).toString(),
            QStringLiteral("introspection"));
    }
    const CasectlResult cases = runCasectl(
        config.path(), connection(*m_full) << QStringLiteral("cases") << QStringLiteral("--json"));
    QCOMPARE(cases.exitCode, 0);
    const QJsonObject first = cases.array().first().toObject();
    QVERIFY(!first.value(QLatin1String("priority")).toString().isEmpty());
    QVERIFY(!first.value(QLatin1String("service"))
                 .toObject()
                 .value(QLatin1String("serviceName"))
                 .toString()
                 .isEmpty());
}

void TestProviderSchema::theConsoleSessionLearnsOnceAndCaches()
{
    // The console's session on the documented schema: the first poll learns (by probes) and
    // the store keeps it; a session opened later on the same store polls without learning.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cases.db"));
    const auto runSession = [&](int *probes) {
        ProviderConnection connection;
        connection.configure(m_documented->demoProfile());
        connection.setClientSecret(SandboxServer::demoSecret());
        connection.setTimeout(15'000);
        StoreThread store(path);
        CasePoller poller(connection.api());
        poller.setInterval(3600);
        Outbox outbox(connection.api(), &store);
        CaseSession session(&store, &poller, &outbox, connection.api());
        QSignalSpy learned(connection.api(), &CaseApi::capabilitiesLearned);
        QSignalSpy polled(&poller, &CasePoller::pollSucceeded);
        QSignalSpy failed(&poller, &CasePoller::pollFailed);
        session.start();
        if (!polled.wait(30'000))
            QTest::qFail("no poll", __FILE__, __LINE__);
        QVERIFY2(failed.isEmpty(), "a poll failed");
        // The list learns of the cases once the store's thread saved them.
        QTRY_VERIFY_WITH_TIMEOUT(session.cases()->rowCount() > 0, 15'000);
        // The list shows a dash where the provider gives no priority.
        QCOMPARE(session.cases()->index(0, CaseListModel::PriorityColumn).data().toString(),
            QStringLiteral("—"));
        *probes = int(learned.size());
        QVERIFY(!session.capabilities().has(Part::CasePriority));
        QVERIFY(session.capabilities().isDiscovered());
        // Let the store's thread write what it was given.
        std::optional<QByteArray> saved;
        store.run([&saved](Store &local) { saved = local.providerCapabilities(); });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 15'000);
        QVERIFY(!saved->isEmpty());
    };
    int first = -1, second = -1;
    runSession(&first);
    QCOMPARE(first, 1);
    runSession(&second);
    QCOMPARE(second, 0); // from the cache
}

QTEST_GUILESS_MAIN(TestProviderSchema)
#include "tst_providerschema.moc"
