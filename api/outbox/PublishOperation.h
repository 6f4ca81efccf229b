#pragma once

#include "api/outbox/RepositoryOperation.h"

// A provider case's status published to the Case Repository (PublishPayload). The repository
// client finds the entry by business key first, so publishing is safe to repeat: a send whose
// answer was lost is sent again, and one refused in an earlier run is tried again on start.
class PublishOperation : public RepositoryOperation
{
    Q_DECLARE_TR_FUNCTIONS(PublishOperation)

public:
    OutboxItem::Kind kind() const override { return OutboxItem::Kind::PublishToRepository; }
    bool retriesRefusedOnStart() const override { return true; }
    // Plain text, as the case shows its publishing: "publishing…".
    QString stateText(const OutboxItem &item) const override;

protected:
    ApiReply *sendTo(RepositoryClient *repository, const OutboxItem &item) const override;
};
