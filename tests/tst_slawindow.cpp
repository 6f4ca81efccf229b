// The SLA clocks in the window, against the real sandbox (issue 14): a new P1 incident the
// provider does not answer, the sandbox's clock moved (POST /_sandbox/clock) and the console's
// clocks with it: a notice before the first response's target, then the Next breach column says
// it is over (red, breached first when sorted) and the case header shows the clock breached.
// Saves the screenshots scripts/screenshots shows when CASECONSOLE_SCREENSHOT_DIR is set.

#include "SandboxServer.h"
#include "TestSupport.h"
#include "api/CaseApi.h"
#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "models/CommunicationThreadModel.h"
#include "session/CaseSession.h"
#include "session/NotificationHistory.h"
#include "store/StoreThread.h"
#include "ui/CaseListView.h"
#include "ui/MainWindow.h"
#include "ui/ThreadView.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

namespace {

struct Console
{
    Console(const QUrl &graphql, const QUrl &token, const QString &databasePath)
        : store(databasePath)
        , poller(connection.api())
        , outbox(connection.api(), &store)
        , session(&store, &poller, &outbox, connection.api())
        , window(&session)
        , tester(session.cases(), QAbstractItemModelTester::FailureReportingMode::QtTest)
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

    ProviderConnection connection;
    StoreThread store;
    CasePoller poller;
    Outbox outbox;
    CaseSession session;
    MainWindow window;
    QAbstractItemModelTester tester;
};

void save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(dir + u'/' + name));
}

} // namespace

class TestSlaWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aP1BreachesItsFirstResponseAsTheSandboxClockMoves();

private:
    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_data;
};

void TestSlaWindow::initTestCase()
{
    QVERIFY(m_data.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestSlaWindow::aP1BreachesItsFirstResponseAsTheSandboxClockMoves()
{
    Console console(
        m_server->graphqlUrl(), m_server->tokenUrl(), m_data.filePath(QStringLiteral("sla.db")));
    // The console's clocks read the sandbox's clock: real time plus what the test advanced.
    auto advanced = std::make_shared<std::atomic<qint64>>(0); // seconds
    console.session.clocks()->setClock([advanced] {
        return Timestamp::fromDateTime(QDateTime::currentDateTimeUtc().addSecs(advanced->load()));
    });
    const auto advance = [&](int minutes) {
        const QJsonObject answer = m_server->control(
            "POST", QStringLiteral("/clock"), {{QStringLiteral("advanceMinutes"), minutes}});
        QVERIFY2(!answer.contains(QLatin1String("error")),
            qPrintable(answer.value(QLatin1String("error")).toString()));
        *advanced += qint64(minutes) * 60;
    };
    SlaPolicy policy = SlaPolicy::defaults(); // P1: 15 min to the first response
    policy.warnBeforeMinutes = 5;
    console.session.setSlaPolicy(policy);
    console.window.resize(1400, 700);
    console.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console.window));
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(console.session.cases()->rowCount() >= 40);

    // A new P1 incident of ours, on a service the account has; nobody at the provider answers.
    CaseDraft draft;
    draft.type = QStringLiteral("Incident");
    draft.priority = QStringLiteral("P1");
    draft.subject = QStringLiteral("ServiceDown");
    draft.serviceId = console.session.cases()->caseAt(0)->serviceId;
    draft.message = QStringLiteral("Site down since 09:50, all links dark.");
    const QJsonObject now = m_server->control("GET", QStringLiteral("/clock"));
    const Timestamp sandboxNow = *Timestamp::parse(now.value(QLatin1String("now")).toString());
    draft.startOfIncident = sandboxNow;
    draft.endOfIncident = sandboxNow;
    CreateCaseReply *created = waitFor(console.connection.api()->createCase(draft));
    QVERIFY2(created->error().kind() == ApiError::Kind::None,
        qPrintable(created->error().userMessage()));
    const QString id = created->caseId();
    QVERIFY(!id.isEmpty());
    console.session.pollNow();
    QTRY_VERIFY_WITH_TIMEOUT(console.session.cases()->rowOf(id) >= 0, 15'000);
    CaseListModel *cases = console.session.cases();
    const auto cell
        = [&] { return cases->index(cases->rowOf(id), CaseListModel::NextBreachColumn); };
    QTRY_COMPARE_WITH_TIMEOUT(
        cell().data(CaseListModel::SlaStateRole).toInt(), int(CaseListModel::SlaRunning), 15'000);
    QVERIFY2(cell().data().toString().endsWith(QLatin1String("left")),
        qPrintable(cell().data().toString()));

    // Eleven minutes on: four left, within the five of the notice.
    advance(11);
    console.session.clocks()->tick();
    NotificationHistory *history = console.session.notificationHistory();
    const auto warnings = [&] {
        int found = 0;
        for (int row = 0; row < history->rowCount(); ++row) {
            const QModelIndex index = history->index(row);
            if (index.data(NotificationHistory::CaseIdRole).toString() == id
                && index.data(NotificationHistory::KindRole).toInt()
                    == int(CaseNews::Kind::SlaWarning))
                ++found;
        }
        return found;
    };
    QTRY_COMPARE_WITH_TIMEOUT(warnings(), 1, 15'000);

    // Five more: over the target. The column says so, and the header of the case too.
    advance(5);
    console.session.clocks()->tick();
    QTRY_COMPARE_WITH_TIMEOUT(
        cell().data(CaseListModel::SlaStateRole).toInt(), int(CaseListModel::SlaBreached), 15'000);
    QVERIFY2(cell().data().toString().endsWith(QLatin1String("over")),
        qPrintable(cell().data().toString()));
    console.session.clocks()->tick();
    QTest::qWait(200);
    QCOMPARE(warnings(), 1); // once per clock and breach

    // Sorted by Next breach, as the engineer clicks its header: breached cases first.
    CaseListView *view = console.window.caseView();
    view->setColumnShown(CaseListModel::NextBreachColumn, true);
    view->sortByColumn(CaseListModel::NextBreachColumn, Qt::AscendingOrder);
    QCOMPARE(view->model()
                 ->index(0, CaseListModel::NextBreachColumn)
                 .data(CaseListModel::SlaStateRole)
                 .toInt(),
        int(CaseListModel::SlaBreached));
    console.window.selectCase(id);
    QTRY_COMPARE_WITH_TIMEOUT(console.window.threadView()->caseId(), id, 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(console.session.thread()->rowCount() > 0, 15'000);
    const QString header = console.window.threadView()->toPlainText();
    QVERIFY2(header.contains(QLatin1String("First response"))
            && header.contains(QLatin1String("Breached")),
        qPrintable(header.left(600)));
    QVERIFY(header.contains(QLatin1String("Waiting on provider")));
    view->scrollTo(view->currentIndex());
    save(&console.window, QStringLiteral("sla-next-breach.png"));
    save(console.window.threadView(), QStringLiteral("sla-case-header.png"));
}

QTEST_MAIN(TestSlaWindow)
#include "tst_slawindow.moc"
