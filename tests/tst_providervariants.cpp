// casectl against each way the provider may answer what its article leaves open: the full
// schema and exactly the documented one (introspection refused), the sandbox's words and another
// vocabulary (sandbox/README.md, "Schemas and vocabularies"). Every flow works in each, and a
// write whose answer is lost, either way, with or without a sender, lands on the server once.

#include "CasectlProcess.h"
#include "SandboxServer.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Result = CasectlResult;

namespace {

struct Variant
{
    QString schema; // full | documented
    QString words; // sandbox | plain
};

QStringList argumentsOf(const Variant &v)
{
    return {QStringLiteral("--schema"), v.schema, QStringLiteral("--words"), v.words};
}

// The status words of a case being worked on, in either vocabulary.
bool isInProgress(const QString &status)
{
    return status == QLatin1String("InProgress") || status == QLatin1String("In Progress");
}

} // namespace

class TestProviderVariants : public QObject
{
    Q_OBJECT

private slots:
    void everyFlowWorks_data();
    void everyFlowWorks();
    void aReplyWhoseAnswerIsLostLandsOnce_data();
    void aReplyWhoseAnswerIsLostLandsOnce();
    void aCaseWhoseAnswerIsLostIsCreatedOnce_data();
    void aCaseWhoseAnswerIsLostIsCreatedOnce();

private:
    bool startServer(const Variant &variant);
    Result run(const QStringList &arguments);
    QStringList connection() const;
    QJsonArray thread(const QString &caseId);
    int timesInThread(const QString &caseId, const QString &message);
    QString inProgressCaseId();
    QString serviceId();

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_config;
};

bool TestProviderVariants::startServer(const Variant &variant)
{
    m_config = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<SandboxServer>(argumentsOf(variant));
    if (!m_server->start()) {
        qWarning() << m_server->errorString();
        return false;
    }
    const QJsonObject options = m_server->control("GET", QStringLiteral("/state"))
                                    .value(QLatin1String("options"))
                                    .toObject();
    return options.value(QLatin1String("schema")).toString() == variant.schema
        && options.value(QLatin1String("words")).toString() == variant.words;
}

Result TestProviderVariants::run(const QStringList &arguments)
{
    return runCasectl(m_config->path(), arguments);
}

QStringList TestProviderVariants::connection() const
{
    return {QStringLiteral("--endpoint"), m_server->graphqlUrl().toString(),
        QStringLiteral("--client-id"), QStringLiteral("demo-client")};
}

QJsonArray TestProviderVariants::thread(const QString &caseId)
{
    return run(connection() << QStringLiteral("case") << caseId << QStringLiteral("--json"))
        .object()
        .value(QLatin1String("communications"))
        .toArray();
}

int TestProviderVariants::timesInThread(const QString &caseId, const QString &message)
{
    const QJsonArray messages = thread(caseId);
    return int(std::count_if(messages.begin(), messages.end(), [&](const QJsonValue &m) {
        return m.toObject().value(QLatin1String("message")).toString() == message;
    }));
}

QString TestProviderVariants::inProgressCaseId()
{
    const QJsonArray cases
        = run(connection() << QStringLiteral("cases") << QStringLiteral("--json")).array();
    for (const QJsonValue &c : cases) {
        if (isInProgress(c.toObject().value(QLatin1String("status")).toString()))
            return c.toObject().value(QLatin1String("id")).toString();
    }
    return {};
}

QString TestProviderVariants::serviceId()
{
    const QJsonArray cases
        = run(connection() << QStringLiteral("cases") << QStringLiteral("--json")).array();
    return cases.first()
        .toObject()
        .value(QLatin1String("service"))
        .toObject()
        .value(QLatin1String("serviceId"))
        .toString();
}

static void addVariantRows()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("words");
    for (const char *schema : {"full", "documented"}) {
        for (const char *words : {"sandbox", "plain"}) {
            QTest::addRow("%s schema, %s words", schema, words)
                << QString::fromLatin1(schema) << QString::fromLatin1(words);
        }
    }
}

void TestProviderVariants::everyFlowWorks_data()
{
    addVariantRows();
}

