// The incident timeline (issue 14, item 2): the console records each status change it sees
// between two polls of the real sandbox, in the store and in the session, and shows the open
// case's timeline. Against the sandbox server on loopback, on the offscreen platform.

#include "SandboxServer.h"
#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "models/CaseListModel.h"
#include "models/CaseTimelineModel.h"
#include "models/CommunicationThreadModel.h"
#include "session/CaseSession.h"
#include "store/StoreThread.h"
#include "ui/MainWindow.h"
#include "ui/ThreadPaneSwitch.h"
#include "ui/ThreadView.h"
#include "ui/TimelineView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <ctime>
#include <memory>

namespace {

// The console's objects as app/Console.cpp wires them, without a window.
struct Session
{
    Session(const SandboxServer &server, const QString &databasePath)
        : store(databasePath)
        , poller(connection.api())
        , outbox(connection.api(), &store)
        , session(&store, &poller, &outbox, connection.api())
    {
        Profile profile;
        profile.endpoint = server.graphqlUrl();
        profile.tokenUrl = server.tokenUrl();
        profile.clientId = QStringLiteral("demo-client");
        connection.configure(profile);
        connection.setClientSecret(SandboxServer::demoSecret());
        connection.setTimeout(15'000);
        poller.setInterval(3600);
    }

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
    StoreThread store;
    CasePoller poller;
    Outbox outbox;
    CaseSession session;
};

// An open incident of the session's list (the sandbox's seed has several).
QString openIncident(const CaseSession &session)
{
    for (int row = 0; row < session.cases()->rowCount(); ++row) {
        const CaseSummary *c = session.cases()->caseAt(row);
        if (c->isIncident() && c->isOpen(session.words()))
            return c->id;
    }
    return {};
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aStatusChangeBetweenTwoPollsIsRecordedAndKept();
    void theOpenCasesTimelineIsShownAndFollowsAPoll();

private:
    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_data;
};

void TestTimeline::initTestCase()
{
    // Local time an hour ahead of UTC, without daylight saving, whatever the machine's zone.
    qputenv("TZ", "UTC-01:00");
    tzset();
    QVERIFY(m_data.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<SandboxServer>(QStringList {QStringLiteral("--control")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestTimeline::aStatusChangeBetweenTwoPollsIsRecordedAndKept()
{
    const QString path = m_data.filePath(QStringLiteral("a.db"));
    QString id;
    QString before;
    {
        Session s(*m_server, path);
        QSignalSpy succeeded(&s.poller, &CasePoller::pollSucceeded);
        s.session.start();
        QVERIFY(succeeded.wait(15'000));
        QTRY_VERIFY(s.session.cases()->rowCount() > 0);
        QTRY_VERIFY(!s.session.isIndexing());
        id = openIncident(s.session);
        QVERIFY(!id.isEmpty());
        before = s.session.cases()->caseById(id)->status;
        // The first sight of every case records nothing.
        QVERIFY(s.session.observedChanges(id).isEmpty());

        // The provider resolves it; the next poll sees it.
        const QJsonObject answer
            = m_server->control("POST", QStringLiteral("/cases/%1/status").arg(id),
                {{QStringLiteral("status"), QStringLiteral("Resolved")}});
        QVERIFY2(!answer.contains(QLatin1String("error")),
            qPrintable(answer.value(QLatin1String("error")).toString()));
        QCOMPARE(answer.value(QLatin1String("previousStatus")).toString(), before);
        const QString after = answer.value(QLatin1String("status")).toString();
        QSignalSpy changed(s.session.observedHistory(), &ObservedHistory::changed);
        const QDateTime polled = QDateTime::currentDateTimeUtc().addSecs(-1);
        s.session.pollNow();
        QVERIFY(changed.wait(15'000));
        QCOMPARE(changed.first().first().toString(), id);
        const QList<ObservedChange> seen = s.session.observedChanges(id);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().field, ObservedChange::Field::Status);
        QCOMPARE(seen.first().from, before);
        QCOMPARE(seen.first().to, after);
        QVERIFY(seen.first().at.toDateTime() >= polled);
        // The clocks read it as a status change, after the status it changed from.
        const QList<StatusChange> clocks = s.session.observedStatusChanges(id);
        QCOMPARE(clocks.size(), 2);
        QCOMPARE(clocks.first().status, before);
        QCOMPARE(clocks.last().status, after);
        QCOMPARE(clocks.last().at, seen.first().at);
        QVERIFY(s.storeIdle());
    }
    // The next run knows it from the store.
    Session again(*m_server, path);
    QSignalSpy loaded(&again.session, &CaseSession::loaded);
    again.session.start(false);
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(again.session.observedChanges(id).size(), 1);
    QCOMPARE(again.session.observedChanges(id).first().from, before);
}

void TestTimeline::theOpenCasesTimelineIsShownAndFollowsAPoll()
{
    Session s(*m_server, m_data.filePath(QStringLiteral("b.db")));
    MainWindow window(&s.session);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy succeeded(&s.poller, &CasePoller::pollSucceeded);
    s.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(s.session.cases()->rowCount() > 0);
    QTRY_VERIFY(!s.session.isIndexing());
    const QString id = openIncident(s.session);
    QVERIFY(!id.isEmpty());
    window.selectCase(id);
    QTRY_COMPARE(s.session.thread()->caseId(), id);
    QTRY_VERIFY(s.session.thread()->rowCount() > 0);

    // The thread shows first; the timeline is in the Case menu with its shortcut.
    auto *pane = window.findChild<ThreadPaneSwitch *>();
    auto *timeline = window.findChild<TimelineView *>();
    QVERIFY(pane && timeline);
    QCOMPARE(pane->tabBar()->tabText(0), QStringLiteral("Thread"));
    QCOMPARE(pane->tabBar()->tabText(1), QStringLiteral("Timeline"));
    QVERIFY(window.threadView()->isVisible());
    QVERIFY(!timeline->isVisible());
    bool inCaseMenu = false;
    for (QObject *menu : pane->timelineAction()->associatedObjects()) {
        if (auto *m = qobject_cast<QMenu *>(menu))
            inCaseMenu = inCaseMenu || m->title() == QStringLiteral("&Case");
    }
    QVERIFY(inCaseMenu);
    QCOMPARE(pane->timelineAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    auto *tester = new QAbstractItemModelTester(
        timeline->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, timeline);
    Q_UNUSED(tester)

    // Ctrl+Shift+T from the thread: the timeline, with the keyboard in it.
    window.threadView()->setFocus();
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(timeline->isVisible());
    QVERIFY(!window.threadView()->isVisible());
    QVERIFY(pane->timelineAction()->isChecked());
    QTRY_VERIFY(timeline->entries()->hasFocus());
    const CaseTimelineModel *model = timeline->model();
    QCOMPARE(model->caseId(), id);
    const QList<TimelineEntry> expected = s.session.openCaseTimeline();
    QCOMPARE(model->rowCount(), int(expected.size()));
    // Oldest first: the creation (after the start of the incident when the case has one), and
    // each message of the thread with its local time and offset.
    QStringList kinds;
    for (int row = 0; row < model->rowCount(); ++row)
        kinds << model->index(row, CaseTimelineModel::KindColumn).data().toString();
    QVERIFY(kinds.contains(QStringLiteral("Created")));
    QCOMPARE(kinds.count(QStringLiteral("Message")) + kinds.count(QStringLiteral("Status update")),
        s.session.thread()->rowCount());
    const QDateTime created
        = s.session.openCaseSummary()->createdDate.toDateTime().toTimeSpec(Qt::OffsetFromUTC);
    const int createdRow = int(kinds.indexOf(QStringLiteral("Created")));
    QCOMPARE(model->index(createdRow, CaseTimelineModel::TimeColumn).data().toString(),
        created.addSecs(3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            + QStringLiteral(" (UTC+01:00)"));
    // The outage of the open incident runs to now.
    QTRY_VERIFY(timeline->outageText().contains(QStringLiteral("outage ongoing for")));
    QVERIFY(timeline->outageText().startsWith(id));

    // A row shows one line; the current entry is whole under the list (Down to a message).
    int messageRow = -1;
    for (int row = 0; row < model->rowCount() && messageRow < 0; ++row) {
        if (model->index(row, CaseTimelineModel::KindColumn).data() == QStringLiteral("Message"))
            messageRow = row;
    }
    QVERIFY(messageRow >= 0);
    for (int row = 0; row <= messageRow; ++row)
        QTest::keyClick(timeline->entries(), row == 0 ? Qt::Key_Home : Qt::Key_Down);
    QCOMPARE(timeline->entries()->currentIndex().row(), messageRow);
    const QString whole = model->index(messageRow, CaseTimelineModel::DetailsColumn)
                              .data(Qt::ToolTipRole)
                              .toString();
    QVERIFY(!whole.isEmpty());
    QVERIFY2(timeline->detail()->toPlainText().endsWith(whole),
        qPrintable(timeline->detail()->toPlainText()));
    QVERIFY(timeline->detail()->toPlainText().contains(u"· Message"));
    QVERIFY(timeline->detail()->isVisible());

    // The provider resolves it: a poll adds the observed change at the end, no reset.
    const int before = model->rowCount();
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    const QString previous = s.session.openCaseSummary()->status;
    const QJsonObject answer = m_server->control("POST", QStringLiteral("/cases/%1/status").arg(id),
        {{QStringLiteral("status"), QStringLiteral("Resolved")}});
    QVERIFY(!answer.contains(QLatin1String("error")));
    const QString resolved = answer.value(QLatin1String("status")).toString();
    s.session.pollNow();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > before, 15'000);
    QCOMPARE(reset.count(), 0);
    QVERIFY(inserted.count() >= 1);
    QStringList details;
    for (int row = before - 1; row < model->rowCount(); ++row)
        details << model->index(row, CaseTimelineModel::DetailsColumn).data().toString();
    const ObservedChange seen = s.session.observedChanges(id).value(0);
    const QString line
        = QStringLiteral("Status %1 → %2 (seen %3)")
              .arg(previous, resolved,
                  seen.at.toDateTime().toLocalTime().toString(QStringLiteral("HH:mm")));
    QVERIFY2(details.contains(line), qPrintable(details.join(u'\n')));
    // Resolved: the outage has an end now.
    QTRY_VERIFY(timeline->outageText().contains(QStringLiteral(", from ")));
    QVERIFY(!timeline->outageText().contains(QStringLiteral("ongoing")));
    if (const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(window.grab().save(dir + QStringLiteral("/timeline.png")));

    // The tab goes back to the thread.
    QTest::mouseClick(pane->tabBar(), Qt::LeftButton, {}, pane->tabBar()->tabRect(0).center());
    QTRY_VERIFY(window.threadView()->isVisible());
    QVERIFY(!pane->timelineAction()->isChecked());
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
