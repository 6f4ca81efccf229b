#include "session/SlaClocks.h"

#include "session/SlaClocksStart.h"
#include "store/StoreThread.h"

#include <QDateTime>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace {

constexpr int DefaultTick = 30'000;

} // namespace

using namespace SlaClocksStart;

struct SlaClocks::Worker
{
    // A case: its header (in the summaries loaded at start, or its own once a poll brought
    // it), its thread's digest, what was observed, and what its last report showed.
    struct Entry
    {
        const CaseHeader *header = nullptr;
        std::unique_ptr<CaseHeader> own;
        SlaDigest digest;
        // In the first load's summaries (the basis of `changed`): the case's id there is its own.
        qsizetype position = -1;
        QList<StatusChange> observed;
        quint64 shown = 0;
        bool computed = false;
        bool moving = false;
        // A bit per Kind: the clock ran further than the lead time from its target when last
        // computed (warn()).
        quint8 armed = 0;

        const QString &id() const { return header->id; }
        void setHeader(const CaseHeader &c)
        {
            own = std::make_unique<CaseHeader>(c);
            header = own.get();
        }
    };

    SlaRules rules {SlaPolicy::defaults(), ProviderWords()};
    quint32 stamp = SlaDigest::stampOf(ProviderWords());
    std::function<Timestamp()> now;
    std::vector<Entry> entries; // in the order they came
    QList<QList<CaseSummary>> loaded; // the summaries of each load(), never changed here
    // The entries by case id: those before `indexed`; the rest are added on the next find()
    // (load() leaves them out so that the clocks at start are shown before the index is built).
    QHash<QString, qsizetype> index;
    size_t indexed = 0;
    // Loaded cases whose digest was missing or made under other words (load()).
    QList<CaseSummary> stale;
    QHash<QString, QByteArray> unsaved; // digests made from threads, not stored yet
    SlaUpdates changed; // since the last delivery, in the order computed
    bool changedHasBasis = false;
    // The first load's cases computed (loadFirst()), whose entries are not made yet (settle()).
    struct Pending
    {
        QHash<QString, QList<StatusChange>> observed;
        std::vector<LoadPart> parts;
    };
    std::optional<Pending> pending;
    int maxLoadThreads = std::clamp(QThread::idealThreadCount(), 1, MaxLoadThreads);
    qsizetype casesPerLoadThread = CasesPerLoadThread;

    // The reports of the first load's cases are named by their position in its summaries.
    SlaUpdates updates()
    {
        changedHasBasis = !loaded.isEmpty();
        return changedHasBasis ? SlaUpdates(loaded.front()) : SlaUpdates();
    }
    QList<std::tuple<QString, Kind, SlaClock>> warnings;
    // When the clocks first computed anything: a case created after it is new to the engineer.
    std::optional<qint64> started;

    qint64 startedAt(const Timestamp &at)
    {
        if (!started)
            started = at.ticks();
        return *started;
    }

    void setRules(const SlaPolicy &policy, const ProviderWords &words)
    {
        rules = SlaRules(policy, words);
        stamp = SlaDigest::stampOf(words);
    }

    // Makes the entries of the cases the first load computed, and indexes every entry. Each
    // piece of work starts with it (post()), after the first reports were handed over.
    void settle()
    {
        if (pending) {
            const Pending p = std::move(*pending);
            pending.reset();
            const QList<CaseSummary> &summaries = loaded.front();
            const ObservedIndex observed(p.observed);
            const qint64 lead = qint64(rules.policy().warnBeforeMinutes) * 60;
            entries.reserve(entries.size() + size_t(summaries.size()));
            for (const LoadPart &part : p.parts) {
                qsizetype skip = 0;
                for (qsizetype i = part.first; i < part.end; ++i) {
                    if (skip < part.skipped.size() && part.skipped.at(skip) == i) {
                        ++skip;
                        continue;
                    }
                    const CaseSummary &s = summaries.at(i);
                    const SlaBrief &brief = part.briefs.at(i - part.first);
                    Entry &e = entries.emplace_back();
                    e.header = &s;
                    e.position = i;
                    e.digest = digestOf(s);
                    e.observed = observed.of(s.id);
                    e.shown = shownKey(brief);
                    // Nothing was armed before: no warning at start.
                    e.armed = armedAfter(0, brief, lead, nullptr);
                    e.moving = moves(brief);
                    e.computed = true;
                }
            }
        }
        catchUpIndex();
    }

