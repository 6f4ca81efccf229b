#pragma once

#include "models/OutboxItem.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

// Where the outbox keeps its items until the server confirms them (the local store). Answers
// come back on the caller's thread, unless `context` was destroyed first.
//
// Several processes may share one store (the console and any number of casectl): each sends
// and looks up one item at a time, and only in its turn (takeTurn), so that a lookup sees what
// every other process has sent and confirmed, and no item is sent by two processes.
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

    // Takes the profile's turn to send, without waiting, once every earlier write is done, and
    // answers with every item in the store as it is now (every process's, done ones included).
    // nullopt: not this process's turn (another one is sending, or the store cannot be read);
    // ask again later.
    virtual void takeTurn(
        QObject *context, std::function<void(const std::optional<QList<OutboxItem>> &stored)> done)
        = 0;
    // Gives the turn back once every earlier write is done.
    virtual void endTurn() = 0;
};
