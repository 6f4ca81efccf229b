// The SLA clocks' rules (docs/sla.md), every state and edge, on hand-made cases: the time is
// always given, so nothing here depends on the clock of the machine.

#include "models/Case.h"
#include "models/CaseTimeline.h"
#include "models/ProviderWords.h"
#include "models/SlaClock.h"
#include "models/SlaDigest.h"
#include "models/SlaLabels.h"
#include "models/SlaPolicy.h"

#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>

#include <ctime>

using State = SlaClock::State;
using Turn = SlaReport::Turn;

namespace {

const Timestamp T = *Timestamp::parse(u"2026-12-01T10:00:00Z");

Timestamp at(int minutes)
{
    return Timestamp::fromTicks(T.ticks() + qint64(minutes) * 60 * 10'000'000);
}

Communication provider(int minutes, const QString &text = QStringLiteral("We are on it."))
{
    return {text, QStringLiteral("ProviderMessage"), at(minutes), QStringLiteral("Provider NOC")};
}

Communication ours(int minutes, const QString &text = QStringLiteral("Any news?"))
{
    return {text, QStringLiteral("CustomerMessage"), at(minutes), QStringLiteral("Ann Smit")};
}

Communication statusUpdate(int minutes, const QString &from, const QString &to)
{
    return {QStringLiteral("Status changed from %1 to %2.").arg(from, to),
        QStringLiteral("StatusUpdate"), at(minutes), {}};
}

// A P1 incident created at T (its start of incident 10 minutes before), with our first message.
Case incident(const QString &priority = QStringLiteral("P1"))
{
    Case c;
    c.id = QStringLiteral("CS-1");
    c.type = QStringLiteral("Incident");
    c.subject = QStringLiteral("ServiceDown");
    c.priority = priority;
    c.status = QStringLiteral("New");
    c.createdDate = at(0);
    c.lastModifiedDate = at(0);
    c.startOfIncident = at(-10);
    c.communications = {ours(0, QStringLiteral("Site down."))};
    return c;
}

// Adds a status change to the thread and makes it the case's status.
void changeStatus(Case &c, int minutes, const QString &to)
{
    c.communications.append(statusUpdate(minutes, c.status, to));
    c.status = to;
    c.lastModifiedDate = at(minutes);
}

SlaReport report(const Case &c, int nowMinutes, const SlaPolicy &policy = SlaPolicy::defaults())
{
    const ProviderWords words;
    return computeSla(c, statusChangesFromThread(c, words), policy, words, at(nowMinutes));
}

} // namespace

class TestSlaClock : public QObject
{
    Q_OBJECT

private slots:
    void firstResponseRunsUntilTheProviderWrites()
    {
        const SlaReport r = report(incident(), 10);
        QCOMPARE(r.firstResponse.state, State::Running);
        QCOMPARE(r.firstResponse.targetSeconds, 15 * 60);
        QCOMPARE(r.firstResponse.leftSeconds(), 5 * 60);
        QCOMPARE(r.firstResponse.due, at(15));
        QCOMPARE(r.updateGap.state, State::None); // not before the first response
        QCOMPARE(r.restore.state, State::Running);
        QCOMPARE(r.restore.elapsedSeconds, 20 * 60);
        QCOMPARE(r.nextBreach(), at(15));
        QCOMPARE(r.turn, Turn::Provider);
        QCOMPARE(r.turnSince, at(0));
    }

    void firstResponseMetStartsTheUpdateGap()
    {
        Case c = incident();
        c.communications.append(provider(12));
        const SlaReport r = report(c, 30);
        QCOMPARE(r.firstResponse.state, State::Met);
        QCOMPARE(r.firstResponse.elapsedSeconds, 12 * 60);
        QCOMPARE(r.firstResponse.stoppedAt, at(12));
        QCOMPARE(r.updateGap.state, State::Running);
        QCOMPARE(r.updateGap.elapsedSeconds, 18 * 60);
        QCOMPARE(r.updateGap.due, at(72));
        QCOMPARE(r.nextBreach(), at(72));
    }

