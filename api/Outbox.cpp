#include "api/Outbox.h"

#include "api/CaseApi.h"
#include "api/Logging.h"
#include "api/RepositoryClient.h"
#include "models/CaseDraft.h"
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

bool isRepositoryKind(OutboxItem::Kind kind)
{
    switch (kind) {
    case OutboxItem::Kind::CreateRepositoryEntry:
    case OutboxItem::Kind::UpdateRepositoryEntry:
    case OutboxItem::Kind::DeleteRepositoryEntry:
    case OutboxItem::Kind::PublishToRepository:
        return true;
    default:
        return false;
    }
}

QString payloadText(const OutboxItem &item, const char *key)
{
    return item.payload.value(QLatin1String(key)).toString();
}

bool sameText(const QString &a, const QString &b)
{
    return a.trimmed() == b.trimmed();
}

// Sent at least once, outcome not yet known: it may be on the server already.
bool onItsWay(const OutboxItem &item)
{
    return item.state == OutboxItem::State::Sending || item.state == OutboxItem::State::Uncertain;
}

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

QDateTime Outbox::confirmedAt(const OutboxItem &done)
{
    return done.nextAttemptAt.isValid() ? done.nextAttemptAt : done.createdAt;
}

void Outbox::start()
{
    if (std::exchange(m_startRequested, true))
        return; // loaded once: a second load would count the confirmed items twice
    m_storage->loadOutbox(this, [this](const QList<OutboxItem> &stored) {
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
            // A publish refused in an earlier run (a wrong password, a repository that was not
            // set up) gets another chance: the settings may have been fixed since, and
            // publishing is safe to repeat.
            if (item.kind == OutboxItem::Kind::PublishToRepository
                && item.state == OutboxItem::State::Failed) {
                item.state = OutboxItem::State::Pending;
                item.nextAttemptAt = {};
            }
        }
        // Copies: a slot may discard an item, which changes the list.
        const QList<OutboxItem> loaded = m_items;
        for (const OutboxItem &item : loaded)
            emit itemChanged(item);
        m_started = true;
        processNext();
    });
}

