#pragma once

#include "models/ApiError.h"
#include "models/OutboxItem.h"

#include <QObject>
#include <QString>

// One submitted outbox item's progress, for whoever submitted it: no need to filter the outbox's
// signals by key. Owned by the outbox; it deletes itself (later) once the item is gone, so hold
// it in a QPointer beyond the current call.
class OutboxHandle : public QObject
{
    Q_OBJECT

public:
    OutboxHandle(const OutboxItem &item, QObject *parent)
        : QObject(parent)
        , m_item(item)
    { }

    // The item's key, as the outbox's retry() and discard() take it.
    QString key() const { return m_item.key; }
    // The item as last reported.
    OutboxItem item() const { return m_item; }

    // Called by the outbox.
    void reportChanged(const OutboxItem &item)
    {
        m_item = item;
        emit changed(item);
    }
    void reportFinished(const OutboxItem &item)
    {
        m_item = item;
        emit finished(item);
    }
    void reportFailure(const OutboxItem &item, const ApiError &error)
    {
        m_item = item;
        emit attemptFailed(item, error);
    }
    void reportRemoved()
    {
        emit removed();
        deleteLater();
    }

signals:
    // A new state (as Outbox::itemChanged).
    void changed(const OutboxItem &item);
    // Confirmed by the server (resultId holds a new case's id), as Outbox::itemDone.
    void finished(const OutboxItem &item);
    // A send or a lookup failed, as Outbox::attemptFailed.
    void attemptFailed(const OutboxItem &item, const ApiError &error);
    // No longer in the outbox (confirmed, discarded, or given up by another process).
    void removed();

private:
    OutboxItem m_item;
};
