#pragma once

#include "models/Timestamp.h"

#include <QList>
#include <QMetaType>
#include <QString>

struct Case;
struct StatusChange;
class ProviderWords;

// A change of a case's status or priority the console saw between two polls (the provider's
// case API gives only the current values). `at` is when the console saw it: the change
// happened at the latest then, after the poll before.
struct ObservedChange
{
    enum class Field { Status, Priority };

    QString caseId;
    Field field = Field::Status;
    QString from; // the provider's word, as it came
    QString to;
    Timestamp at;

    friend bool operator==(const ObservedChange &, const ObservedChange &) = default;
};

// One line of a case's incident timeline (docs/sla.md, Timeline), oldest first.
struct TimelineEntry
{
    enum class Kind {
        IncidentStart, // startOfIncident
        Created, // createdDate
        Message, // a communication that is not a status update
        StatusUpdate, // a communication of a status-update type
        ObservedStatus, // a status change the console saw
        ObservedPriority, // a priority change the console saw
        IncidentEnd, // endOfIncident, once the case is resolved or closed
    };

    Kind kind = Kind::Message;
    Timestamp at;
    QString sender; // Message and StatusUpdate: sentBy as sent, maybe empty
    QString text; // Message and StatusUpdate: the message; observed: empty
    QString from; // Observed*: the old value
    QString to; // Observed*: the new value
    bool fromProvider = false; // Message and StatusUpdate

    // Who wrote it: the sender, or without one the side ("Provider", "Us"), as the thread
    // names them (a status update without sentBy was shown as "StatusUpdate").
    QString senderLabel() const;

    friend bool operator==(const TimelineEntry &, const TimelineEntry &) = default;
};

// The outage of an incident: from its start (or its creation when the provider gave none) to
// its end once resolved or closed, or to now while open.
struct Outage
{
    bool known = false; // false for a case that is not an incident or has no start at all
    bool ongoing = false;
    Timestamp from;
    Timestamp to; // `now` while ongoing
    qint64 seconds() const
    {
        return known ? qMax<qint64>(0, (to.ticks() - from.ticks()) / 10'000'000) : 0;
    }
};

// The case's history in one chronological list: start of incident, creation, every
// communication, every observed status and priority change of this case, end of incident.
// Entries without a valid time are left out; entries at the same time keep the order above.
QList<TimelineEntry> buildTimeline(
    const Case &c, const QList<ObservedChange> &observed, const ProviderWords &words);

// The status changes in `observed` as the SLA clocks read them (computeSla's history).
QList<StatusChange> statusChangesFrom(const QList<ObservedChange> &observed);

// Uses the same rule as the restore clock: endOfIncident counts once the case is resolved or
// closed and it lies after the start and not after the closing; otherwise the closing: the
// status update that began the case's last closed run, else its last modification.
Outage outageOf(const Case &c, const ProviderWords &words, const Timestamp &now);

Q_DECLARE_METATYPE(ObservedChange)
Q_DECLARE_METATYPE(TimelineEntry)
