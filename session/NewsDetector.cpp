#include "session/NewsDetector.h"

#include "models/CaseLabels.h"
#include "models/CaseTypeMatrix.h"
#include "models/ProviderWords.h"

NewsDetector::NewsDetector(LastReceived lastReceived)
    : m_lastReceived(std::move(lastReceived))
{ }

QList<CaseNews> NewsDetector::newsIn(const QList<Case> &received, const QSet<QString> &watched,
    const ProviderWords &words, const QSet<QString> &createdHere) const
{
    QList<CaseNews> items;
    for (const Case &c : received) {
        const CaseSummary *known = m_lastReceived(c.id);
        // Overlapping poll windows return unchanged cases again: nothing new in them.
        if (known && known->lastModifiedDate >= c.lastModifiedDate)
            continue;
        addUrgent(c, known, createdHere.contains(c.id), items);
        if (known && watched.contains(c.id))
            addMessages(c, *known, words, items);
    }
    return items;
}

void NewsDetector::addUrgent(
    const Case &c, const CaseSummary *known, bool createdHere, QList<CaseNews> &items) const
{
    const Timestamp began = c.startOfIncident.isValid() ? c.startOfIncident : c.createdDate;
    const QDateTime start = began.isValid() ? began.toDateTime() : QDateTime();
    const QString subject = CaseTypeMatrix::builtIn().subjectLabel(c.subject);
    const bool urgent = c.isIncident() && CaseLabels::priorityRank(c.priority) <= 2;
    if (urgent && !known) {
        if (createdHere)
            return; // the engineer opened it: no news to them
        items.append({CaseNews::Kind::UrgentIncident, c.id,
            tr("New %1 incident %2: %3").arg(c.priority, c.id, subject),
            tr("%1 · %2").arg(c.serviceName, CaseLabels::status(c.status)), true, c.priority, {},
            start});
    } else if (known
        && (urgent || (known->isIncident() && CaseLabels::priorityRank(known->priority) <= 2))
        && (known->status != c.status || known->priority != c.priority)) {
        items.append({CaseNews::Kind::UrgentIncident, c.id,
            known->priority != c.priority
                ? tr("%1 incident %2 is now %3").arg(known->priority, c.id, c.priority)
                : tr("%1 incident %2 is now %3")
                      .arg(c.priority, c.id, CaseLabels::status(c.status)),
            tr("%1 · %2").arg(subject, c.serviceName), false, c.priority,
            known->priority != c.priority ? known->priority : QString(), start});
    }
}

void NewsDetector::addMessages(const Case &c, const CaseSummary &known, const ProviderWords &words,
    QList<CaseNews> &items) const
{
    QStringList messages;
    for (const Communication &m : c.communications) {
        if (m.isFromProvider(words) && m.timestamp > known.lastCommunicationAt)
            messages.append(m.message);
    }
    if (messages.isEmpty())
        return;
    QString text = messages.constLast().simplified();
    if (text.size() > 200)
        text = text.left(199) + u'…';
    const QString subject = CaseTypeMatrix::builtIn().subjectLabel(c.subject);
    items.append({CaseNews::Kind::ProviderMessages, c.id,
        tr("%n new message(s) on %1 · %2", nullptr, int(messages.size())).arg(c.id, subject), text,
        false, {}, {}, {}});
}
