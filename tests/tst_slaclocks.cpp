// session/SlaClocks: the clocks of every open case, computed on the store's thread at start
// (from the store's threads), after a poll (only the cases it brought) and as time passes (only
// the clocks that move), with a warning once per clock and breach.

#include "models/Case.h"
#include "models/SlaClock.h"
#include "models/SlaDigest.h"
#include "session/SlaClocks.h"
#include "store/SqliteStore.h"
#include "store/StoreThread.h"

#include <QFile>
#include <QMetaEnum>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

namespace {

// What the list is given of each report of one reportsChanged() signal, by case id.
QHash<QString, SlaBrief> reportsOf(const QList<QVariant> &signal)
{
    QHash<QString, SlaBrief> byId;
    const auto updates = signal.at(0).value<SlaUpdates>();
    updates.forEach(
        [&byId](qsizetype, const QString &id, const SlaBrief &brief) { byId.insert(id, brief); });
    return byId;
}

// Every case's last report, as the list keeps them (SlaClocks keeps none).
class ReportLog : public QObject
{
public:
    explicit ReportLog(SlaClocks &clocks)
    {
        connect(&clocks, &SlaClocks::reportsChanged, this, [this](const SlaUpdates &changed) {
            changed.forEach([this](qsizetype, const QString &id, const SlaBrief &brief) {
                m_reports.insert(id, brief);
            });
        });
    }
    const QHash<QString, SlaBrief> &all() const { return m_reports; }
    const SlaBrief *report(const QString &caseId) const
    {
        const auto it = m_reports.constFind(caseId);
        return it == m_reports.cend() ? nullptr : &*it;
    }

private:
    QHash<QString, SlaBrief> m_reports;
};

// Returns once what the store's thread was asked before is done and what it handed back here has
// been delivered (SlaClocks hands its reports back through the event loop).
bool settle(StoreThread &store)
{
    bool done = false;
    QObject context;
    store.run([&done, guard = QPointer<QObject>(&context)](Store &) {
        QMetaObject::invokeMethod(
            guard, [&done] { done = true; }, Qt::QueuedConnection);
    });
    return QTest::qWaitFor([&done] { return done; }, 15'000);
}

const Timestamp T0 = *Timestamp::parse(u"2026-12-01T10:00:00Z");

Timestamp at(int minutes)
{
    return Timestamp::fromTicks(T0.ticks() + qint64(minutes) * 60 * 10'000'000);
}

Case incident(const QString &id, const QString &priority, const QString &status = {})
{
    Case c;
    c.id = id;
    c.subject = QStringLiteral("ServiceDown");
    c.type = QStringLiteral("Incident");
    c.priority = priority;
    c.status = status.isEmpty() ? QStringLiteral("New") : status;
    c.createdDate = at(0);
    c.lastModifiedDate = at(0);
    c.startOfIncident = at(0);
    c.communications = {{QStringLiteral("Fibre cut, site down."), QStringLiteral("CustomerMessage"),
        at(0), QStringLiteral("noc")}};
    return c;
}

StoreThread::Opened openStore(StoreThread &store)
{
    std::optional<StoreThread::Opened> answer;
    QObject context;
    QObject::connect(&store, &StoreThread::opened, &context,
        [&](const StoreThread::Opened &opened) { answer = opened; });
    store.open();
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15'000))
        qWarning("the store did not open within 15 s");
    return answer.value_or(StoreThread::Opened());
}

// A clock the test moves; read on the store's thread.
struct TestClock
{
    std::shared_ptr<std::atomic<qint64>> ticks
        = std::make_shared<std::atomic<qint64>>(at(0).ticks());
    void set(int minutes) { ticks->store(at(minutes).ticks()); }
    std::function<Timestamp()> function() const
    {
        return [t = ticks] { return Timestamp::fromTicks(t->load()); };
    }
};

} // namespace

class TestSlaClocks : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void loadsEveryCaseFromTheStoreAtStart();
    void aPollRecomputesOnlyItsCases();
    void timeMovesOnlyMovingClocksAndWarnsOnce();
    void aNewCaseWithinTheLeadIsWarnedOfAtOnce();
    void observedStatusChangesPauseTheClock();
    void digestsKeepTheClocks();
    void aStoreWithoutDigestsGetsThemOnce();
    void aPollWritesTheDigestWithTheThread();
    void everyThreadCountComputesTheSameClocks();

private:
    // What the clocks showed and warned of over a start, a tick and a poll.
    struct Run
    {
        QHash<QString, SlaBrief> atStart;
        QHash<QString, SlaBrief> afterTick;
        QHash<QString, SlaBrief> afterPoll;
        QStringList near; // "CS-1 FirstResponse", sorted
    };
    // With the status changes observed of every ninth case unless `observed` is false.
    void runWithThreads(const QString &seeded, int threads, Run &run, bool observed = true);

