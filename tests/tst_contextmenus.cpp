// The context menus of the case list and the thread (issue 13, "What a NOC engineer expects"):
// opened by the context-menu event at a row or a message (a right-click, the Menu key,
// Shift+F10), each item chosen with the mouse as an engineer would, on the real session against
// the real sandbox, on the offscreen platform. What is copied is read back from the clipboard.

#include "SandboxServer.h"
#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseLabels.h"
#include "models/CaseListModel.h"
#include "models/CaseTypeMatrix.h"
#include "models/CommunicationThreadModel.h"
#include "session/CaseSession.h"
#include "store/SqliteStore.h"
#include "store/StoreThread.h"
#include "ui/CaseListView.h"
#include "ui/MainWindow.h"
#include "ui/ReferenceDialog.h"
#include "ui/ReplyDialog.h"
#include "ui/ThreadView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTimer>

#include <memory>

namespace {

// One console: connection, poller, store, session and window, as app/Console.cpp wires them.
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
        window.setConnectionLabel(QStringLiteral("Sandbox"));
    }

    CaseListView *view() const { return window.caseView(); }
    QString idAt(int row) const
    {
        return view()->model()->index(row, 0).data(CaseListModel::CaseIdRole).toString();
    }
    int rowOf(const QString &caseId) const
    {
        for (int row = 0; row < view()->model()->rowCount(); ++row) {
            if (idAt(row) == caseId)
                return row;
        }
        return -1;
    }
    QPoint centreOfRow(int row) const
    {
        return view()
            ->visualRect(view()->model()->index(row, CaseListModel::SubjectColumn))
            .center();
    }
    bool isUnread(const QString &caseId) const
    {
        const CaseSummary *c = session.cases()->caseById(caseId);
        return c && c->isUnread();
    }

    ProviderConnection connection;
    StoreThread store;
    CasePoller poller;
    Outbox outbox;
    CaseSession session;
    MainWindow window;
};

QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR");
    return dir.isEmpty() ? QString() : dir + u'/' + name;
}

// Sends the context-menu event a right-click (or the Menu key, `reason` Keyboard) sends to
// `target` at `pos`, and returns the menu it opened, if any.
QMenu *openMenu(
    QWidget *target, const QPoint &pos, QContextMenuEvent::Reason reason = QContextMenuEvent::Mouse)
{
    if (auto *open = QApplication::activePopupWidget())
        open->close();
    QContextMenuEvent event(reason, pos, target->mapToGlobal(pos));
    QCoreApplication::sendEvent(target, &event);
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

QAction *item(QMenu *menu, const QString &objectName)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

QStringList itemNames(QMenu *menu)
{
    QStringList names;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    return names;
}

// Clicks the item, as an engineer would; false when the menu has no such (enabled) item.
bool choose(QMenu *menu, const QString &objectName)
{
    QAction *action = item(menu, objectName);
    if (!action || !action->isEnabled() || !action->isVisible())
        return false;
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    return true;
}

// The window with the menu drawn where it opened, at `global` (a popup is a window of its own;
// the offscreen screen is smaller than the window, so the menu itself may have been moved).
QPixmap withMenu(QWidget *window, QMenu *menu, const QPoint &global)
{
    QPixmap shot = window->grab();
    QPainter painter(&shot);
    painter.drawPixmap(window->mapFromGlobal(global), menu->grab());
    return shot;
}

} // namespace

class TestContextMenus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listMenuActsOnTheRowUnderThePointer();
    void listMenuCopiesTheIdAndASummary();
    void markUnreadFromTheMenuMakesTheCaseNewAndIsStored();
    void listMenuRepliesWatchesAndSetsAReferenceOnItsRow();
    void menuKeyAndShiftF10OpenTheListMenuAtTheCurrentRow();
    void threadMenuCopiesAMessageWithItsSenderAndTime();
    void threadMenuKeepsCopyAndSelectAllForASelection();
    void threadMenuCopiesTheMessageUnderThePointerNewestFirst();

private:
    std::unique_ptr<Console> startConsole(const QString &name);
    // Opens a case with a few messages (not the first row) and waits for its thread.
    QString openCaseWithMessages(Console &console, int minimum = 2);

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_data;
};

