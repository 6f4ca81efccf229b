#include "models/CaseTimeline.h"

#include "models/Case.h"
#include "models/ProviderWords.h"
#include "models/SlaClock.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

TimelineEntry at(TimelineEntry::Kind kind, const Timestamp &when)
{
    TimelineEntry entry;
    entry.kind = kind;
    entry.at = when;
    return entry;
}

// At the same instant: the start, then the creation, then the thread and observations in the
// order they came, then the end.
int rank(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::IncidentStart:
        return 0;
    case TimelineEntry::Kind::Created:
        return 1;
    case TimelineEntry::Kind::IncidentEnd:
        return 3;
    default:
        return 2;
    }
}

} // namespace

QList<TimelineEntry> buildTimeline(
    const Case &c, const QList<ObservedChange> &observed, const ProviderWords &words)
{
    QList<TimelineEntry> entries;
    entries.reserve(c.communications.size() + observed.size() + 3);
    if (c.isIncident() && c.startOfIncident.isValid())
        entries.append(at(TimelineEntry::Kind::IncidentStart, c.startOfIncident));
    if (c.createdDate.isValid())
        entries.append(at(TimelineEntry::Kind::Created, c.createdDate));
    for (const Communication &m : c.communications) {
        if (!m.timestamp.isValid())
            continue;
        TimelineEntry entry = at(words.isStatusUpdate(m.type) ? TimelineEntry::Kind::StatusUpdate
                                                              : TimelineEntry::Kind::Message,
            m.timestamp);
        entry.sender = m.sentBy;
        entry.text = m.message;
        entry.fromProvider = m.isFromProvider(words);
        entries.append(entry);
    }
    for (const ObservedChange &change : observed) {
        if (change.caseId.compare(c.id, Qt::CaseInsensitive) != 0 || !change.at.isValid())
            continue;
        TimelineEntry entry = at(change.field == ObservedChange::Field::Status
                ? TimelineEntry::Kind::ObservedStatus
                : TimelineEntry::Kind::ObservedPriority,
            change.at);
        entry.from = change.from;
        entry.to = change.to;
        entries.append(entry);
    }
    const Outage outage = outageOf(c, words, Timestamp());
    if (outage.known && !outage.ongoing && c.endOfIncident.isValid()
        && outage.to == c.endOfIncident)
        entries.append(at(TimelineEntry::Kind::IncidentEnd, c.endOfIncident));
    std::stable_sort(
        entries.begin(), entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
            if (a.at != b.at)
                return a.at < b.at;
            return rank(a.kind) < rank(b.kind);
        });
    return entries;
}

QList<StatusChange> statusChangesFrom(const QList<ObservedChange> &observed)
{
    QList<StatusChange> changes;
    const ObservedChange *first = nullptr;
    for (const ObservedChange &change : observed) {
        if (change.field != ObservedChange::Field::Status || !change.at.isValid())
            continue;
        changes.append({change.at, change.to});
        if (!first || change.at < first->at)
            first = &change;
    }
    // Before the first change the console saw, the case was in the status it changed from
    // (created on hold and released later: paused until then, not running).
    if (first && !first->from.isEmpty())
        changes.prepend({Timestamp::fromTicks(0), first->from});
    return changes;
}

Outage outageOf(const Case &c, const ProviderWords &words, const Timestamp &now)
{
    Outage outage;
    if (!c.isOutage())
        return outage;
    const Timestamp from = c.startOfIncident.isValid() ? c.startOfIncident : c.createdDate;
    if (!from.isValid())
        return outage;
    outage.known = true;
    outage.from = from;
    if (c.isOpen(words)) {
        outage.ongoing = true;
        outage.to = now.isValid() && from < now ? now : from;
        return outage;
    }
    // Closed since the status update that began its last closed run, as the restore clock reads
    // it (a case closed automatically days after it was resolved stays resolved at the
    // resolution); without such an update, at its last modification.
    Timestamp closedAt = c.lastModifiedDate.isValid() ? c.lastModifiedDate : from;
    const QList<StatusChange> history = statusChangesFromThread(c, words);
    for (auto it = history.crbegin(); it != history.crend() && words.isClosed(it->status); ++it)
        closedAt = it->at;
    const bool endUsable
        = c.endOfIncident.isValid() && from < c.endOfIncident && c.endOfIncident <= closedAt;
    outage.to = endUsable ? c.endOfIncident : std::max(closedAt, from);
    return outage;
}

QString TimelineEntry::senderLabel() const
{
    if (!sender.isEmpty())
        return sender;
    // The thread's words (CaseThreadRenderer), translated there.
    return fromProvider ? QCoreApplication::translate("CaseThreadRenderer", "Provider")
                        : QCoreApplication::translate("CaseThreadRenderer", "Us");
}
