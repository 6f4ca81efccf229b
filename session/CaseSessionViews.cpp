// What the views need of the session (CaseSession.h, the block "For the views"): the open
// thread fed from the poll's own cases, the poll's state, and the outbox through Outgoing.

#include "api/CasePoller.h"
#include "models/CaseListModel.h"
#include "models/CommunicationThreadModel.h"
#include "session/CaseSession.h"
#include "session/OutboxStates.h"
#include "session/Outgoing.h"
#include "store/StoreThread.h"

void CaseSession::connectViews()
{
    connect(m_poller, &CasePoller::pollStarted, this, &CaseSession::pollStarted);
    connect(m_poller, &CasePoller::pollSucceeded, this, [this] { emit pollSucceeded(); });
    connect(m_poller, &CasePoller::pollFailed, this,
        [this](const ApiError &error, const QDateTime &) { emit pollFailed(error); });
    connect(m_outgoing, &Outgoing::itemChanged, this, &CaseSession::outboxItemChanged);
    // A refused reply: the case may have been closed since the last poll, which decides what
    // the refusal offers (OutboxStates::cannotSucceed()); a poll brings its state.
    connect(m_outgoing, &Outgoing::itemChanged, this, [this](const OutboxItem &item) {
        if (m_poll && item.kind == OutboxItem::Kind::ReplyToCase
            && item.state == OutboxItem::State::Failed)
            pollNow(false);
    });
    connect(m_outgoing, &Outgoing::itemDone, this, &CaseSession::outboxItemChanged);
    connect(m_outgoing, &Outgoing::itemRemoved, this, &CaseSession::outboxItemRemoved);
    // The list shows which cases are watched (CaseListModel::WatchedRole).
    connect(this, &CaseSession::watchChanged, m_cases, &CaseListModel::setWatched);
    connect(
        this, &CaseSession::loaded, this, [this] { m_cases->setWatchedCases(m_watched->ids()); });
    // Connected after the session's own handler: the model shows the stored thread by now.
    connect(m_store, &StoreThread::threadLoaded, this, &CaseSession::mergeReceivedOpenThread);
}

void CaseSession::feedOpenThread(const QList<Case> &received)
{
    if (m_openCaseId.isEmpty())
        return;
    for (const Case &c : received) {
        if (c.id != m_openCaseId)
            continue;
        if (m_thread->caseId() == c.id) {
            // Appends what is new (rowsInserted): the view appends it, nothing is read again.
            m_thread->merge(c.id, c.communications);
        } else {
            // Still loading from the store, which may answer with the thread before this poll.
            m_receivedOpenCaseId = c.id;
            m_receivedOpenThread = c.communications;
        }
    }
}

void CaseSession::mergeReceivedOpenThread(const QString &caseId)
{
    if (m_receivedOpenCaseId.isEmpty())
        return;
    if (caseId == m_receivedOpenCaseId && caseId == m_openCaseId)
        m_thread->merge(caseId, m_receivedOpenThread);
    m_receivedOpenCaseId.clear();
    m_receivedOpenThread.clear();
}

CaseSession::PollStatus CaseSession::pollStatus() const
{
    PollStatus status;
    status.lastSuccess = m_poller->lastSuccess();
    status.nextPoll = m_poller->nextPoll();
    status.polling = m_poller->isPolling();
    status.waitingForNetwork = m_poller->state() == CasePoller::State::Offline;
    return status;
}

void CaseSession::pollNow(bool full)
{
    m_poller->pollNow(full);
}

int CaseSession::unsentCount() const
{
    // A reply refused because its case is closed is not waiting: it cannot be sent.
    return m_outgoing->unsentCount([this](const QString &caseId) {
        const CaseSummary *c = m_cases->caseById(caseId);
        return c && OutboxStates::refusesReplies(c->status, m_words);
    });
}

std::optional<OutboxItem> CaseSession::outboxItem(const QString &key) const
{
    return m_outgoing->item(key);
}

bool CaseSession::discardUnsent(const QString &key)
{
    return m_outgoing->discard(key);
}
