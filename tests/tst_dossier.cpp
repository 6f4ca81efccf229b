// The case dossier (dossier/): the thread's digest as documented (docs/dossier.md, reproduced
// with Python's json module), the JSON's fields, the bad-input remarks, the PDF read back with
// pdftotext, a thread of 10,000 messages, cancelling, and a path that cannot be written.

#include "dossier/Dossier.h"
#include "dossier/DossierExport.h"
#include "dossier/DossierFile.h"
#include "dossier/DossierJson.h"
#include "dossier/DossierPdf.h"
#include "dossier/ThreadDigest.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

const Timestamp T = *Timestamp::parse(u"2026-12-01T10:00:00Z");

Timestamp at(int minutes)
{
    return Timestamp::fromTicks(T.ticks() + qint64(minutes) * 60 * 10'000'000);
}

Case incident()
{
    Case c;
    c.id = QStringLiteral("CS-4711");
    c.subject = QStringLiteral("Paris HQ circuit down");
    c.type = QStringLiteral("Incident");
    c.priority = QStringLiteral("P1");
    c.status = QStringLiteral("Resolved");
    c.serviceId = QStringLiteral("SVC-1001");
    c.serviceName = QStringLiteral("Internet Paris");
    c.siteId = QStringLiteral("SITE-7");
    c.siteName = QStringLiteral("Paris HQ");
    c.customerReference = QStringLiteral("NOC-2026-118");
    c.startOfIncident = at(-10);
    c.createdDate = at(0);
    c.lastModifiedDate = at(130);
    c.endOfIncident = at(110);
    c.communications = {
        {QStringLiteral("Fibre cut, crew sent."), QStringLiteral("ProviderMessage"), at(5),
            QStringLiteral("NOC")},
        {QStringLiteral("Circuit down.\nSince 09:50 \"all\" sites\\ é\t\x1f"),
            QStringLiteral("CustomerMessage"), at(0), QStringLiteral("Ann")},
        {QStringLiteral("Status changed from InProgress to Resolved."),
            QStringLiteral("StatusUpdate"), at(120), {}},
    };
    return c;
}

DossierInput inputOf(const QList<Case> &cases)
{
    DossierInput input;
    input.cases = cases;
    input.now = at(200);
    input.source = QStringLiteral("local store");
    input.generator = QStringLiteral("Case Console test");
    input.profile = QStringLiteral("test");
    return input;
}

