#include "api/outbox/CustomerReferenceOperation.h"

#include "api/CaseApi.h"
#include "api/outbox/ReplyOperation.h"
#include "models/OutboxPayloads.h"

ApiReply *CustomerReferenceOperation::send(
    const OutboxItem &item, const OutboxServers &servers) const
{
    const CustomerReferencePayload reference = CustomerReferencePayload::fromJson(item.payload);
    return servers.api->addCustomerReference(reference.caseId, reference.customerReference);
}

QString CustomerReferenceOperation::stateText(const OutboxItem &item) const
{
    return ReplyOperation::threadText(item);
}
