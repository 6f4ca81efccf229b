// Case > Request RFO… (issue 14 item 4) in the real main window against the real sandbox: on a
// closed incident it opens the create form pre-filled as Incident / RfoRequest (service,
// incident times, reference, a message naming the case), Ctrl+Return sends it through the
// outbox, the sandbox has the new case, and each case's header links to the other (a click, or
// the thread's context menu from the keyboard, opens it). On an open case or a general request
// the action is disabled and its tooltip says why.

#include "SandboxServer.h"
#include "api/CaseApi.h"
#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "models/CaseListModel.h"
#include "session/CaseSession.h"
#include "store/SqliteStore.h"
#include "store/StoreThread.h"
#include "ui/CreateCaseDialog.h"
#include "ui/MainWindow.h"
#include "ui/ThreadView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <memory>

namespace {

struct Console
{
    Console(const SandboxServer &server, const QString &databasePath)
        : store(std::make_unique<SqliteStore>(databasePath))
        , poller(connection.api())
        , outbox(connection.api(), &store)
        , session(&store, &poller, &outbox, connection.api())
        , window(&session)
    {
        connection.configure(server.demoProfile());
        connection.setClientSecret(SandboxServer::demoSecret());
        connection.setTimeout(15'000);
        poller.setInterval(3600);
    }

    // The first case of `type` that is closed (Resolved or Closed) or open, as listed.
    QString firstCase(const QString &type, bool closed) const
    {
        for (int row = 0; row < session.cases()->rowCount(); ++row) {
            const CaseSummary *c = session.cases()->caseAt(row);
            const bool isClosed
                = c->status == QLatin1String("Resolved") || c->status == QLatin1String("Closed");
            if (c->type == type && isClosed == closed && c->status != QLatin1String("Cancelled"))
                return c->id;
        }
        return {};
    }

    ProviderConnection connection;
    StoreThread store;
    CasePoller poller;
    Outbox outbox;
    CaseSession session;
    MainWindow window;
};

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QString screenshotDir()
{
    return qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR");
}

// Clicks the link whose text is `text` in the thread view.
bool clickLink(ThreadView *view, const QString &text)
{
    QTextCursor found = view->document()->find(text);
    while (!found.isNull() && !found.charFormat().isAnchor())
        found = view->document()->find(text, found);
    if (found.isNull())
        return false;
    QTextCursor middle(view->document());
    middle.setPosition(found.selectionStart() + 1);
    view->setTextCursor(middle);
    view->ensureCursorVisible();
    const QPoint at = view->cursorRect(middle).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    return true;
}

} // namespace

class TestRfoWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void requestsTheRfoOfAClosedIncident();

private:
    QTemporaryDir m_data;
};

