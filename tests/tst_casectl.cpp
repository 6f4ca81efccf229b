// casectl, the real binary, against the real sandbox server.

#include "CasectlProcess.h"
#include "SandboxServer.h"
#include "store/SqliteStore.h"
#include "store/StorePaths.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Result = CasectlResult;

} // namespace

class TestCasectl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsCases();
    void showsOneCase();
    void casesCarryTheirSlaClocks();
    void createsBothTypes();
    void repliesAndTags();
    void aLostAnswerIsLookedUpNotSentAgain_data();
    void aLostAnswerIsLookedUpNotSentAgain();
    void identicalRepliesAreBothDelivered();
    void twoProcessesReplyingTheSameTextBothLand();
    void aRunKilledMidSendIsReportedAndReconciled_data();
    void aRunKilledMidSendIsReportedAndReconciled();
    void failuresLeaveNothingBehind_data();
    void failuresLeaveNothingBehind();
    void refusesWhatTheProviderWouldRefuse_data();
    void refusesWhatTheProviderWouldRefuse();
    void pollOncePrintsOneLinePerCase();
    void casesFilters();
    void casesFiltersNameTheirValues_data();
    void casesFiltersNameTheirValues();
    void pollOnceFromCronPrintsOnlyWhatChanged();
    void twoPollsAtOncePrintEachChangeOnce();
    void exitCodes_data();
    void exitCodes();
    void profilesAreSavedWithoutTheSecret();
    void helpDocumentsTheCommands();
    void answersFromTheStoreWhenOffline();
    void controlCharactersAreShownNotObeyed();
    void readsAndLearnsTheProvidersWords();

private:
    Result run(const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &extra = {});
    QStringList connection() const;
    // How often `message` is in the case's thread on the server.
    int timesInThread(const QString &caseId, const QString &message);
    QString inProgressCaseId();
    // Queues a sandbox fault; false when the sandbox refused it.
    bool fault(const QJsonObject &fault);

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_config;
};

void TestCasectl::initTestCase()
{
    QVERIFY(m_config.isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

QStringList TestCasectl::connection() const
{
    return {QStringLiteral("--endpoint"), m_server->graphqlUrl().toString(),
        QStringLiteral("--client-id"), QStringLiteral("demo-client")};
}

int TestCasectl::timesInThread(const QString &caseId, const QString &message)
{
    const QJsonArray thread
        = run(connection() << QStringLiteral("case") << caseId << QStringLiteral("--json"))
              .object()
              .value(QLatin1String("communications"))
              .toArray();
    return int(std::count_if(thread.begin(), thread.end(), [&](const QJsonValue &m) {
        return m.toObject().value(QLatin1String("message")).toString() == message;
    }));
}

Result TestCasectl::run(
    const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &extra)
{
    return runCasectl(m_config.path(), arguments, input, extra);
}

void TestCasectl::listsCases()
{
    const Result table = run(connection() << QStringLiteral("cases"));
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("CASE"));
    QVERIFY(QRegularExpression(QStringLiteral("\\n\\d+ case"))
                .match(QString::fromUtf8(table.out))
                .hasMatch());

    const Result json = run(connection() << QStringLiteral("cases") << QStringLiteral("--json"));
    QCOMPARE(json.exitCode, 0);
    const QJsonArray cases = QJsonDocument::fromJson(json.out).array();
    QVERIFY(cases.size() >= 40);
    const QJsonObject first = cases.first().toObject();
    for (const char *field :
        {"id", "subject", "type", "priority", "status", "origin", "createdDate", "lastModifiedDate",
            "customerReference", "startOfIncident", "communications", "service", "site"})
        QVERIFY2(first.contains(QLatin1String(field)), field);
    QVERIFY(first.value(QLatin1String("communications"))
                .toArray()
                .first()
                .toObject()
                .contains(QLatin1String("timestamp")));

    // Filters: one service only.
    const QString service = first.value(QLatin1String("service"))
                                .toObject()
                                .value(QLatin1String("serviceId"))
                                .toString();
    const Result filtered = run(connection() << QStringLiteral("cases") << QStringLiteral("--json")
                                             << QStringLiteral("--service") << service);
    QCOMPARE(filtered.exitCode, 0);
    const QJsonArray some = QJsonDocument::fromJson(filtered.out).array();
    QVERIFY(!some.isEmpty() && some.size() < cases.size());
}

void TestCasectl::showsOneCase()
{
    const QJsonArray cases = QJsonDocument::fromJson(
        run(connection() << QStringLiteral("cases") << QStringLiteral("--json")).out)
                                 .array();
    const QString id = cases.first().toObject().value(QLatin1String("id")).toString();
    const Result json
        = run(connection() << QStringLiteral("case") << id << QStringLiteral("--json"));
    QCOMPARE(json.exitCode, 0);
    const QJsonObject c = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(c.value(QLatin1String("id")).toString(), id);
    QCOMPARE(c.value(QLatin1String("communications")).toArray(),
        cases.first().toObject().value(QLatin1String("communications")).toArray());
    const Result text = run(connection() << QStringLiteral("case") << id);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(id.toUtf8()));
}

void TestCasectl::casesCarryTheirSlaClocks()
{
    // docs/sla.md, "casectl": every case of `cases --json` and `case --json` has an "sla" object.
    const QJsonArray cases = QJsonDocument::fromJson(
        run(connection() << QStringLiteral("cases") << QStringLiteral("--json")).out)
                                 .array();
    QVERIFY(!cases.isEmpty());
    const QStringList states {QStringLiteral("none"), QStringLiteral("running"),
        QStringLiteral("paused"), QStringLiteral("met"), QStringLiteral("breached")};
    bool sawP1 = false;
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        const QJsonObject sla = c.value(QLatin1String("sla")).toObject();
        QVERIFY2(!sla.isEmpty(), qPrintable(c.value(QLatin1String("id")).toString()));
        for (const char *field : {"computedAt", "firstResponse", "updateGap", "restore",
                 "longestGapSeconds", "gapBreaches", "turn", "nextBreach"})
            QVERIFY2(sla.contains(QLatin1String(field)), field);
        const QJsonObject first = sla.value(QLatin1String("firstResponse")).toObject();
        QVERIFY(states.contains(first.value(QLatin1String("state")).toString()));
        QVERIFY(QStringList(
            {QStringLiteral("provider"), QStringLiteral("us"), QStringLiteral("nobody")})
                    .contains(sla.value(QLatin1String("turn")).toString()));
        if (c.value(QLatin1String("priority")).toString() == QLatin1String("P1")) {
            sawP1 = true;
            // The default targets: 15 min to the first response.
            QCOMPARE(first.value(QLatin1String("targetMinutes")).toInt(), 15);
            QVERIFY(first.contains(QLatin1String("elapsedSeconds")));
        }
    }
    QVERIFY(sawP1);
    const QString id = cases.first().toObject().value(QLatin1String("id")).toString();
    const QJsonObject one
        = run(connection() << QStringLiteral("case") << id << QStringLiteral("--json")).object();
    QCOMPARE(one.value(QLatin1String("sla"))
                 .toObject()
                 .value(QLatin1String("firstResponse"))
                 .toObject()
                 .value(QLatin1String("state")),
        cases.first()
            .toObject()
            .value(QLatin1String("sla"))
            .toObject()
            .value(QLatin1String("firstResponse"))
            .toObject()
            .value(QLatin1String("state")));
}

