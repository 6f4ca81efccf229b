#include "models/SlaClock.h"

#include "models/Case.h"
#include "models/ProviderWords.h"
#include "models/SlaDigest.h"
#include "models/SlaPolicy.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <limits>
#include <optional>

namespace {

constexpr qint64 TicksPerSecond = 10'000'000;
constexpr qint64 Forever = std::numeric_limits<qint64>::max();

using Kind = ProviderWords::StatusKind;
using Status = SlaRules::Status;

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
        qsizetype kept = 0;
        for (qsizetype i = 0; i < m_spans.size(); ++i) {
            if (kept > 0 && m_spans[i].first <= m_spans[kept - 1].second)
                m_spans[kept - 1].second = std::max(m_spans[kept - 1].second, m_spans[i].second);
            else
                m_spans[kept++] = m_spans[i];
        }
        m_spans.resize(kept);
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
    QVarLengthArray<std::pair<qint64, qint64>, 8> m_spans;
};

// A status the case had from `at` on.
struct Point
{
    qint64 at;
    Status status;
};
using Points = QVarLengthArray<Point, 8>;

// The case's status over time: each status from its change on.
struct Segment
{
    qint64 from;
    qint64 to; // Forever for the current status
    Status status;
};
using Segments = QVarLengthArray<Segment, 8>;

Segments statusSegments(const CaseHeader &c, Points history, const SlaRules &rules)
{
    // A change observed between polls happened by the case's last modification at the latest:
    // seen after a night offline, it is not taken to have happened in the morning (nor, with
    // the local clock ahead of the server's, after the current status).
    if (c.lastModifiedDate.isValid()) {
        for (Point &point : history)
            point.at = std::min(point.at, c.lastModifiedDate.ticks());
    }
    // Mostly in order already (the digest's changes are; observed ones follow): stable_sort
    // takes a buffer from the heap even then.
    const auto earlier = [](const Point &a, const Point &b) { return a.at < b.at; };
    if (!std::is_sorted(history.cbegin(), history.cend(), earlier))
        std::stable_sort(history.begin(), history.end(), earlier);
    const Status current = rules.status(c.status);
    const bool currentKnown = !history.isEmpty() && history.back().status.word == current.word;
    if (!currentKnown && !c.status.isEmpty()) {
        const Timestamp since = c.lastModifiedDate.isValid() ? c.lastModifiedDate : c.createdDate;
        if (since.isValid() && (history.isEmpty() || history.back().at <= since.ticks()))
            history.push_back({since.ticks(), current});
    }
    Segments segments;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const qint64 to = i + 1 < history.size() ? history[i + 1].at : Forever;
        segments.push_back({history[i].at, to, history[i].status});
    }
    return segments;
}

bool pausesFor(Kind kind, const SlaPolicy &policy)
{
    return (kind == Kind::WaitingOnUs && policy.pauseWhenWaitingOnUs)
        || (kind == Kind::OnHold && policy.pauseWhenOnHold);
}

// Where the clocks stop counting: pauses by status, closed periods, and (if the policy says)
// a provider question until our next message.
Spans quietSpans(const SlaDigest &d, const Segments &segments, const SlaPolicy &policy)
{
    Spans spans;
    for (const Segment &segment : segments) {
        if (segment.status.closed || pausesFor(segment.status.kind, policy))
            spans.add(segment.from, segment.to);
    }
    if (policy.pauseOnProviderQuestion) {
        for (int i = 0; i < d.questionCount(); ++i) {
            const auto [from, to] = d.question(i);
            spans.add(from, to);
        }
    }
    spans.merge();
    return spans;
}

// What every clock needs to know about the case at `now`.
struct Frame
{
    const CaseHeader &c;
    const SlaDigest &d;
    Spans spans;
    qint64 now;
    std::optional<qint64> closedAt; // the case is closed (resolved, cancelled) since then

    qint64 end() const { return closedAt.value_or(now); }
    bool pausedNow() const { return !closedAt && spans.contains(now); }
};

