#include "api/outbox/PublishOperation.h"

#include "api/RepositoryClient.h"
#include "models/OutboxPayloads.h"

ApiReply *PublishOperation::sendTo(RepositoryClient *repository, const OutboxItem &item) const
{
    return repository->publish(PublishPayload::fromJson(item.payload).entry);
}

QString PublishOperation::stateText(const OutboxItem &item) const
{
    switch (item.state) {
    case OutboxItem::State::Pending:
        return item.attempts == 0 ? tr("waiting to be published")
                                  : tr("not published yet: %1").arg(item.lastError);
    case OutboxItem::State::Sending:
        return tr("publishing…");
    case OutboxItem::State::Uncertain:
        return tr("no answer yet; publishing again");
    case OutboxItem::State::Failed:
        return item.lastError;
    case OutboxItem::State::Done:
        return tr("published");
    }
    return {};
}