void TestCasectl::createsBothTypes()
{
    const QJsonArray cases = QJsonDocument::fromJson(
        run(connection() << QStringLiteral("cases") << QStringLiteral("--json")).out)
                                 .array();
    const QString service = cases.first()
                                .toObject()
                                .value(QLatin1String("service"))
                                .toObject()
                                .value(QLatin1String("serviceId"))
                                .toString();
    const Result incident = run(connection()
        << QStringLiteral("create") << QStringLiteral("--type") << QStringLiteral("Incident")
        << QStringLiteral("--priority") << QStringLiteral("P1") << QStringLiteral("--subject")
        << QStringLiteral("ServiceDown") << QStringLiteral("--service") << service
        << QStringLiteral("--message") << QStringLiteral("Site down") << QStringLiteral("--start")
        << QStringLiteral("2026-11-24T07:00:00Z") << QStringLiteral("--json"));
    QVERIFY2(incident.exitCode == 0, qPrintable(incident.err));
    const QString id
        = QJsonDocument::fromJson(incident.out).object().value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    const QJsonObject created = QJsonDocument::fromJson(
        run(connection() << QStringLiteral("case") << id << QStringLiteral("--json")).out)
                                    .object();
    QCOMPARE(created.value(QLatin1String("startOfIncident")).toString().left(19),
        QStringLiteral("2026-11-24T07:00:00"));
    QVERIFY(created.value(QLatin1String("endOfIncident")).isNull());

    const Result general = run(connection()
            << QStringLiteral("create") << QStringLiteral("--type") << QStringLiteral("NonIncident")
            << QStringLiteral("--priority") << QStringLiteral("P4") << QStringLiteral("--subject")
            << QStringLiteral("InformationRequest") << QStringLiteral("--service") << service
            << QStringLiteral("--message") << QStringLiteral("-") << QStringLiteral("--reference")
            << QStringLiteral("REQ-7"),
        "Please send the utilisation report for October.\n");
    QVERIFY2(general.exitCode == 0, qPrintable(general.err));
    QVERIFY(general.out.startsWith("Created case CS-"));
    const Result byReference
        = run(connection() << QStringLiteral("cases") << QStringLiteral("--json")
                           << QStringLiteral("--reference") << QStringLiteral("REQ-7"));
    const QJsonArray found = QJsonDocument::fromJson(byReference.out).array();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()
                 .toObject()
                 .value(QLatin1String("communications"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("message"))
                 .toString(),
        QStringLiteral("Please send the utilisation report for October."));
}

void TestCasectl::aLostAnswerIsLookedUpNotSentAgain_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("fault");
    QTest::newRow("create, dropped") << "create"
                                     << "drop";
    QTest::newRow("create, truncated") << "create"
                                       << "truncate";
    QTest::newRow("reply, dropped") << "reply"
                                    << "drop";
    // Setting a reference twice does no harm: sent again without a lookup.
    QTest::newRow("reference, dropped") << "reference"
                                        << "drop";
}

void TestCasectl::aLostAnswerIsLookedUpNotSentAgain()
{
    QFETCH(QString, command);
    QFETCH(QString, fault);
    const QJsonArray cases = QJsonDocument::fromJson(
        run(connection() << QStringLiteral("cases") << QStringLiteral("--json")).out)
                                 .array();
    QVERIFY(!cases.isEmpty());
    const QJsonObject first = cases.first().toObject();
    const QString service = first.value(QLatin1String("service"))
                                .toObject()
                                .value(QLatin1String("serviceId"))
                                .toString();
    // The server acts on the first GraphQL request, and its answer never arrives.
    QVERIFY(!m_server
                 ->control("POST", QStringLiteral("/faults"),
                     {{QStringLiteral("kind"), fault}, {QStringLiteral("count"), 1},
                         {QStringLiteral("path"), QStringLiteral("/graphql")}})
                 .contains(QLatin1String("error")));
    const QString message
        = QStringLiteral("Answer lost (%1).").arg(QString::fromLatin1(QTest::currentDataTag()));

    QString caseId = first.value(QLatin1String("id")).toString();
    if (command == QLatin1String("create")) {
        // No customer reference: found by service, subject and first message.
        const Result created = run(connection()
            << QStringLiteral("create") << QStringLiteral("--type") << QStringLiteral("NonIncident")
            << QStringLiteral("--priority") << QStringLiteral("P3") << QStringLiteral("--subject")
            << QStringLiteral("Other") << QStringLiteral("--service") << service
            << QStringLiteral("--message") << message << QStringLiteral("--json")
            << QStringLiteral("--lookup-delay") << QStringLiteral("1"));
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY2(created.err.contains(QLatin1String("looking it up")), qPrintable(created.err));
        caseId = created.object().value(QLatin1String("id")).toString();
        QVERIFY(caseId.startsWith(QLatin1String("CS-")));
        const QJsonArray all = QJsonDocument::fromJson(
            run(connection() << QStringLiteral("cases") << QStringLiteral("--json")).out)
                                   .array();
        const auto withMessage = std::count_if(all.begin(), all.end(), [&](const QJsonValue &c) {
            return c.toObject()
                       .value(QLatin1String("communications"))
                       .toArray()
                       .first()
                       .toObject()
                       .value(QLatin1String("message"))
                       .toString()
                == message;
        });
        QCOMPARE(withMessage, 1); // created once, and the id printed is that case's
    } else if (command == QLatin1String("reply")) {
        const Result replied = run(connection()
            << QStringLiteral("reply") << caseId << QStringLiteral("--message") << message
            << QStringLiteral("--lookup-delay") << QStringLiteral("1"));
        QVERIFY2(replied.exitCode == 0, qPrintable(replied.err));
        QVERIFY2(replied.err.contains(QLatin1String("looking it up")), qPrintable(replied.err));
    } else {
        const Result tagged
            = run(connection() << QStringLiteral("reference") << caseId << QStringLiteral("LOST-7")
                               << QStringLiteral("--lookup-delay") << QStringLiteral("1"));
        QVERIFY2(tagged.exitCode == 0, qPrintable(tagged.err));
        QVERIFY2(tagged.err.contains(QLatin1String("looking it up")), qPrintable(tagged.err));
        const Result shown
            = run(connection() << QStringLiteral("case") << caseId << QStringLiteral("--json"));
        QCOMPARE(shown.object().value(QLatin1String("customerReference")).toString(),
            QStringLiteral("LOST-7"));
        return;
    }
    QCOMPARE(timesInThread(caseId, message), 1);
}