void TestProviderVariants::everyFlowWorks()
{
    QFETCH(QString, schema);
    QFETCH(QString, words);
    QVERIFY(startServer({schema, words}));

    // List and read.
    const Result list = run(connection() << QStringLiteral("cases") << QStringLiteral("--json"));
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY(list.array().size() > 20);
    // The table says which statuses are closed, once: "Solved (closed)", "Closed".
    const Result table = run(connection() << QStringLiteral("cases"));
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    const QString solved = words == QLatin1String("plain") ? QStringLiteral("Solved (closed)")
                                                           : QStringLiteral("Resolved (closed)");
    QVERIFY2(table.out.contains(solved.toUtf8()), table.out.constData());
    QVERIFY(table.out.contains(" Closed "));
    QVERIFY(!table.out.contains("Closed (closed)"));
    const QString caseId = inProgressCaseId();
    QVERIFY(!caseId.isEmpty());
    const Result read = run(connection() << QStringLiteral("case") << caseId);
    QVERIFY2(read.exitCode == 0, qPrintable(read.err));
    QVERIFY(read.out.contains(caseId.toUtf8()));

    // Reply, once.
    const QString text = QStringLiteral("Reply over the %1 schema in %2 words.").arg(schema, words);
    const Result replied = run(
        connection() << QStringLiteral("reply") << caseId << QStringLiteral("--message") << text);
    QVERIFY2(replied.exitCode == 0, qPrintable(replied.err));
    QCOMPARE(timesInThread(caseId, text), 1);

    // Reference, then found by it.
    const QString reference = QStringLiteral("NOC-%1-%2").arg(schema, words).toUpper();
    const Result referenced
        = run(connection() << QStringLiteral("reference") << caseId << reference);
    QVERIFY2(referenced.exitCode == 0, qPrintable(referenced.err));
    const QJsonArray found
        = run(connection() << QStringLiteral("cases") << QStringLiteral("--reference") << reference
                           << QStringLiteral("--json"))
              .array();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(QLatin1String("id")).toString(), caseId);

    // Create an incident with a priority chosen: the provider has it, or is told in words.
    const QString message = QStringLiteral("Circuit down since 09:12 (%1, %2).").arg(schema, words);
    const Result created = run(connection()
        << QStringLiteral("create") << QStringLiteral("--type") << QStringLiteral("Incident")
        << QStringLiteral("--priority") << QStringLiteral("P1") << QStringLiteral("--subject")
        << QStringLiteral("ServiceDown") << QStringLiteral("--service") << serviceId()
        << QStringLiteral("--message") << message << QStringLiteral("--json"));
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QString newId = created.object().value(QLatin1String("id")).toString();
    QVERIFY2(newId.startsWith(QLatin1String("CS-")), created.out.constData());
    const QJsonObject newCase
        = run(connection() << QStringLiteral("case") << newId << QStringLiteral("--json")).object();
    QCOMPARE(newCase.value(QLatin1String("subject")).toString(), QStringLiteral("ServiceDown"));
    const QString firstMessage = newCase.value(QLatin1String("communications"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("message"))
                                     .toString();
    QVERIFY2(firstMessage.contains(message), qPrintable(firstMessage));
    if (schema == QLatin1String("full"))
        QCOMPARE(newCase.value(QLatin1String("priority")).toString(), QStringLiteral("P1"));
    else
        QVERIFY2(firstMessage.startsWith(QLatin1String("Requested priority: P1")),
            qPrintable(firstMessage));

    // Poll: one JSON line per case.
    const Result polled = run(connection() << QStringLiteral("poll") << QStringLiteral("--once"));
    QVERIFY2(polled.exitCode == 0, qPrintable(polled.err));
    QVERIFY(polled.out.count('\n') > 20);
}

void TestProviderVariants::aReplyWhoseAnswerIsLostLandsOnce_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("loss");
    QTest::addColumn<bool>("withSender");
    for (const char *words : {"sandbox", "plain"}) {
        // drop: the answer is cut after its first bytes; close: the connection closes before
        // any byte of it, where Qt's HTTP layer would send the POST again by itself.
        for (const char *loss : {"drop", "close"}) {
            for (const bool withSender : {true, false}) {
                QTest::addRow("%s words, %s, %s", words, loss,
                    withSender ? "with a sender" : "without a sender")
                    << QString::fromLatin1(words) << QString::fromLatin1(loss) << withSender;
            }
        }
    }
}