    void aStatusUpdateIsNoResponse()
    {
        Case c = incident();
        changeStatus(c, 5, QStringLiteral("InProgress"));
        const SlaReport r = report(c, 20);
        QCOMPARE(r.firstResponse.state, State::Breached);
        QCOMPARE(r.firstResponse.leftSeconds(), -5 * 60);
        QVERIFY(!r.firstResponse.due.isValid());
        QVERIFY(r.anyBreached());
    }

    void aLateResponseStaysBreached()
    {
        Case c = incident();
        c.communications.append(provider(40));
        const SlaReport r = report(c, 50);
        QCOMPARE(r.firstResponse.state, State::Breached);
        QCOMPARE(r.firstResponse.stoppedAt, at(40));
        QCOMPARE(r.firstResponse.leftSeconds(), -25 * 60);
    }

    void waitingOnUsPausesAndIsOurTurn()
    {
        Case c = incident();
        changeStatus(c, 5, QStringLiteral("PendingCustomer"));
        const SlaReport r = report(c, 60);
        QCOMPARE(r.firstResponse.state, State::Paused);
        QCOMPARE(r.firstResponse.elapsedSeconds, 5 * 60);
        QVERIFY(!r.firstResponse.due.isValid());
        QCOMPARE(r.restore.state, State::Paused);
        QCOMPARE(r.restore.elapsedSeconds, 15 * 60);
        QVERIFY(!r.nextBreach().isValid());
        QCOMPARE(r.turn, Turn::Us);
        QCOMPARE(r.turnSince, at(5));

        SlaPolicy noPause = SlaPolicy::defaults();
        noPause.pauseWhenWaitingOnUs = false;
        const SlaReport counted = report(c, 60, noPause);
        QCOMPARE(counted.firstResponse.state, State::Breached);
        QCOMPARE(counted.turn, Turn::Provider);
    }

    void onHoldPausesAsConfigured()
    {
        Case c = incident(QStringLiteral("P2"));
        changeStatus(c, 10, QStringLiteral("OnHold"));
        changeStatus(c, 70, QStringLiteral("InProgress"));
        SlaReport r = report(c, 80);
        QCOMPARE(r.firstResponse.state, State::Running);
        QCOMPARE(r.firstResponse.elapsedSeconds, 20 * 60);
        QCOMPARE(r.firstResponse.due, at(90));

        SlaPolicy noHold = SlaPolicy::defaults();
        noHold.pauseWhenOnHold = false;
        r = report(c, 80, noHold);
        QCOMPARE(r.firstResponse.state, State::Breached);
    }

    void aCaseCreatedDuringAPause()
    {
        // The provider's system put the case on hold at creation; it counts from the release.
        Case c = incident();
        c.status = QStringLiteral("OnHold");
        c.communications.append(statusUpdate(0, QStringLiteral("New"), QStringLiteral("OnHold")));
        changeStatus(c, 30, QStringLiteral("InProgress"));
        const SlaReport r = report(c, 40);
        QCOMPARE(r.firstResponse.state, State::Running);
        QCOMPARE(r.firstResponse.elapsedSeconds, 10 * 60);
        QCOMPARE(r.firstResponse.due, at(45));
    }

    // Review of issue 14 (D4): without status updates in the thread, the console saw the case
    // go from OnHold to InProgress at a poll; before that it was on hold, so paused.
    void aCaseCreatedOnHoldAsObserved()
    {
        Case c = incident();
        c.status = QStringLiteral("InProgress");
        c.lastModifiedDate = at(120);
        const ObservedChange released {c.id, ObservedChange::Field::Status,
            QStringLiteral("OnHold"), QStringLiteral("InProgress"), at(121)};
        const ProviderWords words;
        const SlaReport r
            = computeSla(c, statusChangesFromThread(c, words) + statusChangesFrom({released}),
                SlaPolicy::defaults(), words, at(125));
        QCOMPARE(r.firstResponse.state, State::Running);
        QCOMPARE(r.firstResponse.elapsedSeconds, 5 * 60); // from 120 (the case's last change)
    }

