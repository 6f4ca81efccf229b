#include "api/Outbox.h"

#include "api/CaseApi.h"
#include "api/Logging.h"
#include "models/OutboxHandle.h"
#include "models/OutboxStorage.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <cmath>
#include <utility>

namespace {

constexpr int MaxDelayMs = 5 * 60 * 1000;
// Server and client clocks may differ; a match may be this much older than the item.
constexpr qint64 ClockSlackMs = 10 * 60 * 1000;
// How soon to ask again for the turn to send while another process has it.
constexpr int TurnRetryMs = 250;

} // namespace

Outbox::Outbox(CaseApi *api, OutboxStorage *storage, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_storage(storage)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::processNext);
}

Outbox::~Outbox() = default;

const OutboxOperation &Outbox::operation(OutboxItem::Kind kind) const
{
    std::unique_ptr<OutboxOperation> &made = m_operations[kind];
    if (!made)
        made = OutboxOperation::of(kind);
    return *made;
}

void Outbox::announceChanged(const OutboxItem &item)
{
    emit itemChanged(item);
    if (OutboxHandle *handle = m_handles.value(item.key))
        handle->reportChanged(item);
}

void Outbox::announceDone(const OutboxItem &item)
{
    emit itemDone(item);
    if (OutboxHandle *handle = m_handles.value(item.key))
        handle->reportFinished(item);
}

void Outbox::announceRemoved(const QString &key)
{
    // A copy: `key` may refer into something a slot changes.
    const QString removed = key;
    emit itemRemoved(removed);
    if (OutboxHandle *handle = m_handles.take(removed))
        handle->reportRemoved();
}

void Outbox::start()
{
    if (std::exchange(m_startRequested, true))
        return; // loaded once: a second load would count the confirmed items twice
    m_storage->loadOutbox(this, [this](const QList<OutboxItem> &stored) {
        adopt(stored);
        // Copies: a slot may discard an item, which changes the list.
        const QList<OutboxItem> loaded = m_items;
        for (const OutboxItem &item : loaded)
            announceChanged(item);
        m_started = true;
        processNext();
    });
}

void Outbox::adopt(const QList<OutboxItem> &stored)
{
    // Confirmed recently (in an earlier run, or by casectl): known to lookups, not sent.
    QList<OutboxItem> items;
    for (const OutboxItem &item : stored) {
        if (item.state == OutboxItem::State::Done)
            m_recentlyDone.append(item);
        else
            items.append(item);
    }
    forgetOldDone();
    // Items submitted before the load finished stay after the stored ones.
    QList<OutboxItem> merged = items;
    for (const OutboxItem &item : std::as_const(m_items)) {
        if (std::none_of(items.cbegin(), items.cend(),
                [&](const OutboxItem &loaded) { return loaded.key == item.key; }))
            merged.append(item);
    }
    m_items = merged;
    for (OutboxItem &item : m_items) {
        // Caught mid-send by a crash or a kill: the server may have it.
        // Looked up after the usual wait: the server may still be working on it.
        if (item.state == OutboxItem::State::Sending) {
            item.state = OutboxItem::State::Uncertain;
            item.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(m_reconcileDelayMs);
        }
        // Refused in an earlier run (a wrong password, a repository that was not set up), safe
        // to repeat: another chance, the settings may have been fixed since.
        if (item.state == OutboxItem::State::Failed
            && operation(item.kind).retriesRefusedOnStart()) {
            item.state = OutboxItem::State::Pending;
            item.nextAttemptAt = {};
        }
    }
}

OutboxHandle *Outbox::submit(OutboxItem::Kind kind, const QJsonObject &payload)
{
    OutboxItem item = OutboxItem::create(kind, payload);
    const QString key = item.key;
    auto *handle = new OutboxHandle(item, this);
    m_handles.insert(key, handle);
    m_items.append(item);
    m_unsaved.insert(key);
    announceChanged(item);
    m_storage->saveOutboxItem(item, this, [this, key](bool saved) {
        m_unsaved.remove(key);
        const int index = indexOf(key);
        if (index < 0)
            return;
        if (!saved) {
            // Kept in memory and shown; not sent, since it could not be made safe first.
            refuse(key,
                tr("This change could not be saved locally, so it was not sent. Use "
                   "Retry once the disk has room again."));
            reportFailure(key, notSaved());
            return;
        }
        processNext();
    });
    return handle;
}

