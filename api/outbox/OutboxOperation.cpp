#include "api/outbox/OutboxOperation.h"

#include "api/outbox/CreateCaseOperation.h"
#include "api/outbox/CustomerReferenceOperation.h"
#include "api/outbox/PublishOperation.h"
#include "api/outbox/ReplyOperation.h"
#include "api/outbox/RepositoryOperation.h"

std::unique_ptr<OutboxOperation> OutboxOperation::of(OutboxItem::Kind kind)
{
    switch (kind) {
    case OutboxItem::Kind::CreateCase:
        return std::make_unique<CreateCaseOperation>();
    case OutboxItem::Kind::ReplyToCase:
        return std::make_unique<ReplyOperation>();
    case OutboxItem::Kind::AddCustomerReference:
        return std::make_unique<CustomerReferenceOperation>();
    case OutboxItem::Kind::CreateRepositoryEntry:
        return std::make_unique<CreateRepositoryEntryOperation>();
    case OutboxItem::Kind::UpdateRepositoryEntry:
        return std::make_unique<UpdateRepositoryEntryOperation>();
    case OutboxItem::Kind::DeleteRepositoryEntry:
        return std::make_unique<DeleteRepositoryEntryOperation>();
    case OutboxItem::Kind::PublishToRepository:
        return std::make_unique<PublishOperation>();
    }
    return std::make_unique<ReplyOperation>(); // not reached: every kind is named above
}

QString OutboxOperation::resultOf(ApiReply *) const
{
    return {};
}

bool OutboxOperation::isDoneDespite(const ApiError &) const
{
    return false;
}

void OutboxOperation::lookUp(const OutboxItem &, const OutboxLookup &, const OutboxServers &,
    QObject *, const OutboxLookup::Done &done) const
{
    // Doing it twice does no harm (a reference, a status, a deletion that ends in "already
    // gone", a publish that finds its entry by business key first): just send again.
    done({OutboxLookup::Outcome::NotThere, {}, {}});
}

bool OutboxOperation::retriesRefusedOnStart() const
{
    return false;
}

QDateTime OutboxOperation::confirmedAt(const OutboxItem &done)
{
    return done.nextAttemptAt.isValid() ? done.nextAttemptAt : done.createdAt;
}

bool OutboxOperation::onItsWay(const OutboxItem &item)
{
    return item.state == OutboxItem::State::Sending || item.state == OutboxItem::State::Uncertain;
}

bool OutboxOperation::sameText(const QString &a, const QString &b)
{
    return a.trimmed() == b.trimmed();
}
