// The notification history and the P1 alarm in the main window, on the real session against the
// real sandbox, driven with the mouse and the keys on the offscreen platform (issue 13, "what a
// NOC engineer expects").

#include "SandboxServer.h"
#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "models/CaseDraft.h"
#include "models/CaseListModel.h"
#include "models/CaseTypeMatrix.h"
#include "models/OutboxItem.h"
#include "session/CaseSession.h"
#include "store/StoreThread.h"
#include "ui/MainWindow.h"
#include "ui/NoticeCentre.h"
#include "ui/NotificationHistoryPopup.h"
#include "ui/P1AlarmBanner.h"

#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

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
        window.resize(1280, 760);
    }

    P1AlarmBanner *banner() const { return window.notices()->banner(); }
    NotificationHistoryPopup *popup() const { return window.notices()->historyPopup(); }
    QToolButton *bell() const { return window.notices()->bell(); }

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

// The window with its popup where it is on the screen (a popup is a window of its own).
QImage grabWithPopup(QWidget *window, QWidget *popup)
{
    QImage image = window->grab().toImage();
    if (popup && popup->isVisible()) {
        QPainter painter(&image);
        painter.drawPixmap(window->mapFromGlobal(popup->pos()), popup->grab());
    }
    return image;
}

} // namespace

class TestAlarms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aNewP1AlarmsUntilAcknowledged();
    void theHistoryListsTheNoticesAndOpensTheirCase();
    void theAlarmSoundsUntilAcknowledged();
    void noAlarmForAP1TheEngineerCreated();

private:
    std::unique_ptr<Console> startConsole(const QString &name);
    QString newIncident(
        const QString &serviceId, const QString &priority, const QDateTime &start = {});
    void poll(Console &console);

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_data;
};