void TestCasectl::identicalRepliesAreBothDelivered()
{
    // The same words twice from a script; the second send fails before the server acts. Its
    // lookup must not take the first message, confirmed by an earlier casectl, for it.
    QString caseId;
    for (const QJsonValue &c :
        run(connection() << QStringLiteral("cases") << QStringLiteral("--json")).array()) {
        if (c.toObject().value(QLatin1String("status")).toString() == QLatin1String("InProgress"))
            caseId = c.toObject().value(QLatin1String("id")).toString();
    }
    QVERIFY(!caseId.isEmpty());
    const QStringList reply = connection()
        << QStringLiteral("reply") << caseId << QStringLiteral("--message")
        << QStringLiteral("Any update?") << QStringLiteral("--lookup-delay") << QStringLiteral("1");
    const Result first = run(reply);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY(!m_server
                 ->control("POST", QStringLiteral("/faults"),
                     {{QStringLiteral("kind"), QStringLiteral("http")},
                         {QStringLiteral("status"), 503}, {QStringLiteral("count"), 1},
                         {QStringLiteral("path"), QStringLiteral("/graphql")}})
                 .contains(QLatin1String("error")));
    const Result second = run(reply);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.err.contains(QLatin1String("looking it up")), qPrintable(second.err));
    QCOMPARE(timesInThread(caseId, QLatin1String("Any update?")), 2);
}

QString TestCasectl::inProgressCaseId()
{
    for (const QJsonValue &c :
        run(connection() << QStringLiteral("cases") << QStringLiteral("--json")).array()) {
        if (c.toObject().value(QLatin1String("status")).toString() == QLatin1String("InProgress"))
            return c.toObject().value(QLatin1String("id")).toString();
    }
    return {};
}

bool TestCasectl::fault(const QJsonObject &fault)
{
    return !m_server->control("POST", QStringLiteral("/faults"), fault)
                .contains(QLatin1String("error"));
}

