#pragma once

#include "models/OutboxStorage.h"

class LocalStore;

// The outbox kept in a LocalStore used on the caller's thread, for a short-lived process
// (casectl): each item is on disk before the call returns. It loads nothing: items an earlier run
// left behind are the console's to resume (it looks up those whose outcome is unknown when it
// next starts), and two processes must never send the same item. Without a store, nothing is
// saved and so nothing is sent.
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
