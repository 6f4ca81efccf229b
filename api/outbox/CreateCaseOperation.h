#pragma once

#include "api/outbox/OutboxOperation.h"

#include <QCoreApplication>

// A new provider case (CreateCasePayload). Looked up by its customer reference, or else by
// service, subject and first message, so that it is never created twice.
class CreateCaseOperation : public OutboxOperation
{
    Q_DECLARE_TR_FUNCTIONS(CreateCaseOperation)

public:
    OutboxItem::Kind kind() const override { return OutboxItem::Kind::CreateCase; }
    Lane lane() const override { return Lane::Provider; }
    ApiReply *send(const OutboxItem &item, const OutboxServers &servers) const override;
    QString resultOf(ApiReply *reply) const override;
    void lookUp(const OutboxItem &item, const OutboxLookup &lookup, const OutboxServers &servers,
        QObject *context, const OutboxLookup::Done &done) const override;
    // Rich text, for the form that submitted the case.
    QString stateText(const OutboxItem &item) const override;
};
