#pragma once

#include "models/ProviderWords.h"
#include "models/SlaPolicy.h"
#include "models/Timestamp.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

struct Case;
struct CaseHeader;
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
    enum class State {
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
    enum class Turn { Nobody, Provider, Us };

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