void TestContextMenus::initTestCase()
{
    QVERIFY(m_data.isValid());
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestContextMenus::init()
{
    QSettings().clear(); // no filters or selection from another test
    QGuiApplication::clipboard()->clear();
}

void TestContextMenus::cleanup()
{
    if (auto *open = QApplication::activePopupWidget())
        open->close();
}

std::unique_ptr<Console> TestContextMenus::startConsole(const QString &name)
{
    auto console = std::make_unique<Console>(m_server->graphqlUrl(), m_server->tokenUrl(),
        m_data.filePath(name + QStringLiteral(".db")));
    console->window.resize(1280, 800);
    console->window.show();
    if (!QTest::qWaitForWindowActive(&console->window))
        return nullptr;
    QSignalSpy succeeded(&console->poller, &CasePoller::pollSucceeded);
    console->session.start();
    if (!succeeded.wait(15'000))
        return nullptr;
    if (!QTest::qWaitFor([&] { return console->session.filtered()->rowCount() >= 40; }, 15'000))
        return nullptr;
    return console;
}

QString TestContextMenus::openCaseWithMessages(Console &console, int minimum)
{
    const QAbstractItemModel *model = console.view()->model();
    for (int row = 1; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CaseListModel::CommunicationCountRole).toInt() >= minimum) {
            const QString id = console.idAt(row);
            console.window.selectCase(id);
            if (!QTest::qWaitFor([&] {
                    return console.window.threadView()->caseId() == id
                        && console.window.threadView()->shownRows() >= minimum;
                }))
                return {};
            return id;
        }
    }
    return {};
}

// The row under the pointer is the one the menu is about: it becomes the current (open) case
// before the menu shows, whichever case was selected before.
void TestContextMenus::listMenuActsOnTheRowUnderThePointer()
{
    auto console = startConsole(QStringLiteral("under-pointer"));
    QVERIFY(console);
    const QString before = console->idAt(0);
    console->window.selectCase(before);
    QTRY_COMPARE(console->session.openCaseId(), before);
    const QString under = console->idAt(3);

    QVERIFY(!console->isUnread(under)); // the first sync is the baseline
    QMenu *menu = openMenu(console->view()->viewport(), console->centreOfRow(3));
    QVERIFY2(menu, "no menu opened on the list");
    // A read case: no Mark as Read (a NOC tryout found it offered on a read case).
    QCOMPARE(itemNames(menu),
        QStringList({QStringLiteral("openCaseAction"), QStringLiteral("replyAction"),
            QStringLiteral("referenceAction"), QStringLiteral("rfoAction"),
            QStringLiteral("watchAction"), QStringLiteral("markUnreadAction"),
            QStringLiteral("copyCaseIdAction"), QStringLiteral("copyCaseSummaryAction")}));
    QCOMPARE(console->view()->currentIndex().row(), 3);
    QCOMPARE(console->session.openCaseId(), under);
    // The window's own actions, with their shortcuts.
    QCOMPARE(
        item(menu, QStringLiteral("replyAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    QCOMPARE(item(menu, QStringLiteral("markUnreadAction"))->shortcut(),
        QKeySequence(Qt::CTRL | Qt::Key_U));
    // The case opens under the menu.
    QTRY_COMPARE(console->window.threadView()->caseId(), under);
    const QString shot = screenshotPath(QStringLiteral("context-menu-list.png"));
    if (!shot.isEmpty())
        QVERIFY(withMenu(&console->window, menu,
            console->view()->viewport()->mapToGlobal(console->centreOfRow(3)))
                    .save(shot));

    // Open: the thread shows the case and takes the focus.
    QVERIFY(choose(menu, QStringLiteral("openCaseAction")));
    QTRY_COMPARE(console->window.threadView()->caseId(), under);
    // (The offscreen platform leaves the window inactive once a popup closed.)
    console->window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&console->window));
    QTRY_COMPARE(QApplication::focusWidget(), console->window.threadView());

    // Nothing under the pointer (below the last row of a short list): no menu.
    console->view()->setFocus();
    const int last = console->view()->model()->rowCount() - 1;
    console->view()->scrollToBottom();
    const QPoint below = console->centreOfRow(last) + QPoint(0, console->view()->rowHeight(last));
    if (console->view()->viewport()->rect().contains(below))
        QVERIFY(!openMenu(console->view()->viewport(), below));
}

void TestContextMenus::listMenuCopiesTheIdAndASummary()
{
    auto console = startConsole(QStringLiteral("copy"));
    QVERIFY(console);
    // A case with a reference and messages, under the pointer while another one is open.
    int row = -1;
    for (int r = 1; r < console->view()->model()->rowCount() && row < 0; ++r) {
        const CaseSummary *c = console->session.cases()->caseById(console->idAt(r));
        if (c->communicationCount >= 2 && !c->customerReference.isEmpty())
            row = r;
    }
    QVERIFY2(row > 0, "the sandbox has no case with a reference and messages");
    console->window.selectCase(console->idAt(0));
    QTRY_COMPARE(console->session.openCaseId(), console->idAt(0));
    const QString id = console->idAt(row);

    QMenu *menu = openMenu(console->view()->viewport(), console->centreOfRow(row));
    QVERIFY(menu);
    QVERIFY(choose(menu, QStringLiteral("copyCaseIdAction")));
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), id);

    row = console->rowOf(id);
    menu = openMenu(console->view()->viewport(), console->centreOfRow(row));
    QVERIFY(menu);
    QVERIFY(choose(menu, QStringLiteral("copyCaseSummaryAction")));
    QTRY_VERIFY(QGuiApplication::clipboard()->text().startsWith(id));
    // The last message's sender is in it (from the thread, which may still be loading).
    QTRY_VERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("Last message")));
    const QString summary = QGuiApplication::clipboard()->text();
    const CaseSummary *c = console->session.cases()->caseById(id);
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    for (const QString &fact :
        {matrix.subjectLabel(c->subject), matrix.typeLabel(c->type), c->priority,
            CaseLabels::status(c->status), c->serviceName.isEmpty() ? c->serviceId : c->serviceName,
            c->siteName, CaseLabels::localDateTime(c->createdDate),
            CaseLabels::localDateTime(c->lastModifiedDate), c->customerReference}) {
        if (!fact.isEmpty())
            QVERIFY2(
                summary.contains(fact), qPrintable(fact + QStringLiteral(" not in:\n") + summary));
    }
    QTRY_COMPARE(console->session.thread()->caseId(), id);
    const CommunicationThreadModel *thread = console->session.thread();
    const Communication *last = thread->at(thread->rowCount() - 1);
    for (int r = thread->rowCount() - 1; r >= 0; --r) {
        if (!thread->words().isStatusUpdate(thread->at(r)->type)) {
            last = thread->at(r);
            break;
        }
    }
    QVERIFY2(summary.contains(CaseLabels::localDateTime(last->timestamp)), qPrintable(summary));
    if (!last->sentBy.isEmpty())
        QVERIFY2(summary.contains(last->sentBy), qPrintable(summary));
    // Plain text: no markup, one fact a line.
    QVERIFY(!summary.contains(u'<'));
    QVERIFY(summary.count(u'\n') >= 6);

    // Ctrl+C in the list copies the open case's id, Ctrl+Shift+C its summary.
    QGuiApplication::clipboard()->clear();
    console->window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&console->window));
    console->view()->setFocus();
    QTest::keyClick(console->view(), Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), id);
    QTest::keyClick(console->view(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), summary);
}

