#include "models/OutboxPayloads.h"

namespace {

QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

} // namespace

QJsonObject CreateCasePayload::toJson() const
{
    QJsonObject json = draft.toJson();
    if (!rfoFor.isEmpty())
        json.insert(QStringLiteral("rfoFor"), rfoFor);
    return json;
}

CreateCasePayload CreateCasePayload::fromJson(const QJsonObject &json)
{
    return {CaseDraft::fromJson(json), text(json, "rfoFor")};
}

QJsonObject ReplyPayload::toJson() const
{
    return {{QStringLiteral("caseId"), caseId}, {QStringLiteral("message"), message},
        {QStringLiteral("sentBy"), sentBy}};
}

ReplyPayload ReplyPayload::fromJson(const QJsonObject &json)
{
    return {text(json, "caseId"), text(json, "message"), text(json, "sentBy")};
}

QJsonObject CustomerReferencePayload::toJson() const
{
    return {{QStringLiteral("caseId"), caseId},
        {QStringLiteral("customerReference"), customerReference}};
}

CustomerReferencePayload CustomerReferencePayload::fromJson(const QJsonObject &json)
{
    return {text(json, "caseId"), text(json, "customerReference")};
}

QJsonObject CreateRepositoryEntryPayload::toJson() const
{
    return entry.createBody();
}

CreateRepositoryEntryPayload CreateRepositoryEntryPayload::fromJson(const QJsonObject &json)
{
    return {RepositoryEntry::fromPayload(json)};
}

QJsonObject UpdateRepositoryEntryPayload::toJson() const
{
    return {{QStringLiteral("caseId"), caseId}, {QStringLiteral("changes"), changes},
        {QStringLiteral("label"), label}};
}

UpdateRepositoryEntryPayload UpdateRepositoryEntryPayload::fromJson(const QJsonObject &json)
{
    return {
        text(json, "caseId"), json.value(QLatin1String("changes")).toObject(), text(json, "label")};
}

QJsonObject DeleteRepositoryEntryPayload::toJson() const
{
    return {{QStringLiteral("caseId"), caseId}, {QStringLiteral("label"), label}};
}

DeleteRepositoryEntryPayload DeleteRepositoryEntryPayload::fromJson(const QJsonObject &json)
{
    return {text(json, "caseId"), text(json, "label")};
}

QJsonObject PublishPayload::toJson() const
{
    return entry.createBody();
}

PublishPayload PublishPayload::fromJson(const QJsonObject &json)
{
    return {RepositoryEntry::fromPayload(json)};
}
