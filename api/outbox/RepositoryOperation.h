#pragma once

#include "api/outbox/OutboxOperation.h"

#include <QCoreApplication>

// A change to the Case Repository: waits in the repository's lane, and without a repository set
// up it fails saying so. Its result is the entry's id.
class RepositoryOperation : public OutboxOperation
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryOperation)

public:
    Lane lane() const override { return Lane::Repository; }
    ApiReply *send(const OutboxItem &item, const OutboxServers &servers) const final;
    QString resultOf(ApiReply *reply) const override;
    // Rich text, for the form that submitted the change.
    QString stateText(const OutboxItem &item) const override;

protected:
    // Sends through a repository that is set up.
    virtual ApiReply *sendTo(RepositoryClient *repository, const OutboxItem &item) const = 0;
};

// A new entry (CreateRepositoryEntryPayload). Looked up by its business key, or else by every
// field, made since the item was.
class CreateRepositoryEntryOperation : public RepositoryOperation
{
public:
    OutboxItem::Kind kind() const override { return OutboxItem::Kind::CreateRepositoryEntry; }
    void lookUp(const OutboxItem &item, const OutboxLookup &lookup, const OutboxServers &servers,
        QObject *context, const OutboxLookup::Done &done) const override;

protected:
    ApiReply *sendTo(RepositoryClient *repository, const OutboxItem &item) const override;
};

// Changes to an entry (UpdateRepositoryEntryPayload); setting them twice does no harm.
class UpdateRepositoryEntryOperation : public RepositoryOperation
{
public:
    OutboxItem::Kind kind() const override { return OutboxItem::Kind::UpdateRepositoryEntry; }

protected:
    ApiReply *sendTo(RepositoryClient *repository, const OutboxItem &item) const override;
};

// Deleting an entry (DeleteRepositoryEntryPayload); one already gone counts as done.
class DeleteRepositoryEntryOperation : public RepositoryOperation
{
public:
    OutboxItem::Kind kind() const override { return OutboxItem::Kind::DeleteRepositoryEntry; }
    bool isDoneDespite(const ApiError &error) const override;

protected:
    ApiReply *sendTo(RepositoryClient *repository, const OutboxItem &item) const override;
};