// Mark unread from the menu: the case is New again, at once, after the thread it opened has
// loaded, after a poll brought it a message, and in the store (a restart shows it New).
void TestContextMenus::markUnreadFromTheMenuMakesTheCaseNewAndIsStored()
{
    const QString path = m_data.filePath(QStringLiteral("unread.db"));
    QString id;
    QString other;
    {
        auto console = startConsole(QStringLiteral("unread"));
        QVERIFY(console);
        other = console->idAt(0);
        console->window.selectCase(other);
        QTRY_COMPARE(console->session.openCaseId(), other);
        QTRY_VERIFY(!console->isUnread(other));
        id = console->idAt(2);
        QVERIFY(!console->isUnread(id)); // the first sync is the baseline

        // Opened by the menu (which marks it read as its thread loads), then marked unread
        // before that: it stays unread.
        QMenu *menu = openMenu(console->view()->viewport(), console->centreOfRow(2));
        QVERIFY(menu);
        QVERIFY(choose(menu, QStringLiteral("markUnreadAction")));
        QTRY_VERIFY(console->isUnread(id));
        const int row = console->rowOf(id);
        QVERIFY(console->view()->model()->index(row, 0).data(CaseListModel::UnreadRole).toBool());
        QTRY_COMPARE(console->window.threadView()->caseId(), id);
        QTest::qWait(500);
        QVERIFY2(console->isUnread(id), "read again once its thread was shown");
        QVERIFY(!console->isUnread(other));

        // A poll that brings a message of the provider's keeps it unread (it is not shown read).
        QVERIFY(!m_server
                     ->control("POST", QStringLiteral("/cases/%1/reply").arg(id),
                         {{QStringLiteral("message"), QStringLiteral("Engineer on site.")}})
                     .contains(QLatin1String("error")));
        QSignalSpy polled(&console->poller, &CasePoller::pollSucceeded);
        console->poller.pollNow();
        QVERIFY(polled.wait(15'000));
        QTRY_COMPARE(console->window.threadView()->shownRows(),
            console->session.cases()->caseById(id)->communicationCount);
        QTest::qWait(500);
        QVERIFY2(console->isUnread(id), "read again when a poll brought a message");

        // Mark read from the menu (an unread case is offered both marks).
        menu = openMenu(console->view()->viewport(), console->centreOfRow(console->rowOf(id)));
        QVERIFY(menu);
        QVERIFY(itemNames(menu).contains(QStringLiteral("markUnreadAction")));
        QVERIFY(choose(menu, QStringLiteral("markReadAction")));
        QTRY_VERIFY(!console->isUnread(id));
        menu = openMenu(console->view()->viewport(), console->centreOfRow(console->rowOf(id)));
        QVERIFY(menu);
        QVERIFY(!itemNames(menu).contains(QStringLiteral("markReadAction")));
        QVERIFY(choose(menu, QStringLiteral("markUnreadAction")));
        QTRY_VERIFY(console->isUnread(id));
        // The last written wins in the store.
        console->store.run([](Store &store) { store.checkpoint(); });
        QTest::qWait(200);
    }
    // In the store...
    {
        SqliteStore store(path);
        QVERIFY(store.open().ok);
        const auto summary = store.loadSummary(id);
        QVERIFY(summary);
        QVERIFY(summary->isUnread());
    }
    // ...and so in the list after a restart.
    auto console = startConsole(QStringLiteral("unread"));
    QVERIFY(console);
    const int row = console->rowOf(id);
    QVERIFY(row >= 0);
    QVERIFY(console->view()->model()->index(row, 0).data(CaseListModel::UnreadRole).toBool());
}

// Reply, Set reference and Watch act on the row under the pointer, not on the case open before.
void TestContextMenus::listMenuRepliesWatchesAndSetsAReferenceOnItsRow()
{
    auto console = startConsole(QStringLiteral("reply"));
    QVERIFY(console);
    const QString before = console->idAt(0);
    console->window.selectCase(before);
    QTRY_COMPARE(console->session.openCaseId(), before);
    console->session.setWatched(before, true);
    QTRY_VERIFY(console->session.isWatched(before));
    QTest::qWait(100);

    // Watch: unchecked for the row under the pointer (the open case is watched).
    const QString id = console->idAt(4);
    QVERIFY(!console->session.isWatched(id));
    QMenu *menu = openMenu(console->view()->viewport(), console->centreOfRow(4));
    QVERIFY(menu);
    QVERIFY(!item(menu, QStringLiteral("watchAction"))->isChecked());
    QVERIFY(choose(menu, QStringLiteral("watchAction")));
    QTRY_VERIFY(console->session.isWatched(id));
    QVERIFY(console->session.isWatched(before));

    // Reply to the row under the pointer.
    console->window.selectCase(before);
    QTRY_COMPARE(console->session.openCaseId(), before);
    menu = openMenu(console->view()->viewport(), console->centreOfRow(console->rowOf(id)));
    QVERIFY(menu);
    QVERIFY(item(menu, QStringLiteral("watchAction"))->isChecked());
    QVERIFY(choose(menu, QStringLiteral("replyAction")));
    QTRY_VERIFY(console->window.replyDialog() && console->window.replyDialog()->isVisible());
    QCOMPARE(console->window.replyDialog()->caseId(), id);
    console->window.replyDialog()->close();

    // Set reference: the dialog is about the row under the pointer.
    console->window.selectCase(before);
    QTRY_COMPARE(console->session.openCaseId(), before);
    menu = openMenu(console->view()->viewport(), console->centreOfRow(console->rowOf(id)));
    QVERIFY(menu);
    QString asked;
    // The dialog runs its own loop: read it, then cancel it.
    QTimer watcher;
    watcher.setInterval(50);
    connect(&watcher, &QTimer::timeout, this, [&asked, &watcher] {
        auto *dialog = qobject_cast<ReferenceDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        watcher.stop();
        for (QLabel *label : dialog->findChildren<QLabel *>())
            asked += label->text();
        dialog->reject();
    });
    watcher.start();
    QVERIFY(choose(menu, QStringLiteral("referenceAction")));
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY2(asked.contains(id), qPrintable(asked));
    QVERIFY(!asked.contains(before));
}

void TestContextMenus::menuKeyAndShiftF10OpenTheListMenuAtTheCurrentRow()
{
    auto console = startConsole(QStringLiteral("keys"));
    QVERIFY(console);
    const QString id = console->idAt(5);
    console->window.selectCase(id);
    QTRY_COMPARE(console->session.openCaseId(), id);
    console->view()->setFocus(Qt::OtherFocusReason);

    // The Menu key: the platform sends the list a keyboard context-menu event.
    QMenu *menu = openMenu(console->view(), QPoint(2, 2), QContextMenuEvent::Keyboard);
    QVERIFY(menu);
    // Shown at the current row, not at the corner of the list.
    const QRect rowRect = console->view()->visualRect(console->view()->currentIndex());
    const QPoint at = console->view()->viewport()->mapFromGlobal(menu->pos());
    QVERIFY2(qAbs(at.y() - rowRect.bottom()) <= rowRect.height(),
        qPrintable(QStringLiteral("menu at %1, row at %2").arg(at.y()).arg(rowRect.y())));
    QVERIFY(choose(menu, QStringLiteral("copyCaseIdAction")));
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), id);
    QCOMPARE(console->session.openCaseId(), id);

    // Shift+F10.
    QGuiApplication::clipboard()->clear();
    console->view()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(console->view(), Qt::Key_F10, Qt::ShiftModifier);
    menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY2(menu, "Shift+F10 opened no menu");
    QVERIFY(choose(menu, QStringLiteral("copyCaseIdAction")));
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), id);
}