void TestCasectl::twoProcessesReplyingTheSameTextBothLand()
{
    // Two scripts at once, the same words to the same case. The first one's send is answered
    // 503 before the server acts; while it waits to look its reply up, the second one's reply
    // lands and is confirmed. The lookup must not take that message for its own: both replies
    // reach the thread, and both processes say so truthfully.
    const QString caseId = inProgressCaseId();
    QVERIFY(!caseId.isEmpty());
    const QString text = QStringLiteral("Any update?");
    const int before = timesInThread(caseId, text);
    QVERIFY(
        fault({{QStringLiteral("kind"), QStringLiteral("http")}, {QStringLiteral("status"), 503},
            {QStringLiteral("count"), 1}, {QStringLiteral("path"), QStringLiteral("/graphql")}}));
    std::unique_ptr<QProcess> first(startCasectl(m_config.path(),
        connection() << QStringLiteral("reply") << caseId << QStringLiteral("--message") << text
                     << QStringLiteral("--lookup-delay") << QStringLiteral("3")));
    QString firstErr;
    QTRY_VERIFY_WITH_TIMEOUT((firstErr += QString::fromUtf8(first->readAllStandardError()))
                                 .contains(QLatin1String("looking it up")),
        15'000);
    const Result second = run(
        connection() << QStringLiteral("reply") << caseId << QStringLiteral("--message") << text);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY(first->waitForFinished(30'000));
    firstErr += QString::fromUtf8(first->readAllStandardError());
    QCOMPARE(first->exitStatus(), QProcess::NormalExit);
    QVERIFY2(first->exitCode() == 0, qPrintable(firstErr));
    QVERIFY(first->readAllStandardOutput().contains("Replied to case"));
    QCOMPARE(timesInThread(caseId, text), before + 2);
}

void TestCasectl::aRunKilledMidSendIsReportedAndReconciled_data()
{
    QTest::addColumn<QString>("path"); // where the answer is held up when casectl is killed
    QTest::addColumn<QString>("tag");
    // Killed while the reply was at the server, which acts on it after all.
    QTest::newRow("server got it") << "/graphql"
                                   << "got";
    // Killed while fetching a token: the reply itself never left.
    QTest::newRow("server never got it") << "/oauth2/token"
                                         << "never";
}

void TestCasectl::aRunKilledMidSendIsReportedAndReconciled()
{
    QFETCH(QString, path);
    QFETCH(QString, tag);
    const QString caseId = inProgressCaseId();
    QVERIFY(!caseId.isEmpty());
    const QString text = QStringLiteral("Killed mid-send (%1).").arg(tag);
    QVERIFY(
        fault({{QStringLiteral("kind"), QStringLiteral("latency")}, {QStringLiteral("ms"), 1500},
            {QStringLiteral("count"), 1}, {QStringLiteral("path"), path}}));
    // A fresh token each time, so that the token request is made (and held up) too.
    m_server->control("DELETE", QStringLiteral("/tokens"));
    std::unique_ptr<QProcess> killed(startCasectl(m_config.path(),
        connection() << QStringLiteral("reply") << caseId << QStringLiteral("--message") << text));
    // Killed once the held-up request is at the server.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->control("GET", QStringLiteral("/faults"))
                                 .value(QLatin1String("faults"))
                                 .toArray()
                                 .isEmpty(),
        15'000);
    killed->kill();
    QVERIFY(killed->waitForFinished(10'000));

    // Any later casectl that opens the store says what was left, in one line.
    const Result shown = run(connection() << QStringLiteral("case") << caseId);
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.err.contains(QLatin1String("left 'sending'"))
            && shown.err.contains(QStringLiteral("Reply to %1").arg(caseId))
            && shown.err.contains(QLatin1String("casectl outbox --reconcile")),
        qPrintable(shown.err));
    QCOMPARE(shown.err.count(u'\n'), 1);
    const Result listed = run(connection() << QStringLiteral("outbox"));
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains("sending") && listed.out.contains(caseId.toUtf8()),
        listed.out.constData());

    // Reconciled: looked up (after the server had time to act), sent only if it is not there.
    const Result reconciled
        = run(connection() << QStringLiteral("outbox") << QStringLiteral("--reconcile")
                           << QStringLiteral("--lookup-delay") << QStringLiteral("3"));
    QVERIFY2(reconciled.exitCode == 0, qPrintable(reconciled.err));
    QVERIFY2(reconciled.out.contains("Confirmed: Reply to"), reconciled.out.constData());
    QCOMPARE(timesInThread(caseId, text), 1);
    const Result after = run(connection() << QStringLiteral("outbox"));
    QVERIFY2(after.out.startsWith("0 change"), after.out.constData());
    QVERIFY(after.err.isEmpty());
    const Result again
        = run(connection() << QStringLiteral("outbox") << QStringLiteral("--reconcile"));
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("Nothing to reconcile"));
    QCOMPARE(timesInThread(caseId, text), 1);
}

void TestCasectl::failuresLeaveNothingBehind_data()
{
    QTest::addColumn<QString>("server"); // "down", or the fault to inject
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("landed"); // how often the reply is in the thread afterwards
    // Certainly not done: said so, in one line.
    QTest::newRow("server down") << "down"
                                 << "" << 0 << 5 << "Nothing was changed" << 0;
    QTest::newRow("no token (503)") << "http"
                                    << "/oauth2/token" << 1 << 4 << "Nothing was changed" << 0;
    // The answer was lost and the lookup fails too: not known, and not sent again.
    QTest::newRow("answer and lookup lost") << "drop"
                                            << "/graphql" << 2 << 5 << "still not known" << 1;
}

void TestCasectl::failuresLeaveNothingBehind()
{
    QFETCH(QString, server);
    QFETCH(QString, path);
    QFETCH(int, count);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(int, landed);
    const QString caseId = run(connection() << QStringLiteral("cases") << QStringLiteral("--json"))
                               .array()
                               .first()
                               .toObject()
                               .value(QLatin1String("id"))
                               .toString();
    QVERIFY(!caseId.isEmpty());
    const QString text
        = QStringLiteral("Not sent (%1)?").arg(QString::fromLatin1(QTest::currentDataTag()));
    QStringList target = connection();
    QTcpServer closed;
    if (server == QLatin1String("down")) {
        // A port nobody listens on.
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        target[1] = QStringLiteral("http://127.0.0.1:%1/graphql").arg(closed.serverPort());
        closed.close();
    } else {
        QJsonObject fault {{QStringLiteral("kind"), server}, {QStringLiteral("count"), count},
            {QStringLiteral("path"), path}};
        if (server == QLatin1String("http"))
            fault.insert(QStringLiteral("status"), 503);
        QVERIFY(!m_server->control("POST", QStringLiteral("/faults"), fault)
                     .contains(QLatin1String("error")));
    }
    const Result replied
        = run(target << QStringLiteral("reply") << caseId << QStringLiteral("--message") << text
                     << QStringLiteral("--lookup-delay") << QStringLiteral("1"));
    m_server->control("DELETE", QStringLiteral("/faults"));
    QCOMPARE(replied.exitCode, exitCode);
    QVERIFY2(replied.err.contains(message), qPrintable(replied.err));
    QVERIFY2(!replied.err.contains(QLatin1String("Nothing was changed")) || landed == 0,
        qPrintable(replied.err));
    // One line, and one more when a lookup was announced.
    QCOMPARE(
        replied.err.count(u'\n'), replied.err.contains(QLatin1String("looking it up")) ? 2 : 1);

    QCOMPARE(timesInThread(caseId, text), landed);
    // Nothing waits in any profile's outbox for another process to send later (confirmed items
    // stay a while, as done).
    QDirIterator files(
        m_config.path(), {QStringLiteral("*.db")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList databases;
    while (files.hasNext())
        databases << files.next();
    QVERIFY(!databases.isEmpty());
    for (const QString &file : std::as_const(databases)) {
        SqliteStore store(file);
        QVERIFY(store.open().ok);
        for (const OutboxItem &item : store.outbox())
            QCOMPARE(item.state, OutboxItem::State::Done);
    }
}

void TestCasectl::refusesWhatTheProviderWouldRefuse_data()
{
    QTest::addColumn<QStringList>("arguments"); // after the connection; CASE is the case's id
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    const QString over(32'001, u'x');
    // A megabyte from standard input: refused at once, not sent to time out.
    QTest::newRow("reply of 1 MB") << QStringList {QStringLiteral("reply"), QStringLiteral("CASE"),
        QStringLiteral("--message"), QStringLiteral("-")}
                                   << QByteArray(1 << 20, 'm') << "message is too long";
    QTest::newRow("reply of 32,001 characters") << QStringList {QStringLiteral("reply"),
        QStringLiteral("CASE"), QStringLiteral("--message"), over}
                                                << QByteArray() << "message is too long";
    QTest::newRow("sent by 256 characters") << QStringList {QStringLiteral("reply"),
        QStringLiteral("CASE"), QStringLiteral("--message"), QStringLiteral("Any update?"),
        QStringLiteral("--sent-by"), QString(256, u'n')}
                                            << QByteArray() << "\"Sent by\" is too long";
    QTest::newRow("reference of 256 characters")
        << QStringList {QStringLiteral("reference"), QStringLiteral("CASE"), QString(256, u'r')}
        << QByteArray() << "reference is too long";
    QTest::newRow("new case with a 32,001-character message") << QStringList {
        QStringLiteral("create"), QStringLiteral("--type"), QStringLiteral("NonIncident"),
        QStringLiteral("--priority"), QStringLiteral("P3"), QStringLiteral("--subject"),
        QStringLiteral("Other"), QStringLiteral("--service"), QStringLiteral("SERVICE"),
        QStringLiteral("--message"), over} << QByteArray() << "message is too long";
    // The form's "Choose a case type." names no option and no value: casectl names both.
    const auto create = [](const char *type, const char *priority, const char *subject) {
        return QStringList {QStringLiteral("create"), QStringLiteral("--type"), QLatin1String(type),
            QStringLiteral("--priority"), QLatin1String(priority), QStringLiteral("--subject"),
            QLatin1String(subject), QStringLiteral("--service"), QStringLiteral("SERVICE"),
            QStringLiteral("--message"), QStringLiteral("Down")};
    };
    QTest::newRow("new case of an unknown type") << create("Incidnet", "P3",
        "ServiceDown") << QByteArray() << "--type must be one of: Incident, NonIncident";
    QTest::newRow("new case with a priority its type does not allow") << create("NonIncident", "P1",
        "Other") << QByteArray() << "--priority must be one of: P3, P4, P5 for --type NonIncident";
    QTest::newRow("new case with another type's subject")
        << create("Incident", "P2", "ChangeRequest") << QByteArray()
        << "--subject must be one of: RfoRequest, ServiceDegradation, ServiceIntermittent, "
           "ServiceDown for --type Incident";
}

void TestCasectl::refusesWhatTheProviderWouldRefuse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const QJsonObject first
        = run(connection() << QStringLiteral("cases") << QStringLiteral("--json"))
              .array()
              .first()
              .toObject();
    const QString caseId = first.value(QLatin1String("id")).toString();
    const QString service = first.value(QLatin1String("service"))
                                .toObject()
                                .value(QLatin1String("serviceId"))
                                .toString();
    arguments.replaceInStrings(QStringLiteral("CASE"), caseId);
    arguments.replaceInStrings(QStringLiteral("SERVICE"), service);
    const int before
        = int(run(connection() << QStringLiteral("case") << caseId << QStringLiteral("--json"))
                  .object()
                  .value(QLatin1String("communications"))
                  .toArray()
                  .size());
    const Result refused = run(connection() << arguments, input);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err.left(500)));
    QCOMPARE(refused.err.count(u'\n'), 1);
    // Nothing reached the server, and nothing was queued for later.
    const QJsonObject after
        = run(connection() << QStringLiteral("case") << caseId << QStringLiteral("--json"))
              .object();
    QCOMPARE(after.value(QLatin1String("communications")).toArray().size(), before);
    QCOMPARE(after.value(QLatin1String("customerReference")).toString(),
        first.value(QLatin1String("customerReference")).toString());
    QDirIterator files(
        m_config.path(), {QStringLiteral("*.db")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        SqliteStore store(files.next());
        QVERIFY(store.open().ok);
        for (const OutboxItem &item : store.outbox())
            QVERIFY(item.payload.value(QLatin1String("message")).toString().size() < 32'000);
    }
}

void TestCasectl::repliesAndTags()
{
    const QJsonArray cases = QJsonDocument::fromJson(
        run(connection() << QStringLiteral("cases") << QStringLiteral("--json")).out)
                                 .array();
    QString id;
    for (const QJsonValue &v : cases) {
        if (v.toObject().value(QLatin1String("status")).toString() == QLatin1String("InProgress"))
            id = v.toObject().value(QLatin1String("id")).toString();
    }
    QVERIFY(!id.isEmpty());
    const Result replied = run(connection()
        << QStringLiteral("reply") << id << QStringLiteral("--message")
        << QStringLiteral("Any news?") << QStringLiteral("--sent-by") << QStringLiteral("Ann"));
    QVERIFY2(replied.exitCode == 0, qPrintable(replied.err));
    const Result tagged
        = run(connection() << QStringLiteral("reference") << id << QStringLiteral("OPS-99"));
    QVERIFY2(tagged.exitCode == 0, qPrintable(tagged.err));
    const QJsonObject c = QJsonDocument::fromJson(
        run(connection() << QStringLiteral("case") << id << QStringLiteral("--json")).out)
                              .object();
    QCOMPARE(c.value(QLatin1String("customerReference")).toString(), QStringLiteral("OPS-99"));
    const QJsonObject last = c.value(QLatin1String("communications")).toArray().last().toObject();
    QCOMPARE(last.value(QLatin1String("message")).toString(), QStringLiteral("Any news?"));
    QCOMPARE(last.value(QLatin1String("sentBy")).toString(), QStringLiteral("Ann"));
}

void TestCasectl::pollOncePrintsOneLinePerCase()
{
    const Result poll = run(connection() << QStringLiteral("poll") << QStringLiteral("--once"));
    QCOMPARE(poll.exitCode, 0);
    const QList<QByteArray> lines = poll.out.trimmed().split('\n');
    QVERIFY(lines.size() >= 40);
    const QJsonObject line = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(line.value(QLatin1String("change")).toString(), QStringLiteral("new"));
    QVERIFY(!line.value(QLatin1String("id")).toString().isEmpty());
    QVERIFY(!line.value(QLatin1String("newCommunications")).toArray().isEmpty());
}

namespace {

QStringList fieldOf(const QJsonArray &cases, const char *field)
{
    QStringList values;
    for (const QJsonValue &c : cases)
        values << c.toObject().value(QLatin1String(field)).toString();
    return values;
}

} // namespace

void TestCasectl::casesFilters()
{
    const auto cases = [this](const QStringList &filters) {
        return run(connection() << QStringLiteral("cases") << QStringLiteral("--json") << filters)
            .array();
    };
    const QJsonArray all = cases({});
    QVERIFY(all.size() >= 40);

    // --status: the API's word or the table's label, several with commas.
    const QJsonArray inProgress = cases({QStringLiteral("--status"), QStringLiteral("InProgress")});
    QVERIFY(!inProgress.isEmpty() && inProgress.size() < all.size());
    const QStringList statuses = fieldOf(inProgress, "status");
    QCOMPARE(QSet<QString>(statuses.cbegin(), statuses.cend()),
        QSet<QString> {QStringLiteral("InProgress")});
    // The same cases (their "sla" clocks move with the time of each run).
    QCOMPARE(fieldOf(cases({QStringLiteral("--status"), QStringLiteral("in progress")}), "id"),
        fieldOf(inProgress, "id"));
    const QJsonArray twoStatuses
        = cases({QStringLiteral("--status"), QStringLiteral("InProgress,Pending customer")});
    QVERIFY(twoStatuses.size() > inProgress.size());
    for (const QString &status : fieldOf(twoStatuses, "status"))
        QVERIFY2(
            status == QLatin1String("InProgress") || status == QLatin1String("PendingCustomer"),
            qPrintable(status));

    // --priority, --type (id or label), --open; combined with AND.
    const QJsonArray urgent = cases({QStringLiteral("--priority"), QStringLiteral("P1,P2")});
    QVERIFY(!urgent.isEmpty());
    for (const QString &priority : fieldOf(urgent, "priority"))
        QVERIFY(priority == QLatin1String("P1") || priority == QLatin1String("P2"));
    const QJsonArray requests = cases({QStringLiteral("--type"), QStringLiteral("NonIncident")});
    QVERIFY(!requests.isEmpty() && requests.size() < all.size());
    QCOMPARE(fieldOf(cases({QStringLiteral("--type"), QStringLiteral("General request")}), "id"),
        fieldOf(requests, "id"));
    const QJsonArray open = cases({QStringLiteral("--open")});
    QVERIFY(!open.isEmpty() && open.size() < all.size());
    for (const QString &status : fieldOf(open, "status"))
        QVERIFY2(!QStringList({QStringLiteral("Resolved"), QStringLiteral("Closed"),
                                  QStringLiteral("Cancelled")})
                      .contains(status),
            qPrintable(status));
    for (const QJsonValue &c : cases({QStringLiteral("--open"), QStringLiteral("--type"),
             QStringLiteral("Incident"), QStringLiteral("--priority"), QStringLiteral("P1")})) {
        QCOMPARE(c.toObject().value(QLatin1String("type")).toString(), QStringLiteral("Incident"));
        QCOMPARE(c.toObject().value(QLatin1String("priority")).toString(), QStringLiteral("P1"));
    }

    // The table shows the labels the filters also take, JSON the API's words.
    const Result table = run(connection()
        << QStringLiteral("cases") << QStringLiteral("--type") << QStringLiteral("NonIncident")
        << QStringLiteral("--status") << QStringLiteral("InProgress"));
    QCOMPARE(table.exitCode, 0);
    const QString shown = QString::fromUtf8(table.out);
    QVERIFY2(shown.contains(QLatin1String("General request"))
            && shown.contains(QLatin1String("In progress"))
            && !shown.contains(QLatin1String("InProgress"))
            && !shown.contains(QLatin1String("NonIncident")),
        qPrintable(shown));
}

void TestCasectl::casesFiltersNameTheirValues_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QString>("message");
    QTest::newRow("status") << QStringList {QStringLiteral("--status"), QStringLiteral("Frozen")}
                            << "--status must be one of: New, InProgress, PendingCustomer, OnHold, "
                               "Resolved, Closed, Cancelled";
    QTest::newRow("priority") << QStringList {QStringLiteral("--priority"), QStringLiteral("P1,P9")}
                              << "--priority must be one of: P1, P2, P3, P4, P5";
    QTest::newRow("type") << QStringList {QStringLiteral("--type"), QStringLiteral("Request")}
                          << "--type must be one of: Incident, NonIncident";
}

void TestCasectl::casesFiltersNameTheirValues()
{
    QFETCH(QStringList, filter);
    QFETCH(QString, message);
    const Result refused = run(connection() << QStringLiteral("cases") << filter);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QCOMPARE(refused.err.count(u'\n'), 1);
    QVERIFY(refused.out.isEmpty());
}

namespace {

// The lines of a poll's output, by case id.
QHash<QString, QJsonObject> pollLines(const QByteArray &out)
{
    QHash<QString, QJsonObject> lines;
    for (const QByteArray &raw : out.split('\n')) {
        if (raw.trimmed().isEmpty())
            continue;
        const QJsonObject line = QJsonDocument::fromJson(raw).object();
        lines.insert(line.value(QLatin1String("id")).toString(), line);
    }
    return lines;
}

} // namespace

void TestCasectl::pollOnceFromCronPrintsOnlyWhatChanged()
{
    // A profile of its own (its own store), as a cron job would have.
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const auto poll = [&](const QStringList &more = {}) {
        return runCasectl(config.path(),
            connection() << QStringLiteral("poll") << QStringLiteral("--once") << more);
    };
    const Result first = poll();
    QCOMPARE(first.exitCode, 0);
    const QHash<QString, QJsonObject> all = pollLines(first.out);
    QVERIFY(all.size() >= 40);

    // Nothing changed: nothing printed.
    const Result second = poll();
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.isEmpty(), second.out.left(400).constData());

    // The provider adds a message to one case: that case, with that message only.
    const QString caseId = inProgressCaseId();
    const QJsonObject added
        = m_server->control("POST", QStringLiteral("/cases/%1/reply").arg(caseId),
            {{QStringLiteral("message"), QStringLiteral("Engineer on site at 14:00.")}});
    QVERIFY2(!added.contains(QLatin1String("error")), QJsonDocument(added).toJson().constData());
    const Result third = poll();
    QCOMPARE(third.exitCode, 0);
    const QHash<QString, QJsonObject> changed = pollLines(third.out);
    QCOMPARE(changed.keys(), QStringList {caseId});
    const QJsonObject line = changed.value(caseId);
    QCOMPARE(line.value(QLatin1String("change")).toString(), QStringLiteral("updated"));
    const QJsonArray messages = line.value(QLatin1String("newCommunications")).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().toObject().value(QLatin1String("message")).toString(),
        QStringLiteral("Engineer on site at 14:00."));
    QVERIFY(poll().out.isEmpty());

    // A status change says what it was before.
    const QJsonObject status
        = m_server->control("POST", QStringLiteral("/cases/%1/status").arg(caseId),
            {{QStringLiteral("status"), QStringLiteral("PendingCustomer")}});
    QVERIFY2(!status.contains(QLatin1String("error")), QJsonDocument(status).toJson().constData());
    const QJsonObject statusLine = pollLines(poll().out).value(caseId);
    QCOMPARE(
        statusLine.value(QLatin1String("status")).toString(), QStringLiteral("PendingCustomer"));
    QCOMPARE(statusLine.value(QLatin1String("previousStatus")).toString(),
        line.value(QLatin1String("status")).toString());

    // --since-start: everything, as seen since this run started; the cursor stays as it was.
    const Result everything = poll({QStringLiteral("--since-start")});
    QCOMPARE(everything.exitCode, 0);
    QCOMPARE(pollLines(everything.out).size(), all.size());
    QVERIFY(poll().out.isEmpty());
}

void TestCasectl::twoPollsAtOncePrintEachChangeOnce()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const QStringList arguments = connection()
        << QStringLiteral("poll") << QStringLiteral("--once");
    QCOMPARE(runCasectl(config.path(), arguments).exitCode, 0);
    const QString caseId = inProgressCaseId();
    const QJsonObject added
        = m_server->control("POST", QStringLiteral("/cases/%1/reply").arg(caseId),
            {{QStringLiteral("message"), QStringLiteral("Two cron jobs at once.")}});
    QVERIFY(!added.contains(QLatin1String("error")));
    // Runs from cron at the same moment: between them, the change is printed once. The test
    // holds the profile's poll turn until each run has asked the provider, so all of them
    // have the change in hand at once.
    const QByteArray dataDir = qgetenv("CASECONSOLE_DATA_DIR");
    qputenv("CASECONSOLE_DATA_DIR", QDir(config.path()).filePath(QStringLiteral("data")).toUtf8());
    Profile profile;
    profile.endpoint = m_server->graphqlUrl();
    profile.clientId = QStringLiteral("demo-client");
    QLockFile turn(StorePaths::databaseFor(profile) + QStringLiteral(".poll-lock"));
    qputenv("CASECONSOLE_DATA_DIR", dataDir);
    QVERIFY(turn.tryLock(0));
    const auto asked = [this] {
        return m_server->control("GET", QStringLiteral("/state"))
            .value(QLatin1String("requests"))
            .toObject()
            .value(QLatin1String("byRoute"))
            .toObject()
            .value(QLatin1String("/graphql"))
            .toInt();
    };
    const int before = asked();
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < 3; ++i)
        runs.emplace_back(startCasectl(config.path(), arguments));
    QTRY_VERIFY_WITH_TIMEOUT(asked() >= before + 3, 30'000);
    turn.unlock();
    QByteArray all;
    for (const auto &process : runs) {
        QVERIFY(process->state() == QProcess::NotRunning || process->waitForFinished(60'000));
        QCOMPARE(process->exitCode(), 0);
        all += process->readAllStandardOutput();
    }
    QCOMPARE(all.count("Two cron jobs at once."), 1);
    QCOMPARE(all.trimmed().count('\n'), 0);
}

void TestCasectl::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no command") << QStringList() << QString() << 2 << "no command";
    QTest::newRow("unknown command")
        << QStringList {QStringLiteral("frobnicate")} << QString() << 2 << "unknown command";
    QTest::newRow("option of another command")
        << QStringList {QStringLiteral("cases"), QStringLiteral("--once")} << QString() << 2
        << "does not take --once";
    QTest::newRow("disallowed matrix cell")
        << QStringList {QStringLiteral("create"), QStringLiteral("--type"),
               QStringLiteral("NonIncident"), QStringLiteral("--priority"), QStringLiteral("P1"),
               QStringLiteral("--subject"), QStringLiteral("Other"), QStringLiteral("--service"),
               QStringLiteral("S"), QStringLiteral("--message"), QStringLiteral("m")}
        << QString() << 2 << "priority";
    QTest::newRow("bad date") << QStringList {QStringLiteral("create"), QStringLiteral("--type"),
        QStringLiteral("Incident"), QStringLiteral("--priority"), QStringLiteral("P1"),
        QStringLiteral("--subject"), QStringLiteral("ServiceDown"), QStringLiteral("--service"),
        QStringLiteral("S"), QStringLiteral("--message"), QStringLiteral("m"),
        QStringLiteral("--start"), QStringLiteral("yesterday")}
                              << QString() << 2 << "ISO 8601";
    // 3,000,000 s in milliseconds overflowed an int into a negative timeout.
    QTest::newRow("huge timeout") << QStringList {QStringLiteral("cases"),
        QStringLiteral("--timeout"), QStringLiteral("3000000")}
                                  << QString() << 2 << "--timeout";
    QTest::newRow("wrong secret") << QStringList {QStringLiteral("cases")}
                                  << QStringLiteral("wr0ng-s3cret-9") << 3 << "credentials";
    QTest::newRow("unknown case") << QStringList {QStringLiteral("case"),
        QStringLiteral("CS-0000000")}
                                  << QString() << 4 << "no case CS-0000000";
    QTest::newRow("unknown service")
        << QStringList {QStringLiteral("create"), QStringLiteral("--type"),
               QStringLiteral("NonIncident"), QStringLiteral("--priority"), QStringLiteral("P3"),
               QStringLiteral("--subject"), QStringLiteral("Other"), QStringLiteral("--service"),
               QStringLiteral("SVC-NOPE"), QStringLiteral("--message"), QStringLiteral("m")}
        << QString() << 4 << "SERVICE_NOT_FOUND";
}

void TestCasectl::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, secret);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcessEnvironment env;
    if (!secret.isEmpty())
        env.insert(QStringLiteral("CASECTL_CLIENT_SECRET"), secret);
    const Result result = run(connection() + arguments, {}, env);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1); // one clear line
    QVERIFY(!result.err.contains(QLatin1String("demo-secret")));
    if (!secret.isEmpty())
        QVERIFY(!result.err.contains(secret));
}