std::optional<qint64> closedSince(const Segments &segments)
{
    if (segments.isEmpty() || !segments.back().status.closed)
        return std::nullopt;
    qint64 since = segments.back().from;
    for (auto it = segments.rbegin(); it != segments.rend() && it->status.closed; ++it)
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

// The provider's first message (a status update is not a response), not before `from`.
std::optional<qint64> firstProviderMessage(const Frame &f, qint64 from)
{
    const std::optional<qint64> first = f.d.firstProviderMessage();
    if (!first)
        return std::nullopt;
    return std::max(from, *first);
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
    // Every communication of the provider from its first answer on (oldest first). As the first
    // response reads it: a message timed before the creation (a fraction of a second, another
    // clock) counts from the creation.
    std::optional<qint64> previous;
    for (int i = 0; i < f.d.updateCount(); ++i) {
        const qint64 at = std::max(f.c.createdDate.ticks(), f.d.update(i));
        if (at < *answered)
            continue;
        if (at > f.end())
            break;
        if (previous) {
            const qint64 gap = f.spans.counted(*previous, at) / TicksPerSecond;
            report.longestGapSeconds = std::max(report.longestGapSeconds, gap);
            report.gapBreaches += gap > target ? 1 : 0;
        }
        previous = at;
    }
    if (!previous)
        return;
    const qint64 current = f.spans.counted(*previous, f.end());
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
void whoseTurn(const Frame &f, const Segments &segments, const SlaPolicy &policy, SlaReport &report)
{
    if (f.closedAt) {
        report.turn = SlaReport::Turn::Nobody;
        report.turnSince = Timestamp::fromTicks(*f.closedAt);
        return;
    }
    if (!segments.isEmpty() && pausesFor(segments.back().status.kind, policy)) {
        report.turn = SlaReport::Turn::Us;
        report.turnSince = Timestamp::fromTicks(segments.back().from);
        return;
    }
    const std::optional<qint64> last = f.d.lastMessage();
    qint64 since = f.c.createdDate.isValid() ? f.c.createdDate.ticks() : 0;
    if (!segments.isEmpty())
        since = std::max(since, segments.back().from);
    if (last)
        since = std::max(since, *last);
    const bool asked = last && f.d.lastAsksUs();
    report.turn = asked ? SlaReport::Turn::Us : SlaReport::Turn::Provider;
    report.turnSince = Timestamp::fromTicks(asked ? *last : since);
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

namespace {

SlaReport computeFrom(const CaseHeader &c, const SlaDigest &d, const Points &history,
    const SlaRules &rules, const Timestamp &now)
{
    const Segments segments = statusSegments(c, history, rules);
    Frame frame {c, d, quietSpans(d, segments, rules.policy()), now.ticks(), closedSince(segments)};
    const SlaTargets targets = rules.targets(c.priority);
    SlaReport report;
    report.firstResponse = firstResponseClock(frame, targets);
    updateGapClock(frame, targets, report);
    report.restore = restoreClock(frame, targets);
    whoseTurn(frame, segments, rules.policy(), report);
    return report;
}

void addChanges(Points &points, const QList<StatusChange> &changes, const SlaRules &rules)
{
    for (const StatusChange &change : changes) {
        if (change.at.isValid())
            points.push_back({change.at.ticks(), rules.status(change.status)});
    }
}

} // namespace

SlaReport computeSla(const Case &c, const QList<StatusChange> &history, const SlaPolicy &policy,
    const ProviderWords &words, const Timestamp &now)
{
    const SlaRules rules(policy, words);
    Points points;
    addChanges(points, history, rules);
    return computeFrom(c, SlaDigest::of(c, words, false), points, rules, now);
}

SlaReport computeSla(const CaseHeader &c, const SlaDigest &digest,
    const QList<StatusChange> &observed, const SlaRules &rules, const Timestamp &now)
{
    Points points;
    for (int i = 0; i < digest.changeCount(); ++i) {
        const SlaDigest::Change change = digest.change(i);
        points.push_back({change.ticks, {change.kind, change.closed, change.word}});
    }
    addChanges(points, observed, rules);
    return computeFrom(c, digest, points, rules, now);
}

SlaRules::SlaRules(const SlaPolicy &policy, const ProviderWords &words)
    : m_policy(policy)
    , m_words(words)
{ }

SlaRules::Status SlaRules::status(const QString &word) const
{
    if (const auto it = m_statuses.constFind(word); it != m_statuses.cend())
        return *it;
    return *m_statuses.insert(
        word, {m_words.statusKind(word), m_words.isClosed(word), SlaDigest::wordKey(word)});
}

SlaTargets SlaRules::targets(const QString &priority) const
{
    if (const auto it = m_targets.constFind(priority); it != m_targets.cend())
        return *it;
    return *m_targets.insert(priority, m_policy.targetsFor(priority));
}

SlaUpdates::SlaUpdates(std::initializer_list<SlaUpdate> updates)
{
    m_items.reserve(qsizetype(updates.size()));
    for (const SlaUpdate &u : updates)
        append(u.caseId, SlaBrief::of(u.report));
}

SlaUpdates::SlaUpdates(QList<CaseSummary> basis)
    : m_basis(std::move(basis))
{ }

void SlaUpdates::append(const QString &caseId, const SlaBrief &brief)
{
    m_ids.append(caseId);
    m_items.append({~(m_ids.size() - 1), brief});
    ++m_size;
}

void SlaUpdates::appendAt(qsizetype position, const SlaBrief &brief)
{
    Q_ASSERT(position >= 0 && position < m_basis.size());
    m_items.append({position, brief});
    ++m_size;
}

void SlaUpdates::appendRun(qsizetype first, QList<SlaBrief> briefs, QList<qsizetype> skipped)
{
    Q_ASSERT(first >= 0 && first + briefs.size() <= m_basis.size());
    Q_ASSERT(std::is_sorted(skipped.cbegin(), skipped.cend()));
    m_size += briefs.size() - skipped.size();
    m_runs.append({m_items.size(), first, std::move(briefs), std::move(skipped)});
}

bool SlaUpdates::contains(const QString &caseId) const
{
    bool found = false;
    forEach(
        [&](qsizetype, const QString &id, const SlaBrief &) { return !(found = id == caseId); });
    return found;
}

SlaBrief::Which SlaBrief::headlineOf(const SlaReport &r)
{
    const SlaClock *all[] {&r.firstResponse, &r.updateGap, &r.restore};
    int best = NoClock;
    for (int i = 0; i < 3; ++i) {
        const SlaClock &c = *all[i];
        if (c.state == SlaClock::State::Breached && !c.stoppedAt.isValid()
            && (best == NoClock || c.leftSeconds() < all[best]->leftSeconds()))
            best = i;
    }
    if (best != NoClock)
        return Which(best);
    for (int i = 0; i < 3; ++i) {
        const SlaClock &c = *all[i];
        if (c.state == SlaClock::State::Running && (best == NoClock || c.due < all[best]->due))
            best = i;
    }
    if (best != NoClock)
        return Which(best);
    // Paused; else a closed case's clock that stopped over its target.
    for (SlaClock::State state : {SlaClock::State::Paused, SlaClock::State::Breached}) {
        for (int i = 0; i < 3; ++i) {
            if (all[i]->state == state)
                return Which(i);
        }
    }
    return NoClock;
}

SlaBrief SlaBrief::of(const SlaReport &r)
{
    const auto seconds = [](qint64 value) {
        return qint32(std::clamp<qint64>(
            value, std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max()));
    };
    SlaBrief b;
    const SlaClock *all[] {&r.firstResponse, &r.updateGap, &r.restore};
    for (int i = 0; i < 3; ++i) {
        b.clocks[i] = {seconds(all[i]->targetSeconds), seconds(all[i]->elapsedSeconds),
            all[i]->state, all[i]->stoppedAt.isValid()};
    }
    const Timestamp next = r.nextBreach();
    b.nextBreachTicks = next.isValid() ? next.ticks() : NoTime;
    b.turnSinceTicks = r.turnSince.isValid() ? r.turnSince.ticks() : NoTime;
    b.headline = headlineOf(r);
    b.turn = r.turn;
    return b;
}

SlaClock SlaBrief::clock(Which which) const
{
    SlaClock c;
    if (which == NoClock)
        return c;
    const Clock &brief = clocks[which];
    c.state = brief.state;
    c.targetSeconds = brief.targetSeconds;
    c.elapsedSeconds = brief.elapsedSeconds;
    return c;
}

Timestamp SlaBrief::nextBreach() const
{
    return nextBreachTicks == NoTime ? Timestamp() : Timestamp::fromTicks(nextBreachTicks);
}

Timestamp SlaBrief::turnSince() const
{
    return turnSinceTicks == NoTime ? Timestamp() : Timestamp::fromTicks(turnSinceTicks);
}