void TestContextMenus::threadMenuCopiesAMessageWithItsSenderAndTime()
{
    auto console = startConsole(QStringLiteral("thread"));
    QVERIFY(console);
    const QString id = openCaseWithMessages(*console);
    QVERIFY(!id.isEmpty());
    ThreadView *thread = console->window.threadView();
    const CommunicationThreadModel *model = console->session.thread();
    // The first message: found in the document by its text, and pointed at.
    const Communication message = *model->at(0);
    const QString firstLine = message.message.section(u'\n', 0, 0);
    const int afterHeader
        = thread->document()->rootFrame()->childFrames().constFirst()->lastPosition();
    const QTextCursor found = thread->document()->find(firstLine, afterHeader);
    QVERIFY(!found.isNull());
    QTextCursor at(thread->document());
    at.setPosition(found.selectionStart() + 1);
    thread->setTextCursor(at);
    thread->ensureCursorVisible();
    const QPoint point = thread->cursorRect(at).center();

    QMenu *menu = openMenu(thread->viewport(), point);
    QVERIFY2(menu, "no menu opened on the thread");
    QCOMPARE(itemNames(menu),
        QStringList({QStringLiteral("copyMessageAction"), QStringLiteral("copyCaseIdAction"),
            QStringLiteral("replyAction")}));
    const QString shot = screenshotPath(QStringLiteral("context-menu-thread.png"));
    if (!shot.isEmpty())
        QVERIFY(
            withMenu(&console->window, menu, thread->viewport()->mapToGlobal(point)).save(shot));
    QVERIFY(choose(menu, QStringLiteral("copyMessageAction")));
    const QString who = message.sentBy.isEmpty() ? QStringLiteral("Provider") : message.sentBy;
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(who + QStringLiteral(" — ")
                 + CaseLabels::localDateTime(message.timestamp) + QStringLiteral(" (UTC")),
        qPrintable(copied));
    QVERIFY2(copied.endsWith(QStringLiteral(")\n") + message.message), qPrintable(copied));

    // Another message: the one under the pointer.
    const int lastRow = model->rowCount() - 1;
    const Communication lastMessage = *model->at(lastRow);
    const QTextCursor foundLast
        = thread->document()->find(lastMessage.message.section(u'\n', 0, 0), found.selectionEnd());
    QVERIFY(!foundLast.isNull());
    at.setPosition(foundLast.selectionStart() + 1);
    thread->setTextCursor(at);
    thread->ensureCursorVisible();
    menu = openMenu(thread->viewport(), thread->cursorRect(at).center());
    QVERIFY(menu);
    QVERIFY(choose(menu, QStringLiteral("copyMessageAction")));
    QVERIFY2(QGuiApplication::clipboard()->text().endsWith(u'\n' + lastMessage.message),
        qPrintable(QGuiApplication::clipboard()->text()));

    // The header: no message there, the case's id and Reply still.
    thread->verticalScrollBar()->setValue(0);
    menu = openMenu(thread->viewport(), QPoint(20, 8));
    QVERIFY(menu);
    QVERIFY(!item(menu, QStringLiteral("copyMessageAction")));
    QVERIFY(choose(menu, QStringLiteral("copyCaseIdAction")));
    QCOMPARE(QGuiApplication::clipboard()->text(), id);

    menu = openMenu(thread->viewport(), QPoint(20, 8));
    QVERIFY(menu);
    QVERIFY(choose(menu, QStringLiteral("replyAction")));
    QTRY_VERIFY(console->window.replyDialog() && console->window.replyDialog()->isVisible());
    QCOMPARE(console->window.replyDialog()->caseId(), id);
    console->window.replyDialog()->close();

    // The Menu key in the thread: at the text cursor.
    thread->setFocus(Qt::OtherFocusReason);
    menu = openMenu(thread, QPoint(2, 2), QContextMenuEvent::Keyboard);
    QVERIFY(menu);
    QVERIFY(item(menu, QStringLiteral("copyCaseIdAction")));
}

