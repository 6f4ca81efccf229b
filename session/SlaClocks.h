#pragma once

#include "models/Case.h"
#include "models/ProviderWords.h"
#include "models/SlaClock.h"
#include "models/SlaDigest.h"
#include "models/SlaPolicy.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <tuple>

class QTimer;
class Store;
class StoreThread;

// The SLA clocks of every case (docs/sla.md), without widgets. The list keeps summaries (no
// thread); the clocks keep what they need of each case: its header and the digest of its thread
// (models/SlaDigest, which the store writes with the thread and reads with the summaries). All of
// it lives and is computed on the store's thread, never on the GUI thread:
// - at start (load()): every case's clocks from its summary's digest (arithmetic, no thread
//   read), split over threads (one per core; SlaClocksStart); a case without one, or with one
//   of other words, has it made from its thread after;
// - after a poll (update()): only the cases the poll brought are computed again;
// - every `tickInterval` (30 s): the clocks that can move with time (running, or breached and
//   still counting) are computed again at the new time.
// reportsChanged() carries only the cases whose report changed as shown (a state, the minutes
// left or over, whose turn), as a list (bench/bench_sla: 100k reports at start cost more to hash
// than to compute); warnings come once per clock and breach.
class SlaClocks : public QObject
{
    Q_OBJECT

public:
    // Which clock of a report.
    enum class Kind { FirstResponse, UpdateGap, Restore };
    Q_ENUM(Kind)

    explicit SlaClocks(StoreThread *store, QObject *parent = nullptr);
    ~SlaClocks() override;

    void setPolicy(const SlaPolicy &policy);
    const SlaPolicy &policy() const { return m_policy; }
    void setWords(const ProviderWords &words);
    // The time the clocks are computed at (tests); the system clock by default.
    void setClock(std::function<Timestamp()> now);
    Timestamp now() const { return m_now(); }
    void setTickInterval(int msec);
    // How the clocks at start are split over threads: at most `maxThreads`, each computing
    // `casesPerThread` cases or more. By default 20,000 and up to 4, no more than the cores.
    void setLoadThreads(int maxThreads, qsizetype casesPerThread);

    // Computes the clocks of every case of `summaries` (open and closed) from their digests, with
    // the status changes observed so far by case id; then, for the cases without a usable
    // digest, reads their threads, makes it and keeps it in the store.
    void load(const QList<CaseSummary> &summaries,
        const QHash<QString, QList<StatusChange>> &observed = {});
    // The cases a poll brought, with their threads.
    void update(const QList<Case> &cases);
    // The seam for status changes the console observed between polls (the API gives only the
    // current status): added to those read from the thread, and the cases concerned computed again.
    void setObservedChanges(const QHash<QString, QList<StatusChange>> &byCase);
    // Computes the clocks that can move with time now (the timer does it every tick).
    void tick();

signals:
    // The reports of these cases changed as shown, in the order computed (a case computed twice
    // by one piece of work is in it twice, the later last). The list keeps them
    // (CaseListModel::setSlaReports); nothing is kept here.
    void reportsChanged(const SlaUpdates &changed);
    // A running clock of `caseId` is within the policy's warnBeforeMinutes of its target: once
    // per clock and breach (a new silence is a new one).
    void breachNear(const QString &caseId, SlaClocks::Kind kind, const SlaClock &clock);

private:
    struct Worker;
    void post(std::function<void(Worker &, Store *)> work);
    void deliver(
        const SlaUpdates &changed, const QList<std::tuple<QString, Kind, SlaClock>> &warnings);

    StoreThread *m_store;
    std::shared_ptr<Worker> m_worker; // touched only on the store's thread
    SlaPolicy m_policy = SlaPolicy::defaults();
    QTimer *m_timer;
    std::function<Timestamp()> m_now;
};
