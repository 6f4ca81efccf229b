#include "models/SlaClock.h"

#include "models/Case.h"
#include "models/ProviderWords.h"
#include "models/SlaPolicy.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

namespace {

constexpr qint64 TicksPerSecond = 10'000'000;
constexpr qint64 Forever = std::numeric_limits<qint64>::max();

using Kind = ProviderWords::StatusKind;

// Half-open spans of ticks in which no clock counts, sorted and merged.
class Spans
{
public:
    void add(qint64 from, qint64 to)
    {
        if (to > from)
            m_spans.push_back({from, to});
    }
    void merge()
    {
        std::sort(m_spans.begin(), m_spans.end());
        std::vector<std::pair<qint64, qint64>> merged;
        for (const auto &span : m_spans) {
            if (!merged.empty() && span.first <= merged.back().second)
                merged.back().second = std::max(merged.back().second, span.second);
            else
                merged.push_back(span);
        }
        m_spans = std::move(merged);
    }
    // Ticks from `from` to `to` outside every span.
    qint64 counted(qint64 from, qint64 to) const
    {
        if (to <= from)
            return 0;
        qint64 total = to - from;
        for (const auto &[a, b] : m_spans) {
            const qint64 overlap = std::min(b, to) - std::max(a, from);
            if (overlap > 0)
                total -= overlap;
        }
        return total;
    }
    bool contains(qint64 at) const
    {
        return std::any_of(m_spans.cbegin(), m_spans.cend(),
            [at](const auto &span) { return span.first <= at && at < span.second; });
    }

private:
    std::vector<std::pair<qint64, qint64>> m_spans;
};

// The case's status over time: each status from its change on.
struct Segment
{
    qint64 from;
    qint64 to; // Forever for the current status
    QString status;
};

std::vector<Segment> statusSegments(const Case &c, QList<StatusChange> history)
{
    history.erase(std::remove_if(history.begin(), history.end(),
                      [](const StatusChange &change) { return !change.at.isValid(); }),
        history.end());
    // A change observed between polls happened by the case's last modification at the latest:
    // seen after a night offline, it is not taken to have happened in the morning (nor, with
    // the local clock ahead of the server's, after the current status).
    if (c.lastModifiedDate.isValid()) {
        for (StatusChange &change : history)
            change.at = std::min(change.at, c.lastModifiedDate);
    }
    std::stable_sort(history.begin(), history.end(),
        [](const StatusChange &a, const StatusChange &b) { return a.at < b.at; });
    const bool currentKnown = !history.isEmpty()
        && ProviderWords::normalised(history.constLast().status)
            == ProviderWords::normalised(c.status);
    if (!currentKnown && !c.status.isEmpty()) {
        const Timestamp since = c.lastModifiedDate.isValid() ? c.lastModifiedDate : c.createdDate;
        if (since.isValid() && (history.isEmpty() || history.constLast().at <= since))
            history.append({since, c.status});
    }
    std::vector<Segment> segments;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const qint64 to = i + 1 < history.size() ? history.at(i + 1).at.ticks() : Forever;
        segments.push_back({history.at(i).at.ticks(), to, history.at(i).status});
    }
    return segments;
}

bool pausesFor(Kind kind, const SlaPolicy &policy)
{
    return (kind == Kind::WaitingOnUs && policy.pauseWhenWaitingOnUs)
        || (kind == Kind::OnHold && policy.pauseWhenOnHold);
}

bool asksUs(const Communication &m, const ProviderWords &words)
{
    return m.isFromProvider(words) && !words.isStatusUpdate(m.type) && m.message.contains(u'?');
}

// Where the clocks stop counting: pauses by status, closed periods, and (if the policy says)
// a provider question until our next message.
Spans quietSpans(const Case &c, const std::vector<Segment> &segments, const SlaPolicy &policy,
    const ProviderWords &words)
{
    Spans spans;
    for (const Segment &segment : segments) {
        if (words.isClosed(segment.status) || pausesFor(words.statusKind(segment.status), policy))
            spans.add(segment.from, segment.to);
    }
    if (policy.pauseOnProviderQuestion) {
        std::optional<qint64> questionAt;
        for (const Communication &m : c.communications) {
            if (!m.timestamp.isValid())
                continue;
            if (asksUs(m, words) && !questionAt)
                questionAt = m.timestamp.ticks();
            else if (!m.isFromProvider(words) && questionAt) {
                spans.add(*questionAt, m.timestamp.ticks());
                questionAt.reset();
            }
        }
        if (questionAt)
            spans.add(*questionAt, Forever);
    }
    spans.merge();
    return spans;
}