    QTemporaryDir m_dir;
};

void TestSlaClocks::loadsEveryCaseFromTheStoreAtStart()
{
    const QString path = m_dir.filePath(QStringLiteral("start.db"));
    {
        SqliteStore seed(path);
        QVERIFY(seed.open().ok);
        // Closed at minute 200 without an answer: its first response (P3, 2 h) stopped breached.
        Case closed
            = incident(QStringLiteral("CS-2"), QStringLiteral("P3"), QStringLiteral("Closed"));
        closed.lastModifiedDate = at(200);
        QVERIFY(seed.applyCases({incident(QStringLiteral("CS-1"), QStringLiteral("P1")), closed})
                    .has_value());
    }
    StoreThread store(path);
    const StoreThread::Opened opened = openStore(store);
    QVERIFY(opened.ok);
    SlaClocks clocks(&store);
    TestClock clock;
    clock.set(10);
    clocks.setClock(clock.function());
    QSignalSpy changed(&clocks, &SlaClocks::reportsChanged);
    const ReportLog log(clocks);
    clocks.load(opened.summaries);
    QVERIFY(changed.wait(15'000));
    const auto reports = reportsOf(changed.at(0));
    QVERIFY(reports.contains(QStringLiteral("CS-1")));
    // Issue 14: a closed case had no clocks until a poll brought it (the list showed no breach).
    QVERIFY(reports.contains(QStringLiteral("CS-2")));
    const SlaBrief *closedReport = log.report(QStringLiteral("CS-2"));
    QVERIFY(closedReport);
    QCOMPARE(closedReport->clock(SlaBrief::FirstResponse).state, SlaClock::State::Breached);
    QVERIFY(closedReport->clocks[SlaBrief::FirstResponse].stopped);
    QCOMPARE(closedReport->clock(SlaBrief::FirstResponse).elapsedSeconds, 200 * 60);
    QCOMPARE(closedReport->turn, SlaReport::Turn::Nobody);
    const SlaBrief *p1 = log.report(QStringLiteral("CS-1"));
    QVERIFY(p1);
    QCOMPARE(p1->clock(SlaBrief::FirstResponse).state, SlaClock::State::Running);
    QCOMPARE(p1->clock(SlaBrief::FirstResponse).leftSeconds(), 5 * 60);
    QCOMPARE(p1->turn, SlaReport::Turn::Provider);
}

void TestSlaClocks::aPollRecomputesOnlyItsCases()
{
    StoreThread store(m_dir.filePath(QStringLiteral("poll.db")));
    QVERIFY(openStore(store).ok);
    SlaClocks clocks(&store);
    TestClock clock;
    clocks.setClock(clock.function());
    QSignalSpy changed(&clocks, &SlaClocks::reportsChanged);
    clocks.update({incident(QStringLiteral("CS-1"), QStringLiteral("P1")),
        incident(QStringLiteral("CS-2"), QStringLiteral("P2"))});
    QVERIFY(changed.wait(15'000));
    QCOMPARE(reportsOf(changed.at(0)).size(), 2);

    // The provider answers CS-2: only CS-2 changes.
    Case answered = incident(QStringLiteral("CS-2"), QStringLiteral("P2"));
    answered.communications.append({QStringLiteral("Engineer dispatched."),
        QStringLiteral("ProviderMessage"), at(0), QStringLiteral("prov")});
    clocks.update({answered, incident(QStringLiteral("CS-1"), QStringLiteral("P1"))});
    QVERIFY(changed.wait(15'000));
    const auto second = reportsOf(changed.at(1));
    QCOMPARE(second.keys(), QList<QString>({QStringLiteral("CS-2")}));
    QCOMPARE(second.value(QStringLiteral("CS-2")).clock(SlaBrief::FirstResponse).state,
        SlaClock::State::Met);
}

void TestSlaClocks::timeMovesOnlyMovingClocksAndWarnsOnce()
{
    StoreThread store(m_dir.filePath(QStringLiteral("tick.db")));
    QVERIFY(openStore(store).ok);
    SlaClocks clocks(&store);
    SlaPolicy policy = SlaPolicy::defaults();
    policy.warnBeforeMinutes = 5;
    clocks.setPolicy(policy);
    TestClock clock;
    clocks.setClock(clock.function());
    QSignalSpy changed(&clocks, &SlaClocks::reportsChanged);
    const ReportLog log(clocks);
    QSignalSpy near(&clocks, &SlaClocks::breachNear);
    Case paused = incident(QStringLiteral("CS-9"), QStringLiteral("P1"), QStringLiteral("OnHold"));
    clocks.update({incident(QStringLiteral("CS-1"), QStringLiteral("P1")), paused});
    QVERIFY(changed.wait(15'000));
    QCOMPARE(near.size(), 0);

    // 30 s later nothing shows differently; a minute later only the running case does.
    clock.set(0);
    *clock.ticks += 30 * 10'000'000LL;
    clocks.tick();
    QVERIFY(settle(store));
    QCOMPARE(changed.size(), 1);
    clock.set(1);
    clocks.tick();
    QVERIFY(changed.wait(15'000));
    QCOMPARE(reportsOf(changed.last()).keys(), QList<QString>({QStringLiteral("CS-1")}));

    // Within five minutes of the first response's target (15 min): one warning, once.
    clock.set(10);
    clocks.tick();
    QTRY_COMPARE(near.size(), 1);
    QCOMPARE(near.at(0).at(0).toString(), QStringLiteral("CS-1"));
    QCOMPARE(near.at(0).at(1).value<SlaClocks::Kind>(), SlaClocks::Kind::FirstResponse);
    clock.set(12);
    clocks.tick();
    QVERIFY(changed.wait(15'000));
    QCOMPARE(near.size(), 1);
    // Past the target: breached, no second warning.
    clock.set(16);
    clocks.tick();
    QVERIFY(changed.wait(15'000));
    QCOMPARE(log.report(QStringLiteral("CS-1"))->clock(SlaBrief::FirstResponse).state,
        SlaClock::State::Breached);
    QCOMPARE(near.size(), 1);
}

// Review of issue 14 (D10): with a lead of 20 minutes and a P1's first response of 15, a P1 the
// provider opens while the console runs is within the lead from its first minute: it is warned
// of at once. A case a first sync brings (created before the start) is not.
void TestSlaClocks::aNewCaseWithinTheLeadIsWarnedOfAtOnce()
{
    StoreThread store(m_dir.filePath(QStringLiteral("lead.db")));
    QVERIFY(openStore(store).ok);
    SlaClocks clocks(&store);
    SlaPolicy policy = SlaPolicy::defaults();
    policy.warnBeforeMinutes = 20;
    clocks.setPolicy(policy);
    TestClock clock;
    clocks.setClock(clock.function());
    QSignalSpy changed(&clocks, &SlaClocks::reportsChanged);
    QSignalSpy near(&clocks, &SlaClocks::breachNear);
    clock.set(1);
    Case before = incident(QStringLiteral("CS-OLD"), QStringLiteral("P1"));
    clocks.update({before}); // created at 0, before the clocks started
    QVERIFY(changed.wait(15'000));
    QCOMPARE(near.size(), 0);
    Case fresh = incident(QStringLiteral("CS-NEW"), QStringLiteral("P1"));
    fresh.createdDate = at(2);
    fresh.lastModifiedDate = at(2);
    clock.set(3);
    clocks.update({fresh});
    QTRY_COMPARE(near.size(), 1);
    QCOMPARE(near.at(0).at(0).toString(), QStringLiteral("CS-NEW"));
    QCOMPARE(near.at(0).at(1).value<SlaClocks::Kind>(), SlaClocks::Kind::FirstResponse);
    // Once only.
    clock.set(6);
    clocks.tick();
    QVERIFY(changed.wait(15'000));
    QCOMPARE(near.size(), 1);
}

void TestSlaClocks::observedStatusChangesPauseTheClock()
{
    StoreThread store(m_dir.filePath(QStringLiteral("observed.db")));
    QVERIFY(openStore(store).ok);
    SlaClocks clocks(&store);
    TestClock clock;
    clock.set(10);
    clocks.setClock(clock.function());
    QSignalSpy changed(&clocks, &SlaClocks::reportsChanged);
    const ReportLog log(clocks);
    Case c
        = incident(QStringLiteral("CS-1"), QStringLiteral("P1"), QStringLiteral("PendingCustomer"));
    c.lastModifiedDate = at(8);
    clocks.update({c});
    QVERIFY(changed.wait(15'000));
    QCOMPARE(
        log.report(QStringLiteral("CS-1"))->clock(SlaBrief::FirstResponse).elapsedSeconds, 8 * 60);
    // Observed earlier: waiting on us since minute 2.
    clocks.setObservedChanges({{QStringLiteral("CS-1"),
        {{at(0), QStringLiteral("New")}, {at(2), QStringLiteral("PendingCustomer")}}}});
    QVERIFY(changed.wait(15'000));
    QCOMPARE(
        log.report(QStringLiteral("CS-1"))->clock(SlaBrief::FirstResponse).elapsedSeconds, 2 * 60);
    QCOMPARE(log.report(QStringLiteral("CS-1"))->clock(SlaBrief::FirstResponse).state,
        SlaClock::State::Paused);
}

void TestSlaClocks::digestsKeepTheClocks()
{
    // What the store keeps of a thread for the clocks (models/SlaDigest) gives the clocks of the
    // whole thread, and holds no message body.
    const ProviderWords words;
    Case c = incident(QStringLiteral("CS-1"), QStringLiteral("P1"));
    c.communications.append({QStringLiteral("Can you power-cycle the CPE?"),
        QStringLiteral("ProviderMessage"), at(5), QStringLiteral("prov")});
    c.communications.append({QStringLiteral("Status changed from New to InProgress."),
        QStringLiteral("StatusUpdate"), at(6), QStringLiteral("system")});
    c.communications.append({QStringLiteral("Done, still down."), QStringLiteral("CustomerMessage"),
        at(20), QStringLiteral("noc")});
    SlaPolicy policy = SlaPolicy::defaults();
    policy.pauseOnProviderQuestion = true;
    const SlaDigest digest = SlaDigest::of(c, words);
    QVERIFY(!digest.bytes().contains("power"));
    const SlaRules rules(policy, words);
    for (int minutes : {3, 10, 30, 120, 600}) {
        QCOMPARE(computeSla(c, digest, {}, rules, at(minutes)),
            computeSla(c, statusChangesFromThread(c, words), policy, words, at(minutes)));
    }
}

void TestSlaClocks::aStoreWithoutDigestsGetsThemOnce()
{
    // A case stored before schema 10 has no digest: its clocks come from its thread, and the
    // digest made from it is kept for the next start.
    const QString path = m_dir.filePath(QStringLiteral("v9.db"));
    {
        SqliteStore old(path);
        QVERIFY(old.open(9).ok);
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO cases (num, id, type, priority, status, created_ticks, created_offset, "
            "last_modified_ticks, last_modified_offset, start_of_incident_ticks, "
            "start_of_incident_offset) VALUES (1, 'CS-8', 'Incident', 'P1', 'InProgress', %1, 0, "
            "%1, 0, %1, 0)")
                           .arg(at(0).ticks())));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO communications (case_num, identity, ticks, "
                                      "timestamp, type, sent_by, message) VALUES (1, 'a', %1, "
                                      "'%2', 'ProviderMessage', 'prov', 'On it.')")
                           .arg(at(4).ticks())
                           .arg(at(4).toIsoString())));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v9"));
    {
        StoreThread store(path);
        const StoreThread::Opened opened = openStore(store);
        QVERIFY(opened.ok);
        QCOMPARE(opened.summaries.size(), 1);
        QVERIFY(opened.summaries.first().slaDigest.isEmpty()); // the migration adds none
        SlaClocks clocks(&store);
        TestClock clock;
        clock.set(10);
        clocks.setClock(clock.function());
        QSignalSpy changed(&clocks, &SlaClocks::reportsChanged);
        const ReportLog log(clocks);
        clocks.load(opened.summaries);
        QVERIFY(changed.wait(15'000));
        QCOMPARE(log.report(QStringLiteral("CS-8"))->clock(SlaBrief::FirstResponse).state,
            SlaClock::State::Met);
        QCOMPARE(log.report(QStringLiteral("CS-8"))->clock(SlaBrief::FirstResponse).elapsedSeconds,
            4 * 60);
    }
    SqliteStore reopened(path);
    QVERIFY(reopened.open().ok);
    const std::optional<CaseSummary> summary = reopened.loadSummary(QStringLiteral("CS-8"));
    QVERIFY(summary);
    const SlaDigest kept = SlaDigest::fromBytes(summary->slaDigest);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.firstProviderMessage(), at(4).ticks());
    QCOMPARE(kept.stamp(), SlaDigest::stampOf(ProviderWords()));
}

void TestSlaClocks::aPollWritesTheDigestWithTheThread()
{
    SqliteStore store(m_dir.filePath(QStringLiteral("digest.db")));
    QVERIFY(store.open().ok);
    Case c = incident(QStringLiteral("CS-1"), QStringLiteral("P1"));
    const auto first = store.applyCases({c});
    QVERIFY(first);
    QVERIFY(!SlaDigest::fromBytes(first->inserted.first().slaDigest).firstProviderMessage());
    c.communications.append({QStringLiteral("Engineer dispatched."),
        QStringLiteral("ProviderMessage"), at(7), QStringLiteral("prov")});
    c.lastModifiedDate = at(7);
    const auto second = store.applyCases({c});
    QVERIFY(second);
    QCOMPARE(second->updated.first(), store.loadSummary(QStringLiteral("CS-1")).value());
    const SlaDigest digest = SlaDigest::fromBytes(second->updated.first().slaDigest);
    QCOMPARE(digest.firstProviderMessage(), at(7).ticks());
    QCOMPARE(digest.updateCount(), 1);
}

// A store of cases of every kind: priorities, statuses (open, paused, closed), answered or not,
// a provider question, a status change observed between polls, and some without a digest.
void TestSlaClocks::runWithThreads(const QString &seeded, int threads, Run &run, bool withObserved)
{
    const QString path = m_dir.filePath(QStringLiteral("threads-%1.db").arg(threads));
    QFile::remove(path);
    QVERIFY(QFile::copy(seeded, path));
    StoreThread store(path);
    const StoreThread::Opened opened = openStore(store);
    QVERIFY(opened.ok);
    QCOMPARE(opened.summaries.size(), 60);
    SlaClocks clocks(&store);
    SlaPolicy policy = SlaPolicy::defaults();
    policy.warnBeforeMinutes = 10;
    clocks.setPolicy(policy);
    clocks.setLoadThreads(threads, 1);
    TestClock clock;
    clock.set(30);
    clocks.setClock(clock.function());
    const ReportLog log(clocks);
    QSignalSpy near(&clocks, &SlaClocks::breachNear);
    QHash<QString, QList<StatusChange>> observed;
    // Two minutes after each one's creation, three before its last change.
    for (int i = 0; withObserved && i < 60; i += 9) {
        observed.insert(QStringLiteral("CS-%1").arg(100 + i),
            {{at(-(i % 7) * 10 + 2), QStringLiteral("OnHold")}});
    }
    clocks.load(opened.summaries, observed);
    QVERIFY(settle(store));
    run.atStart = log.all();
    clock.set(65);
    clocks.tick();
    QVERIFY(settle(store));
    run.afterTick = log.all();
    Case answered = incident(QStringLiteral("CS-101"), QStringLiteral("P2"));
    answered.communications.append({QStringLiteral("Engineer dispatched."),
        QStringLiteral("ProviderMessage"), at(45), QStringLiteral("prov")});
    clocks.update({answered});
    QVERIFY(settle(store));
    run.afterPoll = log.all();
    for (const QList<QVariant> &warning : std::as_const(near)) {
        run.near << warning.at(0).toString() + u' '
                + QString::fromLatin1(QMetaEnum::fromType<SlaClocks::Kind>().valueToKey(
                    int(warning.at(1).value<SlaClocks::Kind>())));
    }
    run.near.sort();
}

// The clocks at start are computed on several threads (100k cases, bench/bench_sla), each over
// a run of the summaries; the entries are made after. Split any way, the reports, what a tick
// and a poll change after them, and the warnings are those of one thread.
void TestSlaClocks::everyThreadCountComputesTheSameClocks()
{
    const QString seeded = m_dir.filePath(QStringLiteral("threads.db"));
    {
        SqliteStore seed(seeded);
        QVERIFY(seed.open().ok);
        const QStringList statuses {QStringLiteral("New"), QStringLiteral("InProgress"),
            QStringLiteral("PendingCustomer"), QStringLiteral("OnHold"), QStringLiteral("Closed"),
            QStringLiteral("InProgress")};
        QList<Case> cases;
        for (int i = 0; i < 60; ++i) {
            Case c = incident(QStringLiteral("CS-%1").arg(100 + i),
                QStringLiteral("P%1").arg(1 + i % 5), statuses.at(i % statuses.size()));
            c.createdDate = at(-(i % 7) * 10);
            c.startOfIncident = c.createdDate;
            c.lastModifiedDate = at(-(i % 7) * 10 + 5);
            if (i % 3 != 0) {
                c.communications.append({i % 6 == 1 ? QStringLiteral("Can you check the CPE?")
                                                    : QStringLiteral("Investigating."),
                    QStringLiteral("ProviderMessage"), at(-(i % 7) * 10 + (i % 4) * 6),
                    QStringLiteral("prov")});
            }
            cases << c;
        }
        QVERIFY(seed.applyCases(cases).has_value());
    }
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("threads"));
        db.setDatabaseName(seeded);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(
            QStringLiteral("UPDATE cases SET sla_digest = NULL WHERE num % 7 = 3")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("threads"));

    Run one;
    runWithThreads(seeded, 1, one);
    if (QTest::currentTestFailed())
        return;
    // The cases are of every kind, so the comparison below means something.
    QCOMPARE(one.atStart.size(), 60);
    QSet<SlaClock::State> states;
    for (const SlaBrief &brief : std::as_const(one.atStart)) {
        for (const SlaBrief::Clock &clock : brief.clocks)
            states << clock.state;
    }
    QCOMPARE(states,
        QSet<SlaClock::State>({SlaClock::State::None, SlaClock::State::Running,
            SlaClock::State::Paused, SlaClock::State::Met, SlaClock::State::Breached}));
    QVERIFY(one.afterTick != one.atStart);
    QVERIFY(one.afterPoll != one.afterTick);
    QVERIFY(!one.near.isEmpty());
    // The observed status changes count (an earlier pause), for the cases they are of only.
    Run unobserved;
    runWithThreads(seeded, 1, unobserved, false);
    if (QTest::currentTestFailed())
        return;
    QStringList differ;
    for (auto it = one.atStart.cbegin(); it != one.atStart.cend(); ++it) {
        if (unobserved.atStart.value(it.key()) != it.value())
            differ << it.key();
    }
    differ.sort();
    QStringList observedIds;
    for (int i = 0; i < 60; i += 9)
        observedIds << QStringLiteral("CS-%1").arg(100 + i);
    QCOMPARE(differ, observedIds);
    for (int threads : {2, 3, 4}) {
        Run split;
        runWithThreads(seeded, threads, split);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(split.atStart, one.atStart);
        QCOMPARE(split.afterTick, one.afterTick);
        QCOMPARE(split.afterPoll, one.afterPoll);
        QCOMPARE(split.near, one.near);
    }
}

QTEST_GUILESS_MAIN(TestSlaClocks)
#include "tst_slaclocks.moc"
