#pragma once

// The pieces session/SlaClocks computes the clocks with, the clocks at start above all: 100k
// cases, split over threads by position in the summaries (bench/bench_sla). Internal to the
// session layer.

#include "models/Case.h"
#include "models/SlaClock.h"
#include "models/SlaDigest.h"
#include "session/SlaClocks.h"

#include <QHash>
#include <QList>

#include <vector>

namespace SlaClocksStart {

constexpr SlaClocks::Kind Kinds[] {
    SlaClocks::Kind::FirstResponse, SlaClocks::Kind::UpdateGap, SlaClocks::Kind::Restore};
// A brief's clocks are by Kind too.
static_assert(int(SlaClocks::Kind::FirstResponse) == SlaBrief::FirstResponse
    && int(SlaClocks::Kind::UpdateGap) == SlaBrief::UpdateGap
    && int(SlaClocks::Kind::Restore) == SlaBrief::Restore);

const SlaClock &clockOf(const SlaReport &r, SlaClocks::Kind kind);
// Moves with time: running, or breached while still counting.
bool moves(const SlaBrief &b);
// What the list shows of a report (its brief: the states, targets, minutes counted, the next
// breach, whose turn) as one number: all a case's entry keeps of its last report (100k full
// reports kept too cost more than computing them).
quint64 shownKey(const SlaBrief &b);
// The armed bits (SlaClocks' entries: a bit per Kind, set while the clock ran further than the
// lead time from its target) after `brief`; the clocks that come within `lead` seconds of
// their target while armed are added to `near`.
quint8 armedAfter(quint8 armed, const SlaBrief &brief, qint64 lead, QList<SlaClocks::Kind> *near);

// The digest a summary carries, read where it is (as long as the summary lives): a copy would
// write to the bytes' reference count, which the GUI thread's copy of the summaries shares.
SlaDigest digestOf(const CaseSummary &s);
// The same when it was made under the words of `stamp`; none (invalid) otherwise, or when the
// summary has none: its thread must be read.
SlaDigest usableDigestOf(const CaseSummary &s, quint32 stamp);

// At most this many threads compute the clocks at start, each over this many cases or more
// (SlaClocks::setLoadThreads()).
constexpr int MaxLoadThreads = 4;
constexpr qsizetype CasesPerLoadThread = 20'000;

// How far ahead of the case computed its digest and id are asked for.
constexpr qsizetype PrefetchAhead = 8;

inline void prefetch(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address)
#endif
}

// The status changes observed between polls by case id, for looking up every case at start
// while few have any: by the id's hash first, in a bit set that fits the first-level cache (a
// case without any mostly stops there), then sorted hashes, so that a case without any compares
// no strings (a QHash compares the key of every slot it probes). Read-only: shared by threads.
class ObservedIndex
{
public:
    // `observed` outlives this.
    explicit ObservedIndex(const QHash<QString, QList<StatusChange>> &observed);
    const QList<StatusChange> &of(const QString &id) const;

private:
    struct Entry
    {
        size_t hash;
        const QString *id;
        const QList<StatusChange> *changes;
    };
    std::vector<Entry> m_entries;
    std::vector<quint64> m_bits; // bit (hash mod the bits' count) is set for each entry's hash
};

// The cases at positions [first, end) of the summaries loaded at start, computed by one thread.
struct LoadPart
{
    qsizetype first = 0;
    qsizetype end = 0;
    QList<SlaBrief> briefs; // by position from `first`; a default one for the skipped
    QList<qsizetype> skipped; // without a digest under these words (ascending)

    // With its own rules: their answers are remembered, so one SlaRules is for one thread.
    void compute(const QList<CaseSummary> &summaries, const ObservedIndex &observed,
        const SlaPolicy &policy, const ProviderWords &words, quint32 stamp, const Timestamp &at);
};

// Computes `parts` (ranges set) on a thread each, this one computing the first; a thread that
// cannot be started leaves its part to this one.
void computeParts(std::vector<LoadPart> &parts, const QList<CaseSummary> &summaries,
    const ObservedIndex &observed, const SlaPolicy &policy, const ProviderWords &words,
    quint32 stamp, const Timestamp &at);

} // namespace SlaClocksStart
