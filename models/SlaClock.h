#pragma once

#include "models/Case.h"
#include "models/ProviderWords.h"
#include "models/SlaPolicy.h"
#include "models/Timestamp.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <type_traits>

class SlaDigest;

// A status the case had from a point in time on: read from the thread's status updates
// (statusChangesFromThread) or observed by the console between polls (the API gives only the
// current status).
struct StatusChange
{
    Timestamp at;
    QString status; // the provider's word

    friend bool operator==(const StatusChange &, const StatusChange &) = default;
};

// One clock against one target (docs/sla.md).
struct SlaClock
{
    enum class State : quint8 {
        None, // no target, or nothing to measure yet
        Running,
        Paused, // the provider waits on us, or the case is on hold
        Met,
        Breached, // over the target: still counting while open, or stopped over it
    };

    State state = State::None;
    qint64 targetSeconds = 0;
    // Counted time (pauses and closed periods left out) up to now or to when the clock stopped.
    qint64 elapsedSeconds = 0;
    // While running: when the target is reached if nothing changes.
    Timestamp due;
    // Met, or breached and no longer counting: when the clock stopped.
    Timestamp stoppedAt;

    // Negative: over the target by that much.
    qint64 leftSeconds() const { return targetSeconds - elapsedSeconds; }

    friend bool operator==(const SlaClock &, const SlaClock &) = default;
};

// Every clock of one case at one moment, and whose turn it is.
struct SlaReport
{
    enum class Turn : quint8 { Nobody, Provider, Us };

    SlaClock firstResponse; // created -> the provider's first message
    SlaClock updateGap; // the current silence of the provider while open (after its first response)
    SlaClock restore; // incidents: start of incident -> restored
    qint64 longestGapSeconds = 0; // the longest silence so far
    int gapBreaches = 0; // silences longer than the target so far
    Turn turn = Turn::Nobody;
    Timestamp turnSince;

    // The earliest due time of a running clock; invalid when none runs.
    Timestamp nextBreach() const;
    bool anyBreached() const;

    friend bool operator==(const SlaReport &, const SlaReport &) = default;
};

// What the case list shows of a report (its Next breach and Turn columns, their tooltips and
// sort keys), in 56 bytes rather than a report's 200: 100k of them are made at start, and every
// new megabyte costs the start time (bench/bench_sla).
struct SlaBrief
{
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min(); // sorts first

    struct Clock
    {
        qint32 targetSeconds = 0;
        qint32 elapsedSeconds = 0; // clamped to what 32 bits hold (68 years)
        SlaClock::State state = SlaClock::State::None;
        bool stopped = false; // counting no more (SlaClock::stoppedAt is valid)

        friend bool operator==(const Clock &, const Clock &) = default;
    };
    enum Which : quint8 { FirstResponse, UpdateGap, Restore, NoClock };

    qint64 nextBreachTicks = NoTime; // SlaReport::nextBreach()
    qint64 turnSinceTicks = NoTime;
    Clock clocks[3]; // by Which
    Which headline = NoClock; // the clock the Next breach column is about (headlineOf())
    SlaReport::Turn turn = SlaReport::Turn::Nobody;

    static SlaBrief of(const SlaReport &report);
    // The clock the Next breach column is about: the one most over its target while counting,
    // else the running one due first, else a paused one, else one stopped over its target.
    static Which headlineOf(const SlaReport &report);
    // Clock `which` as SlaLabels reads it (state, target, elapsed; due and stoppedAt are not kept).
    SlaClock clock(Which which) const;
    Timestamp nextBreach() const;
    Timestamp turnSince() const;

    friend bool operator==(const SlaBrief &, const SlaBrief &) = default;
};
static_assert(sizeof(SlaBrief) <= 56, "100k briefs are made at start: keep them small");

// A case's new report.
struct SlaUpdate
{
    QString caseId;
    SlaReport report;
};

// The new reports of some cases (as SlaBrief), in the order computed (a case twice: the later
// last), as the clocks hand them to the list (SlaClocks::reportsChanged,
// CaseListModel::setSlaReports). The cases of a basis list (the summaries the clocks were loaded
// with) are named by their position in it: naming each of 100k cases by a copy of its id string
// costs more than its clocks (bench/bench_sla), since every copy writes to a string the GUI thread
// shares. The clocks at start come as runs: the briefs of consecutive positions, each run made by
// one thread.
class SlaUpdates
{
public:
    SlaUpdates() = default;
    SlaUpdates(std::initializer_list<SlaUpdate> updates);
    explicit SlaUpdates(QList<CaseSummary> basis);

