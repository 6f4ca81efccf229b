// The notification history and the P1 alarm, without widgets (issue 13, "what a NOC engineer
// expects"): the last notices, newest first, capped, read or unread, kept across a restart; an
// alarm per new P1 incident that stays until acknowledged and sounds again until then.

#include "session/NotificationHistory.h"
#include "session/P1Alarms.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

CaseNews urgent(const QString &caseId, const QString &priority = QStringLiteral("P1"))
{
    CaseNews news;
    news.kind = CaseNews::Kind::UrgentIncident;
    news.caseId = caseId;
    news.title = QStringLiteral("New %1 incident %2: Service down").arg(priority, caseId);
    news.text = QStringLiteral("Internet Paris · New");
    news.newIncident = true;
    news.priority = priority;
    return news;
}

CaseNews message(const QString &caseId)
{
    CaseNews news;
    news.kind = CaseNews::Kind::ProviderMessages;
    news.caseId = caseId;
    news.title = QStringLiteral("1 new message on %1").arg(caseId);
    news.text = QStringLiteral("Fibre repaired.");
    return news;
}

} // namespace

class TestNotices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void theHistoryKeepsTheLastNoticesNewestFirst();
    void entriesAreUnreadUntilRead();
    void theHistorySurvivesARestart();
    void anAlarmStaysUntilAcknowledged();
    void theAlarmSoundsAgainUntilAcknowledged();
    void acknowledgementsSurviveARestartAndUnacknowledgedAlarmsComeBack();
};

void TestNotices::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNotices::init()
{
    QSettings().clear();
}

void TestNotices::theHistoryKeepsTheLastNoticesNewestFirst()
{
    auto *history = new NotificationHistory(this);
    auto *tester = new QAbstractItemModelTester(
        history, QAbstractItemModelTester::FailureReportingMode::QtTest, history);
    Q_UNUSED(tester);
    history->setCapacity(3);
    const QDateTime start(QDate(2026, 12, 4), QTime(9, 0));
    for (int i = 1; i <= 5; ++i)
        history->add(message(QStringLiteral("CS-%1").arg(i)), start.addSecs(i * 60));
    QCOMPARE(history->rowCount(), 3);
    // Newest first; the two oldest went.
    QCOMPARE(history->at(0).caseId, QStringLiteral("CS-5"));
    QCOMPARE(history->at(1).caseId, QStringLiteral("CS-4"));
    QCOMPARE(history->at(2).caseId, QStringLiteral("CS-3"));
    QCOMPARE(history->at(0).time, start.addSecs(300));
    const QModelIndex first = history->index(0);
    QCOMPARE(first.data(NotificationHistory::CaseIdRole).toString(), QStringLiteral("CS-5"));
    QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("1 new message on CS-5"));
    QCOMPARE(
        first.data(NotificationHistory::TextRole).toString(), QStringLiteral("Fibre repaired."));
    QCOMPARE(
        first.data(NotificationHistory::KindRole).toInt(), int(CaseNews::Kind::ProviderMessages));
    QCOMPARE(first.data(NotificationHistory::TimeRole).toDateTime(), start.addSecs(300));
    // The default keeps a shift's worth.
    QCOMPARE(NotificationHistory().capacity(), 100);
}

void TestNotices::entriesAreUnreadUntilRead()
{
    NotificationHistory history;
    QSignalSpy unread(&history, &NotificationHistory::unreadCountChanged);
    history.add(message(QStringLiteral("CS-1")));
    history.add(urgent(QStringLiteral("CS-2")));
    history.add(message(QStringLiteral("CS-3")));
    QCOMPARE(history.unreadCount(), 3);
    QCOMPARE(unread.count(), 3);
    QVERIFY(!history.index(1).data(NotificationHistory::ReadRole).toBool());
    history.setRead(1);
    QCOMPARE(history.unreadCount(), 2);
    QVERIFY(history.index(1).data(NotificationHistory::ReadRole).toBool());
    QVERIFY(!history.at(0).read);
    QCOMPARE(unread.last().at(0).toInt(), 2);
    history.setRead(1); // again: no change
    QCOMPARE(unread.count(), 4);
    history.markAllRead();
    QCOMPARE(history.unreadCount(), 0);
    QCOMPARE(unread.last().at(0).toInt(), 0);

    // A case opened however: its notices are read, the others' not.
    history.add(message(QStringLiteral("CS-4")));
    history.add(urgent(QStringLiteral("CS-5")));
    history.add(message(QStringLiteral("CS-4")));
    QCOMPARE(history.unreadCount(), 3);
    history.markCaseRead(QStringLiteral("CS-4"));
    QCOMPARE(history.unreadCount(), 1);
    QCOMPARE(unread.last().at(0).toInt(), 1);
    QVERIFY(!history.at(1).read);
    QCOMPARE(history.at(1).caseId, QStringLiteral("CS-5"));
    const int emitted = int(unread.count());
    history.markCaseRead(QStringLiteral("CS-4")); // again: no change
    QCOMPARE(unread.count(), emitted);
}

