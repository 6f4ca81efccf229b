// The thread is a view over the session's CommunicationThreadModel (issue 12): a poll that brings
// a new message for the open case feeds the model from the poll's own cases, reads nothing of
// that thread from the store, and appends exactly one message to the view, which then reads as
// a full rendering would. Against the real sandbox server, on the offscreen platform.

#include "CountingStore.h"
#include "SandboxServer.h"
#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "models/CaseListModel.h"
#include "models/CommunicationThreadModel.h"
#include "models/SettingsKeys.h"
#include "models/SlaLabels.h"
#include "models/SlaPolicy.h"
#include "session/CaseSession.h"
#include "store/SqliteStore.h"
#include "store/StoreThread.h"
#include "ui/CaseListView.h"
#include "ui/CaseThreadRenderer.h"
#include "ui/MainWindow.h"
#include "ui/ThreadView.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>
#include <ctime>
#include <memory>

namespace {

// Where the words of `text` begin in `plain`, as the thread highlights them: each word as the
// beginning of a word, case-insensitively (the search matches words by their beginning too).
QList<int> hitPositions(const QString &plain, const QString &text)
{
    QList<int> found;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QRegularExpression re(QStringLiteral("\\b") + QRegularExpression::escape(word),
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = re.globalMatch(plain); it.hasNext();)
            found << int(it.next().capturedStart());
    }
    std::sort(found.begin(), found.end());
    return found;
}

