// CaseSession: requesting a Reason for Outage (issue 14 item 4).

#include "api/Outbox.h"
#include "models/CaseListModel.h"
#include "session/CaseSession.h"
#include "session/Outgoing.h"

#include <QCoreApplication>

void CaseSession::setUpLinks()
{
    m_links = new CaseLinks(this);
    // The store linked the two when it saved the item done; the windows learn it here.
    connect(m_outbox, &Outbox::itemDone, m_links, &CaseLinks::itemDone);
}

QString CaseSession::rfoRefusal(const QString &caseId) const
{
    const QString id = caseId.isEmpty() ? m_openCaseId : caseId;
    const CaseSummary *c = id.isEmpty() ? nullptr : m_cases->caseById(id);
    if (!c)
        return QCoreApplication::translate(
            "RfoRequest", "Open a resolved or closed incident to request its Reason for Outage.");
    return RfoRequest::refusal(*c, m_words);
}

CaseDraft CaseSession::rfoDraft(const QString &caseId, const QString &sentBy) const
{
    const CaseSummary *c = m_cases->caseById(caseId);
    return c ? RfoRequest::draft(*c, sentBy) : CaseDraft();
}

QString CaseSession::submitRfo(const CaseDraft &draft, const QString &originalId)
{
    return m_outgoing->submitCase(draft, originalId);
}