void TestContextMenus::threadMenuKeepsCopyAndSelectAllForASelection()
{
    auto console = startConsole(QStringLiteral("selection"));
    QVERIFY(console);
    QVERIFY(!openCaseWithMessages(*console).isEmpty());
    ThreadView *thread = console->window.threadView();
    const Communication message = *console->session.thread()->at(0);
    const QString word = message.message.section(u' ', 0, 0);
    const QTextCursor found = thread->document()->find(message.message.section(u'\n', 0, 0),
        thread->document()->rootFrame()->childFrames().constFirst()->lastPosition());
    QVERIFY(!found.isNull());
    QTextCursor selection(thread->document());
    selection.setPosition(found.selectionStart());
    selection.setPosition(found.selectionStart() + int(word.size()), QTextCursor::KeepAnchor);
    thread->setTextCursor(selection);
    thread->ensureCursorVisible();

    QMenu *menu = openMenu(thread->viewport(), thread->cursorRect(selection).center());
    QVERIFY(menu);
    const QStringList names = itemNames(menu);
    QVERIFY2(names.contains(QStringLiteral("copyMessageAction")), qPrintable(names.join(u' ')));
    QVERIFY2(names.contains(QStringLiteral("edit-copy")), qPrintable(names.join(u' ')));
    QVERIFY2(names.contains(QStringLiteral("select-all")), qPrintable(names.join(u' ')));
    QVERIFY(choose(menu, QStringLiteral("edit-copy")));
    QCOMPARE(QGuiApplication::clipboard()->text(), word);
    // Nothing selected: no Copy of a selection.
    QTextCursor none(thread->document());
    none.setPosition(found.selectionStart() + 1);
    thread->setTextCursor(none);
    menu = openMenu(thread->viewport(), thread->cursorRect(none).center());
    QVERIFY(menu);
    QVERIFY(!item(menu, QStringLiteral("edit-copy")));
}

