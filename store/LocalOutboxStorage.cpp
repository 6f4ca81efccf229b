#include "store/LocalOutboxStorage.h"

#include "store/Store.h"

LocalOutboxStorage::LocalOutboxStorage(Store *store, Load load)
    : m_store(store)
    , m_load(load)
    , m_lock(store ? store->path() : QString())
{ }

void LocalOutboxStorage::loadOutbox(QObject *, std::function<void(const QList<OutboxItem> &)> done)
{
    QList<OutboxItem> loaded;
    if (m_store) {
        for (const OutboxItem &item : m_store->outbox()) {
            if (m_load == Load::Everything || item.state == OutboxItem::State::Done)
                loaded.append(item);
        }
    }
    done(loaded);
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

void LocalOutboxStorage::takeTurn(
    QObject *, std::function<void(const std::optional<QList<OutboxItem>> &)> done)
{
    if (!m_store || !m_lock.tryLock()) {
        done(std::nullopt);
        return;
    }
    bool ok = false;
    const QList<OutboxItem> stored = m_store->outbox(&ok);
    if (!ok) {
        m_lock.unlock();
        done(std::nullopt);
        return;
    }
    done(stored);
}

void LocalOutboxStorage::endTurn()
{
    m_lock.unlock();
}
