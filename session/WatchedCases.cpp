#include "session/WatchedCases.h"

#include "store/StoreThread.h"

WatchedCases::WatchedCases(StoreThread *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

void WatchedCases::setWatched(const QString &caseId, bool watched)
{
    if (caseId.isEmpty() || m_watched.contains(caseId) == watched)
        return;
    if (watched)
        m_watched.insert(caseId);
    else
        m_watched.remove(caseId);
    if (!m_loaded)
        m_changedEarly.insert(caseId);
    m_store->setWatched(caseId, watched);
    emit watchChanged(caseId, watched);
}

void WatchedCases::storeOpened(const QStringList &stored)
{
    for (const QString &id : stored) {
        if (!m_changedEarly.contains(id))
            m_watched.insert(id);
    }
    m_changedEarly.clear();
    m_loaded = true;
}