void TestAlarms::initTestCase()
{
    QVERIFY(m_data.isValid());
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestAlarms::init()
{
    QSettings().clear();
}

std::unique_ptr<Console> TestAlarms::startConsole(const QString &name)
{
    auto console = std::make_unique<Console>(m_server->graphqlUrl(), m_server->tokenUrl(),
        m_data.filePath(name + QStringLiteral(".db")));
    // No real sound in a test, whatever the machine has.
    console->session.p1Alarms()->setSoundHook({});
    console->window.show();
    QApplication::setActiveWindow(&console->window);
    if (!QTest::qWaitForWindowActive(&console->window))
        return nullptr;
    QSignalSpy succeeded(&console->poller, &CasePoller::pollSucceeded);
    console->session.start();
    if (!succeeded.wait(15'000))
        return nullptr;
    if (!QTest::qWaitFor([&] { return console->session.cases()->rowCount() >= 40; }, 15'000))
        return nullptr;
    return console;
}

QString TestAlarms::newIncident(
    const QString &serviceId, const QString &priority, const QDateTime &start)
{
    QJsonObject args {{QStringLiteral("type"), QStringLiteral("Incident")},
        {QStringLiteral("subject"), QStringLiteral("ServiceDown")},
        {QStringLiteral("priority"), priority}, {QStringLiteral("serviceId"), serviceId},
        {QStringLiteral("message"), QStringLiteral("Outage in the metro ring.")}};
    if (start.isValid())
        args.insert(QStringLiteral("startOfIncident"), start.toUTC().toString(Qt::ISODate));
    const QJsonObject created = m_server->control("POST", QStringLiteral("/cases"), args);
    return created.value(QLatin1String("id")).toString();
}

void TestAlarms::poll(Console &console)
{
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.poller.pollNow();
    QVERIFY(succeeded.wait(15'000));
}

// A new P1 raises a red banner that no poll takes away; Acknowledge (the button, or Ctrl+Shift+A)
// does. Several are counted; the oldest is shown first.
void TestAlarms::aNewP1AlarmsUntilAcknowledged()
{
    const auto console = startConsole(QStringLiteral("banner"));
    QVERIFY(console);
    P1AlarmBanner *banner = console->banner();
    QVERIFY(!banner->isVisible()); // the first sync alarms for nothing
    const QString serviceId = console->session.cases()->caseAt(0)->serviceId;
    // Down since 2 h 13 min ago, reported now.
    const QDateTime began = QDateTime::currentDateTime().addSecs(-(2 * 3600 + 13 * 60));
    const QString first = newIncident(serviceId, QStringLiteral("P1"), began);
    const QString urgentOnly = newIncident(serviceId, QStringLiteral("P2"));
    QVERIFY(!first.isEmpty() && !urgentOnly.isEmpty());
    poll(*console);
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->shownCaseId(), first);
    const auto bannerText = [banner] {
        QStringList texts;
        for (QLabel *label : banner->findChildren<QLabel *>()) {
            if (label->isVisible())
                texts << label->text();
        }
        return texts.join(u'\n');
    };
    QVERIFY2(bannerText().contains(first), qPrintable(bannerText()));
    // When the incident began, not when the alarm rose (a NOC tryout read the alarm's time).
    const QString since = began.date() == QDate::currentDate()
        ? QLocale().toString(began.time(), QLocale::ShortFormat)
        : QLocale().toString(began, QLocale::ShortFormat);
    QVERIFY2(bannerText().contains(QStringLiteral("since ") + since), qPrintable(bannerText()));
    QVERIFY(!bannerText().contains(urgentOnly)); // a P2 is a notice, not an alarm

    // The next poll (nothing new) leaves it; a second P1 is counted beside it.
    poll(*console);
    QTest::qWait(200);
    QVERIFY(banner->isVisible());
    const QString second = newIncident(serviceId, QStringLiteral("P1"));
    poll(*console);
    QTRY_COMPARE(console->session.p1Alarms()->alarms().size(), 2);
    QCOMPARE(banner->shownCaseId(), first);
    QTRY_VERIFY2(bannerText().contains(QLatin1String("1 more unacknowledged P1 incident"))
            && bannerText().contains(second),
        qPrintable(bannerText()));
    if (const QString path = screenshotPath(QStringLiteral("p1-alarm.png")); !path.isEmpty())
        QVERIFY(console->window.grab().save(path));

    // "Open" shows the incident, and the alarm stays.
    QTest::mouseClick(banner->openButton(), Qt::LeftButton);
    QTRY_COMPARE(console->session.openCaseId(), first);
    QVERIFY(banner->isVisible());
    // Acknowledge with the mouse: the next one shows.
    QTest::mouseClick(banner->acknowledgeButton(), Qt::LeftButton);
    QCOMPARE(banner->shownCaseId(), second);
    QVERIFY(banner->isVisible());
    // And with the keys.
    QTest::keyClick(&console->window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(console->session.p1Alarms()->alarms().isEmpty());
    poll(*console);
    QTest::qWait(200);
    QVERIFY(!banner->isVisible());
}

// Every notice goes into the history; the bell counts the unread ones; Enter on an entry opens
// its case and marks it read.
void TestAlarms::theHistoryListsTheNoticesAndOpensTheirCase()
{
    const auto console = startConsole(QStringLiteral("history"));
    QVERIFY(console);
    QCOMPARE(console->bell()->text(), QString());
    // A watched case the provider answers, a P2 and a P1 it opens.
    QString watched;
    for (int row = 0; row < console->session.cases()->rowCount() && watched.isEmpty(); ++row) {
        const CaseSummary *c = console->session.cases()->caseAt(row);
        if (c->isOpen(ProviderWords()))
            watched = c->id;
    }
    console->session.setWatched(watched, true);
    // Another case open: opening a case reads its notices, and the list would otherwise open
    // whichever case is first when it takes the focus.
    const QString other = console->session.cases()->caseAt(0)->id != watched
        ? console->session.cases()->caseAt(0)->id
        : console->session.cases()->caseAt(1)->id;
    console->window.selectCase(other);
    QTRY_COMPARE(console->session.openCaseId(), other);
    QVERIFY(!m_server
                 ->control("POST", QStringLiteral("/cases/%1/reply").arg(watched),
                     {{QStringLiteral("message"), QStringLiteral("Technician on site.")}})
                 .contains(QLatin1String("error")));
    poll(*console);
    const QString serviceId = console->session.cases()->caseAt(0)->serviceId;
    const QString p2 = newIncident(serviceId, QStringLiteral("P2"));
    poll(*console);
    const QString p1 = newIncident(serviceId, QStringLiteral("P1"));
    poll(*console);
    NotificationHistory *history = console->session.notificationHistory();
    QTRY_COMPARE(history->rowCount(), 3);
    QCOMPARE(history->at(0).caseId, p1); // newest first
    QCOMPARE(history->at(1).caseId, p2);
    QCOMPARE(history->at(2).caseId, watched);
    QCOMPARE(history->at(2).kind, CaseNews::Kind::ProviderMessages);
    QCOMPARE(console->bell()->text(), QStringLiteral("3"));

    // The bell opens the history; the newest entry is current.
    QTest::mouseClick(console->bell(), Qt::LeftButton);
    NotificationHistoryPopup *popup = console->popup();
    QTRY_VERIFY(popup->isVisible());
    QListView *list = popup->list();
    QCOMPARE(list->model()->rowCount(), 3);
    if (const QString path = screenshotPath(QStringLiteral("notification-history.png"));
        !path.isEmpty())
        QVERIFY(grabWithPopup(&console->window, popup).save(path));
    // Down to the P2 and Enter: its case opens, the popup closes, the entry is read.
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().data(NotificationHistory::CaseIdRole).toString(), p2);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(console->session.openCaseId(), p2);
    QVERIFY(!popup->isVisible());
    QVERIFY(history->at(1).read);
    QVERIFY(!history->at(0).read);
    QCOMPARE(console->bell()->text(), QStringLiteral("2"));

    // From the View menu's shortcut, then Enter on the P1 (the alarm stays until acknowledged).
    QTest::keyClick(&console->window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(console->session.openCaseId(), p1);
    QVERIFY(console->banner()->isVisible());
    // Escape closes it without opening anything.
    QTest::keyClick(&console->window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(list, Qt::Key_Escape);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(console->session.openCaseId(), p1);

    // The watched case opened from the list, not from the history: its notice was seen too
    // (a NOC tryout found notices unread after reading their case).
    QVERIFY(!history->at(2).read);
    console->window.selectCase(watched);
    QTRY_COMPARE(console->session.openCaseId(), watched);
    QVERIFY(history->at(2).read);
    QCOMPARE(history->unreadCount(), 0);
    QCOMPARE(console->bell()->text(), QString());
}

// With the sound chosen, the alarm sounds at once and again until acknowledged.
void TestAlarms::theAlarmSoundsUntilAcknowledged()
{
    const auto console = startConsole(QStringLiteral("sound"));
    QVERIFY(console);
    int sounded = 0;
    P1Alarms *alarms = console->session.p1Alarms();
    alarms->setSoundHook([&sounded] { ++sounded; });
    alarms->setRepeatInterval(100);
    NotificationChoices choices;
    console->session.setNotificationChoices(choices); // sound off by default
    const QString serviceId = console->session.cases()->caseAt(0)->serviceId;
    const QString quiet = newIncident(serviceId, QStringLiteral("P1"));
    poll(*console);
    QTRY_VERIFY(console->banner()->isVisible());
    QTest::qWait(300);
    QCOMPARE(sounded, 0);
    console->banner()->acknowledgeShown();
    QVERIFY(!console->banner()->isVisible());

    choices.p1AlarmSound = true;
    console->session.setNotificationChoices(choices);
    const QString loud = newIncident(serviceId, QStringLiteral("P1"));
    poll(*console);
    QTRY_COMPARE(console->banner()->shownCaseId(), loud);
    QTRY_VERIFY(sounded >= 3); // again and again
    QTest::mouseClick(console->banner()->acknowledgeButton(), Qt::LeftButton);
    QVERIFY(!console->banner()->isVisible());
    const int stopped = sounded;
    QTest::qWait(400);
    QCOMPARE(sounded, stopped);
    QVERIFY(quiet != loud);
}

// A P1 the engineer created is no news to them: no alarm, though it is in the list.
void TestAlarms::noAlarmForAP1TheEngineerCreated()
{
    const auto console = startConsole(QStringLiteral("own"));
    QVERIFY(console);
    QSignalSpy done(&console->outbox, &Outbox::itemDone);
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
    QString created;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QList<QVariant> &signal : std::as_const(done)) {
                if (const auto item = signal.at(0).value<OutboxItem>(); item.key == key)
                    created = item.resultId;
            }
            return !created.isEmpty();
        }(),
        15'000);
    // The confirmation asks for a poll; it brings the case.
    QTRY_VERIFY_WITH_TIMEOUT(console->session.cases()->caseById(created), 15'000);
    poll(*console);
    QTest::qWait(300);
    QVERIFY(console->session.p1Alarms()->alarms().isEmpty());
    QVERIFY(!console->banner()->isVisible());
    QCOMPARE(console->session.notificationHistory()->rowCount(), 0);
    // A P1 the provider opens in the same poll window alarms.
    const QString theirs = newIncident(draft.serviceId, QStringLiteral("P1"));
    poll(*console);
    QTRY_COMPARE(console->banner()->shownCaseId(), theirs);
}

QTEST_MAIN(TestAlarms)
#include "tst_alarms.moc"