    void reserve(qsizetype size) { m_items.reserve(size); }
    void append(const QString &caseId, const SlaBrief &brief);
    // The case at `position` in the basis.
    void appendAt(qsizetype position, const SlaBrief &brief);
    // The cases at `first`, `first + 1`, ... in the basis, one per brief, except those at the
    // positions in `skipped` (ascending), whose briefs are not updates.
    void appendRun(qsizetype first, QList<SlaBrief> briefs, QList<qsizetype> skipped = {});

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool contains(const QString &caseId) const;
    // Calls `f(position, caseId, brief)` for every update in order; `position` is the case's in
    // the basis, or -1 when it is named by id. An `f` that returns bool stops the visit with
    // false.
    template<typename F>
    void forEach(F &&f) const
    {
        const auto visit = [&f](qsizetype position, const QString &id, const SlaBrief &brief) {
            if constexpr (std::is_same_v<decltype(f(position, id, brief)), bool>)
                return f(position, id, brief);
            else
                return f(position, id, brief), true;
        };
        qsizetype item = 0;
        const auto items = [&](qsizetype until) {
            for (; item < until; ++item) {
                const Item &it = m_items.at(item);
                if (!(it.ref >= 0 ? visit(it.ref, m_basis.at(it.ref).id, it.brief)
                                  : visit(qsizetype(-1), m_ids.at(~it.ref), it.brief)))
                    return false;
            }
            return true;
        };
        for (const Run &run : m_runs) {
            if (!items(run.afterItems))
                return;
            qsizetype skip = 0;
            for (qsizetype i = 0; i < run.briefs.size(); ++i) {
                const qsizetype position = run.first + i;
                if (skip < run.skipped.size() && run.skipped.at(skip) == position) {
                    ++skip;
                    continue;
                }
                if (!visit(position, m_basis.at(position).id, run.briefs.at(i)))
                    return;
            }
        }
        items(m_items.size());
    }

private:
    struct Item
    {
        qsizetype ref; // >= 0: a position in m_basis; < 0: ~ref is an index in m_ids
        SlaBrief brief;
    };
    struct Run
    {
        qsizetype afterItems; // comes after this many items
        qsizetype first;
        QList<SlaBrief> briefs;
        QList<qsizetype> skipped;
    };
    QList<CaseSummary> m_basis;
    QList<QString> m_ids;
    QList<Item> m_items;
    QList<Run> m_runs;
    qsizetype m_size = 0;
};

// The statuses the thread's status updates name, oldest first: a status update names its new
// status last ("Status changed from New to InProgress."), so the last word of its text that
// `words` knows as a status is taken. Updates that name none are skipped.
QList<StatusChange> statusChangesFromThread(const Case &c, const ProviderWords &words);

// The clocks of `c` at `now` under `policy`. `history` is the case's known status changes (any
// order; from the thread and from observation); the current status counts from the last of
// them, or from the last modification when it is not among them.
SlaReport computeSla(const Case &c, const QList<StatusChange> &history, const SlaPolicy &policy,
    const ProviderWords &words, const Timestamp &now);

// The policy and the words the clocks are computed under, remembering what they answer for each
// status and priority met (the clocks of 100k cases ask about a handful of words). One thread.
class SlaRules
{
public:
    // What a status word means to the clocks.
    struct Status
    {
        ProviderWords::StatusKind kind = ProviderWords::StatusKind::Unknown;
        bool closed = false;
        quint64 word = 0; // SlaDigest::wordKey()
    };

    SlaRules(const SlaPolicy &policy, const ProviderWords &words);
    const SlaPolicy &policy() const { return m_policy; }
    const ProviderWords &words() const { return m_words; }
    Status status(const QString &word) const;
    SlaTargets targets(const QString &priority) const;

private:
    SlaPolicy m_policy;
    ProviderWords m_words;
    mutable QHash<QString, Status> m_statuses;
    mutable QHash<QString, SlaTargets> m_targets;
};

// The same clocks from a case's header and the digest of its thread (SlaDigest, made under
// `rules`' words), with the status changes observed between polls: what the console computes
// for every case at start and after each poll.
SlaReport computeSla(const CaseHeader &c, const SlaDigest &digest,
    const QList<StatusChange> &observed, const SlaRules &rules, const Timestamp &now);

Q_DECLARE_METATYPE(SlaReport)
Q_DECLARE_METATYPE(SlaUpdates)
