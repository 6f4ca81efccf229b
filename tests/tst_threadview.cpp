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
#include "session/CaseSession.h"
#include "store/SqliteStore.h"
#include "store/StoreThread.h"
#include "ui/CaseListView.h"
#include "ui/CaseThreadRenderer.h"
#include "ui/MainWindow.h"
#include "ui/ThreadView.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
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
    void aPollAppendsTheOpenCasesNewMessageWithoutReadingTheStore();
    void anotherCaseIsRenderedAnew();
    void newWordsRenderTheMessagesAgainInPlace();
    // Issue 13, defect 5: what was searched for, and what is new, are found in the thread.
    void aSearchHitIsHighlightedAndTheThreadOpensAtIt();
    void ctrlFFindsInTheThreadAndF3StepsThroughTheHits();
    void anUnreadCaseOpensAtItsFirstNewMessage();

private:
    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_data;
};

void TestThreadView::initTestCase()
{
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
        *console.session.thread(), console.session.outboxItemsFor(id)));
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
        *console.session.thread(), console.session.outboxItemsFor(second)));
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
    full.setHtml(CaseThreadRenderer::toHtml(
        *console.session.openCaseSummary(), *thread, console.session.outboxItemsFor(id)));
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

QTEST_MAIN(TestThreadView)
#include "tst_threadview.moc"