    // D3: a change seen in the morning after a night offline happened by the case's last
    // modification, not when the console saw it.
    void aChangeSeenLateHappenedByTheLastModification()
    {
        Case c = incident();
        c.status = QStringLiteral("PendingCustomer");
        c.lastModifiedDate = at(5);
        const ObservedChange seenLate {c.id, ObservedChange::Field::Status, QStringLiteral("New"),
            QStringLiteral("PendingCustomer"), at(600)};
        const ProviderWords words;
        const SlaReport r
            = computeSla(c, statusChangesFrom({seenLate}), SlaPolicy::defaults(), words, at(601));
        QCOMPARE(r.firstResponse.state, State::Paused);
        QCOMPARE(r.firstResponse.elapsedSeconds, 5 * 60);
        QCOMPARE(r.turnSince, at(5));
    }

    // D1: the provider's only message timed a fraction of a second before the creation (the
    // update-gap clock read past the end of its list).
    void aProviderMessageJustBeforeTheCreation()
    {
        Case c = incident();
        c.communications = {{QStringLiteral("Alarm raised."), QStringLiteral("ProviderMessage"),
            Timestamp::fromTicks(at(0).ticks() - 1), QStringLiteral("Provider NOC")}};
        const SlaReport r = report(c, 10);
        QCOMPARE(r.firstResponse.state, State::Met);
        QCOMPARE(r.firstResponse.elapsedSeconds, 0);
        QCOMPARE(r.updateGap.state, State::Running);
        QCOMPARE(r.updateGap.elapsedSeconds, 10 * 60);
    }

    // D6: closed before the provider wrote anything, within the target: not "met".
    void closedUnansweredIsNotMet()
    {
        Case c = incident();
        changeStatus(c, 5, QStringLiteral("Cancelled"));
        SlaReport r = report(c, 60);
        QCOMPARE(r.firstResponse.state, State::None);
        QCOMPARE(r.firstResponse.elapsedSeconds, 5 * 60);
        // Past the target before it closed: breached all the same.
        c = incident();
        changeStatus(c, 30, QStringLiteral("Cancelled"));
        r = report(c, 60);
        QCOMPARE(r.firstResponse.state, State::Breached);
    }

    void ourReplyRestartsTheClockAfterAQuestion()
    {
        Case c = incident();
        c.communications.append(provider(5, QStringLiteral("Could you check the CPE's power?")));
        c.communications.append(ours(65, QStringLiteral("Power is fine.")));
        SlaPolicy questions = SlaPolicy::defaults();
        questions.pauseOnProviderQuestion = true;

        SlaReport r = report(c, 95, questions);
        QCOMPARE(r.firstResponse.state, State::Met);
        QCOMPARE(r.updateGap.state, State::Running);
        QCOMPARE(r.updateGap.elapsedSeconds, 30 * 60); // 5 -> 65 paused, 65 -> 95 counted
        QCOMPARE(r.updateGap.due, at(125));
        QCOMPARE(r.turn, Turn::Provider);
        QCOMPARE(r.turnSince, at(65));

        // Before our reply the question pauses, and it is our turn.
        Case asked = c;
        asked.communications.removeLast();
        r = report(asked, 50, questions);
        QCOMPARE(r.updateGap.state, State::Paused);
        QCOMPARE(r.updateGap.elapsedSeconds, 0);
        QCOMPARE(r.turn, Turn::Us);
        QCOMPARE(r.turnSince, at(5));

        // Without the rule the silence counts from the question on: 90 minutes, over the hour.
        r = report(c, 95);
        QCOMPARE(r.updateGap.state, State::Breached);
        QCOMPARE(r.updateGap.leftSeconds(), -30 * 60);
        QCOMPARE(r.gapBreaches, 1);
    }

