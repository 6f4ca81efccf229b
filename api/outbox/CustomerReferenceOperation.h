#pragma once

#include "api/outbox/OutboxOperation.h"

// The engineer's own reference on a provider case (CustomerReferencePayload). Setting it twice
// does no harm: a send whose answer was lost is simply sent again.
class CustomerReferenceOperation : public OutboxOperation
{
public:
    OutboxItem::Kind kind() const override { return OutboxItem::Kind::AddCustomerReference; }
    Lane lane() const override { return Lane::Provider; }
    ApiReply *send(const OutboxItem &item, const OutboxServers &servers) const override;
    // As the thread shows it beside the reference: the words of an unconfirmed reply.
    QString stateText(const OutboxItem &item) const override;
};