bool Outbox::retry(const QString &key)
{
    const int index = indexOf(key);
    if (index < 0)
        return false;
    OutboxItem &item = m_items[index];
    if (item.state != OutboxItem::State::Failed && item.state != OutboxItem::State::Pending)
        return false;
    item.state = OutboxItem::State::Pending;
    item.nextAttemptAt = {};
    item.lastError.clear();
    update(index);
    processNext();
    return true;
}

bool Outbox::discard(const QString &key)
{
    const int index = indexOf(key);
    if (index < 0 || key == m_busyKey)
        return false;
    // `key` may refer into the item itself (a slot of itemChanged passing item.key).
    const QString removed = key;
    m_items.removeAt(index);
    m_storage->removeOutboxItem(removed);
    announceRemoved(removed);
    return true;
}

int Outbox::pendingCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
        [](const OutboxItem &i) { return i.state != OutboxItem::State::Done; }));
}

int Outbox::indexOf(const QString &key) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).key == key)
            return i;
    }
    return -1;
}

int Outbox::delayFor(int attempts) const
{
    const double base
        = qMin<double>(MaxDelayMs, m_baseDelayMs * std::pow(2.0, qMin(attempts - 1, 12)));
    return int(base * (0.8 + 0.4 * QRandomGenerator::global()->generateDouble()));
}

void Outbox::update(int index)
{
    // A copy: a slot may discard the item, which changes the list.
    const OutboxItem item = m_items.at(index);
    m_storage->saveOutboxItem(item, this, [](bool) {});
    announceChanged(item);
}

void Outbox::processNext()
{
    if (!m_started || !m_busyKey.isEmpty() || m_waitingForTurn || m_hasTurn || nextDue() < 0)
        return;
    m_waitingForTurn = true;
    m_storage->takeTurn(this, [this](const std::optional<QList<OutboxItem>> &stored) {
        m_waitingForTurn = false;
        if (!stored) {
            // Another process is sending or looking up (or the store cannot be read just now).
            m_timer.start(TurnRetryMs);
            return;
        }
        m_hasTurn = true;
        useTurn(*stored);
    });
}

int Outbox::nextDue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime earliest;
    // Two lanes, each in order: the provider's changes and the Case Repository's. A repository
    // outage must not hold back a reply, nor the provider a status.
    bool laneWaiting[2] = {false, false}; // by OutboxOperation::Lane
    for (int i = 0; i < m_items.size(); ++i) {
        const OutboxItem &item = m_items.at(i);
        if (item.state != OutboxItem::State::Pending && item.state != OutboxItem::State::Uncertain)
            continue;
        bool &lane = laneWaiting[int(operation(item.kind).lane())];
        if (lane)
            continue;
        if (m_unsaved.contains(item.key)) {
            lane = true; // sent once it is written (its save answers then)
            continue;
        }
        if (item.nextAttemptAt.isValid() && item.nextAttemptAt > now) {
            if (!earliest.isValid() || item.nextAttemptAt < earliest)
                earliest = item.nextAttemptAt;
            // Order matters (a reply after the case it belongs to): this lane waits for it.
            lane = true;
            continue;
        }
        return i;
    }
    if (earliest.isValid())
        m_timer.start(int(qBound<qint64>(0, now.msecsTo(earliest), qint64(MaxDelayMs))));
    return -1;
}

void Outbox::giveTurnBack()
{
    // After the writes of the turn: the next process to send sees their outcome.
    if (std::exchange(m_hasTurn, false))
        m_storage->endTurn();
}

void Outbox::useTurn(const QList<OutboxItem> &stored)
{
    m_shared = stored;
    const int index = nextDue();
    if (index < 0) {
        giveTurnBack();
        return;
    }
    OutboxItem &item = m_items[index];
    const QString key = item.key;
    const auto found = std::find_if(
        stored.cbegin(), stored.cend(), [&](const OutboxItem &s) { return s.key == key; });
    if (found == stored.cend() || found->state == OutboxItem::State::Done) {
        takeOthersOutcome(index, found == stored.cend() ? nullptr : &*found);
        return;
    }
    item.attempts = qMax(item.attempts, found->attempts);
    if (OutboxOperation::onItsWay(*found) && item.state == OutboxItem::State::Pending) {
        // Another process sent it (and was killed, or waits to look it up): it may be on the
        // server, so it is looked up, after the usual wait, before anything is sent again.
        item.state = OutboxItem::State::Uncertain;
        const QDateTime lookUpAt = QDateTime::currentDateTimeUtc().addMSecs(m_reconcileDelayMs);
        item.nextAttemptAt = found->nextAttemptAt.isValid() && found->nextAttemptAt > lookUpAt
            ? found->nextAttemptAt
            : lookUpAt;
        update(index);
        giveTurnBack();
        processNext();
        return;
    }
    if (item.state == OutboxItem::State::Uncertain)
        reconcile(index);
    else
        send(index);
}