    void aReopenedCaseCountsOnlyItsOpenTime()
    {
        Case c = incident();
        c.communications.append(provider(5));
        changeStatus(c, 6, QStringLiteral("InProgress"));
        changeStatus(c, 60, QStringLiteral("Resolved"));
        changeStatus(c, 120, QStringLiteral("InProgress"));
        const SlaReport r = report(c, 150);
        QCOMPARE(r.restore.state, State::Running);
        QCOMPARE(r.restore.elapsedSeconds, (70 + 30) * 60);
        QCOMPARE(r.restore.due, at(150 + 140));
        // The provider's status update at 120 ended the last silence.
        QCOMPARE(r.updateGap.elapsedSeconds, 30 * 60);
    }

    void restoredAtTheEndOfIncident()
    {
        Case c = incident();
        c.communications.append(provider(5));
        c.endOfIncident = at(170);
        changeStatus(c, 180, QStringLiteral("Resolved"));
        const SlaReport r = report(c, 600);
        QCOMPARE(r.restore.state, State::Met);
        QCOMPARE(r.restore.elapsedSeconds, 180 * 60);
        QCOMPARE(r.restore.stoppedAt, at(170));
        QCOMPARE(r.turn, Turn::Nobody);
        QCOMPARE(r.turnSince, at(180));
        // Closed: the longest silence decides (5 -> 180: the status update is the provider's).
        QCOMPARE(r.updateGap.state, State::Breached);
        QCOMPARE(r.longestGapSeconds, 175 * 60);
        QCOMPARE(r.updateGap.stoppedAt, at(180));
        QVERIFY(!r.nextBreach().isValid());
    }

    void implausibleEndsAreNotTheRestoration()
    {
        Case c = incident();
        c.communications.append(provider(5));
        changeStatus(c, 300, QStringLiteral("Resolved"));
        c.endOfIncident = at(-60); // before the start
        QCOMPARE(report(c, 400).restore.stoppedAt, at(300));
        QCOMPARE(report(c, 400).restore.state, State::Breached); // 310 min > 4 h
        c.endOfIncident = at(60 * 24 * 365); // the far-future placeholder of a creation
        QCOMPARE(report(c, 400).restore.stoppedAt, at(300));

        // While open, an end equal to the start (the other placeholder) changes nothing.
        Case open = incident();
        open.endOfIncident = open.startOfIncident;
        QCOMPARE(report(open, 30).restore.state, State::Running);
        QCOMPARE(report(open, 30).restore.elapsedSeconds, 40 * 60);
    }

    void withoutStartOfIncidentRestoreCountsFromCreation()
    {
        Case c = incident();
        c.startOfIncident = {};
        QCOMPARE(report(c, 30).restore.elapsedSeconds, 30 * 60);
        c.startOfIncident = at(90); // in the future of now: not usable
        QCOMPARE(report(c, 30).restore.elapsedSeconds, 30 * 60);
    }

    void generalRequestsHaveNoRestoreClock()
    {
        Case c = incident(QStringLiteral("P3"));
        c.type = QStringLiteral("NonIncident");
        c.subject = QStringLiteral("ChangeRequest");
        const SlaReport r = report(c, 30);
        QCOMPARE(r.restore.state, State::None);
        QCOMPARE(r.firstResponse.state, State::Running);
        QCOMPARE(r.firstResponse.targetSeconds, 2 * 3600);
    }

    void withoutPriorityThereAreNoClocks()
    {
        for (const QString &priority : {QString(), QStringLiteral("Urgent")}) {
            const SlaReport r = report(incident(priority), 30);
            QCOMPARE(r.firstResponse.state, State::None);
            QCOMPARE(r.updateGap.state, State::None);
            QCOMPARE(r.restore.state, State::None);
            QVERIFY(!r.nextBreach().isValid());
            QCOMPARE(r.turn, Turn::Provider); // whose turn does not need targets
        }
        QCOMPARE(report(incident(QStringLiteral(" p1 ")), 10).firstResponse.state, State::Running);
    }