void TestRfoWindow::initTestCase()
{
    QVERIFY(m_data.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestRfoWindow::requestsTheRfoOfAClosedIncident()
{
    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Console console(server, m_data.filePath(QStringLiteral("rfo.db")));
    console.window.resize(1400, 900);
    console.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console.window));
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(console.session.cases()->rowCount() >= 40);
    auto *request = child<QAction>(&console.window, "rfoAction");
    QVERIFY(request);
    QVERIFY(!request->isEnabled()); // no case open
    QVERIFY(!request->toolTip().isEmpty());

    // An open incident, a general request: disabled, and the tooltip says why.
    const QString open = console.firstCase(QStringLiteral("Incident"), false);
    const QString general = console.firstCase(QStringLiteral("NonIncident"), true);
    QVERIFY(!open.isEmpty() && !general.isEmpty());
    console.window.selectCase(open);
    QTRY_COMPARE(console.window.threadView()->caseId(), open);
    QTRY_VERIFY(!request->isEnabled());
    QVERIFY2(
        request->toolTip().contains(QLatin1String("still open")), qPrintable(request->toolTip()));
    console.window.selectCase(general);
    QTRY_COMPARE(console.window.threadView()->caseId(), general);
    QTRY_VERIFY2(request->toolTip().contains(QLatin1String("not an incident")),
        qPrintable(request->toolTip()));
    QVERIFY(!request->isEnabled());

    // A closed incident: Case > Request RFO… (Alt+C, Q) opens the form, pre-filled.
    const QString original = console.firstCase(QStringLiteral("Incident"), true);
    QVERIFY(!original.isEmpty());
    const CaseSummary before = *console.session.cases()->caseById(original);
    console.window.selectCase(original);
    QTRY_COMPARE(console.window.threadView()->caseId(), original);
    QTRY_VERIFY(request->isEnabled());
    console.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&console.window));
    QTest::keyClick(&console.window, Qt::Key_C, Qt::AltModifier);
    QMenu *caseMenu = nullptr;
    QTRY_VERIFY((caseMenu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QVERIFY(caseMenu->actions().contains(request));
    QTest::keyClick(caseMenu, Qt::Key_Q);
    CreateCaseDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = child<CreateCaseDialog>(&console.window, "rfoDialog")) && dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(original));
    auto *type = child<QComboBox>(dialog, "typeCombo");
    auto *subject = child<QComboBox>(dialog, "subjectCombo");
    auto *service = child<QComboBox>(dialog, "serviceCombo");
    auto *start = child<QDateTimeEdit>(dialog, "startEdit");
    auto *endCheck = child<QCheckBox>(dialog, "endCheck");
    auto *end = child<QDateTimeEdit>(dialog, "endEdit");
    auto *reference = child<QLineEdit>(dialog, "referenceEdit");
    auto *message = child<QPlainTextEdit>(dialog, "messageEdit");
    QCOMPARE(type->currentData().toString(), QStringLiteral("Incident"));
    QCOMPARE(subject->currentData().toString(), QStringLiteral("RfoRequest"));
    QCOMPARE(service->currentData().toString(), before.serviceId);
    const Timestamp expectedStart
        = before.startOfIncident.isValid() ? before.startOfIncident : before.createdDate;
    QCOMPARE(start->dateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
        expectedStart.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(endCheck->isChecked(), before.endOfIncident.isValid());
    if (before.endOfIncident.isValid())
        QCOMPARE(end->dateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            before.endOfIncident.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(reference->text(), QStringLiteral("RFO-") + original);
    QVERIFY2(message->toPlainText().contains(QStringLiteral("for case %1").arg(original)),
        qPrintable(message->toPlainText()));
    QVERIFY(child<QPushButton>(dialog, "createButton")->isEnabled());
    if (const QString dir = screenshotDir(); !dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/rfo-form.png")));

    // Editable before it is sent: a line added, then Ctrl+Return from the message.
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    message->setFocus();
    message->moveCursor(QTextCursor::End);
    QTest::keyClicks(message, QStringLiteral(" Our ticket: NOC-7."));
    QTest::keyClick(message, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 15'000);
    QStringList rfos;
    QTRY_VERIFY((rfos = console.session.caseLinks()->rfosOf(original)).size() == 1);
    const QString rfoId = rfos.constFirst();
    QCOMPARE(console.session.caseLinks()->originalOf(rfoId), original);

    // On the sandbox server: the case as requested.
    CasesReply *fetched = console.connection.api()->fetchCase(rfoId);
    QSignalSpy finished(fetched, &ApiReply::finished);
    QVERIFY(finished.wait(15'000));
    QVERIFY(!fetched->error().isError());
    QCOMPARE(fetched->cases().size(), 1);
    const Case created = fetched->cases().constFirst();
    QCOMPARE(created.type, QStringLiteral("Incident"));
    QCOMPARE(created.subject, QStringLiteral("RfoRequest"));
    QCOMPARE(created.serviceId, before.serviceId);
    QCOMPARE(created.customerReference, QStringLiteral("RFO-") + original);
    QVERIFY(created.communications.constFirst().message.contains(original));
    QVERIFY(created.communications.constFirst().message.endsWith(QLatin1String("NOC-7.")));

    // The new case is selected once a poll brings it; its header links to the incident.
    console.session.pollNow();
    ThreadView *view = console.window.threadView();
    QTRY_COMPARE_WITH_TIMEOUT(view->caseId(), rfoId, 15'000);
    // The new case alone is selected (the incident stayed selected beside it).
    QCOMPARE(console.window.caseView()->selectionModel()->selectedRows().size(), 1);
    QTRY_VERIFY(view->toPlainText().contains(QStringLiteral("RFO for")));
    QVERIFY(view->document()->toHtml().contains(QStringLiteral("caseconsole:case/") + original));
    if (const QString dir = screenshotDir(); !dir.isEmpty())
        QVERIFY(console.window.grab().save(dir + QStringLiteral("/rfo-header.png")));
    // A click on it opens the incident, whose header links back.
    QVERIFY(clickLink(view, original));
    QTRY_COMPARE(view->caseId(), original);
    QTRY_VERIFY(view->toPlainText().contains(QStringLiteral("RFO requested")));
    QVERIFY(view->document()->toHtml().contains(QStringLiteral("caseconsole:case/") + rfoId));
    if (const QString dir = screenshotDir(); !dir.isEmpty())
        QVERIFY(view->grab().save(dir + QStringLiteral("/rfo-original-header.png")));
    // From the keyboard: the thread's context menu (Shift+F10) opens the linked case.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = child<QMenu>(view, "threadMenu")) && menu->isVisible());
    QAction *openLinked = child<QAction>(menu, "openLinkedCaseAction");
    QVERIFY(openLinked);
    QVERIFY(openLinked->text().contains(rfoId));
    openLinked->trigger();
    menu->close();
    QTRY_COMPARE(view->caseId(), rfoId);
    // The request itself is an incident that is open: no RFO of an RFO.
    QTRY_VERIFY(!request->isEnabled());
}

QTEST_MAIN(TestRfoWindow)
#include "tst_rfowindow.moc"