// Newest first the messages are shown the other way round: the menu still copies the one under
// the pointer (it took the oldest's place before it followed the order shown).
void TestContextMenus::threadMenuCopiesTheMessageUnderThePointerNewestFirst()
{
    auto console = startConsole(QStringLiteral("newest"));
    QVERIFY(console);
    const QString id = openCaseWithMessages(*console);
    QVERIFY(!id.isEmpty());
    ThreadView *thread = console->window.threadView();
    thread->setNewestFirst(true);
    const CommunicationThreadModel *model = console->session.thread();
    const Communication latest = *model->at(model->rowCount() - 1);
    QVERIFY(latest.message != model->at(0)->message);
    const int afterHeader
        = thread->document()->rootFrame()->childFrames().constFirst()->lastPosition();
    const QTextCursor found
        = thread->document()->find(latest.message.section(u'\n', 0, 0), afterHeader);
    QVERIFY(!found.isNull());
    QTextCursor at(thread->document());
    at.setPosition(found.selectionStart() + 1);
    thread->setTextCursor(at);
    thread->ensureCursorVisible();
    QMenu *menu = openMenu(thread->viewport(), thread->cursorRect(at).center());
    QVERIFY2(menu, "no menu opened on the thread");
    QVERIFY(choose(menu, QStringLiteral("copyMessageAction")));
    QVERIFY2(QGuiApplication::clipboard()->text().endsWith(u'\n' + latest.message),
        qPrintable(QGuiApplication::clipboard()->text()));
    thread->setNewestFirst(false);
}

QTEST_MAIN(TestContextMenus)
#include "tst_contextmenus.moc"