Case bigCase(int messages)
{
    Case c = incident();
    c.id = QStringLiteral("CS-BIG");
    c.communications.clear();
    c.communications.reserve(messages);
    for (int i = 0; i < messages; ++i)
        c.communications.append({QStringLiteral("Message number %1 of the long thread.").arg(i + 1),
            i % 2 ? QStringLiteral("ProviderMessage") : QStringLiteral("CustomerMessage"),
            Timestamp::fromTicks(at(0).ticks() + qint64(i) * 10'000'000), QStringLiteral("X")});
    return c;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestDossier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is missing: run scripts/deps");
    }

    // The digest is what docs/dossier.md describes: the expected value comes from Python's
    // json.dumps(..., ensure_ascii=False, separators=(",", ":")) over the same thread.
    void digestIsTheDocumentedSerialisation()
    {
        const Case c = incident();
        QList<Communication> two = c.communications.mid(0, 2);
        QCOMPARE(ThreadDigest::line(two.at(1)),
            QByteArray("{\"timestamp\":\"2026-12-01T10:00:00.0000000+00:00\","
                       "\"type\":\"CustomerMessage\",\"sentBy\":\"Ann\",\"message\":"
                       "\"Circuit down.\\nSince 09:50 \\\"all\\\" sites\\\\ \xc3\xa9"
                       "\\t\\u001f\"}"));
        QCOMPARE(ThreadDigest::sha256(two),
            QStringLiteral("724bc9fa55940be0a639fd8768b379690d7d5d72f6c063fe65f2ecb2f92b0061"));
        std::reverse(two.begin(), two.end());
        QCOMPARE(ThreadDigest::sha256(two),
            QStringLiteral("724bc9fa55940be0a639fd8768b379690d7d5d72f6c063fe65f2ecb2f92b0061"));
        two[0].message += QLatin1Char('.');
        QVERIFY(ThreadDigest::sha256(two)
            != QStringLiteral("724bc9fa55940be0a639fd8768b379690d7d5d72f6c063fe65f2ecb2f92b0061"));
    }

    void jsonHoldsEveryPart()
    {
        const QJsonObject json = DossierJson::toJson(buildDossier(inputOf({incident()})));
        QCOMPARE(json.value(u"format").toString(), QStringLiteral("caseconsole-dossier"));
        QCOMPARE(json.value(u"version").toInt(), 1);
        const QJsonObject c = json.value(u"cases").toArray().at(0).toObject();
        const QJsonObject header = c.value(u"header").toObject();
        QCOMPARE(header.value(u"id").toString(), QStringLiteral("CS-4711"));
        QCOMPARE(header.value(u"customerReference").toString(), QStringLiteral("NOC-2026-118"));
        QCOMPARE(header.value(u"startOfIncident").toString(), at(-10).toIsoString());
        const QJsonObject sla = c.value(u"sla").toObject();
        QCOMPARE(sla.value(u"targets").toObject().value(u"firstResponseMinutes").toInt(), 15);
        QCOMPARE(sla.value(u"firstResponse").toObject().value(u"state").toString(),
            QStringLiteral("met"));
        QCOMPARE(sla.value(u"restore").toObject().value(u"targetMinutes").toInt(), 240);
        QCOMPARE(c.value(u"outage").toObject().value(u"minutes").toInt(), 120);
        const QJsonArray thread = c.value(u"thread").toArray();
        QCOMPARE(thread.size(), 3);
        QCOMPARE(thread.at(0).toObject().value(u"sentBy").toString(), QStringLiteral("Ann"));
        QCOMPARE(thread.at(0).toObject().value(u"utc").toString(),
            QStringLiteral("2026-12-01T10:00:00.000Z"));
        QVERIFY(thread.at(1).toObject().value(u"fromProvider").toBool());
        QVERIFY(!c.value(u"timeline").toArray().isEmpty());
        const QJsonObject manifest = c.value(u"manifest").toObject();
        QCOMPARE(
            manifest.value(u"sha256").toString(), ThreadDigest::sha256(incident().communications));
        QCOMPARE(
            manifest.value(u"basis").toString(), QStringLiteral("canonical-communications-v1"));
        QCOMPARE(manifest.value(u"communications").toInt(), 3);
        QCOMPARE(
            json.value(u"summary").toArray().at(0).toObject().value(u"outageMinutes").toInt(), 120);
    }

    void badInputIsNamed()
    {
        Case noPriority = incident();
        noPriority.id = QStringLiteral("CS-NOPRIO");
        noPriority.priority.clear();
        Case noStart = incident();
        noStart.id = QStringLiteral("CS-NOSTART");
        noStart.startOfIncident = {};
        Case backwards = incident();
        backwards.id = QStringLiteral("CS-BACK");
        backwards.endOfIncident = at(-30);
        const Dossier d = buildDossier(inputOf({noPriority, noStart, backwards}));
        QVERIFY(d.cases.at(0).targets.isEmpty());
        QCOMPARE(d.cases.at(0).sla.firstResponse.state, SlaClock::State::None);
        QVERIFY(d.cases.at(0).remarks.join(u' ').contains(u"no priority"));
        QVERIFY(d.cases.at(1).remarks.join(u' ').contains(u"no start of incident"));
        QCOMPARE(d.cases.at(1).outage.from, at(0)); // from the creation
        QVERIFY(d.cases.at(2).remarks.join(u' ').contains(u"before its start"));
        // To the resolution (its status update), not to the bad end nor the last modification.
        QCOMPARE(d.cases.at(2).outage.to, at(120));
        const QJsonObject json = DossierJson::toJson(d);
        const QJsonObject first = json.value(u"cases").toArray().at(0).toObject();
        QVERIFY(first.value(u"header").toObject().value(u"priority").isNull());
        QCOMPARE(first.value(u"remarks").toArray().size(), 1);
    }

    // Server text is text in the PDF: markup in a message, a subject or a sender is printed as
    // written, never interpreted (an <img> would load a local file into the dossier).
    void serverMarkupIsPrintedAsText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("markup.pdf"));
        Case c = incident();
        c.subject = QStringLiteral("Down <b>&amp; out</b> & more");
        c.communications.append({QStringLiteral("<b>x</b><img src=\"/etc/hostname\"> <i>y</i>"),
            QStringLiteral("ProviderMessage"), at(30), QStringLiteral("<u>NOC</u>")});
        const auto result = DossierFile::write(inputOf({c}), DossierFile::Format::Pdf, path);
        QVERIFY2(result.ok, qPrintable(result.message));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"<b>x</b><img src=\"/etc/hostname\"> <i>y</i>"),
            qPrintable(text.left(3000)));
        QVERIFY(text.contains(u"Down <b>&amp; out</b> & more"));
        QVERIFY(text.contains(u"<u>NOC</u>"));
    }

    void pdfReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dossier.pdf"));
        Case second = incident();
        second.id = QStringLiteral("CS-4712");
        second.endOfIncident = at(50);
        const auto result
            = DossierFile::write(inputOf({incident(), second}), DossierFile::Format::Pdf, path);
        QVERIFY2(result.ok, qPrintable(result.message));
        const QString text = pdfText(path);
        QVERIFY2(
            text.contains(u"CS-4711") && text.contains(u"CS-4712"), qPrintable(text.left(2000)));
        QVERIFY(text.contains(u"Fibre cut, crew sent."));
        QVERIFY(text.contains(u"NOC-2026-118"));
        QVERIFY(text.contains(u"2026-12-01 10:05:00 UTC"));
        // The summary table: outage minutes per case and the total.
        QVERIFY(text.contains(u"Summary"));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("CS-4711.*120"))));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("CS-4712.*60"))));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("Total outage.*180"))));
        const QString sha = ThreadDigest::sha256(incident().communications);
        QVERIFY2(text.contains(QStringLiteral("SHA-256: ") + sha), qPrintable(sha));
        QVERIFY(text.contains(u"Page 1 of"));
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("dossier.pdf")});
        if (const QByteArray shots = qgetenv("CASECONSOLE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            const QString copy
                = QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("dossier-unit.pdf"));
            QFile::remove(copy);
            QFile::copy(path, copy);
        }
    }

    void tenThousandMessagesOffTheGuiThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.pdf"));
        DossierExport job;
        QSignalSpy progress(&job, &DossierExport::progress);
        QSignalSpy finished(&job, &DossierExport::finished);
        QVERIFY(job.start(inputOf({bigCase(10'000)}), DossierFile::Format::Pdf, path));
        QVERIFY(job.isRunning());
        QVERIFY(!job.start(inputOf({incident()}), DossierFile::Format::Pdf, path));
        QVERIFY(finished.wait(300'000));
        const auto result = finished.at(0).at(0).value<DossierFile::Result>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(progress.size() > 10);
        int last = -1;
        for (const QList<QVariant> &args : progress) {
            QVERIFY(args.at(0).toInt() >= last);
            last = args.at(0).toInt();
        }
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"Message number 1 of the long thread."));
        QVERIFY(text.contains(u"Message number 10000 of the long thread."));
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.pdf"));
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier export");
        earlier.close();
        DossierExport job;
        QSignalSpy progress(&job, &DossierExport::progress);
        QSignalSpy finished(&job, &DossierExport::finished);
        QVERIFY(job.start(inputOf({bigCase(10'000)}), DossierFile::Format::Pdf, path));
        QVERIFY(progress.wait(60'000));
        job.cancel();
        QVERIFY(finished.wait(60'000));
        const auto result = finished.at(0).at(0).value<DossierFile::Result>();
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY(result.message.contains(u"cancelled"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("big.pdf")});
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QCOMPARE(earlier.readAll(), QByteArray("earlier export"));
    }

    // Print…: a printer prints what it was given when the painter ends, so a cancel that comes
    // once pages are being painted must not stop half-way (a partial dossier on paper).
    void printingIsNotCutOffOncePagesAreGoing()
    {
        QBuffer pdf;
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        auto device = std::make_shared<QPdfWriter>(&pdf);
        DossierExport job;
        QSignalSpy finished(&job, &DossierExport::finished);
        bool cancelled = false;
        connect(&job, &DossierExport::progress, &job, [&](int percent) {
            if (percent > DossierPdf::PaintingFrom && !cancelled) {
                cancelled = true;
                job.cancel();
            }
        });
        QVERIFY(job.startPrint(inputOf({bigCase(3000)}), device));
        QVERIFY(finished.wait(300'000));
        QVERIFY(cancelled);
        const auto result = finished.at(0).at(0).value<DossierFile::Result>();
        QVERIFY2(result.ok && !result.cancelled, qPrintable(result.message));
        device.reset();
        pdf.close();
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("printed.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf.data());
        file.close();
        QVERIFY(pdfText(file.fileName()).contains(u"Message number 3000 of the long thread."));
    }

    // Before the pages go out, Cancel stops the print.
    void printingCancelsWhileComposing()
    {
        QBuffer pdf;
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        auto device = std::make_shared<QPdfWriter>(&pdf);
        DossierExport job;
        QSignalSpy progress(&job, &DossierExport::progress);
        QSignalSpy finished(&job, &DossierExport::finished);
        QVERIFY(job.startPrint(inputOf({bigCase(10'000)}), device));
        QVERIFY(progress.wait(60'000));
        QVERIFY(progress.constLast().at(0).toInt() <= DossierPdf::PaintingFrom);
        job.cancel();
        QVERIFY(finished.wait(60'000));
        const auto result = finished.at(0).at(0).value<DossierFile::Result>();
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
    }

    void unwritablePathSaysSoAndLeavesNothing_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("pdf") << int(DossierFile::Format::Pdf);
        QTest::newRow("json") << int(DossierFile::Format::Json);
    }
    void unwritablePathSaysSoAndLeavesNothing()
    {
        QFETCH(int, format);
        QTemporaryDir dir;
        // A folder that is a file: not writable even for root.
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = dir.filePath(QStringLiteral("not-a-folder/dossier.pdf"));
        const auto result
            = DossierFile::write(inputOf({incident()}), DossierFile::Format(format), path);
        QVERIFY(!result.ok);
        QVERIFY2(
            result.message.contains(QDir::toNativeSeparators(path)), qPrintable(result.message));
        QVERIFY(result.message.contains(u"Nothing was written"));
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("not-a-folder")});
    }

    void formats()
    {
        QCOMPARE(DossierFile::formatNamed(QStringLiteral("PDF")), DossierFile::Format::Pdf);
        QCOMPARE(
            DossierFile::formatOfPath(QStringLiteral("/tmp/x.json")), DossierFile::Format::Json);
        QVERIFY(!DossierFile::formatNamed(QStringLiteral("docx")));
    }
};

QTEST_MAIN(TestDossier)
#include "tst_dossier.moc"
