#include "models/OutboxItem.h"

#include "models/CaseTypeMatrix.h"
#include "models/OutboxPayloads.h"

#include <QCoreApplication>
#include <QUuid>

#include <array>
#include <utility>

namespace {

constexpr std::array kinds {
    std::pair {OutboxItem::Kind::CreateCase, "createCase"},
    std::pair {OutboxItem::Kind::ReplyToCase, "replyToCase"},
    std::pair {OutboxItem::Kind::AddCustomerReference, "addCustomerReference"},
    std::pair {OutboxItem::Kind::CreateRepositoryEntry, "createStatus"},
    std::pair {OutboxItem::Kind::UpdateRepositoryEntry, "updateStatus"},
    std::pair {OutboxItem::Kind::DeleteRepositoryEntry, "deleteStatus"},
    std::pair {OutboxItem::Kind::PublishToRepository, "publishStatus"},
};
constexpr std::array states {
    std::pair {OutboxItem::State::Pending, "pending"},
    std::pair {OutboxItem::State::Sending, "sending"},
    std::pair {OutboxItem::State::Uncertain, "uncertain"},
    std::pair {OutboxItem::State::Failed, "failed"},
    std::pair {OutboxItem::State::Done, "done"},
};

template<typename Table, typename Value>
QString nameOf(const Table &table, Value value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QLatin1String(name);
    }
    return {};
}

template<typename Value, typename Table>
std::optional<Value> valueOf(const Table &table, const QString &name)
{
    for (const auto &[v, n] : table) {
        if (name == QLatin1String(n))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString OutboxItem::kindName(Kind kind)
{
    return nameOf(kinds, kind);
}

std::optional<OutboxItem::Kind> OutboxItem::kindFromName(const QString &name)
{
    return valueOf<Kind>(kinds, name);
}

QString OutboxItem::stateName(State state)
{
    return nameOf(states, state);
}

std::optional<OutboxItem::State> OutboxItem::stateFromName(const QString &name)
{
    return valueOf<State>(states, name);
}

OutboxItem OutboxItem::create(Kind kind, const QJsonObject &payload)
{
    OutboxItem item;
    item.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.kind = kind;
    item.payload = payload;
    item.createdAt = QDateTime::currentDateTimeUtc();
    return item;
}

QString OutboxItem::title() const
{
    switch (kind) {
    case Kind::CreateCase:
        return QCoreApplication::translate("OutboxItem", "New case: %1")
            .arg(CaseTypeMatrix::builtIn().subjectLabel(
                CreateCasePayload::fromJson(payload).draft.subject));
    case Kind::ReplyToCase:
        return QCoreApplication::translate("OutboxItem", "Reply to %1")
            .arg(ReplyPayload::fromJson(payload).caseId);
    case Kind::AddCustomerReference:
        return QCoreApplication::translate("OutboxItem", "Reference for %1")
            .arg(CustomerReferencePayload::fromJson(payload).caseId);
    case Kind::CreateRepositoryEntry: {
        // The client id is optional in the repository: then the business key, or the case type.
        const RepositoryEntry entry = CreateRepositoryEntryPayload::fromJson(payload).entry;
        QString about = entry.clientId;
        if (about.isEmpty())
            about = entry.businessKey;
        if (about.isEmpty())
            about = entry.caseType;
        return QCoreApplication::translate("OutboxItem", "New case status for %1").arg(about);
    }
    case Kind::UpdateRepositoryEntry:
        return QCoreApplication::translate("OutboxItem", "Change of case status %1")
            .arg(UpdateRepositoryEntryPayload::fromJson(payload).caseId);
    case Kind::DeleteRepositoryEntry:
        return QCoreApplication::translate("OutboxItem", "Deletion of case status %1")
            .arg(DeleteRepositoryEntryPayload::fromJson(payload).caseId);
    case Kind::PublishToRepository:
        return QCoreApplication::translate("OutboxItem", "Status of %1 for the Case Repository")
            .arg(PublishPayload::fromJson(payload).entry.businessKey);
    }
    return {};
}

QString OutboxItem::waitingText() const
{
    return attempts == 0
        ? QCoreApplication::translate("OutboxItem", "Waiting to send…")
        : QCoreApplication::translate("OutboxItem",
            "Not sent yet: %1 It is saved and will be sent again automatically; you can "
            "close this window.")
              .arg(lastError);
}
