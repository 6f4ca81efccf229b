// The SLA clocks of every case at start, as the console computes them (docs/sla.md,
// session/SlaClocks): a store file holding N cases (5 communications each: a question, a status
// update; one case in seven closed; 1 in 50 with an observed status change) is opened on the
// store's thread as the console opens it, the list takes its summaries, then the clocks of every
// case are computed (SlaClocks::load(), on the store's thread) and handed to the list
// (CaseListModel::setSlaReports under the window's sorted CaseFilterProxyModel, as the GUI
// thread does). Then a tick a minute later computes
// the moving clocks again. The clocks' work is queued on the store's thread behind the check of
// the whole file the store runs once the list is shown; the bench waits for that check (shown
// apart) so that "clocks at start" is the clocks' own time. Last, the same start once more without
// the digests (a store of schema 9 just migrated: every thread read once, the digests made and
// kept).
//
// Target (issue 14): computing every clock for 100k cases at start adds under 50 ms (release
// build): the "clocks at start" column, from load() to the list holding every report, in wall
// time and in CPU time of both threads (the wall time grows with whatever else runs).
//
//   bench_sla [N ...]        (default: 10000 100000)

#include "models/Case.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "models/CaseTimeline.h"
#include "models/SlaClock.h"
#include "models/SlaPolicy.h"
#include "session/SlaClocks.h"
#include "store/SqliteStore.h"
#include "store/StoreThread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <ctime>
#include <optional>

namespace {

constexpr double TargetMs = 50;

Timestamp at(qint64 minutes)
{
    return Timestamp::fromTicks((1'790'000'000LL + minutes * 60) * 10'000'000LL, 3600);
}

Case makeCase(int i)
{
    Case c;
    c.id = QStringLiteral("CS-%1").arg(4'000'000 + i);
    c.type = i % 2 ? QStringLiteral("Incident") : QStringLiteral("NonIncident");
    c.subject = i % 2 ? QStringLiteral("ServiceDown") : QStringLiteral("ChangeRequest");
    c.priority = QStringLiteral("P%1").arg(i % 2 ? 1 + i % 5 : 3 + i % 3);
    c.status = i % 7 ? (i % 5 ? QStringLiteral("InProgress") : QStringLiteral("PendingCustomer"))
                     : QStringLiteral("Closed");
    const qint64 start = -(i % 5000);
    c.createdDate = at(start);
    c.startOfIncident = at(start - 10);
    c.lastModifiedDate = at(start + 90);
    c.serviceId = QStringLiteral("SVC-%1").arg(i % 300);
    c.communications = {{QStringLiteral("Site down since 09:50, fibre cut suspected (%1).").arg(i),
                            QStringLiteral("CustomerMessage"), at(start), QStringLiteral("noc")},
        {QStringLiteral("Status changed from New to InProgress."), QStringLiteral("StatusUpdate"),
            at(start + 5), QStringLiteral("system")},
        {QStringLiteral("Can you confirm the CPE has power?"), QStringLiteral("ProviderMessage"),
            at(start + 12), QStringLiteral("provider")},
        {QStringLiteral("Yes, power is fine."), QStringLiteral("CustomerMessage"), at(start + 20),
            QStringLiteral("noc")},
        {QStringLiteral("Engineer dispatched, ETA two hours."), QStringLiteral("ProviderMessage"),
            at(start + 60), QStringLiteral("provider")}};
    return c;
}

// A store of `n` cases, written as polls write them (batches of 5,000), and one later poll that
// changes the status of every 50th case (an observed change).
void seed(const QString &path, int n)
{
    SqliteStore store(path);
    if (!store.open().ok)
        qFatal("cannot create %s", qPrintable(path));
    for (int first = 0; first < n; first += 5'000) {
        QList<Case> batch;
        for (int i = first; i < std::min(n, first + 5'000); ++i)
            batch.append(makeCase(i));
        store.applyCases(batch, first == 0);
    }
    QList<Case> changed;
    for (int i = 1; i < n; i += 50) {
        Case c = makeCase(i);
        c.status = QStringLiteral("OnHold");
        c.lastModifiedDate = at(-(i % 5000) + 100);
        changed.append(c);
    }
    store.applyCases(changed);
}

StoreThread::Opened openStore(StoreThread &store)
{
    std::optional<StoreThread::Opened> answer;
    QEventLoop loop;
    QObject::connect(&store, &StoreThread::opened, &loop, [&](const StoreThread::Opened &opened) {
        answer = opened;
        loop.quit();
    });
    store.open();
    loop.exec();
    return answer.value_or(StoreThread::Opened());
}

// The digests gone, as in a store of schema 9 just migrated.
void dropDigests(const QString &path)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("drop"));
        db.setDatabaseName(path);
        if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("UPDATE cases SET sla_digest = NULL")))
            qFatal("cannot drop the digests");
    }
    QSqlDatabase::removeDatabase(QStringLiteral("drop"));
}

// Waits until the store's thread has done what it was asked (after opening: the check of the
// whole file it runs once the list is shown).
void drain(StoreThread &store)
{
    QEventLoop loop;
    store.run([&loop](Store &) { QMetaObject::invokeMethod(&loop, "quit", Qt::QueuedConnection); });
    loop.exec();
}

