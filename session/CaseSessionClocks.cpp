#include "session/CaseSession.h"

// The SLA clocks of CaseSession (session/CaseSession.h, docs/sla.md).

#include "models/CaseLabels.h"
#include "models/CaseListModel.h"
#include "models/CommunicationThreadModel.h"
#include "session/CaseSync.h"
#include "session/ObservedHistory.h"

#include <QDateTime>

void CaseSession::setUpClocks()
{
    m_clocks = new SlaClocks(m_store, this);
    m_clocks->setWords(m_words);
    // The poll's cases, with their threads, once the store has them (the clocks' work is queued
    // on the store's thread behind the write).
    connect(m_sync, &CaseSync::received, m_clocks, &SlaClocks::update);
    connect(m_clocks, &SlaClocks::reportsChanged, m_cases, &CaseListModel::setSlaReports);
    connect(m_clocks, &SlaClocks::breachNear, this, &CaseSession::onBreachNear);
    // The status changes the console saw between polls count as the thread's do (docs/sla.md):
    // a case's new ones after each poll's write.
    connect(m_observed, &ObservedHistory::changed, this, [this](const QString &caseId) {
        m_clocks->setObservedChanges({{caseId, m_observed->statusChangesOf(caseId)}});
    });
}

void CaseSession::loadClocks(const QList<CaseSummary> &summaries)
{
    // Every case, closed ones too (their clocks stopped met or breached), with what was observed.
    m_clocks->load(summaries, m_observed->allStatusChanges());
}

void CaseSession::onBreachNear(const QString &caseId, SlaClocks::Kind kind, const SlaClock &clock)
{
    // Watched cases and P1/P2 only (docs/sla.md, "Notification before a breach").
    const CaseSummary *c = m_cases->caseById(caseId);
    const QString priority = c ? c->priority.trimmed().toUpper() : QString();
    const bool urgent = priority == QLatin1String("P1") || priority == QLatin1String("P2");
    if (!urgent && !m_watched->isWatched(caseId))
        return;
    const QString which = kind == SlaClocks::Kind::FirstResponse ? tr("first response")
        : kind == SlaClocks::Kind::UpdateGap                     ? tr("provider's silence")
                                                                 : tr("time to restore");
    CaseNews item;
    item.kind = CaseNews::Kind::SlaWarning;
    item.caseId = caseId;
    item.priority = priority;
    item.title
        = tr("%1: %2 breaches in %3").arg(caseId, which, CaseLabels::duration(clock.leftSeconds()));
    item.text
        = tr("%1 target %2, due %3")
              .arg(priority.isEmpty() ? tr("SLA") : priority,
                  CaseLabels::duration(clock.targetSeconds), CaseLabels::localDateTime(clock.due));
    recordNotices({item});
    emit news({item});
}

void CaseSession::setSlaPolicy(const SlaPolicy &policy)
{
    m_clocks->setPolicy(policy);
}

SlaReport CaseSession::slaReportOf(const Case &c) const
{
    return computeSla(c, statusChangesFromThread(c, m_words) + m_observed->statusChangesOf(c.id),
        m_clocks->policy(), m_words, m_clocks->now());
}

SlaReport CaseSession::openCaseSla() const
{
    const CaseSummary *summary = openCaseSummary();
    if (!summary)
        return {};
    Case c;
    static_cast<CaseHeader &>(c) = *summary;
    if (m_thread->caseId() == summary->id) {
        for (int row = 0; row < m_thread->rowCount(); ++row)
            c.communications.append(*m_thread->at(row));
    }
    return slaReportOf(c);
}