    void catchUpIndex()
    {
        if (indexed == entries.size())
            return;
        index.reserve(qsizetype(entries.size()));
        for (; indexed < entries.size(); ++indexed)
            index.insert(entries[indexed].id(), qsizetype(indexed));
    }

    Entry *find(const QString &id)
    {
        settle();
        const auto it = index.constFind(id);
        return it == index.cend() ? nullptr : &entries[size_t(*it)];
    }

    Entry &entryFor(const QString &id)
    {
        if (Entry *e = find(id))
            return *e;
        index.insert(id, qsizetype(entries.size()));
        ++indexed;
        return entries.emplace_back();
    }

    void clearEntries()
    {
        pending.reset();
        entries.clear();
        index.clear();
        indexed = 0;
        loaded.clear();
    }

    void put(const Case &c)
    {
        const Timestamp at = now();
        const bool isNew = !find(c.id);
        Entry &e = entryFor(c.id);
        e.setHeader(c);
        e.digest = SlaDigest::of(c, rules.words());
        // A case created while the console runs is warned of even when its targets are within
        // the lead time from the start (a P1's 15 min with a 20 min lead); a first sync's cases,
        // created before, are not.
        if (isNew && c.createdDate.isValid() && c.createdDate.ticks() >= startedAt(at))
            e.armed = 0xff;
        compute(e, at);
    }

    // At start: the cases whose digest the store has, under these words; the others wait in
    // `stale` for their threads (loadStale()).
    void load(const QList<CaseSummary> &given, const QHash<QString, QList<StatusChange>> &observed)
    {
        // Kept as given (shared with the list's copy): the entries point into it.
        const QList<CaseSummary> &summaries = loaded.emplace_back(given);
        // At start nothing is known yet: the summaries (one per id, the store's key) are
        // computed without a lookup each, on several threads (loadFirst()), and get their
        // entries and index after their clocks are shown (settle()). Positions name cases in
        // the first load's summaries only (the basis, updates()): not in a later load's, even
        // when the earlier one's cases all still wait for their threads.
        const bool first = entries.empty() && !pending && loaded.size() == 1;
        if (first && changed.isEmpty())
            changed = updates();
        const Timestamp at = now();
        startedAt(at);
        if (first && changedHasBasis)
            return loadFirst(summaries, observed, at);
        entries.reserve(entries.size() + size_t(summaries.size()));
        changed.reserve(changed.size() + summaries.size());
        const ObservedIndex byCase(observed);
        for (const CaseSummary &s : summaries) {
            if (find(s.id))
                continue; // a poll was quicker
            SlaDigest digest = usableDigestOf(s, stamp);
            if (!digest.isValid()) {
                stale.append(s);
                continue;
            }
            Entry &e = entryFor(s.id);
            e.header = &s;
            e.digest = std::move(digest);
            e.observed = byCase.of(s.id);
            compute(e, at);
        }
    }

    // The first load's cases, on as many threads as pay (every case is computed alone), handed
    // over as runs of briefs by position; their entries are made after (settle()).
    void loadFirst(const QList<CaseSummary> &summaries,
        const QHash<QString, QList<StatusChange>> &observed, const Timestamp &at)
    {
        const qsizetype n = summaries.size();
        const int threads = int(std::clamp<qsizetype>(n / casesPerLoadThread, 1, maxLoadThreads));
        Pending p {observed, std::vector<LoadPart>(size_t(threads))};
        for (int k = 0; k < threads; ++k) {
            p.parts[size_t(k)].first = n * k / threads;
            p.parts[size_t(k)].end = n * (k + 1) / threads;
        }
        computeParts(p.parts, summaries, ObservedIndex(p.observed), rules.policy(), rules.words(),
            stamp, at);
        for (LoadPart &part : p.parts) {
            for (qsizetype i : std::as_const(part.skipped))
                stale.append(summaries.at(i));
            // Shared: settle() reads them after.
            changed.appendRun(part.first, part.briefs, part.skipped);
        }
        pending = std::move(p);
    }

