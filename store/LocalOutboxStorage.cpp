#include "store/LocalOutboxStorage.h"

#include "store/LocalStore.h"

void LocalOutboxStorage::loadOutbox(QObject *, std::function<void(const QList<OutboxItem> &)> done)
{
    QList<OutboxItem> confirmed;
    if (m_store) {
        for (const OutboxItem &item : m_store->outbox()) {
            if (item.state == OutboxItem::State::Done)
                confirmed.append(item);
        }
    }
    done(confirmed);
}

void LocalOutboxStorage::saveOutboxItem(
    const OutboxItem &item, QObject *, std::function<void(bool saved)> done)
{
    done(m_store && m_store->saveOutboxItem(item));
}

void LocalOutboxStorage::removeOutboxItem(const QString &key)
{
    if (m_store)
        m_store->removeOutboxItem(key);
}