    void countsRealTimeAcrossDaylightSaving()
    {
        // Amsterdam went from +01:00 to +02:00 at 02:00 on 2026-03-29: 00:30 to 03:30 local
        // is two hours.
        Case c = incident();
        c.createdDate = *Timestamp::parse(u"2026-03-29T00:30:00+01:00");
        c.startOfIncident = c.createdDate;
        c.lastModifiedDate = c.createdDate;
        c.communications = {};
        const SlaReport r = computeSla(c, {}, SlaPolicy::defaults(), ProviderWords(),
            *Timestamp::parse(u"2026-03-29T03:30:00+02:00"));
        QCOMPARE(r.restore.elapsedSeconds, 2 * 3600);
    }

    void aTimeZoneChangeMovesOnlyTheWrittenTimes()
    {
        // Review T2: the engineer's zone changes while the console runs (a flight, a laptop
        // moved to another site). The clocks count instants, so their states and minutes stay;
        // only the times they are written in move to the new zone.
        const QByteArray zoneBefore = qgetenv("TZ");
        const auto restore = qScopeGuard([&zoneBefore] {
            if (zoneBefore.isNull())
                qunsetenv("TZ");
            else
                qputenv("TZ", zoneBefore);
            tzset();
        });
        Case c = incident(); // P1, created at 10:00 UTC: its first response is due at 10:15
        const auto reportIn = [&c](const char *zone) {
            qputenv("TZ", zone);
            tzset();
            return computeSla(c, {}, SlaPolicy::defaults(), ProviderWords(), at(3));
        };
        // POSIX zones count the other way: "UTC-01:00" is an hour ahead of UTC.
        const SlaReport amsterdam = reportIn("UTC-01:00");
        const QList<QPair<QString, QString>> amsterdamRows = SlaLabels::rows(amsterdam);
        const SlaReport newYork = reportIn("UTC+05:00");
        const QList<QPair<QString, QString>> newYorkRows = SlaLabels::rows(newYork);
        QCOMPARE(newYork, amsterdam);
        QCOMPARE(newYork.firstResponse.state, State::Running);
        QCOMPARE(newYork.firstResponse.leftSeconds(), 12 * 60);
        QVERIFY(!amsterdamRows.isEmpty());
        QCOMPARE(amsterdamRows.first().first, newYorkRows.first().first);
        QVERIFY2(amsterdamRows.first().second.contains(QStringLiteral(" 11:15")),
            qPrintable(amsterdamRows.first().second));
        QVERIFY2(newYorkRows.first().second.contains(QStringLiteral(" 05:15")),
            qPrintable(newYorkRows.first().second));
    }

    void theCurrentStatusCountsFromTheLastModification()
    {
        // No status update in the thread: the status is known only now, from the case.
        Case c = incident();
        c.status = QStringLiteral("PendingCustomer");
        c.lastModifiedDate = at(8);
        const SlaReport r = report(c, 60);
        QCOMPARE(r.firstResponse.state, State::Paused);
        QCOMPARE(r.firstResponse.elapsedSeconds, 8 * 60);
        QCOMPARE(r.turnSince, at(8));
    }