// The text of a frame of the document (a message's table).
QString frameText(QTextFrame *frame)
{
    QTextCursor cursor(frame->document());
    cursor.setPosition(frame->firstPosition());
    cursor.setPosition(frame->lastPosition(), QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

// The frames of the messages shown, in document order (the header's and pending items' left out).
QList<QTextFrame *> messageFrames(ThreadView *view, int pendingFrames = 0)
{
    const QList<QTextFrame *> frames = view->document()->rootFrame()->childFrames();
    const qsizetype first = frames.size() - view->shownRows() - pendingFrames;
    return view->isNewestFirst() ? frames.mid(frames.size() - view->shownRows())
                                 : frames.mid(first, view->shownRows());
}

// Whether document position `position` is within the view's visible area.
bool isShown(ThreadView *view, int position)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(position);
    const QRect rect = view->cursorRect(cursor);
    return rect.top() >= 0 && rect.bottom() <= view->viewport()->height();
}

// One console as app/Console.cpp wires it, over a store that counts thread reads.
struct Console
{
    Console(const QUrl &graphql, const QUrl &token, const QString &databasePath)
        : counting(new CountingStore(std::make_unique<SqliteStore>(databasePath)))
        , store(std::unique_ptr<Store>(counting))
        , poller(connection.api())
        , outbox(connection.api(), &store)
        , session(&store, &poller, &outbox, connection.api())
        , window(&session)
        , threadTester(session.thread(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        // No SLA targets: the header's clock rows do not move while a test compares renders.
        session.setSlaPolicy(SlaPolicy());
        Profile profile;
        profile.endpoint = graphql;
        profile.tokenUrl = token;
        profile.clientId = QStringLiteral("demo-client");
        connection.configure(profile);
        connection.setClientSecret(QStringLiteral("demo-secret"));
        connection.setTimeout(15'000);
        poller.setInterval(3600);
    }

    // Waits until the store's thread has done everything asked of it so far, and the answers it
    // sent back have arrived.
    bool storeIdle()
    {
        auto done = std::make_shared<QSemaphore>();
        store.run([done](Store &) { done->release(); });
        if (!done->tryAcquire(1, 15'000))
            return false;
        QCoreApplication::processEvents();
        return true;
    }

    ProviderConnection connection;
    CountingStore *counting; // owned by the store
    StoreThread store;
    CasePoller poller;
    Outbox outbox;
    CaseSession session;
    MainWindow window;
    QAbstractItemModelTester threadTester;
};

} // namespace

class TestThreadView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aPollAppendsTheOpenCasesNewMessageWithoutReadingTheStore();
    void anotherCaseIsRenderedAnew();
    void newWordsRenderTheMessagesAgainInPlace();
    // Issue 13, defect 5: what was searched for, and what is new, are found in the thread.
    void aSearchHitIsHighlightedAndTheThreadOpensAtIt();
    void ctrlFFindsInTheThreadAndF3StepsThroughTheHits();
    void anUnreadCaseOpensAtItsFirstNewMessage();
    // Issue 13, "What a NOC engineer expects": newest first, collapsed status updates, site time.
    void newestFirstShowsTheLatestOnTopAndAPollInsertsItThere();
    void statusUpdatesCollapseToOneLineAndBack();
    void theSitesTimeIsShownBesideTheLocalTimeWhereTheDatesTellIt();

private:
    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_data;
};

void TestThreadView::init()
{
    // The thread's options are kept in the settings: each test starts from the defaults.
    QSettings().remove(SettingsKeys::ThreadNewestFirst);
    QSettings().remove(SettingsKeys::CollapseStatusUpdates);
}

void TestThreadView::initTestCase()
{
    // Local time is UTC here, whatever the machine's zone: a site at -06:00 differs from it.
    qputenv("TZ", "UTC");
    tzset();
    QVERIFY(m_data.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestThreadView::aPollAppendsTheOpenCasesNewMessageWithoutReadingTheStore()
{
    Console console(
        m_server->graphqlUrl(), m_server->tokenUrl(), m_data.filePath(QStringLiteral("a.db")));
    console.window.resize(1000, 500);
    console.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console.window));
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(console.session.cases()->rowCount() >= 40);

    // The case with the longest thread, opened as the engineer does: its thread is read once.
    QVERIFY(console.window.caseView()->selectLongestThread());
    const QString id = console.session.openCaseId();
    QVERIFY(!id.isEmpty());
    ThreadView *view = console.window.threadView();
    QTRY_COMPARE(console.session.thread()->caseId(), id);
    QCOMPARE(view->caseId(), id);
    QVERIFY(console.storeIdle());
    QCOMPARE(console.counting->threadReads(id), 1);
    const int before = console.session.thread()->rowCount();
    QVERIFY(before > 1);
    QCOMPARE(view->shownRows(), before);
    const int framesBefore = int(view->document()->rootFrame()->childFrames().size());
    // The reader is somewhere in the middle of the thread.
    QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
    const int scroll = view->verticalScrollBar()->maximum() / 2;
    view->verticalScrollBar()->setValue(scroll);

    // The provider replies; a poll brings it.
    const QString text = QStringLiteral("Technician booked for Thursday 09:00.");
    QVERIFY(!m_server
                 ->control("POST", QStringLiteral("/cases/%1/reply").arg(id),
                     {{QStringLiteral("message"), text}})
                 .contains(QLatin1String("error")));
    QSignalSpy inserted(console.session.thread(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(console.session.thread(), &QAbstractItemModel::modelReset);
    QSignalSpy appended(view, &ThreadView::rowsAppended);
    QSignalSpy rendered(view, &ThreadView::rendered);
    QSignalSpy applied(&console.store, &StoreThread::casesApplied);
    console.session.pollNow();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(applied.count() > 0);
    QTRY_VERIFY(!console.session.openCaseSummary()->isUnread()); // shown, so read
    QVERIFY(console.storeIdle());

    // Nothing read from the store for it; one row in the model, one appended to the view.
    QCOMPARE(console.counting->threadReads(id), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(console.session.thread()->rowCount(), before + 1);
    QCOMPARE(appended.count(), 1);
    QCOMPARE(appended.first().at(0).toInt(), before);
    QCOMPARE(appended.first().at(1).toInt(), before);
    QCOMPARE(rendered.count(), 0);
    QCOMPARE(view->shownRows(), before + 1);
    QCOMPARE(int(view->document()->rootFrame()->childFrames().size()), framesBefore + 1);
    QVERIFY(view->toPlainText().contains(text));
    // The reader's place stays.
    QCOMPARE(view->verticalScrollBar()->value(), scroll);
    // What was appended reads exactly as the whole thread rendered anew would.
    QTextBrowser full;
    full.setHtml(CaseThreadRenderer::toHtml(*console.session.openCaseSummary(),
        *console.session.thread(), console.session.outboxItemsFor(id), {}, false, false, {},
        SlaLabels::rows(console.session.openCaseSla())));
    QCOMPARE(view->document()->toHtml(), full.document()->toHtml());
}

void TestThreadView::anotherCaseIsRenderedAnew()
{
    Console console(
        m_server->graphqlUrl(), m_server->tokenUrl(), m_data.filePath(QStringLiteral("b.db")));
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(console.session.cases()->rowCount() >= 2);
    QTRY_VERIFY(!console.session.isIndexing()); // the first sync is stored
    ThreadView *view = console.window.threadView();
    QSignalSpy rendered(view, &ThreadView::rendered);
    const QString first = console.session.cases()->caseAt(0)->id;
    const QString second = console.session.cases()->caseAt(1)->id;
    console.window.selectCase(first);
    QTRY_COMPARE(console.session.thread()->caseId(), first);
    QCOMPARE(view->caseId(), first);
    QCOMPARE(rendered.count(), 1);
    console.window.selectCase(second);
    QTRY_COMPARE(console.session.thread()->caseId(), second);
    QCOMPARE(view->caseId(), second);
    QCOMPARE(rendered.count(), 2);
    QCOMPARE(view->shownRows(), console.session.thread()->rowCount());
    QTextBrowser full;
    full.setHtml(CaseThreadRenderer::toHtml(*console.session.openCaseSummary(),
        *console.session.thread(), console.session.outboxItemsFor(second), {}, false, false, {},
        SlaLabels::rows(console.session.openCaseSla())));
    QCOMPARE(view->document()->toHtml(), full.document()->toHtml());
    // None: the view is empty and says what to do.
    console.session.openCase({});
    QTRY_VERIFY(view->caseId().isEmpty());
    QVERIFY(view->toPlainText().isEmpty());
}

void TestThreadView::newWordsRenderTheMessagesAgainInPlace()
{
    Console console(
        m_server->graphqlUrl(), m_server->tokenUrl(), m_data.filePath(QStringLiteral("c.db")));
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(console.session.cases()->rowCount() >= 40);
    QVERIFY(console.window.caseView()->selectLongestThread());
    const QString id = console.session.openCaseId();
    QTRY_COMPARE(console.session.thread()->caseId(), id);
    CommunicationThreadModel *thread = console.session.thread();
    ThreadView *view = console.window.threadView();
    QString providerType;
    for (int row = 0; row < thread->rowCount() && providerType.isEmpty(); ++row) {
        if (thread->index(row).data(CommunicationThreadModel::IsFromProviderRole).toBool())
            providerType = thread->at(row)->type;
    }
    QVERIFY(!providerType.isEmpty());

    // The profile says that word is ours: every message is rendered again where it is.
    QSignalSpy rerendered(view, &ThreadView::rowsRerendered);
    QSignalSpy rendered(view, &ThreadView::rendered);
    WordOverrides overrides;
    overrides.ourTypes = QStringList {providerType};
    console.session.setWordOverrides(overrides);
    QCOMPARE(rerendered.count(), 1);
    QCOMPARE(rerendered.first().at(0).toInt(), 0);
    QCOMPARE(rerendered.first().at(1).toInt(), thread->rowCount() - 1);
    QCOMPARE(rendered.count(), 0);
    QTextBrowser full;
    full.setHtml(CaseThreadRenderer::toHtml(*console.session.openCaseSummary(), *thread,
        console.session.outboxItemsFor(id), {}, false, false, {},
        SlaLabels::rows(console.session.openCaseSla())));
    QCOMPARE(view->document()->toHtml(), full.document()->toHtml());
}

void TestThreadView::aSearchHitIsHighlightedAndTheThreadOpensAtIt()
{
    Console console(
        m_server->graphqlUrl(), m_server->tokenUrl(), m_data.filePath(QStringLiteral("d.db")));
    console.window.resize(1000, 500);
    console.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console.window));
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(console.session.cases()->rowCount() >= 40);
    QVERIFY(console.window.caseView()->selectLongestThread());
    const QString id = console.session.openCaseId();
    ThreadView *view = console.window.threadView();
    QTRY_COMPARE(view->caseId(), id);
    QTRY_VERIFY(view->shownRows() > 5);

    // A word of the last message that the thread has nowhere before it.
    CommunicationThreadModel *thread = console.session.thread();
    const QString last = thread->at(thread->rowCount() - 1)->message;
    const QString plain = view->toPlainText();
    const qsizetype lastAt = plain.lastIndexOf(last.section(u'\n', 0, 0));
    QVERIFY(lastAt > 0);
    QString word;
    const QRegularExpression words(QStringLiteral("\\b[A-Za-z]{5,}\\b"));
    for (auto it = words.globalMatch(last); it.hasNext() && word.isEmpty();) {
        const QString candidate = it.next().captured();
        const QList<int> at = hitPositions(plain, candidate);
        if (!at.isEmpty() && at.first() >= lastAt)
            word = candidate;
    }
    if (word.isEmpty())
        QSKIP("the last message has no word of its own");

    // Another case is open while the engineer searches; then they open the hit.
    console.window.selectCase(console.session.cases()->caseAt(0)->id == id
            ? console.session.cases()->caseAt(1)->id
            : console.session.cases()->caseAt(0)->id);
    QTRY_VERIFY(view->caseId() != id);
    QSignalSpy searched(&console.session, &CaseSession::searchFinished);
    // Search waits for the first sync's indexing (the thread shows before it is done).
    QTRY_VERIFY_WITH_TIMEOUT(console.window.searchField()->isEnabled(), 15'000);
    console.window.searchField()->setFocus();
    QTest::keyClicks(console.window.searchField(), word);
    QVERIFY(searched.wait(5000));
    console.window.selectCase(id);
    QTRY_COMPARE(view->caseId(), id);
    QTRY_COMPARE(view->shownRows(), thread->rowCount());

    // Every hit highlighted; the thread shows the first one, selected.
    const QList<int> hits = hitPositions(view->toPlainText(), word);
    QTRY_COMPARE(view->extraSelections().size(), hits.size());
    QTRY_COMPARE(view->textCursor().selectionStart(), hits.first());
    QVERIFY(view->textCursor().selectedText().compare(word, Qt::CaseInsensitive) == 0);
    QTRY_VERIFY(view->verticalScrollBar()->value() > 0);
    QTRY_VERIFY(isShown(view, hits.first()));
    if (const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(console.window.grab().save(dir + QStringLiteral("/thread-search-hit.png")));

    // The search ends: so do the highlights.
    console.window.searchField()->clear();
    QVERIFY(searched.wait(5000));
    QTRY_VERIFY(view->extraSelections().isEmpty());
}

void TestThreadView::ctrlFFindsInTheThreadAndF3StepsThroughTheHits()
{
    Console console(
        m_server->graphqlUrl(), m_server->tokenUrl(), m_data.filePath(QStringLiteral("e.db")));
    console.window.resize(1000, 500);
    console.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console.window));
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(console.session.cases()->rowCount() >= 40);
    QVERIFY(console.window.caseView()->selectLongestThread());
    ThreadView *view = console.window.threadView();
    QTRY_COMPARE(view->caseId(), console.session.openCaseId());
    QTRY_VERIFY(view->shownRows() > 5);
    console.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&console.window));

    // Ctrl+F in the thread opens its own find bar, not the search of all threads.
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    auto *find = console.window.findChild<QLineEdit *>(QStringLiteral("threadFindField"));
    QVERIFY(find);
    QTRY_VERIFY(find->isVisible());
    QTRY_VERIFY(find->hasFocus());
    QVERIFY(!console.window.searchField()->hasFocus());

    const QString word = QStringLiteral("the");
    QTest::keyClicks(find, word);
    const QList<int> hits = hitPositions(view->toPlainText(), word);
    QVERIFY(hits.size() >= 3);
    QTRY_COMPARE(view->extraSelections().size(), hits.size());
    QTRY_COMPARE(view->textCursor().selectionStart(), hits.at(0));
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(view->textCursor().selectionStart(), hits.at(1));
    QTest::keyClick(find, Qt::Key_F3);
    QCOMPARE(view->textCursor().selectionStart(), hits.at(2));
    QTest::keyClick(find, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view->textCursor().selectionStart(), hits.at(1));
    QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(view->textCursor().selectionStart(), hits.at(0));
    // Backwards from the first: the last.
    QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(view->textCursor().selectionStart(), hits.last());
    QVERIFY(isShown(view, hits.last()));
    if (const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(console.window.grab().save(dir + QStringLiteral("/thread-find-bar.png")));

    // Esc closes the bar, back in the thread, without highlights.
    QTest::keyClick(find, Qt::Key_Escape);
    QTRY_VERIFY(!find->isVisible());
    QTRY_VERIFY(view->hasFocus());
    QVERIFY(view->extraSelections().isEmpty());
}

void TestThreadView::anUnreadCaseOpensAtItsFirstNewMessage()
{
    Console console(
        m_server->graphqlUrl(), m_server->tokenUrl(), m_data.filePath(QStringLiteral("f.db")));
    console.window.resize(1000, 500);
    console.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console.window));
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(console.session.cases()->rowCount() >= 40);
    QVERIFY(console.window.caseView()->selectLongestThread());
    const QString id = console.session.openCaseId();
    ThreadView *view = console.window.threadView();
    QTRY_COMPARE(view->caseId(), id);
    QTRY_VERIFY(view->shownRows() > 5);
    const int before = view->shownRows();
    const QString other = console.session.cases()->caseAt(0)->id == id
        ? console.session.cases()->caseAt(1)->id
        : console.session.cases()->caseAt(0)->id;
    console.window.selectCase(other);
    QTRY_COMPARE(view->caseId(), other);

    // The provider answers on the long thread; the engineer opens it from the list.
    QVERIFY(!m_server
                 ->control("POST", QStringLiteral("/cases/%1/reply").arg(id),
                     {{QStringLiteral("message"), QStringLiteral("Circuit restored at 10:42.")}})
                 .contains(QLatin1String("error")));
    console.session.pollNow();
    QVERIFY(succeeded.wait(15'000));
    QVERIFY(console.storeIdle());
    console.window.selectCase(id);
    QTRY_COMPARE(view->caseId(), id);
    QTRY_COMPARE(view->shownRows(), before + 1);
    QVERIFY(
        console.session.thread()->index(before).data(CommunicationThreadModel::IsNewRole).toBool());

    // The first new message is in sight, not below the fold.
    const QList<QTextFrame *> frames = view->document()->rootFrame()->childFrames();
    QTextFrame *firstNew = frames.at(frames.size() - view->shownRows() + before);
    QTRY_VERIFY(view->verticalScrollBar()->value() > 0);
    QTRY_VERIFY(isShown(view, firstNew->firstPosition()));

    // Back to it from anywhere with Ctrl+Shift+N, after reading the top.
    console.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&console.window));
    view->verticalScrollBar()->setValue(0);
    QVERIFY(!isShown(view, firstNew->firstPosition()));
    QTest::keyClick(&console.window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(isShown(view, firstNew->firstPosition()));
}

void TestThreadView::newestFirstShowsTheLatestOnTopAndAPollInsertsItThere()
{
    Console console(
        m_server->graphqlUrl(), m_server->tokenUrl(), m_data.filePath(QStringLiteral("g.db")));
    console.window.resize(1000, 500);
    console.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console.window));
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(console.session.cases()->rowCount() >= 40);
    ThreadView *view = console.window.threadView();
    QVERIFY(!view->isNewestFirst());

    // View > Newest First in Thread, a checkable item of the window's View menu.
    auto *viewMenu = console.window.findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(viewMenu);
    QAction *newestFirst = nullptr;
    for (QAction *action : viewMenu->actions()) {
        if (action->objectName() == QLatin1String("newestFirstAction"))
            newestFirst = action;
    }
    QVERIFY(newestFirst);
    QVERIFY(newestFirst->isCheckable());
    newestFirst->trigger();
    QVERIFY(newestFirst->isChecked());
    QVERIFY(view->isNewestFirst());
    QCOMPARE(QSettings().value(SettingsKeys::ThreadNewestFirst).toBool(), true);

    QVERIFY(console.window.caseView()->selectLongestThread());
    const QString id = console.session.openCaseId();
    QTRY_COMPARE(view->caseId(), id);
    CommunicationThreadModel *thread = console.session.thread();
    // Its messages come from the store once the first sync is written there (in the background).
    QTRY_VERIFY(thread->caseId() == id && thread->rowCount() > 5);
    const int before = thread->rowCount();
    QTRY_COMPARE(view->shownRows(), before);
    // The latest message is the first one shown, the oldest the last.
    QList<QTextFrame *> frames = messageFrames(view);
    QVERIFY(
        frameText(frames.first()).contains(thread->at(before - 1)->message.section(u'\n', 0, 0)));
    QVERIFY(frameText(frames.last()).contains(thread->at(0)->message.section(u'\n', 0, 0)));
    CaseThreadRenderer::ThreadOptions options;
    options.newestFirst = true;
    QTextBrowser full;
    full.setHtml(CaseThreadRenderer::toHtml(*console.session.openCaseSummary(), *thread,
        console.session.outboxItemsFor(id), {}, false, false, options,
        SlaLabels::rows(console.session.openCaseSla())));
    QCOMPARE(view->document()->toHtml(), full.document()->toHtml());

    // The reader is in the middle of the thread; a message there is at some height in the view.
    QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
    const int scroll = view->verticalScrollBar()->maximum() / 2;
    view->verticalScrollBar()->setValue(scroll);
    QTextCursor reading = view->cursorForPosition(QPoint(20, view->viewport()->height() / 2));
    const int readingY = view->cursorRect(reading).top();

    // The provider replies; the poll inserts it at the top, nothing else is rendered.
    const QString text = QStringLiteral("Spare router shipped, tracking 1Z999.");
    QVERIFY(!m_server
                 ->control("POST", QStringLiteral("/cases/%1/reply").arg(id),
                     {{QStringLiteral("message"), text}})
                 .contains(QLatin1String("error")));
    QSignalSpy inserted(thread, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(thread, &QAbstractItemModel::modelReset);
    QSignalSpy appended(view, &ThreadView::rowsAppended);
    QSignalSpy rendered(view, &ThreadView::rendered);
    console.session.pollNow();
    QVERIFY(succeeded.wait(15'000));
    QTRY_COMPARE(view->shownRows(), before + 1);
    QVERIFY(console.storeIdle());
    QCOMPARE(console.counting->threadReads(id), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(appended.count(), 1);
    QCOMPARE(appended.first().at(0).toInt(), before);
    QCOMPARE(rendered.count(), 0);
    frames = messageFrames(view);
    QVERIFY(frameText(frames.first()).contains(text));
    QVERIFY(!frameText(frames.at(1)).contains(text));
    // What the reader was reading is where it was: the view moved down with the insertion.
    QCOMPARE(view->cursorRect(reading).top(), readingY);
    QVERIFY(view->verticalScrollBar()->value() > scroll);
    full.setHtml(CaseThreadRenderer::toHtml(*console.session.openCaseSummary(), *thread,
        console.session.outboxItemsFor(id), {}, false, false, options,
        SlaLabels::rows(console.session.openCaseSla())));
    QCOMPARE(view->document()->toHtml(), full.document()->toHtml());

    // The first new message and the latest are the top one; a find hit in it is found.
    console.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&console.window));
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QVERIFY(!isShown(view, frames.first()->firstPosition()));
    QTest::keyClick(&console.window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(isShown(view, frames.first()->firstPosition()));
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QTest::keyClick(&console.window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(isShown(view, frames.first()->firstPosition()));
    view->openFindBar();
    auto *find = console.window.findChild<QLineEdit *>(QStringLiteral("threadFindField"));
    QVERIFY(find);
    QTest::keyClicks(find, QStringLiteral("1Z999"));
    QTRY_COMPARE(view->hitCount(), 1);
    QVERIFY(view->textCursor().selectionStart() > frames.first()->firstPosition());
    QVERIFY(view->textCursor().selectionStart() < frames.first()->lastPosition());
    QTest::keyClick(find, Qt::Key_Escape);
    view->verticalScrollBar()->setValue(0);
    if (const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(console.window.grab().save(dir + QStringLiteral("/thread-newest-first.png")));

    // The choice is kept: a thread view made later reads newest first too.
    ThreadView later(&console.session);
    QVERIFY(later.isNewestFirst());
}

void TestThreadView::statusUpdatesCollapseToOneLineAndBack()
{
    Console console(
        m_server->graphqlUrl(), m_server->tokenUrl(), m_data.filePath(QStringLiteral("h.db")));
    console.window.resize(1000, 600);
    console.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console.window));
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(console.session.cases()->rowCount() >= 40);
    QVERIFY(console.window.caseView()->selectLongestThread());
    ThreadView *view = console.window.threadView();
    const QString id = console.session.openCaseId();
    QTRY_COMPARE(view->caseId(), id);
    CommunicationThreadModel *thread = console.session.thread();
    QTRY_COMPARE(view->shownRows(), thread->rowCount());
    // Two more status updates on it, whatever it had.
    const int before = thread->rowCount();
    for (const char *status : {"OnHold", "InProgress"}) {
        QVERIFY(!m_server
                     ->control("POST", QStringLiteral("/cases/%1/status").arg(id),
                         {{QStringLiteral("status"), QLatin1String(status)}})
                     .contains(QLatin1String("error")));
    }
    console.session.pollNow();
    QVERIFY(succeeded.wait(15'000));
    QTRY_COMPARE(view->shownRows(), before + 2);
    QList<int> statusRows;
    for (int row = 0; row < thread->rowCount(); ++row) {
        if (thread->index(row).data(CommunicationThreadModel::IsStatusUpdateRole).toBool())
            statusRows << row;
    }
    QVERIFY(statusRows.size() >= 2);
    const auto lines = [view](int row) {
        // A line break inside a message is a line separator in its table's text.
        return int(frameText(messageFrames(view).at(row)).count(QChar::LineSeparator)) + 1;
    };
    QVERIFY(lines(statusRows.first()) >= 2);

    // View > Collapse Status Updates: each status update on one line.
    auto *collapse
        = console.window.findChild<QAction *>(QStringLiteral("collapseStatusUpdatesAction"));
    QVERIFY(collapse);
    QVERIFY(collapse->isCheckable());
    QSignalSpy rerendered(view, &ThreadView::rowsRerendered);
    QSignalSpy rendered(view, &ThreadView::rendered);
    collapse->trigger();
    QVERIFY(view->collapsesStatusUpdates());
    QCOMPARE(QSettings().value(SettingsKeys::CollapseStatusUpdates).toBool(), true);
    QCOMPARE(rendered.count(), 1);
    for (int row = 0; row < thread->rowCount(); ++row) {
        const bool status = statusRows.contains(row);
        QCOMPARE(view->isCollapsed(row), status);
        if (status) {
            const QString line = frameText(messageFrames(view).at(row));
            QVERIFY2(lines(row) == 1,
                qPrintable(line
                    + QStringLiteral(" frames %1 rows %2 row %3")
                          .arg(view->document()->rootFrame()->childFrames().size())
                          .arg(view->shownRows())
                          .arg(row)));
            QVERIFY2(line.contains(QStringLiteral("Status update")), qPrintable(line));
            QVERIFY(line.contains(thread->at(row)->message.simplified()));
        }
    }
    CaseThreadRenderer::ThreadOptions options;
    options.collapseStatusUpdates = true;
    QTextBrowser full;
    full.setHtml(CaseThreadRenderer::toHtml(*console.session.openCaseSummary(), *thread,
        console.session.outboxItemsFor(id), {}, false, false, options,
        SlaLabels::rows(console.session.openCaseSla())));
    QCOMPARE(view->document()->toHtml(), full.document()->toHtml());
    if (const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        view->showLatestMessage();
        QVERIFY(console.window.grab().save(dir + QStringLiteral("/thread-collapsed-status.png")));
    }

    // A click on one's arrow shows that one in full; the others stay on one line.
    const int one = statusRows.first();
    QTextFrame *frame = messageFrames(view).at(one);
    QTextCursor arrow(view->document());
    arrow.setPosition(frame->firstPosition());
    view->setTextCursor(arrow);
    view->ensureCursorVisible();
    const QRect at = view->cursorRect(arrow);
    const QPoint click(at.right() + view->fontMetrics().averageCharWidth() / 2, at.center().y());
    QCOMPARE(view->anchorAt(click), CaseThreadRenderer::toggleUrl(one).toString());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, click);
    QTRY_VERIFY(!view->isCollapsed(one));
    QVERIFY(lines(one) >= 2);
    QVERIFY(view->isCollapsed(statusRows.at(1)));
    QCOMPARE(rerendered.count(), 1); // that one alone, in place
    QCOMPARE(rendered.count(), 1);

    // From the keyboard: Return with the text cursor in a status update puts it on one line
    // again (Tab leaves the thread: tst_windowlayout).
    console.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&console.window));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTextCursor inside = view->cursorForPosition(click);
    inside.movePosition(QTextCursor::EndOfLine);
    view->setTextCursor(inside);
    QVERIFY(!view->textCursor().charFormat().isAnchor());
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(view->isCollapsed(one));
    QCOMPARE(lines(one), 1);

    // Unchecked: every status update in full again.
    collapse->trigger();
    QVERIFY(!view->collapsesStatusUpdates());
    for (int row : std::as_const(statusRows))
        QVERIFY(!view->isCollapsed(row));
    QCOMPARE(QSettings().value(SettingsKeys::CollapseStatusUpdates).toBool(), false);
}

void TestThreadView::theSitesTimeIsShownBesideTheLocalTimeWhereTheDatesTellIt()
{
    // The article gives no site time zone. The sandbox writes a case's dates in its site's
    // offset (the default) or all in UTC (--dates utc): the site's time shows for the first,
    // local time alone for the second and for a site at +00:00.
    SandboxServer utcServer({QStringLiteral("--dates"), QStringLiteral("utc")});
    QVERIFY2(utcServer.start(), qPrintable(utcServer.errorString()));
    QString chicago, london;
    {
        Console console(
            m_server->graphqlUrl(), m_server->tokenUrl(), m_data.filePath(QStringLiteral("i.db")));
        QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
        console.session.start();
        QVERIFY(succeeded.wait(15'000));
        QTRY_VERIFY(console.session.cases()->rowCount() >= 40);
        for (int row = 0; row < console.session.cases()->rowCount(); ++row) {
            const CaseSummary *c = console.session.cases()->caseAt(row);
            const int offset = c->lastModifiedDate.offsetSeconds();
            if (offset == -6 * 3600 && chicago.isEmpty())
                chicago = c->id;
            if (offset == 0 && london.isEmpty())
                london = c->id;
        }
        QVERIFY(!chicago.isEmpty());
        QVERIFY(!london.isEmpty());
        ThreadView *view = console.window.threadView();
        console.window.selectCase(chicago);
        QTRY_COMPARE(view->caseId(), chicago);
        QTRY_VERIFY(view->shownRows() > 0);
        // Local time (UTC here) with the site's beside it, in the header and on each message.
        const QString plain = view->toPlainText();
        const QRegularExpression site(QStringLiteral("\\(site [^)]*UTC-06:00\\)"));
        QVERIFY2(plain.count(site) >= view->shownRows() + 2, qPrintable(plain));
        console.window.selectCase(london);
        QTRY_COMPARE(view->caseId(), london);
        QTRY_VERIFY(view->shownRows() > 0);
        QVERIFY(!view->toPlainText().contains(QStringLiteral("(site ")));
    }
    Console console(
        utcServer.graphqlUrl(), utcServer.tokenUrl(), m_data.filePath(QStringLiteral("j.db")));
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(console.session.cases()->caseById(chicago));
    QCOMPARE(console.session.cases()->caseById(chicago)->lastModifiedDate.offsetSeconds(), 0);
    ThreadView *view = console.window.threadView();
    console.window.selectCase(chicago);
    QTRY_COMPARE(view->caseId(), chicago);
    QTRY_VERIFY(view->shownRows() > 0);
    QVERIFY(!view->toPlainText().contains(QStringLiteral("(site ")));
}

QTEST_MAIN(TestThreadView)
#include "tst_threadview.moc"
