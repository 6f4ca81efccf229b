#include "models/CommunicationThreadModel.h"
#include "session/CaseSession.h"

namespace {

// The open case as the timeline reads it: the header the list has, the thread the view shows.
Case caseOf(const CaseSummary &summary, const CommunicationThreadModel &thread)
{
    Case c;
    static_cast<CaseHeader &>(c) = summary;
    if (thread.caseId() != summary.id)
        return c;
    c.communications.reserve(thread.rowCount());
    for (int row = 0; row < thread.rowCount(); ++row)
        c.communications.append(*thread.at(row));
    return c;
}

} // namespace

QList<TimelineEntry> CaseSession::openCaseTimeline() const
{
    const CaseSummary *summary = openCaseSummary();
    if (!summary)
        return {};
    return buildTimeline(caseOf(*summary, *m_thread), observedChanges(summary->id), m_words);
}

Outage CaseSession::openCaseOutage(const Timestamp &now) const
{
    const CaseSummary *summary = openCaseSummary();
    if (!summary)
        return {};
    Case c;
    static_cast<CaseHeader &>(c) = *summary;
    return outageOf(c, m_words, now);
}