QString Outbox::submit(OutboxItem::Kind kind, const QJsonObject &payload)
{
    OutboxItem item = OutboxItem::create(kind, payload);
    const QString key = item.key;
    m_items.append(item);
    m_unsaved.insert(key);
    emit itemChanged(item);
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
    return key;
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
    emit itemRemoved(removed);
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
    emit itemChanged(item);
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
    bool laneWaiting[2] = {false, false};
    for (int i = 0; i < m_items.size(); ++i) {
        const OutboxItem &item = m_items.at(i);
        if (item.state != OutboxItem::State::Pending && item.state != OutboxItem::State::Uncertain)
            continue;
        const int lane = isRepositoryKind(item.kind) ? 1 : 0;
        if (laneWaiting[lane])
            continue;
        if (m_unsaved.contains(item.key)) {
            laneWaiting[lane] = true; // sent once it is written (its save answers then)
            continue;
        }
        if (item.nextAttemptAt.isValid() && item.nextAttemptAt > now) {
            if (!earliest.isValid() || item.nextAttemptAt < earliest)
                earliest = item.nextAttemptAt;
            // Order matters (a reply after the case it belongs to): this lane waits for it.
            laneWaiting[lane] = true;
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
    if (found == stored.cend()) {
        // Given up (or confirmed long ago) by another process that also had it: not sent.
        qCInfo(lcApi) << "outbox:" << OutboxItem::kindName(item.kind)
                      << "was removed by another process; not sent";
        m_items.removeAt(index);
        giveTurnBack();
        emit itemRemoved(key);
        processNext();
        return;
    }
    if (found->state == OutboxItem::State::Done) {
        // Confirmed by another process that also had it (the console and 'casectl outbox
        // --reconcile' both resume what a killed run left).
        OutboxItem done = m_items.takeAt(index);
        done.state = OutboxItem::State::Done;
        done.resultId = found->resultId;
        done.lastError.clear();
        done.nextAttemptAt = found->nextAttemptAt;
        m_recentlyDone.append(done);
        giveTurnBack();
        emit itemDone(done);
        emit itemRemoved(key);
        processNext();
        return;
    }
    item.attempts = qMax(item.attempts, found->attempts);
    if (onItsWay(*found) && item.state == OutboxItem::State::Pending) {
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
    emit itemChanged(OutboxItem(item));
    // "Sending" is on disk before the request leaves: a crash from here on is reconciled.
    m_storage->saveOutboxItem(item, this, [this, key](bool saved) {
        const int i = indexOf(key);
        if (i < 0) {
            m_busyKey.clear();
            giveTurnBack();
            processNext();
            return;
        }
        if (!saved) {
            m_busyKey.clear();
            refuse(key, tr("This change could not be saved locally, so it was not sent."));
            giveTurnBack();
            reportFailure(key, notSaved());
            processNext();
            return;
        }
        const OutboxItem &toSend = m_items.at(i);
        ApiReply *reply = nullptr;
        switch (toSend.kind) {
        case OutboxItem::Kind::CreateCase:
            reply = m_api->createCase(CaseDraft::fromJson(toSend.payload));
            break;
        case OutboxItem::Kind::ReplyToCase:
            reply = m_api->replyToCase(payloadText(toSend, "caseId"),
                payloadText(toSend, "message"), payloadText(toSend, "sentBy"));
            break;
        case OutboxItem::Kind::AddCustomerReference:
            reply = m_api->addCustomerReference(
                payloadText(toSend, "caseId"), payloadText(toSend, "customerReference"));
            break;
        case OutboxItem::Kind::CreateRepositoryEntry:
        case OutboxItem::Kind::UpdateRepositoryEntry:
        case OutboxItem::Kind::DeleteRepositoryEntry:
        case OutboxItem::Kind::PublishToRepository:
            reply = sendToRepository(toSend);
            break;
        }
        connect(reply, &ApiReply::finished, this, [this, key, reply] { onSent(key, reply); });
    });
}

ApiReply *Outbox::sendToRepository(const OutboxItem &item)
{
    if (!m_repository || !m_repository->isConfigured()) {
        auto *reply = new ApiReply(this);
        QMetaObject::invokeMethod(
            reply,
            [reply] {
                reply->finish(ApiError(ApiError::Kind::InvalidRequest,
                    tr("No Case Repository is set up for this profile; set it up in Connections "
                       "and Settings.")));
            },
            Qt::QueuedConnection);
        return reply;
    }
    const QString caseId = payloadText(item, "caseId");
    switch (item.kind) {
    case OutboxItem::Kind::CreateRepositoryEntry:
        return m_repository->create(RepositoryEntry::fromPayload(item.payload));
    case OutboxItem::Kind::UpdateRepositoryEntry:
        return m_repository->update(
            caseId, item.payload.value(QLatin1String("changes")).toObject());
    case OutboxItem::Kind::DeleteRepositoryEntry:
        return m_repository->remove(caseId);
    case OutboxItem::Kind::PublishToRepository:
        return m_repository->publish(RepositoryEntry::fromPayload(item.payload));
    default:
        break;
    }
    return nullptr;
}

void Outbox::onSent(const QString &key, ApiReply *reply)
{
    reply->deleteLater();
    m_busyKey.clear();
    const ApiError error = reply->error();
    const int index = indexOf(key);
    const bool deleting
        = index >= 0 && m_items.at(index).kind == OutboxItem::Kind::DeleteRepositoryEntry;
    bool failed = true;
    if (!error.isError()) {
        QString resultId;
        if (const auto *created = qobject_cast<CreateCaseReply *>(reply))
            resultId = created->caseId();
        else if (const auto *status = qobject_cast<RepositoryEntryReply *>(reply))
            resultId = status->entry().caseId;
        finishItem(key, resultId);
        failed = false;
    } else if (deleting && error.code() == QLatin1String("CASE_NOT_FOUND")) {
        // Already gone (an earlier attempt whose answer was lost, or someone else): done.
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
    if (const int index = indexOf(key); index >= 0)
        emit attemptFailed(OutboxItem(m_items.at(index)), error);
}

void Outbox::forgetOldDone()
{
    const QDateTime horizon = QDateTime::currentDateTimeUtc().addMSecs(-2 * ClockSlackMs);
    m_recentlyDone.removeIf([&](const OutboxItem &done) {
        if (confirmedAt(done) >= horizon)
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
    emit itemDone(item);
    emit itemRemoved(key);
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
    const auto lookupFailed = [this, key](const ApiError &error) {
        m_busyKey.clear();
        const int i = indexOf(key);
        if (i >= 0) {
            // Still unknown: look again later, never send blindly.
            OutboxItem &it = m_items[i];
            it.lastError = error.userMessage();
            it.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(delayFor(++it.attempts));
            update(i);
        }
        giveTurnBack();
        reportFailure(key, error);
        processNext();
    };
    const auto notThere = [this, key] {
        m_busyKey.clear();
        const int i = indexOf(key);
        if (i >= 0) {
            qCInfo(lcApi) << "outbox: not on the server; sending again";
            m_items[i].state = OutboxItem::State::Pending;
            m_items[i].nextAttemptAt = {};
            update(i);
        }
        giveTurnBack();
        processNext();
    };
    const auto foundIt = [this, key](const QString &resultId) {
        m_busyKey.clear();
        finishItem(key, resultId);
        giveTurnBack();
        processNext();
    };
    const QList<OutboxItem> others = otherItems(key);
    const QDateTime since = item.createdAt.addMSecs(-ClockSlackMs);

    switch (item.kind) {
    case OutboxItem::Kind::AddCustomerReference:
    case OutboxItem::Kind::UpdateRepositoryEntry:
    case OutboxItem::Kind::DeleteRepositoryEntry:
    case OutboxItem::Kind::PublishToRepository:
        // Setting a reference or a status twice does no harm, deleting twice ends in "already
        // gone", and publishing looks its entry up by business key first: just send again.
        notThere();
        return;
    case OutboxItem::Kind::CreateRepositoryEntry: {
        if (!m_repository)
            return notThere();
        // Found by its business key, or else by every field, made since the item was.
        const RepositoryEntry entry = RepositoryEntry::fromPayload(item.payload);
        RepositoryQuery query;
        query.businessKey = entry.businessKey;
        query.source = entry.source;
        if (entry.businessKey.isEmpty()) {
            query.caseType = entry.caseType;
            query.clientId = entry.clientId;
            query.clientType = entry.clientType;
            query.status = entry.status;
            query.updatedFrom = since.addSecs(-1);
        }
        query.size = RepositoryQuery::MaximumSize;
        QSet<QString> known;
        for (const OutboxItem &done : others) {
            if (done.kind == item.kind && done.state == OutboxItem::State::Done
                && !done.resultId.isEmpty())
                known.insert(done.resultId);
        }
        RepositoryPageReply *reply = m_repository->search(query);
        connect(reply, &ApiReply::finished, this, [=, this] {
            reply->deleteLater();
            if (reply->error().isError())
                return lookupFailed(reply->error());
            for (const RepositoryEntry &found : reply->page().content) {
                // Filters cannot ask for "no client id" or "no business key": compared here.
                if (!known.contains(found.caseId)
                    && found.statusDescription == entry.statusDescription
                    && found.clientId == entry.clientId && found.businessKey == entry.businessKey
                    && found.creationDate >= since.addSecs(-1)) {
                    foundIt(found.caseId);
                    return;
                }
            }
            notThere();
        });
        return;
    }
    case OutboxItem::Kind::ReplyToCase: {
        // Ours only if the thread holds more such messages than there are identical replies
        // recently confirmed or on their way, this process's and every other's: with two
        // identical replies sent, two identical messages are needed. A message is found by its
        // case, text and time, never by its type (the provider's word for our side is not
        // documented); by its sender only when the provider is known to give back the sender
        // sent (otherwise it may fill in its own, e.g. "API"). Identical replies are counted by
        // the same rule.
        const QString sentBy = payloadText(item, "sentBy").trimmed();
        const bool bySender = m_compareSender && !sentBy.isEmpty();
        const auto same = [&item, bySender](const OutboxItem &other) {
            return other.kind == item.kind
                && payloadText(other, "caseId") == payloadText(item, "caseId")
                && sameText(payloadText(other, "message"), payloadText(item, "message"))
                && (!bySender
                    || sameText(payloadText(other, "sentBy"), payloadText(item, "sentBy")));
        };
        const qsizetype confirmed
            = std::count_if(others.cbegin(), others.cend(), [&](const OutboxItem &other) {
                  if (!same(other))
                      return false;
                  return other.state == OutboxItem::State::Done ? confirmedAt(other) >= since
                                                                : onItsWay(other);
              });
        CasesReply *reply = m_api->fetchCase(payloadText(item, "caseId"));
        connect(reply, &ApiReply::finished, this, [=, this] {
            reply->deleteLater();
            if (reply->error().isError())
                return lookupFailed(reply->error());
            qsizetype found = 0;
            for (const Case &c : reply->cases()) {
                for (const Communication &m : c.communications) {
                    if (sameText(m.message, payloadText(item, "message"))
                        && (!bySender || sameText(m.sentBy, sentBy))
                        && m.timestamp.toDateTime() >= since)
                        ++found;
                }
            }
            if (found > confirmed) {
                foundIt({});
                return;
            }
            notThere();
        });
        return;
    }
    case OutboxItem::Kind::CreateCase: {
        const CaseDraft draft = CaseDraft::fromJson(item.payload);
        CaseFilter filter;
        int minutes = 0;
        if (!draft.customerReference.trimmed().isEmpty()) {
            filter.customerReference = draft.customerReference.trimmed();
        } else {
            filter.serviceId = draft.serviceId;
            minutes = int(since.secsTo(QDateTime::currentDateTimeUtc()) / 60) + 2;
        }
        // Cases created recently (by any process) are not this one; and with identical drafts
        // on their way, there must be a match for each of them besides this one.
        QSet<QString> known;
        qsizetype onTheirWay = 0;
        for (const OutboxItem &other : others) {
            if (other.kind != item.kind)
                continue;
            if (other.state == OutboxItem::State::Done && !other.resultId.isEmpty()) {
                known.insert(other.resultId);
            } else if (onItsWay(other)) {
                const CaseDraft d = CaseDraft::fromJson(other.payload);
                if (d.subject == draft.subject && d.type == draft.type
                    && d.serviceId == draft.serviceId && sameText(d.message, draft.message)
                    && d.customerReference.trimmed() == draft.customerReference.trimmed())
                    ++onTheirWay;
            }
        }
        CasesReply *reply = m_api->fetchUpdatedCases(minutes, filter);
        connect(reply, &ApiReply::finished, this, [=, this] {
            reply->deleteLater();
            if (reply->error().isError())
                return lookupFailed(reply->error());
            QStringList matches;
            for (const Case &c : reply->cases()) {
                const bool match = !known.contains(c.id) && c.subject == draft.subject
                    && c.type == draft.type && c.serviceId == draft.serviceId
                    && !c.communications.isEmpty()
                    && (sameText(c.communications.constFirst().message, draft.message)
                        || sameText(
                            c.communications.constFirst().message, draft.messageStatingPriority()))
                    && c.createdDate.toDateTime() >= since;
                if (match)
                    matches << c.id;
            }
            if (matches.size() > onTheirWay) {
                foundIt(matches.constFirst());
                return;
            }
            notThere();
        });
        return;
    }
    }
}