// What every clock needs to know about the case at `now`.
struct Frame
{
    const Case &c;
    const ProviderWords &words;
    Spans spans;
    qint64 now;
    std::optional<qint64> closedAt; // the case is closed (resolved, cancelled) since then

    qint64 end() const { return closedAt.value_or(now); }
    bool pausedNow() const { return !closedAt && spans.contains(now); }
};

std::optional<qint64> closedSince(const std::vector<Segment> &segments, const ProviderWords &words)
{
    if (segments.empty() || !words.isClosed(segments.back().status))
        return std::nullopt;
    qint64 since = segments.back().from;
    for (auto it = segments.rbegin(); it != segments.rend() && words.isClosed(it->status); ++it)
        since = it->from;
    return since;
}

// A clock that counted `counted` ticks from its start and still counts (open case) or stopped.
SlaClock judge(const Frame &f, qint64 targetSeconds, qint64 counted, std::optional<qint64> stopped)
{
    SlaClock clock;
    clock.targetSeconds = targetSeconds;
    clock.elapsedSeconds = counted / TicksPerSecond;
    const bool over = clock.elapsedSeconds > targetSeconds;
    if (stopped) {
        clock.state = over ? SlaClock::State::Breached : SlaClock::State::Met;
        clock.stoppedAt = Timestamp::fromTicks(*stopped);
    } else if (over) {
        clock.state = SlaClock::State::Breached;
    } else if (f.pausedNow()) {
        clock.state = SlaClock::State::Paused;
    } else {
        clock.state = SlaClock::State::Running;
        clock.due = Timestamp::fromTicks(f.now + clock.leftSeconds() * TicksPerSecond);
    }
    return clock;
}

std::optional<qint64> firstProviderMessage(const Frame &f, qint64 from)
{
    std::optional<qint64> first;
    for (const Communication &m : f.c.communications) {
        if (m.timestamp.isValid() && m.isFromProvider(f.words) && !f.words.isStatusUpdate(m.type))
            first = std::min(first.value_or(Forever), std::max(from, m.timestamp.ticks()));
    }
    return first;
}

SlaClock firstResponseClock(const Frame &f, const SlaTargets &targets)
{
    if (targets.firstResponseMinutes <= 0 || !f.c.createdDate.isValid())
        return {};
    const qint64 start = f.c.createdDate.ticks();
    const qint64 target = qint64(targets.firstResponseMinutes) * 60;
    const std::optional<qint64> answered = firstProviderMessage(f, start);
    if (answered && *answered <= f.end())
        return judge(f, target, f.spans.counted(start, *answered), answered);
    SlaClock clock = judge(f, target, f.spans.counted(start, f.end()), f.closedAt);
    // Closed unanswered within the target: not met (nobody answered), not breached either.
    if (clock.state == SlaClock::State::Met)
        clock.state = SlaClock::State::None;
    return clock;
}

void updateGapClock(const Frame &f, const SlaTargets &targets, SlaReport &report)
{
    const std::optional<qint64> answered = f.c.createdDate.isValid()
        ? firstProviderMessage(f, f.c.createdDate.ticks())
        : std::nullopt;
    if (targets.updateGapMinutes <= 0 || !answered || *answered > f.end())
        return;
    const qint64 target = qint64(targets.updateGapMinutes) * 60;
    std::vector<qint64> updates;
    for (const Communication &m : f.c.communications) {
        if (!m.timestamp.isValid() || !m.isFromProvider(f.words))
            continue;
        // As the first response reads it: a message timed before the creation (a fraction of a
        // second, another clock) counts from the creation.
        const qint64 at = std::max(f.c.createdDate.ticks(), m.timestamp.ticks());
        if (at >= *answered && at <= f.end())
            updates.push_back(at);
    }
    if (updates.empty())
        return;
    std::sort(updates.begin(), updates.end());
    for (size_t i = 1; i < updates.size(); ++i) {
        const qint64 gap = f.spans.counted(updates[i - 1], updates[i]) / TicksPerSecond;
        report.longestGapSeconds = std::max(report.longestGapSeconds, gap);
        report.gapBreaches += gap > target ? 1 : 0;
    }
    const qint64 current = f.spans.counted(updates.back(), f.end());
    report.longestGapSeconds = std::max(report.longestGapSeconds, current / TicksPerSecond);
    if (f.closedAt) {
        report.updateGap = judge(f, target, report.longestGapSeconds * TicksPerSecond, f.closedAt);
        return;
    }
    report.gapBreaches += current / TicksPerSecond > target ? 1 : 0;
    report.updateGap = judge(f, target, current, std::nullopt);
}

