// casectl rfo (issue 14 item 4), the real binary against the real sandbox server: the request
// is created as Incident / RfoRequest with the original's service and times, through the
// outbox (exactly once when the answer is lost), linked to the original in the profile's
// store; an open case and a general request are refused with exit code 6.

#include "CasectlProcess.h"
#include "SandboxServer.h"
#include "store/SqliteStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestCasectlRfo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void requestsTheRfoOfAClosedIncident();
    void aLostAnswerMakesOneRequest();
    void refusesAnOpenCaseOrAGeneralRequest_data();
    void refusesAnOpenCaseOrAGeneralRequest();
    void helpNamesIt();

private:
    CasectlResult run(const QStringList &arguments)
    {
        return runCasectl(m_config.path(), arguments);
    }
    QStringList connection() const
    {
        return {QStringLiteral("--endpoint"), m_server->graphqlUrl().toString(),
            QStringLiteral("--client-id"), QStringLiteral("demo-client")};
    }
    QJsonArray cases()
    {
        return run(connection() << QStringLiteral("cases") << QStringLiteral("--json")).array();
    }
    // The first case the sandbox has of `type` whose status is (not) one of `closed`.
    QJsonObject firstCase(const QString &type, bool closed);
    QJsonObject caseJson(const QString &id)
    {
        return run(connection() << QStringLiteral("case") << id << QStringLiteral("--json"))
            .object();
    }
    // Every link in the profile stores under the config directory.
    QList<CaseLink> storedLinks();

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_config;
};

void TestCasectlRfo::initTestCase()
{
    QVERIFY(m_config.isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

QJsonObject TestCasectlRfo::firstCase(const QString &type, bool closed)
{
    for (const QJsonValue &value : cases()) {
        const QJsonObject c = value.toObject();
        const QString status = c.value(QLatin1String("status")).toString();
        const bool isClosed
            = status == QLatin1String("Resolved") || status == QLatin1String("Closed");
        if (c.value(QLatin1String("type")).toString() == type && isClosed == closed
            && status != QLatin1String("Cancelled")
            && c.value(QLatin1String("subject")).toString() != QLatin1String("RfoRequest"))
            return c;
    }
    return {};
}

QList<CaseLink> TestCasectlRfo::storedLinks()
{
    QList<CaseLink> links;
    QDirIterator files(
        m_config.path(), {QStringLiteral("*.db")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        SqliteStore store(files.next());
        if (store.open().ok)
            links += store.caseLinks();
    }
    return links;
}

void TestCasectlRfo::requestsTheRfoOfAClosedIncident()
{
    const QJsonObject original = firstCase(QStringLiteral("Incident"), true);
    QVERIFY2(!original.isEmpty(), "the sandbox has a closed incident");
    const QString id = original.value(QLatin1String("id")).toString();
    const CasectlResult result
        = run(connection() << QStringLiteral("rfo") << id << QStringLiteral("--json"));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString rfoId = result.object().value(QLatin1String("id")).toString();
    QVERIFY(rfoId.startsWith(QLatin1String("CS-")));
    QCOMPARE(result.object().value(QLatin1String("rfoFor")).toString(), id);

    // On the server: Incident / RfoRequest, the same service, the original's start, the
    // reference naming it and a message naming it.
    const QJsonObject created = caseJson(rfoId);
    QCOMPARE(created.value(QLatin1String("type")).toString(), QStringLiteral("Incident"));
    QCOMPARE(created.value(QLatin1String("subject")).toString(), QStringLiteral("RfoRequest"));
    QCOMPARE(created.value(QLatin1String("service")).toObject().value(QLatin1String("serviceId")),
        original.value(QLatin1String("service")).toObject().value(QLatin1String("serviceId")));
    QCOMPARE(
        created.value(QLatin1String("customerReference")).toString(), QStringLiteral("RFO-") + id);
    const QString start = original.value(QLatin1String("startOfIncident")).toString();
    if (!start.isEmpty())
        QCOMPARE(*Timestamp::parse(created.value(QLatin1String("startOfIncident")).toString()),
            *Timestamp::parse(start));
    const QString message = created.value(QLatin1String("communications"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QLatin1String("message"))
                                .toString();
    QVERIFY2(message.contains(QStringLiteral("for case %1").arg(id)), qPrintable(message));

    // Linked in the profile's store.
    const QList<CaseLink> links = storedLinks();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().originalId, id);
    QCOMPARE(links.first().rfoId, rfoId);

    // Human output names both; --message replaces the text.
    const CasectlResult again
        = run(connection() << QStringLiteral("rfo") << id << QStringLiteral("--message")
                           << QStringLiteral("RFO please, second request."));
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.startsWith("Requested the RFO of case " + id.toUtf8() + ": case CS-"),
        again.out.constData());
    QCOMPARE(storedLinks().size(), 2);
}

void TestCasectlRfo::aLostAnswerMakesOneRequest()
{
    const QJsonObject original = firstCase(QStringLiteral("Incident"), true);
    const QString id = original.value(QLatin1String("id")).toString();
    const qsizetype linksBefore = storedLinks().size();
    const auto requestsFor = [this, &id] {
        const QJsonArray all
            = run(connection() << QStringLiteral("cases") << QStringLiteral("--json")
                               << QStringLiteral("--reference") << (QStringLiteral("RFO-") + id))
                  .array();
        return all.size();
    };
    const qsizetype before = requestsFor();
    // The server creates the case, and the answer never arrives.
    const QJsonObject queued = m_server->control("POST", QStringLiteral("/faults"),
        {{QStringLiteral("kind"), QStringLiteral("drop")}, {QStringLiteral("count"), 1},
            {QStringLiteral("path"), QStringLiteral("/graphql")},
            {QStringLiteral("operation"), QStringLiteral("CreateCase")}});
    QVERIFY2(!queued.contains(QLatin1String("error")), QJsonDocument(queued).toJson().constData());
    const CasectlResult result = run(connection()
        << QStringLiteral("rfo") << id << QStringLiteral("--json")
        << QStringLiteral("--lookup-delay") << QStringLiteral("1") << QStringLiteral("--message")
        << QStringLiteral("RFO after a lost answer."));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("looking it up")), qPrintable(result.err));
    const QString rfoId = result.object().value(QLatin1String("id")).toString();
    QVERIFY(rfoId.startsWith(QLatin1String("CS-")));
    QCOMPARE(requestsFor(), before + 1); // created once
    // Found by the lookup, and linked all the same.
    const QList<CaseLink> links = storedLinks();
    QCOMPARE(links.size(), linksBefore + 1);
    QCOMPARE(links.last().rfoId, rfoId);
    QCOMPARE(links.last().originalId, id);
}