    void readsStatusesFromStatusUpdates()
    {
        Case c = incident();
        c.communications = {statusUpdate(1, QStringLiteral("New"), QStringLiteral("InProgress")),
            {QStringLiteral("Status changed from In Progress to Pending customer"),
                QStringLiteral("StatusUpdate"), at(2), {}},
            {QStringLiteral("Nothing to see."), QStringLiteral("StatusUpdate"), at(3), {}},
            provider(4, QStringLiteral("Moved to Closed soon")), // a message, not an update
            statusUpdate(5, QStringLiteral("OnHold"), QStringLiteral("Resolved"))};
        const QList<StatusChange> changes = statusChangesFromThread(c, ProviderWords());
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0), (StatusChange {at(1), QStringLiteral("InProgress")}));
        QCOMPARE(changes.at(1), (StatusChange {at(2), QStringLiteral("Pendingcustomer")}));
        QCOMPARE(changes.at(2), (StatusChange {at(5), QStringLiteral("Resolved")}));
    }

    void policyRoundTripsThroughJson()
    {
        SlaPolicy policy = SlaPolicy::defaults();
        policy.byPriority[QStringLiteral("P2")] = {20, 90, 360};
        policy.pauseOnProviderQuestion = true;
        policy.pauseWhenOnHold = false;
        policy.warnBeforeMinutes = 45;
        QCOMPARE(SlaPolicy::fromJson(policy.toJson()), policy);
        QCOMPARE(policy.toJson().value(QStringLiteral("warnBeforeMinutes")).toInt(), 45);
        QCOMPARE(SlaPolicy::fromJson({}), SlaPolicy::defaults());
    }

    void malformedPolicyValuesKeepTheDefaults()
    {
        const QJsonObject json {
            {QStringLiteral("priorities"),
                QJsonObject {
                    {QStringLiteral("p1"),
                        QJsonObject {{QStringLiteral("firstResponse"), QStringLiteral("soon")},
                            {QStringLiteral("updateGap"), -5}, {QStringLiteral("restore"), 1e12}}},
                    {QStringLiteral("P9"), 3}}},
            {QStringLiteral("pauseWhenOnHold"), QStringLiteral("no")},
            {QStringLiteral("warnBeforeMinutes"), -1}};
        const SlaPolicy policy = SlaPolicy::fromJson(json);
        QCOMPARE(policy, SlaPolicy::defaults());
    }

    // What the engineer types in Settings: minutes, hours and days, or nothing for no target.
    void durationsReadAndWrittenForTheEngineer_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("minutes"); // -1: refused
        QTest::newRow("bare minutes") << "90" << 90;
        QTest::newRow("min") << "15 min" << 15;
        QTest::newRow("hours") << "4 h" << 240;
        QTest::newRow("compact") << "1h30m" << 90;
        QTest::newRow("days") << "2 d" << 2880;
        QTest::newRow("words") << "1 day 2 hours" << 1560;
        QTest::newRow("fraction") << "1.5 h" << 90;
        QTest::newRow("empty is none") << "  " << 0;
        QTest::newRow("none") << "none" << 0;
        QTest::newRow("zero") << "0" << 0;
        QTest::newRow("word") << "soon" << -1;
        QTest::newRow("negative") << "-5 min" << -1;
        QTest::newRow("unknown unit") << "3 weeks" << -1;
        QTest::newRow("too long") << "400 d" << -1;
    }
    void durationsReadAndWrittenForTheEngineer()
    {
        QFETCH(QString, typed);
        QFETCH(int, minutes);
        const std::optional<int> read = SlaLabels::parseMinutes(typed);
        QCOMPARE(read.value_or(-1), minutes);
        if (minutes > 0)
            QCOMPARE(SlaLabels::parseMinutes(SlaLabels::minutesText(minutes)), minutes);
    }

    void minutesAreWrittenShort()
    {
        QCOMPARE(SlaLabels::minutesText(0), QString());
        QCOMPARE(SlaLabels::minutesText(15), QStringLiteral("15 min"));
        QCOMPARE(SlaLabels::minutesText(240), QStringLiteral("4 h"));
        QCOMPARE(SlaLabels::minutesText(90), QStringLiteral("1 h 30 min"));
        QCOMPARE(SlaLabels::minutesText(1440), QStringLiteral("1 d"));
        QCOMPARE(SlaLabels::minutesText(1500), QStringLiteral("1 d 1 h"));
    }

    // The console computes every case's clocks from a digest of its thread (models/SlaDigest, as
    // the store keeps it): the same clocks as from the thread itself, in every state above.
    void theDigestGivesTheClocksOfTheThread()
    {
        QList<Case> cases;
        Case answered = incident();
        answered.communications.append(provider(5, QStringLiteral("Could you check the power?")));
        answered.communications.append(ours(65, QStringLiteral("Power is fine.")));
        answered.communications.append(
            statusUpdate(70, QStringLiteral("New"), QStringLiteral("OnHold")));
        answered.communications.append(provider(200));
        answered.status = QStringLiteral("OnHold");
        cases << answered;
        Case reopened = incident();
        reopened.communications.append(provider(5));
        changeStatus(reopened, 60, QStringLiteral("Resolved"));
        changeStatus(reopened, 120, QStringLiteral("InProgress"));
        reopened.communications.append(provider(121, QStringLiteral("Still down?")));
        cases << reopened;
        Case closed = incident(QStringLiteral("p2 "));
        closed.endOfIncident = at(170);
        changeStatus(closed, 180, QStringLiteral("Pending customer"));
        changeStatus(closed, 240, QStringLiteral("Closed"));
        cases << closed;
        Case early = incident(QStringLiteral("P3"));
        early.communications.prepend(provider(-30)); // before the creation: never an answer
        early.communications.append(
            {QStringLiteral("?"), QStringLiteral("ProviderMessage"), {}, {}});
        cases << early << incident(QString());
        const QList<StatusChange> observed {
            {at(30), QStringLiteral("PendingCustomer")}, {at(50), QStringLiteral("InProgress")}};
        SlaPolicy questions = SlaPolicy::defaults();
        questions.pauseOnProviderQuestion = true;
        SlaPolicy noPauses = SlaPolicy::defaults();
        noPauses.pauseWhenOnHold = noPauses.pauseWhenWaitingOnUs = false;
        WordOverrides overrides;
        overrides.closedStatuses = {QStringLiteral("OnHold")};
        for (const ProviderWords &words : {ProviderWords(), ProviderWords(overrides, {})}) {
            for (const SlaPolicy &policy : {SlaPolicy::defaults(), questions, noPauses}) {
                const SlaRules rules(policy, words);
                for (const Case &c : cases) {
                    const SlaDigest digest = SlaDigest::fromBytes(SlaDigest::of(c, words).bytes());
                    QVERIFY(digest.isValid());
                    QCOMPARE(digest.stamp(), SlaDigest::stampOf(words));
                    for (const QList<StatusChange> &seen : {QList<StatusChange>(), observed}) {
                        for (int minutes : {3, 40, 100, 150, 250, 2000}) {
                            QCOMPARE(computeSla(c, digest, seen, rules, at(minutes)),
                                computeSla(c, statusChangesFromThread(c, words) + seen, policy,
                                    words, at(minutes)));
                        }
                    }
                }
            }
        }
    }

    void aDigestOfOtherWordsOrDamagedIsNone()
    {
        const Case c = incident();
        const QByteArray bytes = SlaDigest::of(c, ProviderWords()).bytes();
        QVERIFY(SlaDigest::fromBytes(bytes).isValid());
        QVERIFY(!SlaDigest::fromBytes(bytes.left(bytes.size() - 1)).isValid());
        QVERIFY(!SlaDigest::fromBytes(QByteArray("not a digest")).isValid());
        QVERIFY(!SlaDigest::fromBytes({}).isValid());
        WordOverrides overrides;
        overrides.ourTypes = {QStringLiteral("Customer")};
        QVERIFY(SlaDigest::stampOf(ProviderWords(overrides, {})) != SlaDigest::stampOf({}));
        QCOMPARE(SlaDigest::stampOf(ProviderWords(overrides, {})),
            SlaDigest::stampOf(ProviderWords(overrides, {})));
        // No message bodies: the question's text is not in it.
        Case asked = c;
        asked.communications.append(provider(5, QStringLiteral("Could you check the CPE?")));
        QVERIFY(!SlaDigest::of(asked, ProviderWords()).bytes().contains("CPE"));
    }
};

QTEST_APPLESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
