#include "session/CaseSync.h"

#include "api/CasePoller.h"
#include "models/CaseListModel.h"
#include "store/StoreThread.h"

#include <algorithm>

CaseSync::CaseSync(StoreThread *store, CasePoller *poller, CaseListModel *cases, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_poller(poller)
    , m_cases(cases)
{
    connect(m_store, &StoreThread::casesApplied, this, &CaseSync::onApplied);
    connect(m_store, &StoreThread::applyProgress, this, &CaseSync::onApplyProgress);
    connect(m_store, &StoreThread::summaryChanged, this,
        [this](const CaseSummary &summary) { m_cases->upsert({summary}); });
}

void CaseSync::storeOpened(
    bool usable, const QList<CaseSummary> &summaries, const QDateTime &lastSync)
{
    m_storeUsable = usable;
    m_cases->reset(summaries);
    m_hadData = !summaries.isEmpty();
    m_loaded = true;
    if (usable && m_hadData && lastSync.isValid())
        m_poller->resumeFrom(lastSync);
}

const CaseSummary *CaseSync::lastReceived(const QString &caseId) const
{
    const CaseSummary *listed = m_cases->caseById(caseId);
    const auto unapplied = m_unapplied.constFind(caseId);
    if (unapplied == m_unapplied.cend())
        return listed;
    // The newer of the two: the store keeps its copy when a poll brings an older one.
    return listed && listed->lastModifiedDate >= unapplied->lastModifiedDate ? listed
                                                                             : &unapplied.value();
}

const Case *CaseSync::inFirstSync(const QString &caseId) const
{
    // Looked up only when a case is opened during a first sync: a scan, no index to keep.
    const auto found = std::find_if(m_firstSync.cbegin(), m_firstSync.cend(),
        [&caseId](const Case &c) { return c.id == caseId; });
    return found == m_firstSync.cend() ? nullptr : &*found;
}

void CaseSync::apply(const QList<Case> &received, bool baseline, const ProviderWords &words)
{
    m_hadData = m_hadData || !received.isEmpty();
    if (m_storeUsable && baseline && !received.isEmpty()) {
        // A first sync: the list shows it now (all of it seen, as the store will keep it)
        // while the store writes and indexes it, about a second for 10,000 cases.
        m_store->applyCases(received, baseline, m_poller->lastSuccessStart(), words);
        m_indexingTotal = int(received.size());
        m_firstSync = received;
        m_cases->upsert(seenSummaries(received));
        emit indexing(0, m_indexingTotal);
        emit this->received(received);
        return;
    }
    if (m_storeUsable) {
        // The list learns of these only when the store thread has saved them; a poll answered
        // before then must compare against them, not against the list.
        for (const Case &c : received)
            m_unapplied.insert(c.id, CaseSummary::of(c));
        m_store->applyCases(received, baseline, m_poller->lastSuccessStart(), words);
        emit this->received(received);
        return;
    }
    for (const Case &c : received)
        m_memory.insert(c.id, c);
    m_cases->upsert(seenSummaries(received));
    emit this->received(received);
}

QList<CaseSummary> CaseSync::seenSummaries(const QList<Case> &cases)
{
    QList<CaseSummary> summaries;
    summaries.reserve(cases.size());
    for (const Case &c : cases) {
        CaseSummary summary = CaseSummary::of(c);
        summary.seenCommunicationCount = summary.communicationCount;
        summary.seenModified = summary.lastModifiedDate;
        summaries.append(std::move(summary));
    }
    return summaries;
}

void CaseSync::onApplyProgress(int done, int total)
{
    if (m_indexingTotal == 0)
        return;
    if (done >= total) {
        m_indexingTotal = 0;
        m_firstSync.clear();
    }
    emit indexing(done, total);
}

void CaseSync::onApplied(const Store::Change &change)
{
    m_cases->upsert(change.inserted + change.updated);
    m_unapplied.removeIf([this](const QHash<QString, CaseSummary>::iterator it) {
        const CaseSummary *listed = m_cases->caseById(it.key());
        return listed && listed->lastModifiedDate >= it.value().lastModifiedDate;
    });
    emit applied(change);
}