void TestProviderVariants::aReplyWhoseAnswerIsLostLandsOnce()
{
    QFETCH(QString, words);
    QFETCH(QString, loss);
    QFETCH(bool, withSender);
    QVERIFY(startServer({QStringLiteral("documented"), words}));
    const QString caseId = inProgressCaseId();
    QVERIFY(!caseId.isEmpty());
    const QJsonObject fault = m_server->control("POST", QStringLiteral("/faults"),
        {{QStringLiteral("kind"), loss},
            {QStringLiteral("operation"), QStringLiteral("ReplyToCase")}});
    QVERIFY2(!fault.contains(QLatin1String("error")),
        qPrintable(fault.value(QLatin1String("error")).toString()));

    const QString text
        = QStringLiteral("Lost answer (%1).").arg(QString::fromLatin1(QTest::currentDataTag()));
    QStringList arguments = connection()
        << QStringLiteral("reply") << caseId << QStringLiteral("--message") << text
        << QStringLiteral("--lookup-delay") << QStringLiteral("1");
    if (withSender)
        arguments << QStringLiteral("--sent-by") << QStringLiteral("Ann Ops");
    const Result replied = run(arguments);
    QVERIFY2(replied.exitCode == 0, qPrintable(replied.err));
    QVERIFY2(replied.err.contains(QLatin1String("looking it up")), qPrintable(replied.err));
    QCOMPARE(m_server->control("GET", QStringLiteral("/faults"))
                 .value(QLatin1String("faults"))
                 .toArray()
                 .size(),
        0); // the fault was taken by the reply
    QCOMPARE(timesInThread(caseId, text), 1);
}

void TestProviderVariants::aCaseWhoseAnswerIsLostIsCreatedOnce_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("loss");
    for (const char *words : {"sandbox", "plain"}) {
        for (const char *loss : {"drop", "close"})
            QTest::addRow("%s words, %s", words, loss)
                << QString::fromLatin1(words) << QString::fromLatin1(loss);
    }
}

void TestProviderVariants::aCaseWhoseAnswerIsLostIsCreatedOnce()
{
    QFETCH(QString, words);
    QFETCH(QString, loss);
    QVERIFY(startServer({QStringLiteral("documented"), words}));
    const QString service = serviceId();
    QVERIFY(!service.isEmpty());
    QVERIFY(!m_server
                 ->control("POST", QStringLiteral("/faults"),
                     {{QStringLiteral("kind"), loss},
                         {QStringLiteral("operation"), QStringLiteral("CreateCase")}})
                 .contains(QLatin1String("error")));
    // No customer reference: found by service, subject and first message.
    const QString message
        = QStringLiteral("Lost create (%1).").arg(QString::fromLatin1(QTest::currentDataTag()));
    const Result created = run(connection()
        << QStringLiteral("create") << QStringLiteral("--type") << QStringLiteral("NonIncident")
        << QStringLiteral("--priority") << QStringLiteral("P4") << QStringLiteral("--subject")
        << QStringLiteral("Other") << QStringLiteral("--service") << service
        << QStringLiteral("--message") << message << QStringLiteral("--json")
        << QStringLiteral("--lookup-delay") << QStringLiteral("1"));
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY2(created.err.contains(QLatin1String("looking it up")), qPrintable(created.err));
    const QJsonArray all
        = run(connection() << QStringLiteral("cases") << QStringLiteral("--json")).array();
    const auto withMessage = std::count_if(all.begin(), all.end(), [&](const QJsonValue &c) {
        const QString first = c.toObject()
                                  .value(QLatin1String("communications"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QLatin1String("message"))
                                  .toString();
        return first.contains(message);
    });
    QCOMPARE(withMessage, 1);
}

QTEST_GUILESS_MAIN(TestProviderVariants)
#include "tst_providervariants.moc"