void TestNotices::theHistorySurvivesARestart()
{
    const QString group = QStringLiteral("notices/profile-a");
    const QDateTime when = QDateTime::currentDateTime().addSecs(-120);
    {
        NotificationHistory history;
        history.keepIn(group);
        history.add(message(QStringLiteral("CS-1")), when);
        history.add(urgent(QStringLiteral("CS-2")), when.addSecs(60));
        history.setRead(1); // CS-1
    }
    NotificationHistory again;
    again.keepIn(group);
    QCOMPARE(again.rowCount(), 2);
    QCOMPARE(again.at(0).caseId, QStringLiteral("CS-2"));
    QCOMPARE(again.at(0).kind, CaseNews::Kind::UrgentIncident);
    QCOMPARE(again.at(0).title, urgent(QStringLiteral("CS-2")).title);
    QCOMPARE(again.at(0).time.toMSecsSinceEpoch(), when.addSecs(60).toMSecsSinceEpoch());
    QVERIFY(!again.at(0).read);
    QVERIFY(again.at(1).read);
    QCOMPARE(again.unreadCount(), 1);
    // Another profile's history is its own.
    NotificationHistory other;
    other.keepIn(QStringLiteral("notices/profile-b"));
    QCOMPARE(other.rowCount(), 0);
}

void TestNotices::anAlarmStaysUntilAcknowledged()
{
    P1Alarms alarms;
    QSignalSpy changed(&alarms, &P1Alarms::changed);
    QVERIFY(alarms.raise(urgent(QStringLiteral("CS-1"))));
    QVERIFY(!alarms.raise(urgent(QStringLiteral("CS-1")))); // once per case
    QVERIFY(alarms.raise(urgent(QStringLiteral("CS-2"))));
    // Only new P1 incidents alarm.
    QVERIFY(!alarms.raise(urgent(QStringLiteral("CS-3"), QStringLiteral("P2"))));
    CaseNews changedP1 = urgent(QStringLiteral("CS-4"));
    changedP1.newIncident = false;
    QVERIFY(!alarms.raise(changedP1)); // a P1 whose status changed
    // A P2 raised to P1 alarms (a P1 lowered to P2 does not).
    CaseNews escalated = changedP1;
    escalated.caseId = QStringLiteral("CS-6");
    escalated.previousPriority = QStringLiteral("P2");
    QVERIFY(alarms.raise(escalated));
    CaseNews lowered = urgent(QStringLiteral("CS-8"), QStringLiteral("P2"));
    lowered.newIncident = false;
    lowered.previousPriority = QStringLiteral("P1");
    QVERIFY(!alarms.raise(lowered));
    alarms.acknowledge(QStringLiteral("CS-6"));
    QVERIFY(!alarms.raise(message(QStringLiteral("CS-5"))));
    QCOMPARE(alarms.alarms().size(), 2);
    QCOMPARE(alarms.alarms().at(0).caseId, QStringLiteral("CS-1")); // oldest first
    QCOMPARE(changed.count(), 4); // CS-1, CS-2, CS-6 raised and acknowledged

    alarms.acknowledge(QStringLiteral("CS-1"));
    QCOMPARE(alarms.alarms().size(), 1);
    QVERIFY(alarms.isAcknowledged(QStringLiteral("CS-1")));
    QVERIFY(!alarms.raise(urgent(QStringLiteral("CS-1")))); // acknowledged: never again
    alarms.acknowledgeAll();
    QVERIFY(alarms.alarms().isEmpty());
    QVERIFY(alarms.isAcknowledged(QStringLiteral("CS-2")));
}

void TestNotices::theAlarmSoundsAgainUntilAcknowledged()
{
    P1Alarms alarms;
    int sounded = 0;
    alarms.setSoundHook([&sounded] { ++sounded; });
    alarms.setRepeatInterval(50);
    QCOMPARE(P1Alarms().repeatInterval(), 30'000);
    // Off by default: silent.
    QVERIFY(!alarms.isSoundEnabled());
    alarms.raise(urgent(QStringLiteral("CS-1")));
    QTest::qWait(200);
    QCOMPARE(sounded, 0);

    // On: at once while an alarm is up, and again every interval.
    alarms.setSoundEnabled(true);
    QCOMPARE(sounded, 1);
    QTRY_VERIFY(sounded >= 3);
    alarms.raise(urgent(QStringLiteral("CS-2")));
    alarms.acknowledge(QStringLiteral("CS-1"));
    const int before = sounded;
    QTRY_VERIFY(sounded > before); // CS-2 still up
    alarms.acknowledge(QStringLiteral("CS-2"));
    const int stopped = sounded;
    QTest::qWait(250);
    QCOMPARE(sounded, stopped);

    // A new one sounds at once.
    alarms.raise(urgent(QStringLiteral("CS-3")));
    QCOMPARE(sounded, stopped + 1);
    alarms.setSoundEnabled(false);
    QTest::qWait(200);
    QCOMPARE(sounded, stopped + 1);
}

void TestNotices::acknowledgementsSurviveARestartAndUnacknowledgedAlarmsComeBack()
{
    const QString group = QStringLiteral("notices/profile-a");
    {
        P1Alarms alarms;
        alarms.keepIn(group);
        alarms.raise(urgent(QStringLiteral("CS-1")));
        alarms.raise(urgent(QStringLiteral("CS-2")));
        alarms.acknowledge(QStringLiteral("CS-1"));
    }
    P1Alarms again;
    int sounded = 0;
    again.setSoundHook([&sounded] { ++sounded; });
    again.setSoundEnabled(true);
    again.keepIn(group);
    // The one not acknowledged alarms again (and sounds); the acknowledged one never.
    QCOMPARE(again.alarms().size(), 1);
    QCOMPARE(again.alarms().at(0).caseId, QStringLiteral("CS-2"));
    QCOMPARE(again.alarms().at(0).title, urgent(QStringLiteral("CS-2")).title);
    QVERIFY(again.isAcknowledged(QStringLiteral("CS-1")));
    QVERIFY(!again.raise(urgent(QStringLiteral("CS-1"))));
    QCOMPARE(sounded, 1);
}

QTEST_GUILESS_MAIN(TestNotices)
#include "tst_notices.moc"