    // The stale cases' digests made from their threads, and computed.
    void loadStale(Store *store, const QHash<QString, QList<StatusChange>> &observed)
    {
        const Timestamp at = now();
        for (const CaseSummary &s : std::exchange(stale, {})) {
            if (find(s.id))
                continue;
            Case c;
            static_cast<CaseHeader &>(c) = s;
            c.communications = store->loadThread(s.id);
            Entry &e = entryFor(s.id);
            e.setHeader(s);
            e.digest = SlaDigest::of(c, rules.words());
            e.observed = observed.value(s.id);
            unsaved.insert(s.id, e.digest.bytes());
            compute(e, at);
        }
    }

    // The digests made from threads, kept for the next start (after their clocks are shown).
    void saveDigests(Store *store)
    {
        if (store && !unsaved.isEmpty())
            store->saveSlaDigests(std::exchange(unsaved, {}));
    }

    void compute(Entry &e, const Timestamp &at)
    {
        const SlaReport report = computeSla(*e.header, e.digest, e.observed, rules, at);
        const SlaBrief brief = SlaBrief::of(report);
        const quint64 shown = shownKey(brief);
        if (!e.computed || shown != e.shown) {
            if (e.position >= 0 && changedHasBasis)
                changed.appendAt(e.position, brief);
            else
                changed.append(e.id(), brief);
        }
        e.shown = shown;
        e.moving = moves(brief);
        e.computed = true;
        warn(e, report, brief);
    }

    // A warning when a running clock comes within the lead time of its target, having been
    // further from it when computed before, or its case being new since the start (so not for
    // every case a start or a first sync finds already close, nor twice for one breach: a new
    // silence counts from far again).
    void warn(Entry &e, const SlaReport &report, const SlaBrief &brief)
    {
        QList<Kind> near;
        e.armed = armedAfter(e.armed, brief, qint64(rules.policy().warnBeforeMinutes) * 60, &near);
        for (Kind kind : std::as_const(near))
            warnings.append({e.id(), kind, clockOf(report, kind)});
    }

    void computeAll(bool onlyMoving)
    {
        const Timestamp at = now();
        changed.reserve(changed.size() + qsizetype(entries.size()));
        for (size_t i = 0; i < entries.size(); ++i) {
            if (i + PrefetchAhead < entries.size())
                prefetch(entries[i + PrefetchAhead].digest.bytes().constData());
            Entry &e = entries[i];
            if (!onlyMoving || e.moving)
                compute(e, at);
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
        worker->settle();
        work(*worker, s);
        auto changed = std::exchange(worker->changed, worker->updates());
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

void SlaClocks::deliver(
    const SlaUpdates &changed, const QList<std::tuple<QString, Kind, SlaClock>> &warnings)
{
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
        w.setRules(policy, w.rules.words());
        w.computeAll(false);
    });
}

void SlaClocks::setWords(const ProviderWords &words)
{
    post([words](Worker &w, Store *store) {
        if (words.decidesAs(w.rules.words()))
            return;
        w.setRules(w.rules.policy(), words);
        if (!store)
            return w.computeAll(false);
        // The digests say what the old words made of each thread: made again from the threads.
        QHash<QString, QList<StatusChange>> observed;
        for (Worker::Entry &e : w.entries) {
            CaseSummary s;
            static_cast<CaseHeader &>(s) = *e.header;
            w.stale.append(s);
            if (!e.observed.isEmpty())
                observed.insert(e.id(), e.observed);
        }
        w.clearEntries();
        w.loadStale(store, observed);
        w.saveDigests(store);
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

void SlaClocks::setLoadThreads(int maxThreads, qsizetype casesPerThread)
{
    post([maxThreads, casesPerThread](Worker &w, Store *) {
        w.maxLoadThreads = std::max(1, maxThreads);
        w.casesPerLoadThread = std::max<qsizetype>(1, casesPerThread);
    });
}

void SlaClocks::load(
    const QList<CaseSummary> &summaries, const QHash<QString, QList<StatusChange>> &observed)
{
    // Pieces of work: the cases with a digest first (their clocks are shown at once; the next
    // piece starts by making their entries and index, post()), then those whose thread must be
    // read.
    post([summaries, observed](Worker &w, Store *) { w.load(summaries, observed); });
    post([observed](Worker &w, Store *store) {
        if (store)
            w.loadStale(store, observed);
    });
    post([](Worker &w, Store *store) { w.saveDigests(store); });
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
            if (Worker::Entry *entry = w.find(it.key())) {
                entry->observed = it.value();
                w.compute(*entry, at);
            }
        }
    });
}

void SlaClocks::tick()
{
    post([](Worker &w, Store *) { w.computeAll(true); });
}
