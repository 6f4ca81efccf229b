#pragma once

#include "api/outbox/OutboxOperation.h"
#include "models/ApiError.h"
#include "models/OutboxHandle.h"
#include "models/OutboxItem.h"
#include "models/ProviderWords.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <map>
#include <memory>

class ApiReply;
class CaseApi;
class RepositoryClient;
class OutboxStorage;

// Sends what the engineer wrote (new cases, replies, references) so that nothing is lost and
// nothing is done twice. How each kind is sent and looked up is its OutboxOperation's
// (api/outbox/); the outbox keeps the order, the storage, the backoff and the timing. Each item is
// written to storage before it is sent and is never sent again once the server confirms it (it
// stays in storage as done for a while, for lookups). Items go one at a time, in order. A send
// whose outcome is unknown (timeout, dropped or truncated answer, server error) is looked up on the
// server before anything is sent again: a reply in the case's thread (by its text and time,
// whatever type word the provider gives it; by its sender too only where the provider is known to
// give back the sender sent), a new case by its customer reference, or else by service, subject and
// first message. A send that certainly failed is
// retried with backoff; one the server refused waits for the engineer.
//
// Other processes may share the storage (the console and casectl): an item is sent or looked
// up only in this process's turn (OutboxStorage::takeTurn), one at a time per profile, and its
// outcome is written before the turn is given back. A lookup counts what every process has
// recently confirmed or has on its way (identical replies need as many identical messages in
// the thread), so it never takes another process's message or case for its own; an item
// another process confirmed or gave up is not sent again.
class Outbox : public QObject
{
    Q_OBJECT

public:
    Outbox(CaseApi *api, OutboxStorage *storage, QObject *parent = nullptr);
    ~Outbox() override;

    // What the console knows of the provider's words: a reply is looked up by its sender only
    // when the provider is known to give back the sender sent (never by the message type).
    void setProviderWords(const ProviderWords &words) { m_compareSender = words.echoesSender(); }

    // Where the Case Repository's changes go; without one they wait, saying why.
    void setRepository(RepositoryClient *repository) { m_repository = repository; }

    // Loads what an earlier run left and resumes it; an item caught mid-send is reconciled.
    void start();
    bool isStarted() const { return m_started; }

    // Queues a change; returns the handle that reports its progress (key() is the item's key).
    // Nothing is sent before it is saved.
    OutboxHandle *submit(OutboxItem::Kind kind, const QJsonObject &payload);
    // The same for a typed payload (models/OutboxPayloads.h).
    template<typename Payload>
    OutboxHandle *submit(const Payload &payload)
    {
        return submit(Payload::kind, payload.toJson());
    }
    // A failed item: send again now. Returns false for an unknown key.
    bool retry(const QString &key);
    // A failed or pending item the engineer gives up on.
    bool discard(const QString &key);

    QList<OutboxItem> items() const { return m_items; }
    int pendingCount() const;
    // First delay after a failure; doubles per attempt up to 5 minutes (tests shorten it).
    void setBaseRetryDelay(int milliseconds) { m_baseDelayMs = milliseconds; }
    // How long to wait before looking up a send whose outcome is unknown, so that a request the
    // server is still working on can land first (tests shorten it).
    void setReconcileDelay(int milliseconds) { m_reconcileDelayMs = milliseconds; }

signals:
    void itemChanged(const OutboxItem &item);
    // Confirmed by the server (resultId holds a new case's id); no longer among items().
    void itemDone(const OutboxItem &item);
    void itemRemoved(const QString &key);
    // A send or a lookup ended in `error` (or the item could not be saved, so was not sent);
    // `item` is already in its new state: Failed (refused, or not saved), Pending (certainly not
    // done; sent again later) or Uncertain (looked up later).
    void attemptFailed(const OutboxItem &item, const ApiError &error);

private:
    void adopt(const QList<OutboxItem> &stored);
    void processNext();
    // The next item due, or -1 (then the timer is set for the earliest one waiting).
    int nextDue();
    void useTurn(const QList<OutboxItem> &stored);
    // The item at `index` was removed or confirmed by another process (`found`, if stored).
    void takeOthersOutcome(int index, const OutboxItem *found);
    void giveTurnBack();
    // Every other item this process knows of, its own and (as of its turn) other processes'.
    QList<OutboxItem> otherItems(const QString &key) const;
    void send(int index);
    void sendSaved(const QString &key, bool saved);
    void reconcile(int index);
    void onSent(const QString &key, ApiReply *reply);
    void onLookedUp(const QString &key, const OutboxLookup::Result &result);
    void finishItem(const QString &key, const QString &resultId);
    void forgetOldDone(); // drops confirmed items too old to be mistaken for a new one
    void failCertainly(const QString &key, const ApiError &error);
    void markUncertain(const QString &key, const ApiError &error);
    void reportFailure(const QString &key, const ApiError &error);
    static ApiError notSaved(); // the store refused to keep an item: not sent
    void refuse(const QString &key, const QString &message);
    void update(int index);
    int indexOf(const QString &key) const;
    int delayFor(int attempts) const;
    const OutboxOperation &operation(OutboxItem::Kind kind) const;
    // Tell the listeners and the item's handle.
    void announceChanged(const OutboxItem &item);
    void announceDone(const OutboxItem &item);
    void announceRemoved(const QString &key);

    CaseApi *m_api;
    RepositoryClient *m_repository = nullptr;
    OutboxStorage *m_storage;
    QList<OutboxItem> m_items;
    // Recently confirmed items (also from earlier runs: they stay in storage as Done for twice
    // the clock slack), so that a lookup does not take an earlier identical message or case for
    // the one it is looking for.
    QList<OutboxItem> m_recentlyDone;
    // Every item in the storage when this process last took its turn (other processes' too).
    QList<OutboxItem> m_shared;
    QSet<QString> m_unsaved; // submitted, not yet written: not sent before they are
    QTimer m_timer;
    QString m_busyKey; // the item being sent or reconciled
    bool m_waitingForTurn = false;
    bool m_hasTurn = false;
    int m_baseDelayMs = 2000;
    int m_reconcileDelayMs = 15'000;
    bool m_started = false;
    bool m_startRequested = false;
    bool m_compareSender = false;
    QHash<QString, OutboxHandle *> m_handles; // by key, for submitted items still here
    mutable std::map<OutboxItem::Kind, std::unique_ptr<OutboxOperation>> m_operations;
};