void TestCasectl::profilesAreSavedWithoutTheSecret()
{
    const Result saved
        = run(connection() << QStringLiteral("save-profile") << QStringLiteral("sandbox"));
    QCOMPARE(saved.exitCode, 0);
    const Result viaProfile = run({QStringLiteral("--profile"), QStringLiteral("sandbox"),
        QStringLiteral("cases"), QStringLiteral("--updated-within"), QStringLiteral("100000")});
    QVERIFY2(viaProfile.exitCode == 0, qPrintable(viaProfile.err));
    QVERIFY(viaProfile.out.startsWith("CASE"));
    // The active profile is used without --profile.
    QCOMPARE(run({QStringLiteral("cases")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("--profile"), QStringLiteral("nope"), QStringLiteral("cases")})
                 .exitCode,
        2);

    // Nothing secret in the settings file.
    QDirIterator files(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
    int seen = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains("secret"));
        seen += content.contains("demo-client") ? 1 : 0;
    }
    QCOMPARE(seen, 1);
}

void TestCasectl::helpDocumentsTheCommands()
{
    const Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"cases", "case ID", "create", "reply ID", "reference ID REF",
             "poll", "matrix", "store-secret", "Exit codes"})
        QVERIFY2(help.out.contains(command), command);
    const Result version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("casectl "));
    const Result network = run({QStringLiteral("--endpoint"),
        SandboxServer::unreachableUrl(QStringLiteral("/graphql")).toString(),
        QStringLiteral("--client-id"), QStringLiteral("demo-client"), QStringLiteral("cases")});
    QCOMPARE(network.exitCode, 5);
}

