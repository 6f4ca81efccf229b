#include "store/LocalOutboxStorage.h"

#include "store/LocalStore.h"

void LocalOutboxStorage::loadOutbox(QObject *, std::function<void(const QList<OutboxItem> &)> done)
{
    done({});
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
