#include "session/Drafts.h"

#include "models/CaseDraft.h"
#include "models/OutboxItem.h"
#include "store/StoreThread.h"

#include <QJsonDocument>

Drafts::Drafts(StoreThread *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

void Drafts::save(const QString &key, const QByteArray &payload)
{
    if (m_drafts.value(key) == payload)
        return;
    m_drafts.insert(key, payload);
    m_store->saveDraft(key, payload);
}

void Drafts::remove(const QString &key)
{
    // Also before the saved drafts are loaded: the one on disk must not come back.
    m_drafts.remove(key);
    if (!m_ready)
        m_removedEarly.insert(key);
    m_store->removeDraft(key);
}

void Drafts::storeOpened(const QHash<QString, QByteArray> &stored)
{
    // Drafts typed or sent in this run before the store answered are newer than what is on
    // disk.
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!m_drafts.contains(it.key()) && !m_removedEarly.contains(it.key()))
            m_drafts.insert(it.key(), it.value());
    }
    m_removedEarly.clear();
    m_ready = true;
    emit ready();
}

void Drafts::forgetDraftOf(const OutboxItem &done)
{
    if (done.kind != OutboxItem::Kind::CreateCase)
        return;
    const QByteArray saved = m_drafts.value(createDraftKey());
    if (saved.isEmpty())
        return;
    if (CaseDraft::fromJson(QJsonDocument::fromJson(saved).object())
        == CaseDraft::fromJson(done.payload))
        remove(createDraftKey());
}
