#pragma once

#include "models/OutboxStorage.h"

class LocalStore;

// The outbox kept in a LocalStore used on the caller's thread, for a short-lived process
// (casectl): each item is on disk before the call returns. It loads only the recently confirmed
// items (so that a lookup does not take one of them for a later identical change); items still
// waiting are the console's to resume, and two processes must never send the same item. Without
// a store, nothing is saved and so nothing is sent.
class LocalOutboxStorage : public OutboxStorage
{
public:
    explicit LocalOutboxStorage(LocalStore *store)
        : m_store(store)
    { }

    void loadOutbox(QObject *context, std::function<void(const QList<OutboxItem> &)> done) override;
    void saveOutboxItem(
        const OutboxItem &item, QObject *context, std::function<void(bool saved)> done) override;
    void removeOutboxItem(const QString &key) override;

private:
    LocalStore *m_store;
};