void TestCasectlRfo::refusesAnOpenCaseOrAGeneralRequest_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<QString>("says");
    QTest::newRow("open incident")
        << QStringLiteral("Incident") << false << QStringLiteral("still open");
    QTest::newRow("general request")
        << QStringLiteral("NonIncident") << true << QStringLiteral("not an incident");
}

void TestCasectlRfo::refusesAnOpenCaseOrAGeneralRequest()
{
    QFETCH(QString, type);
    QFETCH(bool, closed);
    QFETCH(QString, says);
    const QJsonObject c = firstCase(type, closed);
    QVERIFY2(!c.isEmpty(), "the sandbox has such a case");
    const qsizetype before = cases().size();
    const CasectlResult result
        = run(connection() << QStringLiteral("rfo") << c.value(QLatin1String("id")).toString());
    QCOMPARE(result.exitCode, 6);
    QVERIFY2(result.err.contains(says), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("Nothing was sent")), qPrintable(result.err));
    QCOMPARE(cases().size(), before);
    // A case that does not exist is the server's answer (exit 4), as for `case`.
    QCOMPARE(
        run(connection() << QStringLiteral("rfo") << QStringLiteral("CS-0000000")).exitCode, 4);
}

void TestCasectlRfo::helpNamesIt()
{
    const CasectlResult help = run({QStringLiteral("--help")});
    QVERIFY(help.out.contains("rfo ID [--message M]"));
    QVERIFY(help.out.contains("6 not applicable"));
}

QTEST_GUILESS_MAIN(TestCasectlRfo)
#include "tst_casectlrfo.moc"
