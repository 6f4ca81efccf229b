#include "session/SlaClocks.h"

#include "store/StoreThread.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

namespace {

constexpr int DefaultTick = 30'000;

const SlaClock &clockOf(const SlaReport &r, SlaClocks::Kind kind)
{
    switch (kind) {
    case SlaClocks::Kind::FirstResponse:
        return r.firstResponse;
    case SlaClocks::Kind::UpdateGap:
        return r.updateGap;
    case SlaClocks::Kind::Restore:
        break;
    }
    return r.restore;
}

constexpr SlaClocks::Kind Kinds[] {
    SlaClocks::Kind::FirstResponse, SlaClocks::Kind::UpdateGap, SlaClocks::Kind::Restore};

// Moves with time: running, or breached while still counting.
bool moves(const SlaReport &r)
{
    for (SlaClocks::Kind kind : Kinds) {
        const SlaClock &c = clockOf(r, kind);
        if (c.state == SlaClock::State::Running
            || (c.state == SlaClock::State::Breached && !c.stoppedAt.isValid()))
            return true;
    }
    return false;
}

bool sameClockShown(const SlaClock &a, const SlaClock &b)
{
    return a.state == b.state && a.targetSeconds == b.targetSeconds && a.due == b.due
        && a.stoppedAt == b.stoppedAt && a.elapsedSeconds / 60 == b.elapsedSeconds / 60;
}

} // namespace

struct SlaClocks::Worker
{
    struct Entry
    {
        Case skeleton;
        QList<StatusChange> fromThread;
        QList<StatusChange> observed;
        SlaReport report;
        bool computed = false;
    };

    SlaPolicy policy = SlaPolicy::defaults();
    ProviderWords words;
    std::function<Timestamp()> now;
    QHash<QString, Entry> entries;
    // By case, a bit per Kind: the clock ran further than the lead time from its target when
    // last computed (warn()).
    QHash<QString, quint8> armed;
    QHash<QString, SlaReport> changed;
    QList<std::tuple<QString, Kind, SlaClock>> warnings;

    void put(const Case &c)
    {
        Entry &e = entries[c.id];
        e.skeleton = skeletonOf(c, words);
        e.fromThread = statusChangesFromThread(c, words);
        compute(c.id, e, now());
    }

    void compute(const QString &id, Entry &e, const Timestamp &at)
    {
        QList<StatusChange> history = e.fromThread;
        history += e.observed;
        const SlaReport report = computeSla(e.skeleton, history, policy, words, at);
        if (!e.computed || !sameShown(report, e.report))
            changed.insert(id, report);
        e.report = report;
        e.computed = true;
        warn(id, e);
    }

    // A warning when a running clock comes within the lead time of its target, having been
    // further from it when computed before (so not for every case a start or a first sync finds
    // already close, nor twice for one breach: a new silence counts from far again).
    void warn(const QString &id, const Entry &e)
    {
        if (policy.warnBeforeMinutes <= 0)
            return;
        const qint64 lead = qint64(policy.warnBeforeMinutes) * 60;
        for (Kind kind : Kinds) {
            const SlaClock &c = clockOf(e.report, kind);
            const quint8 bit = quint8(1u << int(kind));
            if (c.state == SlaClock::State::Running && c.leftSeconds() > lead) {
                armed[id] |= bit;
                continue;
            }
            const auto it = armed.find(id);
            if (c.state != SlaClock::State::Running || it == armed.end() || !(*it & bit))
                continue;
            *it &= quint8(~bit);
            warnings.append({id, kind, c});
        }
    }

    void computeAll(bool onlyMoving)
    {
        const Timestamp at = now();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            if (!onlyMoving || moves(it->report))
                compute(it.key(), *it, at);
        }
    }
};

