// casectl export, the real binary against the real sandbox: the case dossier of named cases and
// of a service's incidents in a period, as PDF (read back with pdftotext) and as JSON (its
// manifest's SHA-256 computed again from its own thread, as docs/dossier.md says anyone can),
// and the command's refusals.

#include "CasectlProcess.h"
#include "SandboxServer.h"
#include "dossier/ThreadDigest.h"
#include "models/Case.h"
#include "models/Timestamp.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestCasectlExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        m_server = std::make_unique<SandboxServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        const CasectlResult cases = run({QStringLiteral("cases"), QStringLiteral("--json")});
        QCOMPARE(cases.exitCode, 0);
        for (const QJsonValue &value : cases.array()) {
            const QJsonObject c = value.toObject();
            if (c.value(u"type").toString() == u"Incident")
                m_incidents << c;
        }
        QVERIFY(m_incidents.size() >= 2);
    }

    void exportsNamedCasesAsPdf()
    {
        QTemporaryDir out;
        const QString a = m_incidents.at(0).value(u"id").toString();
        const QString b = m_incidents.at(1).value(u"id").toString();
        const QString path = out.filePath(QStringLiteral("two.pdf"));
        const CasectlResult result
            = run({QStringLiteral("export"), a, b, QStringLiteral("-o"), path});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QString::fromUtf8(result.out).contains(QDir::toNativeSeparators(path)));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(a) && text.contains(b), qPrintable(text.left(1500)));
        QVERIFY(text.contains(u"Summary"));
        QVERIFY(text.contains(u"Total outage"));
        QVERIFY(text.contains(u"SHA-256: "));
        QVERIFY(text.contains(u"provider")); // where the threads were read
    }

    void jsonManifestCanBeComputedAgain()
    {
        QTemporaryDir out;
        const QString id = m_incidents.at(0).value(u"id").toString();
        const QString path = out.filePath(QStringLiteral("one.dossier"));
        const CasectlResult result = run({QStringLiteral("export"), id, QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--output"), path});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(u"format").toString(), QStringLiteral("caseconsole-dossier"));
        const QJsonObject c = json.value(u"cases").toArray().at(0).toObject();
        QCOMPARE(c.value(u"header").toObject().value(u"id").toString(), id);
        QList<Communication> thread;
        for (const QJsonValue &m : c.value(u"thread").toArray()) {
            const QJsonObject o = m.toObject();
            thread.append({o.value(u"message").toString(), o.value(u"type").toString(),
                *Timestamp::parse(o.value(u"timestamp").toString()),
                o.value(u"sentBy").toString()});
        }
        QVERIFY(!thread.isEmpty());
        const QJsonObject manifest = c.value(u"manifest").toObject();
        QCOMPARE(manifest.value(u"sha256").toString(), ThreadDigest::sha256(thread));
        QCOMPARE(manifest.value(u"source").toString(), QStringLiteral("provider"));
    }

    // One case's fetch fails, so its thread comes from the local store: its manifest says so,
    // and the other case's still says the provider (the source was one flag for all).
    void eachManifestNamesItsOwnSource()
    {
        const QString a = m_incidents.at(0).value(u"id").toString();
        const QString b = m_incidents.at(1).value(u"id").toString();
        QVERIFY(!m_server
                     ->control("POST", QStringLiteral("/faults"),
                         QJsonObject {{QStringLiteral("kind"), QStringLiteral("drop")},
                             {QStringLiteral("operation"), QStringLiteral("RetrieveCase")},
                             {QStringLiteral("count"), 1}})
                     .isEmpty());
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("two.json"));
        const CasectlResult result = run({QStringLiteral("export"), a, b,
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), path});
        m_server->control("DELETE", QStringLiteral("/faults"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.err.contains(u"cached"), qPrintable(result.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases
            = QJsonDocument::fromJson(file.readAll()).object().value(u"cases").toArray();
        QCOMPARE(cases.size(), 2);
        const auto sourceOf = [&](int i) {
            return cases.at(i).toObject().value(u"manifest").toObject().value(u"source").toString();
        };
        QVERIFY2(sourceOf(0).startsWith(u"local store"), qPrintable(sourceOf(0)));
        QCOMPARE(sourceOf(1), QStringLiteral("provider"));
    }

    // --from/--to are the engineer's local days: an incident that began late on a UTC day is on
    // the next local day east of UTC+12, and one early on a UTC day on the previous local day
    // west of UTC-12 (they were UTC days: a local day's first or last hours were missed).
    void aPeriodIsInLocalTime()
    {
        const QJsonObject incident = m_incidents.at(0);
        const QString id = incident.value(u"id").toString();
        const QString service
            = incident.value(u"service").toObject().value(u"serviceId").toString();
        const QString began = incident.value(u"startOfIncident").toString().isEmpty()
            ? incident.value(u"createdDate").toString()
            : incident.value(u"startOfIncident").toString();
        const std::optional<Timestamp> start = Timestamp::parse(began);
        QVERIFY2(start, qPrintable(began));
        const QDateTime utc = start->toDateTime().toUTC();
        const bool late = utc.time().hour() >= 12;
        // POSIX zone names count the other way: Etc/GMT-14 is UTC+14.
        const QByteArray zone = late ? "Etc/GMT-14" : "Etc/GMT+12";
        const QDate day = utc.addSecs(late ? 14 * 3600 : -12 * 3600).date();
        QVERIFY(day != utc.date());
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("day.json"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("TZ"), QString::fromLatin1(zone));
        const QString date = day.toString(Qt::ISODate);
        const CasectlResult result = runCasectl(m_config.path(),
            {QStringLiteral("--endpoint"), m_server->graphqlUrl().toString(),
                QStringLiteral("--client-id"), QStringLiteral("demo-client"),
                QStringLiteral("export"), QStringLiteral("--service"), service,
                QStringLiteral("--from"), date, QStringLiteral("--to"), date,
                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), path},
            {}, env);
        QVERIFY2(result.exitCode == 0,
            qPrintable(result.err + u' ' + QString::fromLatin1(zone) + u' ' + date));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList ids;
        for (const QJsonValue &c :
            QJsonDocument::fromJson(file.readAll()).object().value(u"cases").toArray())
            ids << c.toObject().value(u"header").toObject().value(u"id").toString();
        QVERIFY2(ids.contains(id), qPrintable(ids.join(u' ') + u' ' + began));
    }

    void exportsAServicesIncidentsInAPeriod()
    {
        const auto serviceOf = [](const QJsonObject &c) {
            return c.value(u"service").toObject().value(u"serviceId").toString();
        };
        const QString service = serviceOf(m_incidents.at(0));
        QVERIFY(!service.isEmpty());
        int expected = 0;
        for (const QJsonObject &c : std::as_const(m_incidents))
            expected += serviceOf(c) == service;
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("service.json"));
        const CasectlResult result = run({QStringLiteral("export"), QStringLiteral("--service"),
            service, QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
            QStringLiteral("2099-12-31"), QStringLiteral("-o"), path});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray summary = json.value(u"summary").toArray();
        QCOMPARE(summary.size(), expected);
        for (const QJsonValue &c : json.value(u"cases").toArray())
            QCOMPARE(
                c.toObject().value(u"header").toObject().value(u"serviceId").toString(), service);

        const CasectlResult none = run({QStringLiteral("export"), QStringLiteral("--service"),
            service, QStringLiteral("--from"), QStringLiteral("1990-01-01"), QStringLiteral("--to"),
            QStringLiteral("1990-01-31"), QStringLiteral("-o"),
            out.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(u"no incident"));
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("x.pdf"))));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QString id = QStringLiteral("CASE");
        QTest::newRow("no -o") << QStringList {QStringLiteral("export"), id} << 2
                               << QStringLiteral("-o FILE");
        QTest::newRow("no case") << QStringList {QStringLiteral("export"), QStringLiteral("-o"),
            QStringLiteral("x.pdf")}
                                 << 2 << QStringLiteral("--service");
        QTest::newRow("bad format")
            << QStringList {QStringLiteral("export"), id, QStringLiteral("-o"),
                   QStringLiteral("x.pdf"), QStringLiteral("--format"), QStringLiteral("docx")}
            << 2 << QStringLiteral("pdf or json");
        QTest::newRow("service without period") << QStringList {QStringLiteral("export"),
            QStringLiteral("--service"), QStringLiteral("SVC"), QStringLiteral("-o"),
            QStringLiteral("x.pdf")} << 2 << QStringLiteral("--from and --to");
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const CasectlResult result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(says), qPrintable(result.err));
    }

    void unwritablePathLeavesNothing()
    {
        QTemporaryDir out;
        QFile blocker(out.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = out.filePath(QStringLiteral("file/dossier.pdf"));
        const CasectlResult result = run({QStringLiteral("export"),
            m_incidents.at(0).value(u"id").toString(), QStringLiteral("-o"), path});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"Could not write") && result.err.contains(path),
            qPrintable(result.err));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList {QStringLiteral("file")});
    }

private:
    CasectlResult run(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("demo-client"));
        arguments.prepend(QStringLiteral("--client-id"));
        arguments.prepend(m_server->graphqlUrl().toString());
        arguments.prepend(QStringLiteral("--endpoint"));
        return runCasectl(m_config.path(), arguments);
    }
    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(
            QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_config;
    QList<QJsonObject> m_incidents;
};

QTEST_MAIN(TestCasectlExport)
#include "tst_casectlexport.moc"
