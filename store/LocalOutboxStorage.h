#pragma once

#include "models/OutboxStorage.h"
#include "store/OutboxLock.h"

class Store;

// The outbox kept in a Store used on the caller's thread, for a short-lived process
// (casectl): each item is on disk before the call returns. By default it loads only the
// recently confirmed items (so that a lookup does not take one of them for a later identical
// change): items still waiting belong to the console or to the casectl that queued them.
// Resuming loads those too (casectl outbox --reconcile, for what a killed run left behind);
// turns (OutboxLock) keep two processes from sending the same item. Without a store, nothing
// is saved and so nothing is sent.
class LocalOutboxStorage : public OutboxStorage
{
public:
    enum class Load { Confirmed, Everything };

    explicit LocalOutboxStorage(Store *store, Load load = Load::Confirmed);

    void loadOutbox(QObject *context, std::function<void(const QList<OutboxItem> &)> done) override;
    void saveOutboxItem(
        const OutboxItem &item, QObject *context, std::function<void(bool saved)> done) override;
    void removeOutboxItem(const QString &key) override;
    void takeTurn(QObject *context,
        std::function<void(const std::optional<QList<OutboxItem>> &)> done) override;
    void endTurn() override;

private:
    Store *m_store;
    Load m_load;
    OutboxLock m_lock;
};
