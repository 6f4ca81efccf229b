#pragma once

#include "api/outbox/OutboxOperation.h"

#include <QCoreApplication>

// A reply to a provider case (ReplyPayload). Looked up in the case's thread by its text and time.
class ReplyOperation : public OutboxOperation
{
    Q_DECLARE_TR_FUNCTIONS(ReplyOperation)

public:
    OutboxItem::Kind kind() const override { return OutboxItem::Kind::ReplyToCase; }
    Lane lane() const override { return Lane::Provider; }
    ApiReply *send(const OutboxItem &item, const OutboxServers &servers) const override;
    void lookUp(const OutboxItem &item, const OutboxLookup &lookup, const OutboxServers &servers,
        QObject *context, const OutboxLookup::Done &done) const override;
    // Plain text, as the thread shows an unconfirmed reply (and reference).
    QString stateText(const OutboxItem &item) const override;
    static QString threadText(const OutboxItem &item);
};
