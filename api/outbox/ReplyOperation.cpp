#include "api/outbox/ReplyOperation.h"

#include "api/CaseApi.h"
#include "models/OutboxPayloads.h"

ApiReply *ReplyOperation::send(const OutboxItem &item, const OutboxServers &servers) const
{
    const ReplyPayload reply = ReplyPayload::fromJson(item.payload);
    return servers.api->replyToCase(reply.caseId, reply.message, reply.sentBy);
}

void ReplyOperation::lookUp(const OutboxItem &item, const OutboxLookup &lookup,
    const OutboxServers &servers, QObject *context, const OutboxLookup::Done &done) const
{
    // Ours only if the thread holds more such messages than there are identical replies
    // recently confirmed or on their way, this process's and every other's: with two identical
    // replies sent, two identical messages are needed. A message is found by its case, text and
    // time, never by its type (the provider's word for our side is not documented); by its
    // sender only when the provider is known to give back the sender sent (otherwise it may fill
    // in its own, e.g. "API"). Identical replies are counted by the same rule.
    const ReplyPayload sent = ReplyPayload::fromJson(item.payload);
    const bool bySender = servers.compareSender && !sent.sentBy.trimmed().isEmpty();
    const QDateTime since = lookup.since;
    const qsizetype confirmed
        = std::count_if(lookup.others.cbegin(), lookup.others.cend(), [&](const OutboxItem &other) {
              if (other.kind != item.kind)
                  return false;
              const ReplyPayload o = ReplyPayload::fromJson(other.payload);
              if (o.caseId != sent.caseId || !sameText(o.message, sent.message)
                  || (bySender && !sameText(o.sentBy, sent.sentBy)))
                  return false;
              return other.state == OutboxItem::State::Done ? confirmedAt(other) >= since
                                                            : onItsWay(other);
          });
    CasesReply *reply = servers.api->fetchCase(sent.caseId);
    QObject::connect(reply, &ApiReply::finished, context, [=] {
        reply->deleteLater();
        if (reply->error().isError())
            return done({OutboxLookup::Outcome::Failed, {}, reply->error()});
        qsizetype found = 0;
        for (const Case &c : reply->cases()) {
            for (const Communication &m : c.communications) {
                if (sameText(m.message, sent.message)
                    && (!bySender || sameText(m.sentBy, sent.sentBy.trimmed()))
                    && m.timestamp.toDateTime() >= since)
                    ++found;
            }
        }
        done({found > confirmed ? OutboxLookup::Outcome::Found : OutboxLookup::Outcome::NotThere,
            {}, {}});
    });
}

QString ReplyOperation::stateText(const OutboxItem &item) const
{
    return threadText(item);
}

QString ReplyOperation::threadText(const OutboxItem &item)
{
    switch (item.state) {
    case OutboxItem::State::Pending:
        return item.attempts == 0
            ? tr("Waiting to send")
            : tr("Not sent yet (%1); trying again automatically").arg(item.lastError);
    case OutboxItem::State::Sending:
        return tr("Sending…");
    case OutboxItem::State::Uncertain:
        return tr("No answer (%1); checking whether it arrived before sending again")
            .arg(item.lastError);
    case OutboxItem::State::Failed:
        return tr("Not accepted: %1").arg(item.lastError);
    case OutboxItem::State::Done:
        return tr("Sent");
    }
    return {};
}