void Outbox::takeOthersOutcome(int index, const OutboxItem *found)
{
    const QString key = m_items.at(index).key;
    if (!found) {
        // Given up (or confirmed long ago) by another process that also had it: not sent.
        qCInfo(lcApi) << "outbox:" << OutboxItem::kindName(m_items.at(index).kind)
                      << "was removed by another process; not sent";
        m_items.removeAt(index);
        giveTurnBack();
        announceRemoved(key);
        processNext();
        return;
    }
    // Confirmed by another process that also had it (the console and 'casectl outbox
    // --reconcile' both resume what a killed run left).
    OutboxItem done = m_items.takeAt(index);
    done.state = OutboxItem::State::Done;
    done.resultId = found->resultId;
    done.lastError.clear();
    done.nextAttemptAt = found->nextAttemptAt;
    m_recentlyDone.append(done);
    giveTurnBack();
    announceDone(done);
    announceRemoved(key);
    processNext();
}

QList<OutboxItem> Outbox::otherItems(const QString &key) const
{
    QHash<QString, OutboxItem> byKey;
    for (const OutboxItem &item : m_shared)
        byKey.insert(item.key, item);
    // This process's own view is newer, unless another process has confirmed the item since.
    for (const QList<OutboxItem> *own : {&m_recentlyDone, &m_items}) {
        for (const OutboxItem &item : *own) {
            const auto stored = byKey.constFind(item.key);
            if (stored == byKey.cend() || stored->state != OutboxItem::State::Done)
                byKey.insert(item.key, item);
        }
    }
    byKey.remove(key);
    return byKey.values();
}

void Outbox::send(int index)
{
    OutboxItem &item = m_items[index];
    item.state = OutboxItem::State::Sending;
    ++item.attempts;
    m_busyKey = item.key;
    const QString key = item.key;
    announceChanged(OutboxItem(item));
    // "Sending" is on disk before the request leaves: a crash from here on is reconciled.
    m_storage->saveOutboxItem(item, this, [this, key](bool saved) { sendSaved(key, saved); });
}

void Outbox::sendSaved(const QString &key, bool saved)
{
    const int i = indexOf(key);
    if (i < 0 || !saved) {
        m_busyKey.clear();
        if (i >= 0)
            refuse(key, tr("This change could not be saved locally, so it was not sent."));
        giveTurnBack();
        if (i >= 0)
            reportFailure(key, notSaved());
        processNext();
        return;
    }
    const OutboxItem &toSend = m_items.at(i);
    const OutboxServers servers {m_api, m_repository, m_compareSender, this};
    ApiReply *reply = operation(toSend.kind).send(toSend, servers);
    connect(reply, &ApiReply::finished, this, [this, key, reply] { onSent(key, reply); });
}

void Outbox::onSent(const QString &key, ApiReply *reply)
{
    reply->deleteLater();
    m_busyKey.clear();
    const ApiError error = reply->error();
    const int index = indexOf(key);
    const OutboxOperation *op = index >= 0 ? &operation(m_items.at(index).kind) : nullptr;
    bool failed = true;
    if (!error.isError()) {
        finishItem(key, op ? op->resultOf(reply) : QString());
        failed = false;
    } else if (op && op->isDoneDespite(error)) {
        finishItem(key, {});
        failed = false;
    } else if (error.isOutcomeUnknown()) {
        markUncertain(key, error);
    } else if (error.isRetryable()) {
        failCertainly(key, error);
    } else {
        refuse(key, error.userMessage());
    }
    // The outcome is written (queued before the turn is given back).
    giveTurnBack();
    if (failed)
        reportFailure(key, error);
    processNext();
}

ApiError Outbox::notSaved()
{
    ApiError error(ApiError::Kind::InvalidRequest, {});
    error.setUserMessage(tr("The change could not be saved in the local store first, so it was "
                            "not sent."));
    error.setNotDelivered(true);
    return error;
}

