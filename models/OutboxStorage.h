#pragma once

#include "models/OutboxItem.h"

#include <QList>
#include <QObject>

#include <functional>

// Where the outbox keeps its items until the server confirms them (the local store). Answers
// come back on the caller's thread, unless `context` was destroyed first.
class OutboxStorage
{
public:
    virtual ~OutboxStorage() = default;

    virtual void loadOutbox(QObject *context, std::function<void(const QList<OutboxItem> &)> done)
        = 0;
    // Calls back once the item is safely written (true) or could not be (false).
    virtual void saveOutboxItem(
        const OutboxItem &item, QObject *context, std::function<void(bool saved)> done)
        = 0;
    virtual void removeOutboxItem(const QString &key) = 0;
};