// Restored at the end of incident the provider gave when it is plausible (after the start, not
// after the case closed: at creation it may be a placeholder equal to the start or far in the
// future), else when the case closed.
SlaClock restoreClock(const Frame &f, const SlaTargets &targets)
{
    if (targets.restoreMinutes <= 0 || !f.c.isOutage())
        return {};
    const Timestamp &created = f.c.createdDate;
    const Timestamp &start = f.c.startOfIncident;
    const bool startUsable = start.isValid() && start.ticks() <= f.now;
    if (!startUsable && !created.isValid())
        return {};
    const qint64 from = startUsable ? start.ticks() : created.ticks();
    const qint64 target = qint64(targets.restoreMinutes) * 60;
    if (!f.closedAt)
        return judge(f, target, f.spans.counted(from, f.now), std::nullopt);
    const Timestamp &endOf = f.c.endOfIncident;
    const bool endUsable = endOf.isValid() && endOf.ticks() > from && endOf.ticks() <= *f.closedAt;
    const qint64 restored = endUsable ? endOf.ticks() : *f.closedAt;
    return judge(f, target, f.spans.counted(from, restored), restored);
}

// Closed: nobody's. A pausing status, or a provider message asking us something that is the
// last message: ours, since then. Otherwise the provider's, since the last message or status
// change (or the creation).
void whoseTurn(const Frame &f, const std::vector<Segment> &segments, const SlaPolicy &policy,
    SlaReport &report)
{
    if (f.closedAt) {
        report.turn = SlaReport::Turn::Nobody;
        report.turnSince = Timestamp::fromTicks(*f.closedAt);
        return;
    }
    if (!segments.empty() && pausesFor(f.words.statusKind(segments.back().status), policy)) {
        report.turn = SlaReport::Turn::Us;
        report.turnSince = Timestamp::fromTicks(segments.back().from);
        return;
    }
    const Communication *last = nullptr;
    for (const Communication &m : f.c.communications) {
        if (m.timestamp.isValid() && !f.words.isStatusUpdate(m.type)
            && (!last || last->timestamp <= m.timestamp))
            last = &m;
    }
    qint64 since = f.c.createdDate.isValid() ? f.c.createdDate.ticks() : 0;
    if (!segments.empty())
        since = std::max(since, segments.back().from);
    if (last)
        since = std::max(since, last->timestamp.ticks());
    const bool asked = last && asksUs(*last, f.words);
    report.turn = asked ? SlaReport::Turn::Us : SlaReport::Turn::Provider;
    report.turnSince = Timestamp::fromTicks(asked ? last->timestamp.ticks() : since);
}

} // namespace

Timestamp SlaReport::nextBreach() const
{
    Timestamp next;
    for (const SlaClock *clock : {&firstResponse, &updateGap, &restore}) {
        if (clock->state == SlaClock::State::Running && (!next.isValid() || clock->due < next))
            next = clock->due;
    }
    return next;
}

bool SlaReport::anyBreached() const
{
    return firstResponse.state == SlaClock::State::Breached
        || updateGap.state == SlaClock::State::Breached
        || restore.state == SlaClock::State::Breached;
}

QList<StatusChange> statusChangesFromThread(const Case &c, const ProviderWords &words)
{
    static const QRegularExpression separators(
        QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QList<StatusChange> changes;
    for (const Communication &m : c.communications) {
        if (!m.timestamp.isValid() || !words.isStatusUpdate(m.type))
            continue;
        const QStringList tokens = m.message.split(separators, Qt::SkipEmptyParts);
        for (qsizetype i = tokens.size() - 1; i >= 0; --i) {
            // "Pending customer" is two tokens, one status.
            const QString pair = i > 0 ? tokens.at(i - 1) + tokens.at(i) : QString();
            if (!pair.isEmpty() && words.statusKind(pair) != Kind::Unknown) {
                changes.append({m.timestamp, pair});
                break;
            }
            if (words.statusKind(tokens.at(i)) != Kind::Unknown) {
                changes.append({m.timestamp, tokens.at(i)});
                break;
            }
        }
    }
    return changes;
}

SlaReport computeSla(const Case &c, const QList<StatusChange> &history, const SlaPolicy &policy,
    const ProviderWords &words, const Timestamp &now)
{
    const std::vector<Segment> segments = statusSegments(c, history);
    Frame frame {c, words, quietSpans(c, segments, policy, words), now.ticks(),
        closedSince(segments, words)};
    const SlaTargets targets = policy.targetsFor(c.priority);
    SlaReport report;
    report.firstResponse = firstResponseClock(frame, targets);
    updateGapClock(frame, targets, report);
    report.restore = restoreClock(frame, targets);
    whoseTurn(frame, segments, policy, report);
    return report;
}
