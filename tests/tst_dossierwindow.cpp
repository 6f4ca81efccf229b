// Case > Export… and Case > Print… in the main window on the real session against the real
// sandbox, on the offscreen platform: two cases selected with the mouse, Ctrl+Shift+E, the
// file dialog answered as an engineer would, the PDF read back with pdftotext; printing to a
// PDF file through QPrinter; an export path that cannot be written.

#include "SandboxServer.h"
#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "dossier/DossierFile.h"
#include "models/CaseListModel.h"
#include "session/CaseSession.h"
#include "store/StoreThread.h"
#include "ui/CaseListView.h"
#include "ui/DossierActions.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

struct Console
{
    Console(const QUrl &graphql, const QUrl &token, const QString &databasePath)
        : store(databasePath)
        , poller(connection.api())
        , outbox(connection.api(), &store)
        , session(&store, &poller, &outbox, connection.api())
        , window(&session)
    {
        Profile profile;
        profile.endpoint = graphql;
        profile.tokenUrl = token;
        profile.clientId = QStringLiteral("demo-client");
        connection.configure(profile);
        connection.setClientSecret(QStringLiteral("demo-secret"));
        connection.setTimeout(15'000);
        poller.setInterval(3600);
    }

    CaseListView *view() const { return window.caseView(); }
    QString idAt(int row) const
    {
        return view()->model()->index(row, 0).data(CaseListModel::CaseIdRole).toString();
    }
    QPoint centreOfRow(int row) const
    {
        return view()
            ->visualRect(view()->model()->index(row, CaseListModel::SubjectColumn))
            .center();
    }
    DossierActions *dossier() const { return window.findChild<DossierActions *>(); }

    ProviderConnection connection;
    StoreThread store;
    CasePoller poller;
    Outbox outbox;
    CaseSession session;
    MainWindow window;
};

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Answers the next modal dialog of type T with `answer` once it shows.
template<typename T>
void whenShown(std::function<void(T *)> answer)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible()) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

} // namespace

class TestDossierWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_server = std::make_unique<SandboxServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_console = std::make_unique<Console>(m_server->graphqlUrl(), m_server->tokenUrl(),
            m_data.filePath(QStringLiteral("cases.db")));
        m_console->window.resize(1280, 800);
        m_console->window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_console->window));
        QSignalSpy succeeded(&m_console->poller, &CasePoller::pollSucceeded);
        m_console->session.start();
        QVERIFY(succeeded.wait(15'000));
        QTRY_VERIFY_WITH_TIMEOUT(m_console->session.cases()->rowCount() >= 40, 15'000);
        QVERIFY(m_console->dossier());
    }

    // Two cases selected with a click and a Ctrl+click, Ctrl+Shift+E, a name typed in the
    // file dialog with the PDF filter: one PDF with both cases and the summary table.
    void exportsTheSelectedCasesFromTheMenu()
    {
        Console &c = *m_console;
        QTest::mouseClick(c.view()->viewport(), Qt::LeftButton, {}, c.centreOfRow(0));
        QTest::mouseClick(
            c.view()->viewport(), Qt::LeftButton, Qt::ControlModifier, c.centreOfRow(1));
        const QStringList ids {c.idAt(0), c.idAt(1)};
        QCOMPARE(c.dossier()->casesToExport(), ids);
        const QString path = m_data.filePath(QStringLiteral("chosen"));
        whenShown<QFileDialog>([path](QFileDialog *dialog) {
            dialog->selectFile(path);
            // What the engineer types into the name field (the dialog's own suggestion replaced).
            if (auto *name
                = dialog->template findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(path);
            static_cast<QDialog *>(dialog)->accept(); // as Save does
        });
        QSignalSpy finished(c.dossier(), &DossierActions::finished);
        QTest::keyClick(&c.window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(finished.wait(60'000));
        const auto result = finished.at(0).at(0).value<DossierFile::Result>();
        QVERIFY2(result.ok, qPrintable(result.message));
        const QString pdf = path + QStringLiteral(".pdf"); // the filter's suffix was added
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(ids.at(0)) && text.contains(ids.at(1)), qPrintable(text.left(1500)));
        QVERIFY(text.contains(u"Summary"));
        QVERIFY(text.contains(u"SHA-256: "));
        QTRY_VERIFY(!c.dossier()->progressDialog());
        QVERIFY(c.window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(pdf)));
        if (const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR");
            !dir.isEmpty()) {
            QFile::remove(QDir(dir).filePath(QStringLiteral("dossier.pdf")));
            QFile::copy(pdf, QDir(dir).filePath(QStringLiteral("dossier.pdf")));
        }
    }

    // Print… (Ctrl+P) shows the print dialog; printing goes through QPrinter, here to a PDF file.
    void printsThroughQPrinter()
    {
        Console &c = *m_console;
        // The window manager gives the focus back once the export's dialogs are gone.
        c.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&c.window));
        QTest::mouseClick(c.view()->viewport(), Qt::LeftButton, {}, c.centreOfRow(2));
        bool shown = false;
        whenShown<QPrintDialog>([&shown](QPrintDialog *dialog) {
            shown = true;
            dialog->reject();
        });
        QTest::keyClick(&c.window, Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY2(shown,
            qPrintable(c.window.statusBar()->currentMessage() + u' '
                + c.dossier()->printAction()->shortcut().toString()));

        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        const QString path = m_data.filePath(QStringLiteral("printed.pdf"));
        printer->setOutputFileName(path);
        QSignalSpy finished(c.dossier(), &DossierActions::finished);
        c.dossier()->printTo(c.dossier()->casesToExport(), printer);
        QVERIFY(finished.wait(60'000));
        QVERIFY(finished.at(0).at(0).value<DossierFile::Result>().ok);
        printer.reset(); // the file is complete once the printer is done with it
        QTRY_VERIFY(pdfText(path).contains(c.idAt(2)));
    }

    // A selected case the store does not have (yet) is named, not dropped in silence.
    void aCaseNotStoredIsNamed()
    {
        Console &c = *m_console;
        const QString path = m_data.filePath(QStringLiteral("partial.pdf"));
        QSignalSpy finished(c.dossier(), &DossierActions::finished);
        c.dossier()->exportTo({c.idAt(0), QStringLiteral("CS-NOT-STORED")}, path);
        QVERIFY(finished.wait(60'000));
        const auto result = finished.at(0).at(0).value<DossierFile::Result>();
        QVERIFY(result.ok);
        QVERIFY2(result.message.contains(u"CS-NOT-STORED"), qPrintable(result.message));
        QVERIFY(c.window.statusBar()->currentMessage().contains(u"CS-NOT-STORED"));
        auto *box = c.window.findChild<QMessageBox *>(QStringLiteral("dossierError"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(u"CS-NOT-STORED"));
        box->close();
        QTRY_VERIFY(!c.window.findChild<QMessageBox *>(QStringLiteral("dossierError")));
        QVERIFY(pdfText(path).contains(c.idAt(0)));
    }

    void anUnwritablePathIsExplained()
    {
        Console &c = *m_console;
        QFile blocker(m_data.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = m_data.filePath(QStringLiteral("blocker/dossier.pdf"));
        QSignalSpy finished(c.dossier(), &DossierActions::finished);
        c.dossier()->exportTo({c.idAt(0)}, path);
        QVERIFY(finished.wait(60'000));
        QVERIFY(!finished.at(0).at(0).value<DossierFile::Result>().ok);
        auto *box = c.window.findChild<QMessageBox *>(QStringLiteral("dossierError"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QDir::toNativeSeparators(path)));
        QVERIFY(!QFile::exists(path));
        box->close();
        if (const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR");
            !dir.isEmpty()) {
            // The Case menu with its dossier block.
            const QList<QObject *> holders = c.dossier()->exportAction()->associatedObjects();
            for (QObject *holder : holders) {
                if (auto *menu = qobject_cast<QMenu *>(holder)) {
                    menu->popup(c.window.mapToGlobal(QPoint(120, 30)));
                    QVERIFY(QTest::qWaitForWindowExposed(menu));
                    menu->grab().save(QDir(dir).filePath(QStringLiteral("case-menu-export.png")));
                    menu->hide();
                }
            }
        }
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Console> m_console;
    QTemporaryDir m_data;
};

QTEST_MAIN(TestDossierWindow)
#include "tst_dossierwindow.moc"