void TestCasectl::answersFromTheStoreWhenOffline()
{
    QStringList connection;
    QJsonArray online;
    {
        SandboxServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        connection = {QStringLiteral("--endpoint"), server.graphqlUrl().toString(),
            QStringLiteral("--client-id"), QStringLiteral("demo-client")};
        const Result result
            = run(connection << QStringLiteral("cases") << QStringLiteral("--json"));
        QCOMPARE(result.exitCode, 0);
        online = QJsonDocument::fromJson(result.out).array();
        QVERIFY(online.size() >= 40);
        QVERIFY(result.err.isEmpty());
        connection.removeLast();
        connection.removeLast();
    } // the provider is gone

    const Result cases
        = run(QStringList(connection) << QStringLiteral("cases") << QStringLiteral("--json"));
    QCOMPARE(cases.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(cases.out).array().size(), online.size());
    QVERIFY2(cases.err.contains(QLatin1String("Showing cached data, last synced")),
        qPrintable(cases.err));
    QVERIFY(cases.err.contains(QLatin1String("minute")));

    const QString id = online.first().toObject().value(QLatin1String("id")).toString();
    const Result one
        = run(QStringList(connection) << QStringLiteral("case") << id << QStringLiteral("--json"));
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(one.out).object().value(QLatin1String("communications")),
        online.first().toObject().value(QLatin1String("communications")));
    QVERIFY(one.err.contains(QLatin1String("cached")));

    // A case the store never saw: the network error stands.
    const Result unknown
        = run(QStringList(connection) << QStringLiteral("case") << QStringLiteral("CS-0000001"));
    QCOMPARE(unknown.exitCode, 5);
}