// CPU time of the whole process (every thread), in ms: what the clocks cost whatever else shares
// the machine (wall times grow with the other processes' load).
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Figures
{
    double clocksCpuMs = 0; // the CPU time of it (both threads)
    double tickCpuMs = 0;
    double openMs = 0; // the store opened and the summaries read (the list needs them anyway)
    double checkMs = 0; // then the store's check of the whole file (its thread, before the clocks)
    double clocksMs = 0; // load() to the list holding every report
    double tickMs = 0; // a tick a minute later, to the list holding what changed
    double clocksGuiMs = 0; // of the clocks at start: the list taking them (the GUI thread)
    double tickGuiMs = 0;
    int reports = 0;
    int ticked = 0;
};

// When the list took the last reports (after it, nothing more came for two seconds), and for
// how many cases in all.
struct Arrivals
{
    QElapsedTimer timer;
    double lastMs = 0;
    double guiMs = 0; // in CaseListModel::setSlaReports
    int cases = 0;

    // Until nothing came for two seconds after the first reports (or a minute without any).
    void wait(SlaClocks &clocks)
    {
        QEventLoop loop;
        QTimer quiet;
        quiet.setSingleShot(true);
        QObject::connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
        const auto connection = QObject::connect(
            &clocks, &SlaClocks::reportsChanged, &quiet, [&quiet] { quiet.start(2'000); });
        quiet.start(60'000);
        loop.exec();
        QObject::disconnect(connection);
    }
};

Figures measure(const QString &path, int n)
{
    Figures f;
    StoreThread store(path);
    QElapsedTimer timer;
    timer.start();
    const StoreThread::Opened opened = openStore(store);
    f.openMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    drain(store);
    f.checkMs = timer.nsecsElapsed() / 1e6;
    // The list and its sorted, filtered view, as the window shows them (newest change first).
    CaseListModel list;
    CaseFilterProxyModel view;
    view.setSourceModel(&list);
    view.sort(CaseListModel::LastModifiedColumn, Qt::DescendingOrder);
    list.reset(opened.summaries);
    SlaClocks clocks(&store);
    auto now = std::make_shared<std::atomic<qint64>>(at(120).ticks());
    clocks.setClock([now] { return Timestamp::fromTicks(now->load()); });
    Arrivals arrivals;
    QObject::connect(
        &clocks, &SlaClocks::reportsChanged, &list, [&arrivals, &list](const SlaUpdates &reports) {
            QElapsedTimer gui;
            gui.start();
            list.setSlaReports(reports);
            arrivals.guiMs += gui.nsecsElapsed() / 1e6;
            arrivals.lastMs = arrivals.timer.nsecsElapsed() / 1e6;
            arrivals.cases += int(reports.size());
        });
    // What the session does with the store's answer (CaseSession::loadClocks, with
    // ObservedHistory::allStatusChanges()).
    arrivals.timer.start();
    double cpu = cpuMs();
    QHash<QString, QList<StatusChange>> observed;
    for (auto it = opened.observed.cbegin(); it != opened.observed.cend(); ++it) {
        if (QList<StatusChange> changes = statusChangesFrom(*it); !changes.isEmpty())
            observed.insert(it.key(), changes);
    }
    clocks.load(opened.summaries, observed);
    arrivals.wait(clocks);
    f.clocksMs = arrivals.lastMs;
    f.clocksGuiMs = arrivals.guiMs;
    f.clocksCpuMs = cpuMs() - cpu;
    f.reports = arrivals.cases;
    now->store(at(121).ticks());
    arrivals = {};
    arrivals.timer.start();
    cpu = cpuMs();
    clocks.tick();
    arrivals.wait(clocks);
    f.tickMs = arrivals.lastMs;
    f.tickGuiMs = arrivals.guiMs;
    f.tickCpuMs = cpuMs() - cpu;
    f.ticked = arrivals.cases;
    Q_UNUSED(n)
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (const QString &arg : app.arguments().mid(1))
        sizes << arg.toInt();
    if (sizes.isEmpty())
        sizes = {10'000, 100'000};
    std::printf(
        "Target: every clock of 100k cases at start under %.0f ms (release build).\n\n", TargetMs);
    std::printf(
        "| cases | store opened, summaries read | then its check | clocks at start: "
        "wall (CPU), of it on the GUI thread | reports | a tick (moving clocks): wall (CPU), GUI "
        "thread | changed | first "
        "start after the upgrade to schema 10 (once): wall (CPU) |\n");
    std::printf("|---|---|---|---|---|---|---|---|\n");
    for (int n : sizes) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cases.db"));
        seed(path, n);
        const Figures f = measure(path, n);
        dropDigests(path);
        const Figures upgrade = measure(path, n);
        std::printf(
            "| %d | %.1f ms | %.1f ms | %.1f ms (%.1f ms), %.1f ms | %d | %.1f ms (%.1f ms), "
            "%.1f ms | %d | "
            "%.1f ms (%.1f ms) |\n",
            n, f.openMs, f.checkMs, f.clocksMs, f.clocksCpuMs, f.clocksGuiMs, f.reports, f.tickMs,
            f.tickCpuMs, f.tickGuiMs, f.ticked, upgrade.clocksMs, upgrade.clocksCpuMs);
        std::fflush(stdout);
    }
    return 0;
}
