// What is new and what was read, as an engineer works the case list: the main window on the
// real session against the real sandbox, driven with the mouse and the keys on the offscreen
// platform (issue 13, defects 1, 7 and 13).

#include "SandboxServer.h"
#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "models/CaseDraft.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "models/CaseTypeMatrix.h"
#include "models/OutboxItem.h"
#include "session/CaseSession.h"
#include "store/StoreThread.h"
#include "ui/CaseListView.h"
#include "ui/MainWindow.h"
#include "ui/MultiChoiceButton.h"
#include "ui/ReferenceDialog.h"
#include "ui/ThreadView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

// One console: connection, poller, store, session and window, as app/main.cpp wires them.
struct Console
{
    Console(const QUrl &graphql, const QUrl &token, const QString &databasePath)
        : store(databasePath)
        , poller(connection.api())
        , outbox(connection.api(), &store)
        , session(&store, &poller, &outbox, connection.api())
        , window(&session)
        , listTester(session.cases(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , proxyTester(session.filtered(), QAbstractItemModelTester::FailureReportingMode::QtTest)
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
    QStringList shownIds() const
    {
        QStringList ids;
        for (int row = 0; row < view()->model()->rowCount(); ++row)
            ids << idAt(row);
        return ids;
    }
    bool isUnread(const QString &caseId) const
    {
        const CaseSummary *c = session.cases()->caseById(caseId);
        return c && c->isUnread();
    }
    int unreadCount(const QStringList &ids) const
    {
        return int(std::count_if(
            ids.cbegin(), ids.cend(), [this](const QString &id) { return isUnread(id); }));
    }
    // The first row (in the list's order) of a case in `status`; -1 when there is none.
    int firstRowIn(QLatin1String status) const
    {
        for (int row = 0; row < view()->model()->rowCount(); ++row) {
            if (view()->model()->index(row, 0).data(CaseListModel::StatusRole).toString() == status)
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

    ProviderConnection connection;
    StoreThread store;
    CasePoller poller;
    Outbox outbox;
    CaseSession session;
    MainWindow window;
    QAbstractItemModelTester listTester;
    QAbstractItemModelTester proxyTester;
};

// The settled state after an event: what a person sees a moment later.
void settle()
{
    QTest::qWait(500);
}

} // namespace

class TestReadingMarks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void openingOneUnreadCaseMarksOnlyThatOne();
    void aPollKeepsTheRowsUnderThePointerUntilItLeaves();
    void theThreadSaysWhenTheFilterHidesItsCase();
    void ourOwnMessagesAndCasesAreNotNews();
    void ourReferenceIsNotNews();
    void noticesLeaveTheConnectionStateVisible();

private:
    // A console after its first sync, shown.
    std::unique_ptr<Console> startConsole(const QString &name);
    // The provider answers on `count` cases of the list, and a poll brings the answers.
    QStringList makeUnread(Console &console, int count);
    void providerReply(const QString &caseId, const QString &message);
    void poll(Console &console);

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_data;
};

void TestReadingMarks::initTestCase()
{
    QVERIFY(m_data.isValid());
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestReadingMarks::init()
{
    QSettings().clear(); // no filters or selection from another test
}

std::unique_ptr<Console> TestReadingMarks::startConsole(const QString &name)
{
    auto console = std::make_unique<Console>(m_server->graphqlUrl(), m_server->tokenUrl(),
        m_data.filePath(name + QStringLiteral(".db")));
    console->window.show();
    if (!QTest::qWaitForWindowExposed(&console->window))
        return nullptr;
    QSignalSpy succeeded(&console->poller, &CasePoller::pollSucceeded);
    console->session.start();
    if (!succeeded.wait(15'000))
        return nullptr;
    if (!QTest::qWaitFor([&] { return console->session.cases()->rowCount() >= 40; }, 15'000))
        return nullptr;
    return console;
}

void TestReadingMarks::providerReply(const QString &caseId, const QString &message)
{
    QVERIFY(!m_server
                 ->control("POST", QStringLiteral("/cases/%1/reply").arg(caseId),
                     {{QStringLiteral("message"), message}})
                 .contains(QLatin1String("error")));
}

void TestReadingMarks::poll(Console &console)
{
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.poller.pollNow();
    QVERIFY(succeeded.wait(15'000));
}

QStringList TestReadingMarks::makeUnread(Console &console, int count)
{
    QStringList ids;
    for (int row = 0; row < console.session.cases()->rowCount() && ids.size() < count; ++row) {
        const CaseSummary *c = console.session.cases()->caseAt(row);
        if (c->isOpen(ProviderWords()) && !c->isUnread())
            ids << c->id;
    }
    for (const QString &id : std::as_const(ids))
        providerReply(id, QStringLiteral("Technician dispatched for %1.").arg(id));
    poll(console);
    if (!QTest::qWaitFor([&] { return console.unreadCount(ids) == count; }, 15'000))
        return {};
    return ids;
}

// Defect 1: with six unread cases and "Unread only" on, a click and then `.` each mark only
// the case opened as read; it stays in the list until another case is opened.
void TestReadingMarks::openingOneUnreadCaseMarksOnlyThatOne()
{
    const auto console = startConsole(QStringLiteral("one-click"));
    QVERIFY(console);
    const QStringList unread = makeUnread(*console, 6);
    QCOMPARE(unread.size(), 6);
    auto *unreadOnly = console->window.findChild<QCheckBox *>(QStringLiteral("unreadOnly"));
    QVERIFY(unreadOnly);
    QTest::mouseClick(unreadOnly, Qt::LeftButton);
    QVERIFY(unreadOnly->isChecked());
    CaseListView *view = console->view();
    QTRY_COMPARE(view->model()->rowCount(), 6);

    // A click on the third row opens that case, and only that case becomes read.
    const QString clicked = console->idAt(2);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, console->centreOfRow(2));
    QTRY_COMPARE(console->session.openCaseId(), clicked);
    settle();
    QCOMPARE(console->session.openCaseId(), clicked);
    QVERIFY(!console->isUnread(clicked));
    QCOMPARE(console->unreadCount(unread), 5);
    // Still in the list, and still the selected row, until another case is opened.
    QCOMPARE(view->model()->rowCount(), 6);
    QVERIFY(console->shownIds().contains(clicked));
    QCOMPARE(view->currentIndex().data(CaseListModel::CaseIdRole).toString(), clicked);

    // `.` opens the next unread case: it becomes read; the case read before leaves the list.
    QTest::keyClick(view, Qt::Key_Period);
    QTRY_VERIFY(console->session.openCaseId() != clicked);
    const QString next = console->session.openCaseId();
    QVERIFY(unread.contains(next));
    settle();
    QCOMPARE(console->session.openCaseId(), next);
    QVERIFY(!console->isUnread(next));
    QCOMPARE(console->unreadCount(unread), 4);
    QCOMPARE(view->model()->rowCount(), 5);
    QVERIFY(!console->shownIds().contains(clicked));
    QVERIFY(console->shownIds().contains(next));
    QCOMPARE(view->currentIndex().data(CaseListModel::CaseIdRole).toString(), next);

    // `.` again, and again: the highlighted row is always the case the thread shows (it stayed
    // on the row position of the case that left, another case, while the thread showed the
    // one opened), also after a poll.
    for (int step = 0; step < 2; ++step) {
        const QString before = console->session.openCaseId();
        QTest::keyClick(view, Qt::Key_Period);
        QTRY_VERIFY(console->session.openCaseId() != before);
        settle();
        QTRY_COMPARE(view->currentIndex().data(CaseListModel::CaseIdRole).toString(),
            console->session.openCaseId());
        QCOMPARE(console->window.threadView()->caseId(), console->session.openCaseId());
    }
    poll(*console);
    settle();
    QCOMPARE(view->currentIndex().data(CaseListModel::CaseIdRole).toString(),
        console->session.openCaseId());
    const QString last = console->session.openCaseId();
    QCOMPARE(console->unreadCount(unread), 2);

    // The filter changes: only the unread ones are left.
    QTest::mouseClick(unreadOnly, Qt::LeftButton);
    QTest::mouseClick(unreadOnly, Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 2);
    settle();
    QCOMPARE(console->unreadCount(unread), 2);
    QCOMPARE(console->session.openCaseId(), last);
}

// Defect 7: a poll that changes the order while the pointer is over the list moves no row;
// once the pointer has left and the hold time passed, the new order is applied.
void TestReadingMarks::aPollKeepsTheRowsUnderThePointerUntilItLeaves()
{
    const auto console = startConsole(QStringLiteral("hold"));
    QVERIFY(console);
    CaseListView *view = console->view();
    // Sorted by the last change, newest first: the last row's case goes to the top when the
    // provider answers on it.
    const int rows = view->model()->rowCount();
    const QString bottom = console->idAt(rows - 1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, console->centreOfRow(3));
    const QString selected = console->idAt(3);
    QTRY_COMPARE(console->session.openCaseId(), selected);
    const QPoint pointer = console->centreOfRow(5);
    QTest::mouseMove(view->viewport(), pointer);
    const QString underPointer = console->idAt(5);
    const QStringList before = console->shownIds();

    const int messages = console->session.cases()->caseById(bottom)->communicationCount;
    providerReply(bottom, QStringLiteral("Fibre spliced."));
    poll(*console);
    QTRY_VERIFY(console->session.cases()->caseById(bottom)->communicationCount > messages);
    settle();
    QCOMPARE(view->indexAt(pointer).data(CaseListModel::CaseIdRole).toString(), underPointer);
    QCOMPARE(view->currentIndex().row(), 3);
    QCOMPARE(view->currentIndex().data(CaseListModel::CaseIdRole).toString(), selected);
    QCOMPARE(console->shownIds(), before);

    // The pointer leaves the list: after the hold time the new order is there.
    QTest::mouseMove(console->window.threadView()->viewport(), QPoint(20, 20));
    QTRY_COMPARE_WITH_TIMEOUT(console->idAt(0), bottom, 10'000);
    QCOMPARE(view->currentIndex().data(CaseListModel::CaseIdRole).toString(), selected);
    QCOMPARE(view->model()->rowCount(), rows);
}

// Defect 13 (a) and the cause of defect 1: a poll after which the filters hide the open case
// opens no other case in its place; the thread stays readable and says why the list lost it.
void TestReadingMarks::theThreadSaysWhenTheFilterHidesItsCase()
{
    const auto console = startConsole(QStringLiteral("hidden"));
    QVERIFY(console);
    CaseListView *view = console->view();
    auto *status = console->window.findChild<MultiChoiceButton *>(QStringLiteral("statusFilter"));
    for (QAction *choice : status->choiceMenu()->actions()) {
        if (choice->text() == QLatin1String("All open statuses"))
            choice->trigger();
    }
    QTRY_COMPARE(status->text(), QStringLiteral("All open statuses")); // once laid out
    QTest::mouseMove(view->viewport(), console->centreOfRow(1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, console->centreOfRow(1));
    const QString open = console->idAt(1);
    const QString below = console->idAt(2);
    QTRY_COMPARE(console->session.openCaseId(), open);
    QTRY_COMPARE(console->window.threadView()->caseId(), open);
    QVERIFY(!console->isUnread(below));
    // The engineer reads the thread; the list is free to change.
    QTest::mouseMove(console->window.threadView()->viewport(), QPoint(20, 20));
    QTest::qWait(3500); // the list's rows are held for 3 s after the pointer left

    // The provider resolves the open case; after the poll it is no longer an open status.
    QVERIFY(!m_server
                 ->control("POST", QStringLiteral("/cases/%1/status").arg(open),
                     {{QStringLiteral("status"), QStringLiteral("Resolved")}})
                 .contains(QLatin1String("error")));
    poll(*console);
    QTRY_VERIFY(!console->shownIds().contains(open));
    settle();
    QCOMPARE(console->session.openCaseId(), open); // no other case was opened instead
    QCOMPARE(console->window.threadView()->caseId(), open);
    QVERIFY(!view->currentIndex().isValid());
    auto *notice = console->window.findChild<QLabel *>(QStringLiteral("hiddenCaseNotice"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(open) && notice->text().contains(QLatin1String("filter")),
        qPrintable(notice->text()));
    if (const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(console->window.grab().save(dir + QStringLiteral("/hidden-case.png")));

    // Any status: the case is in the list again, selected, and the notice is gone.
    status->setChosen({});
    QTRY_COMPARE(view->currentIndex().data(CaseListModel::CaseIdRole).toString(), open);
    QVERIFY(!notice->isVisible());
    QCOMPARE(console->session.openCaseId(), open);
}

// Defect 13 (b, c): what the engineer wrote is not new to them: their reply leaves a read case
// read, and a P1 they created is neither unread nor a "New P1 incident" notice.
void TestReadingMarks::ourOwnMessagesAndCasesAreNotNews()
{
    const auto console = startConsole(QStringLiteral("own"));
    QVERIFY(console);
    QSignalSpy news(&console->session, &CaseSession::news);
    QSignalSpy done(&console->outbox, &Outbox::itemDone);
    CaseListView *view = console->view();
    // A case in progress (a reply to a resolved one would reopen it: that is news).
    const int row = console->firstRowIn(QLatin1String("InProgress"));
    QVERIFY(row >= 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, console->centreOfRow(row));
    const QString replied = console->idAt(row);
    QTRY_COMPARE(console->session.openCaseId(), replied);
    const int messages = console->session.cases()->caseById(replied)->communicationCount;
    console->session.submitReply(
        replied, QStringLiteral("Rebooted the CPE, please check."), QStringLiteral("Ann"));
    // The engineer moves on before the reply comes back with a poll.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, console->centreOfRow(row == 0 ? 1 : 0));
    QTRY_VERIFY(console->session.openCaseId() != replied);

    CaseDraft draft;
    draft.type = QStringLiteral("Incident");
    draft.priority = QStringLiteral("P1");
    draft.subject = QStringLiteral("ServiceDown");
    draft.serviceId = console->session.cases()->caseAt(0)->serviceId;
    draft.message = QStringLiteral("Our whole site is down.");
    draft.sentBy = QStringLiteral("Ann");
    draft.startOfIncident = Timestamp::fromDateTime(QDateTime::currentDateTimeUtc().addSecs(-600));
    QVERIFY(draft.isValid(CaseTypeMatrix::builtIn()));
    const QString key = console->session.submitCase(draft);
    QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 2, 15'000);
    QString created;
    for (const QList<QVariant> &signal : std::as_const(done)) {
        const auto item = signal.at(0).value<OutboxItem>();
        if (item.key == key)
            created = item.resultId;
    }
    QVERIFY(!created.isEmpty());
    // The confirmations ask for a poll; it brings both back.
    QTRY_VERIFY_WITH_TIMEOUT(console->session.cases()->caseById(created)
            && console->session.cases()->caseById(replied)->communicationCount > messages,
        15'000);
    settle();
    for (const QList<QVariant> &signal : std::as_const(news)) {
        for (const CaseNews &item : signal.at(0).value<QList<CaseNews>>())
            QVERIFY2(item.caseId != created && item.caseId != replied, qPrintable(item.title));
    }
    QVERIFY(!console->isUnread(replied));
    QCOMPARE(console->session.cases()->caseById(replied)->unreadCommunications(), 0);
    QVERIFY(!console->isUnread(created));
    QCOMPARE(console->session.cases()->caseById(created)->unreadCommunications(), 0);

    // The provider's answer on the case replied to is new, and a P1 the provider opens is news.
    providerReply(replied, QStringLiteral("CPE is back online."));
    const QJsonObject theirs = m_server->control("POST", QStringLiteral("/cases"),
        {{QStringLiteral("type"), QStringLiteral("Incident")},
            {QStringLiteral("subject"), QStringLiteral("ServiceDown")},
            {QStringLiteral("priority"), QStringLiteral("P1")},
            {QStringLiteral("serviceId"), draft.serviceId},
            {QStringLiteral("message"), QStringLiteral("Outage in the metro ring.")}});
    const QString p1 = theirs.value(QLatin1String("id")).toString();
    QVERIFY(!p1.isEmpty());
    poll(*console);
    QTRY_VERIFY(console->isUnread(replied));
    QTRY_VERIFY(console->isUnread(p1));
    bool told = false;
    for (const QList<QVariant> &signal : std::as_const(news)) {
        for (const CaseNews &item : signal.at(0).value<QList<CaseNews>>())
            told = told || (item.caseId == p1 && item.kind == CaseNews::Kind::UrgentIncident);
    }
    QVERIFY(told);
}

// Defect 13 (e): a notice has a place of its own in the status bar; the connection state stays.
// The NOC tryout: setting one's own reference on the case one reads marked it unread when the
// poll brought it back (its header changed; only our messages counted as ours).
void TestReadingMarks::ourReferenceIsNotNews()
{
    const auto console = startConsole(QStringLiteral("reference"));
    QVERIFY(console);
    QSignalSpy news(&console->session, &CaseSession::news);
    QSignalSpy done(&console->outbox, &Outbox::itemDone);
    CaseListView *view = console->view();
    const int row = console->firstRowIn(QLatin1String("InProgress"));
    QVERIFY(row >= 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, console->centreOfRow(row));
    const QString id = console->idAt(row);
    QTRY_COMPARE(console->session.openCaseId(), id);
    QTRY_VERIFY(!console->isUnread(id));

    // Case > Add Your Reference…: typed, and Enter (the dialog runs its own loop).
    QTimer typist;
    typist.setInterval(50);
    connect(&typist, &QTimer::timeout, this, [&typist] {
        auto *dialog = qobject_cast<ReferenceDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        typist.stop();
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("referenceEdit"));
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("NOC-4711"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    typist.start();
    auto *reference = console->window.findChild<QAction *>(QStringLiteral("referenceAction"));
    QVERIFY(reference && reference->isEnabled());
    reference->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1, 15'000);
    // The confirmation asks for a poll; it brings the case back with the reference.
    QTRY_COMPARE_WITH_TIMEOUT(console->session.cases()->caseById(id)->customerReference,
        QStringLiteral("NOC-4711"), 15'000);
    settle();
    QVERIFY(!console->isUnread(id));
    for (const QList<QVariant> &signal : std::as_const(news)) {
        for (const CaseNews &item : signal.at(0).value<QList<CaseNews>>())
            QVERIFY2(item.caseId != id, qPrintable(item.title));
    }
    // The provider's next word on it is new again.
    providerReply(id, QStringLiteral("Reference noted."));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, console->centreOfRow(row == 0 ? 1 : 0));
    QTRY_VERIFY(console->session.openCaseId() != id);
    poll(*console);
    QTRY_VERIFY(console->isUnread(id));
}

void TestReadingMarks::noticesLeaveTheConnectionStateVisible()
{
    const auto console = startConsole(QStringLiteral("notices"));
    QVERIFY(console);
    const auto connectionLabel = [&]() -> QLabel * {
        for (QLabel *label : console->window.statusBar()->findChildren<QLabel *>()) {
            if (label->text().startsWith(QLatin1String("Sandbox: ")))
                return label;
        }
        return nullptr;
    };
    QTRY_VERIFY(
        connectionLabel() && connectionLabel()->text().contains(QLatin1String("Connected")));
    QLabel *connection = connectionLabel();
    QVERIFY(connection->isVisible());
    // Nothing is unread after the first sync: `.` says so.
    console->view()->setFocus();
    QTest::keyClick(console->view(), Qt::Key_Period);
    QCOMPARE(console->window.statusBar()->currentMessage(), QStringLiteral("No unread cases."));
    QVERIFY(connection->isVisible());
    QVERIFY(connection->text().contains(QLatin1String("Connected")));
    auto *notice = console->window.statusBar()->findChild<QLabel *>(QStringLiteral("notice"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("No unread cases."));
    if (const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(console->window.grab().save(dir + QStringLiteral("/notice.png")));
}

QTEST_MAIN(TestReadingMarks)
#include "tst_readingmarks.moc"