void TestCasectl::controlCharactersAreShownNotObeyed()
{
    // A provider message that would set the terminal's title, ring the bell, overwrite its own
    // line, turn the text red, clear the screen (C1 CSI) and reverse a file name.
    const QString message = QStringLiteral("Title\x1b]0;pwned\x07 first\r\nsecond\rFAKE "
                                           "\x1b[31mred report\u202Efdp.exe ")
        + QChar(0x9b) + QStringLiteral("2J");
    const QString sentBy = QStringLiteral("NOC\x1b[2J");
    const QString id = QJsonDocument::fromJson(
        run(connection() << QStringLiteral("cases") << QStringLiteral("--json")).out)
                           .array()
                           .first()
                           .toObject()
                           .value(QLatin1String("id"))
                           .toString();
    const QJsonObject posted = m_server->control("POST", QStringLiteral("/cases/%1/reply").arg(id),
        {{QStringLiteral("message"), message}, {QStringLiteral("sentBy"), sentBy}});
    QVERIFY2(!posted.contains(QLatin1String("error")), QJsonDocument(posted).toJson().constData());

    // --json is exact.
    const Result json
        = run(connection() << QStringLiteral("case") << id << QStringLiteral("--json"));
    QCOMPARE(json.exitCode, 0);
    const QJsonObject last
        = json.object().value(QLatin1String("communications")).toArray().last().toObject();
    QCOMPARE(last.value(QLatin1String("message")).toString(), message);
    QCOMPARE(last.value(QLatin1String("sentBy")).toString(), sentBy);

    // A person's output shows each control; a CR LF stays a line break.
    const Result text = run(connection() << QStringLiteral("case") << id);
    QCOMPARE(text.exitCode, 0);
    for (const char *raw : {"\x1b", "\x07", "\r", "\u202E", "\u009B"}) {
        const QByteArray bytes = QString::fromUtf8(raw).toUtf8();
        QVERIFY2(!text.out.contains(bytes),
            qPrintable(QString::fromUtf8(text.out.toPercentEncoding(" \n"))));
    }
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QLatin1String("    Title\\x1b]0;pwned\\x07 first\n    second\\rFAKE "
                                        "\\x1b[31mred report<U+202E>fdp.exe <U+009B>2J\n")),
        qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("NOC\\x1b[2J")), qPrintable(out));

    // Error lines too: what the server (or the command line) said is shown, not obeyed.
    const Result missing = run(
        connection() << QStringLiteral("case") << QStringLiteral("CS-\x1b]0;pwned\x07\u202E"));
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(!missing.err.contains(QChar(0x1b)) && !missing.err.contains(QChar(0x202E))
            && !missing.err.contains(QChar(0x07)),
        qPrintable(missing.err));
    QVERIFY2(
        missing.err.contains(QLatin1String("\\x1b]0;pwned\\x07<U+202E>")), qPrintable(missing.err));
}

