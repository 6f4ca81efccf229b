#include "ui/CaseSession.h"

#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "models/CommunicationThreadModel.h"
#include "store/CaseStore.h"

CaseSession::CaseSession(CaseStore *store, CasePoller *poller, Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_poller(poller)
    , m_outbox(outbox)
    , m_cases(new CaseListModel(this))
    , m_filtered(new CaseFilterProxyModel(this))
    , m_thread(new CommunicationThreadModel(this))
{
    m_filtered->setSourceModel(m_cases);

    connect(m_store, &CaseStore::opened, this,
        [this](bool ok, const QString &message, const QList<CaseSummary> &summaries,
            const QDateTime &lastSync) {
            if (!message.isEmpty())
                emit storeMessage(message);
            m_storeUsable = ok;
            m_cases->reset(summaries);
            m_hadData = !summaries.isEmpty();
            m_loaded = true;
            emit loaded(int(summaries.size()));
            // With cases on disk, ask only for what changed since the last sync; an empty or
            // unusable store starts with a full sync.
            if (ok && m_hadData && lastSync.isValid())
                m_poller->resumeFrom(lastSync);
            m_poller->start();
            // Whatever an earlier run could not send goes out now.
            m_outbox->start();
        });
    connect(
        m_poller, &CasePoller::casesReceived, this, [this](const QList<Case> &received, bool full) {
            // The first full sync of an empty store is the baseline of "what is new".
            const bool baseline = full && !m_hadData;
            m_hadData = m_hadData || !received.isEmpty();
            if (m_storeUsable) {
                m_store->applyCases(received, baseline, m_poller->lastSuccessStart());
                return;
            }
            QList<CaseSummary> summaries;
            for (const Case &c : received) {
                m_memory.insert(c.id, c);
                CaseSummary summary = CaseSummary::of(c);
                summary.seenCommunicationCount = summary.communicationCount;
                summary.seenModified = summary.lastModifiedDate;
                summaries.append(summary);
            }
            m_cases->upsert(summaries);
            if (m_memory.contains(m_openCaseId)) {
                m_thread->merge(m_openCaseId, m_memory.value(m_openCaseId).communications);
                emit threadChanged(m_openCaseId);
            }
        });
    connect(m_store, &CaseStore::casesApplied, this, [this](const LocalStore::Change &change) {
        m_cases->upsert(change.inserted + change.updated);
        if (!m_openCaseId.isEmpty() && change.newCommunications.contains(m_openCaseId))
            m_store->loadThread(m_openCaseId);
        else if (!m_openCaseId.isEmpty()) {
            for (const CaseSummary &s : change.updated) {
                if (s.id == m_openCaseId)
                    emit threadChanged(m_openCaseId); // the header changed
            }
        }
    });
    connect(m_store, &CaseStore::threadLoaded, this,
        [this](const QString &caseId, const QList<Communication> &thread, int seenCount) {
            if (caseId != m_openCaseId)
                return; // the engineer moved on
            if (m_thread->caseId() == caseId) {
                m_thread->merge(caseId, thread);
            } else {
                m_thread->setThread(caseId, thread, seenCount);
            }
            emit threadChanged(caseId);
            // Shown: now it counts as read.
            const CaseSummary *summary = m_cases->caseById(caseId);
            if (summary && (summary->isUnread() || summary->unreadCommunications() > 0))
                m_store->setRead(caseId, true);
        });
    connect(m_store, &CaseStore::summaryChanged, this,
        [this](const CaseSummary &summary) { m_cases->upsert({summary}); });
    connect(m_store, &CaseStore::searchFinished, this,
        [this](quint64 generation, const QList<LocalStore::SearchHit> &hits) {
            if (generation != m_searchGeneration || m_searchText.isEmpty())
                return; // a newer search is on its way, or the search was ended
            QSet<QString> ids;
            for (const auto &hit : hits)
                ids.insert(hit.caseId);
            m_filtered->setSearchHits(ids);
            emit searchFinished(m_searchText, int(ids.size()));
        });
    connect(m_store, &CaseStore::failed, this, &CaseSession::storeMessage);
    // A confirmed change shows up at the next poll; ask for it now.
    connect(m_outbox, &Outbox::itemDone, this, [this] { m_poller->pollNow(); });
}

CaseSession::~CaseSession() = default;

void CaseSession::start()
{
    m_store->open();
}

void CaseSession::openCase(const QString &caseId)
{
    if (caseId == m_openCaseId)
        return;
    m_openCaseId = caseId;
    if (caseId.isEmpty()) {
        m_thread->clear();
        emit threadChanged({});
        return;
    }
    if (!m_storeUsable) {
        const Case c = m_memory.value(caseId);
        m_thread->setThread(caseId, c.communications, int(c.communications.size()));
        emit threadChanged(caseId);
        return;
    }
    m_store->loadThread(caseId);
}

const CaseSummary *CaseSession::openCaseSummary() const
{
    return m_cases->caseById(m_openCaseId);
}

void CaseSession::setRead(const QString &caseId, bool read)
{
    m_store->setRead(caseId, read);
}

void CaseSession::search(const QString &text)
{
    m_searchText = text.trimmed();
    ++m_searchGeneration;
    if (m_searchText.isEmpty()) {
        m_filtered->setSearchHits(std::nullopt);
        emit searchFinished({}, -1);
        return;
    }
    m_store->search(m_searchText, m_searchGeneration);
}