void Outbox::reportFailure(const QString &key, const ApiError &error)
{
    const int index = indexOf(key);
    if (index < 0)
        return;
    const OutboxItem item = m_items.at(index);
    emit attemptFailed(item, error);
    if (OutboxHandle *handle = m_handles.value(key))
        handle->reportFailure(item, error);
}

void Outbox::forgetOldDone()
{
    const QDateTime horizon = QDateTime::currentDateTimeUtc().addMSecs(-2 * ClockSlackMs);
    m_recentlyDone.removeIf([&](const OutboxItem &done) {
        if (OutboxOperation::confirmedAt(done) >= horizon)
            return false;
        m_storage->removeOutboxItem(done.key);
        return true;
    });
}

void Outbox::finishItem(const QString &key, const QString &resultId)
{
    const int index = indexOf(key);
    if (index < 0)
        return;
    OutboxItem item = m_items.takeAt(index);
    item.state = OutboxItem::State::Done;
    item.resultId = resultId;
    item.lastError.clear();
    item.nextAttemptAt = QDateTime::currentDateTimeUtc(); // for a done item: when confirmed
    forgetOldDone();
    m_recentlyDone.append(item);
    // Kept as done for a while, also for the next run and for casectl: a lookup must not take
    // this change for a later identical one whose answer was lost. Never to be sent again: gone
    // if it cannot be kept.
    m_storage->saveOutboxItem(item, this, [this, key](bool saved) {
        if (!saved)
            m_storage->removeOutboxItem(key);
    });
    qCInfo(lcApi) << "outbox:" << OutboxItem::kindName(item.kind) << "confirmed" << resultId;
    announceDone(item);
    announceRemoved(key);
}

void Outbox::failCertainly(const QString &key, const ApiError &error)
{
    const int index = indexOf(key);
    if (index < 0)
        return;
    OutboxItem &item = m_items[index];
    item.state = OutboxItem::State::Pending;
    item.lastError = error.userMessage();
    int delay = delayFor(item.attempts);
    if (error.retryAfterSeconds() > 0)
        delay = qMax(delay, error.retryAfterSeconds() * 1000);
    item.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(delay);
    update(index);
}

void Outbox::markUncertain(const QString &key, const ApiError &error)
{
    const int index = indexOf(key);
    if (index < 0)
        return;
    OutboxItem &item = m_items[index];
    item.state = OutboxItem::State::Uncertain;
    item.lastError = error.userMessage();
    item.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(m_reconcileDelayMs);
    qCInfo(lcApi) << "outbox:" << OutboxItem::kindName(item.kind)
                  << "outcome unknown; reconciling before any retry";
    update(index);
}

void Outbox::refuse(const QString &key, const QString &message)
{
    const int index = indexOf(key);
    if (index < 0)
        return;
    OutboxItem &item = m_items[index];
    item.state = OutboxItem::State::Failed;
    item.lastError = message;
    item.nextAttemptAt = {};
    update(index);
}

void Outbox::reconcile(int index)
{
    const OutboxItem item = m_items.at(index);
    const QString key = item.key;
    m_busyKey = key;
    const OutboxLookup lookup {otherItems(key), item.createdAt.addMSecs(-ClockSlackMs)};
    const OutboxServers servers {m_api, m_repository, m_compareSender, this};
    operation(item.kind).lookUp(item, lookup, servers, this,
        [this, key](const OutboxLookup::Result &result) { onLookedUp(key, result); });
}

void Outbox::onLookedUp(const QString &key, const OutboxLookup::Result &result)
{
    m_busyKey.clear();
    if (result.outcome == OutboxLookup::Outcome::Found) {
        finishItem(key, result.resultId);
        giveTurnBack();
        processNext();
        return;
    }
    if (const int i = indexOf(key); i >= 0) {
        OutboxItem &it = m_items[i];
        if (result.outcome == OutboxLookup::Outcome::NotThere) {
            qCInfo(lcApi) << "outbox: not on the server; sending again";
            it.state = OutboxItem::State::Pending;
            it.nextAttemptAt = {};
        } else {
            // Still unknown: look again later, never send blindly.
            it.lastError = result.error.userMessage();
            it.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(delayFor(++it.attempts));
        }
        update(i);
    }
    giveTurnBack();
    if (result.outcome == OutboxLookup::Outcome::Failed)
        reportFailure(key, result.error);
    processNext();
}