void TestCasectl::readsAndLearnsTheProvidersWords()
{
    // A reply, then the case: each message says whose side it is on, in the profile's words,
    // and the confirmed reply taught the profile's store the provider's word for ours.
    const QString caseId = inProgressCaseId();
    const QString text = QStringLiteral("Which words do you use (%1)?").arg(caseId);
    QCOMPARE(run(connection() << QStringLiteral("reply") << caseId << QStringLiteral("--message")
                              << text << QStringLiteral("--sent-by") << QStringLiteral("Ann"))
                 .exitCode,
        0);
    const Result shown = run(connection() << QStringLiteral("case") << caseId);
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains("Ann  [CustomerMessage, ours]")
            && shown.out.contains("[StatusUpdate, status update]"),
        shown.out.constData());
    qputenv("CASECONSOLE_DATA_DIR", m_config.filePath(QStringLiteral("data")).toUtf8());
    Profile profile;
    profile.endpoint = m_server->graphqlUrl();
    profile.clientId = QStringLiteral("demo-client");
    SqliteStore store(StorePaths::databaseFor(profile));
    QVERIFY(store.open().ok);
    const LearnedWords learned = store.learnedWords();
    QCOMPARE(learned.ourTypes, QStringList {QStringLiteral("CustomerMessage")});
    QCOMPARE(learned.echoesSender, std::optional<bool>(true));

    // poll: whether each case is open and each new message the provider's (every case: an
    // earlier test polled this profile already).
    const Result poll = run(connection()
        << QStringLiteral("poll") << QStringLiteral("--once") << QStringLiteral("--since-start"));
    QCOMPARE(poll.exitCode, 0);
    bool sawClosed = false;
    bool sawOurs = false;
    for (const QByteArray &raw : poll.out.trimmed().split('\n')) {
        const QJsonObject line = QJsonDocument::fromJson(raw).object();
        QVERIFY(line.value(QLatin1String("open")).isBool());
        const QString status = line.value(QLatin1String("status")).toString();
        QCOMPARE(line.value(QLatin1String("open")).toBool(),
            status != QLatin1String("Resolved") && status != QLatin1String("Closed")
                && status != QLatin1String("Cancelled"));
        sawClosed = sawClosed || !line.value(QLatin1String("open")).toBool();
        for (const QJsonValue &m : line.value(QLatin1String("newCommunications")).toArray()) {
            const QJsonObject o = m.toObject();
            QCOMPARE(o.value(QLatin1String("fromProvider")).toBool(true),
                o.value(QLatin1String("type")).toString() != QLatin1String("CustomerMessage"));
            sawOurs = sawOurs || !o.value(QLatin1String("fromProvider")).toBool(true);
        }
    }
    QVERIFY(sawClosed);
    QVERIFY(sawOurs);
}

QTEST_GUILESS_MAIN(TestCasectl)
#include "tst_casectl.moc"