SlaClocks::SlaClocks(StoreThread *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_worker(std::make_shared<Worker>())
    , m_timer(new QTimer(this))
{
    m_now = [] { return Timestamp::fromDateTime(QDateTime::currentDateTimeUtc()); };
    m_worker->now = m_now;
    m_timer->setInterval(DefaultTick);
    connect(m_timer, &QTimer::timeout, this, &SlaClocks::tick);
    m_timer->start();
}

SlaClocks::~SlaClocks() = default;

void SlaClocks::post(std::function<void(Worker &, Store *)> work)
{
    // Each piece of work runs on the store's thread in order, after what the store was asked
    // before (so after the poll's cases are written); what it found comes back here, through
    // the store's object (which outlives this one) and a guard.
    auto worker = m_worker;
    QPointer<SlaClocks> guard(this);
    auto run = [worker, work, guard, store = m_store](Store *s) {
        work(*worker, s);
        auto changed = std::exchange(worker->changed, {});
        auto warnings = std::exchange(worker->warnings, {});
        if (changed.isEmpty() && warnings.isEmpty())
            return;
        auto hand = [guard, changed, warnings] {
            if (guard)
                guard->deliver(changed, warnings);
        };
        if (store)
            QMetaObject::invokeMethod(store, hand, Qt::QueuedConnection);
        else
            hand();
    };
    if (m_store)
        m_store->run([run](Store &s) { run(&s); });
    else
        run(nullptr);
}

void SlaClocks::deliver(const QHash<QString, SlaReport> &changed,
    const QList<std::tuple<QString, Kind, SlaClock>> &warnings)
{
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        m_reports.insert(it.key(), it.value());
    if (!changed.isEmpty())
        emit reportsChanged(changed);
    for (const auto &[id, kind, clock] : warnings)
        emit breachNear(id, kind, clock);
}

void SlaClocks::setPolicy(const SlaPolicy &policy)
{
    if (policy == m_policy)
        return;
    m_policy = policy;
    post([policy](Worker &w, Store *) {
        w.policy = policy;
        w.computeAll(false);
    });
}

void SlaClocks::setWords(const ProviderWords &words)
{
    post([words](Worker &w, Store *) {
        if (words.decidesAs(w.words))
            return;
        w.words = words;
        w.computeAll(false);
    });
}

void SlaClocks::setClock(std::function<Timestamp()> now)
{
    m_now = now;
    post([now](Worker &w, Store *) { w.now = now; });
}

void SlaClocks::setTickInterval(int msec)
{
    m_timer->setInterval(msec);
}

void SlaClocks::load(const QList<CaseSummary> &summaries)
{
    QStringList ids;
    ids.reserve(summaries.size());
    for (const CaseSummary &s : summaries)
        ids << s.id;
    post([ids](Worker &w, Store *store) {
        if (!store)
            return;
        for (const QString &id : ids) {
            if (w.entries.contains(id))
                continue; // a poll was quicker
            const std::optional<CaseSummary> summary = store->loadSummary(id);
            if (!summary || !summary->isOpen(w.words))
                continue; // a closed case's clocks stopped: computed when a poll brings it
            if (const std::optional<Case> c = store->loadCase(id))
                w.put(*c);
        }
    });
}

void SlaClocks::update(const QList<Case> &cases)
{
    post([cases](Worker &w, Store *) {
        for (const Case &c : cases)
            w.put(c);
    });
}

void SlaClocks::setObservedChanges(const QHash<QString, QList<StatusChange>> &byCase)
{
    post([byCase](Worker &w, Store *) {
        const Timestamp at = w.now();
        for (auto it = byCase.cbegin(); it != byCase.cend(); ++it) {
            auto entry = w.entries.find(it.key());
            if (entry == w.entries.end())
                continue;
            entry->observed = it.value();
            w.compute(it.key(), *entry, at);
        }
    });
}

void SlaClocks::tick()
{
    post([](Worker &w, Store *) { w.computeAll(true); });
}

const SlaReport *SlaClocks::report(const QString &caseId) const
{
    const auto it = m_reports.constFind(caseId);
    return it == m_reports.cend() ? nullptr : &*it;
}

Case SlaClocks::skeletonOf(const Case &c, const ProviderWords &words)
{
    Case skeleton;
    static_cast<CaseHeader &>(skeleton) = c;
    skeleton.subject.clear();
    skeleton.communications.reserve(c.communications.size());
    for (const Communication &m : c.communications) {
        Communication kept;
        kept.type = m.type;
        kept.timestamp = m.timestamp;
        if (words.isStatusUpdate(m.type))
            kept.message = m.message;
        else if (m.message.contains(u'?'))
            kept.message = QStringLiteral("?");
        skeleton.communications.append(kept);
    }
    return skeleton;
}

bool SlaClocks::sameShown(const SlaReport &a, const SlaReport &b)
{
    return sameClockShown(a.firstResponse, b.firstResponse)
        && sameClockShown(a.updateGap, b.updateGap) && sameClockShown(a.restore, b.restore)
        && a.turn == b.turn && a.turnSince == b.turnSince;
}
