#pragma once

#include "models/CaseDraft.h"
#include "models/OutboxItem.h"
#include "models/RepositoryEntry.h"

#include <QJsonObject>
#include <QString>

// What each kind of outbox item carries, typed. Each converts to and from the JSON that an
// OutboxItem holds and the store keeps; that JSON is unchanged from when it was written by hand,
// so stores written by earlier versions still load. `kind` says which item each belongs to.

// A new case: the form's draft, as CaseDraft::toJson writes it, and for a Reason for Outage
// request the case it is for ("rfoFor", only then): the store links the two once the create is
// confirmed (models/RfoRequest.h).
struct CreateCasePayload
{
    static constexpr OutboxItem::Kind kind = OutboxItem::Kind::CreateCase;
    CaseDraft draft;
    QString rfoFor; // the original incident's id; empty for any other case

    QJsonObject toJson() const;
    static CreateCasePayload fromJson(const QJsonObject &json);
    friend bool operator==(const CreateCasePayload &, const CreateCasePayload &) = default;
};

// {caseId, message, sentBy}
struct ReplyPayload
{
    static constexpr OutboxItem::Kind kind = OutboxItem::Kind::ReplyToCase;
    QString caseId;
    QString message;
    QString sentBy;

    QJsonObject toJson() const;
    static ReplyPayload fromJson(const QJsonObject &json);
    friend bool operator==(const ReplyPayload &, const ReplyPayload &) = default;
};

// {caseId, customerReference}
struct CustomerReferencePayload
{
    static constexpr OutboxItem::Kind kind = OutboxItem::Kind::AddCustomerReference;
    QString caseId;
    QString customerReference;

    QJsonObject toJson() const;
    static CustomerReferencePayload fromJson(const QJsonObject &json);
    friend bool operator==(const CustomerReferencePayload &, const CustomerReferencePayload &)
        = default;
};

// A new Case Repository entry: the fields a create sends (RepositoryEntry::createBody).
struct CreateRepositoryEntryPayload
{
    static constexpr OutboxItem::Kind kind = OutboxItem::Kind::CreateRepositoryEntry;
    RepositoryEntry entry;

    QJsonObject toJson() const;
    static CreateRepositoryEntryPayload fromJson(const QJsonObject &json);
    friend bool operator==(
        const CreateRepositoryEntryPayload &, const CreateRepositoryEntryPayload &)
        = default;
};

// {caseId, changes: {field: value...}, label}; the label names the entry for the engineer.
struct UpdateRepositoryEntryPayload
{
    static constexpr OutboxItem::Kind kind = OutboxItem::Kind::UpdateRepositoryEntry;
    QString caseId;
    QJsonObject changes; // what RepositoryEntry::changesTo gives (null clears a field)
    QString label;

    QJsonObject toJson() const;
    static UpdateRepositoryEntryPayload fromJson(const QJsonObject &json);
    friend bool operator==(
        const UpdateRepositoryEntryPayload &, const UpdateRepositoryEntryPayload &)
        = default;
};

// {caseId, label}
struct DeleteRepositoryEntryPayload
{
    static constexpr OutboxItem::Kind kind = OutboxItem::Kind::DeleteRepositoryEntry;
    QString caseId;
    QString label;

    QJsonObject toJson() const;
    static DeleteRepositoryEntryPayload fromJson(const QJsonObject &json);
    friend bool operator==(
        const DeleteRepositoryEntryPayload &, const DeleteRepositoryEntryPayload &)
        = default;
};

// A provider case's status for the Case Repository: an entry whose businessKey is the case id.
struct PublishPayload
{
    static constexpr OutboxItem::Kind kind = OutboxItem::Kind::PublishToRepository;
    RepositoryEntry entry;

    QJsonObject toJson() const;
    static PublishPayload fromJson(const QJsonObject &json);
    friend bool operator==(const PublishPayload &, const PublishPayload &) = default;
};
