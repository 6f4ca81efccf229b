#include "session/Outgoing.h"

#include "api/Outbox.h"
#include "models/CaseDraft.h"
#include "models/OutboxPayloads.h"
#include "session/Drafts.h"
#include "session/OutboxStates.h"

#include <algorithm>

Outgoing::Outgoing(Outbox *outbox, Drafts *drafts, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_drafts(drafts)
{
    connect(m_outbox, &Outbox::itemChanged, this, &Outgoing::itemChanged);
    connect(m_outbox, &Outbox::itemDone, this, &Outgoing::itemDone);
    connect(m_outbox, &Outbox::itemRemoved, this, &Outgoing::itemRemoved);
}

QString Outgoing::submitCase(const CaseDraft &draft, const QString &rfoFor)
{
    return m_outbox->submit(CreateCasePayload {draft, rfoFor})->key();
}

QString Outgoing::submitReply(const QString &caseId, const QString &message, const QString &sentBy)
{
    return m_outbox->submit(ReplyPayload {caseId, message, sentBy})->key();
}

QString Outgoing::submitCustomerReference(const QString &caseId, const QString &reference)
{
    return m_outbox->submit(CustomerReferencePayload {caseId, reference})->key();
}

bool Outgoing::retry(const QString &key)
{
    return m_outbox->retry(key);
}

bool Outgoing::discard(const QString &key)
{
    return m_outbox->discard(key);
}

Outgoing::TakeBack Outgoing::takeBack(const QString &key)
{
    const std::optional<OutboxItem> taken = item(key);
    if (!taken)
        return TakeBack::Unknown;
    if (!m_outbox->discard(key))
        return TakeBack::Busy;
    if (taken->kind != OutboxItem::Kind::ReplyToCase)
        return TakeBack::Discarded;
    const QString caseId = taken->payload.value(QLatin1String("caseId")).toString();
    const QString draftKey = Drafts::replyDraftKey(caseId);
    QString text = QString::fromUtf8(m_drafts->draft(draftKey));
    if (!text.isEmpty())
        text += QStringLiteral("\n\n");
    text += taken->payload.value(QLatin1String("message")).toString();
    m_drafts->save(draftKey, text.toUtf8());
    return TakeBack::BackInDraft;
}

QList<OutboxItem> Outgoing::items() const
{
    return m_outbox->items();
}

std::optional<OutboxItem> Outgoing::item(const QString &key) const
{
    for (const OutboxItem &item : m_outbox->items()) {
        if (item.key == key)
            return item;
    }
    return std::nullopt;
}

int Outgoing::unsentCount(const std::function<bool(const QString &caseId)> &isClosed) const
{
    if (!isClosed)
        return m_outbox->pendingCount();
    const QList<OutboxItem> all = m_outbox->items();
    return int(std::count_if(all.cbegin(), all.cend(), [&](const OutboxItem &item) {
        return item.state != OutboxItem::State::Done
            && !OutboxStates::cannotSucceed(
                item, isClosed(item.payload.value(QLatin1String("caseId")).toString()));
    }));
}

QList<OutboxItem> Outgoing::itemsFor(const QString &caseId) const
{
    QList<OutboxItem> found;
    for (const OutboxItem &item : m_outbox->items()) {
        if (item.kind != OutboxItem::Kind::CreateCase && item.state != OutboxItem::State::Done
            && item.payload.value(QLatin1String("caseId")).toString() == caseId)
            found.append(item);
    }
    return found;
}

QString Outgoing::pendingCreateKeyFor(const CaseDraft &draft) const
{
    for (const OutboxItem &item : m_outbox->items()) {
        if (item.kind == OutboxItem::Kind::CreateCase && item.state != OutboxItem::State::Done
            && item.state != OutboxItem::State::Failed
            && CaseDraft::fromJson(item.payload) == draft)
            return item.key;
    }
    return {};
}
