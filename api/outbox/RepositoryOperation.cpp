#include "api/outbox/RepositoryOperation.h"

#include "api/RepositoryClient.h"
#include "models/OutboxPayloads.h"

#include <QSet>

ApiReply *RepositoryOperation::send(const OutboxItem &item, const OutboxServers &servers) const
{
    if (servers.repository && servers.repository->isConfigured())
        return sendTo(servers.repository, item);
    auto *reply = new ApiReply(servers.owner);
    QMetaObject::invokeMethod(
        reply,
        [reply] {
            reply->finish(ApiError(ApiError::Kind::InvalidRequest,
                tr("No Case Repository is set up for this profile; set it up in Connections "
                   "and Settings.")));
        },
        Qt::QueuedConnection);
    return reply;
}

QString RepositoryOperation::resultOf(ApiReply *reply) const
{
    const auto *entry = qobject_cast<RepositoryEntryReply *>(reply);
    return entry ? entry->entry().caseId : QString();
}

QString RepositoryOperation::stateText(const OutboxItem &item) const
{
    switch (item.state) {
    case OutboxItem::State::Pending:
        return item.waitingText().toHtmlEscaped();
    case OutboxItem::State::Sending:
        return tr("Sending to the Case Repository…");
    case OutboxItem::State::Uncertain:
        return tr("No answer from the Case Repository (%1). Checking whether the change arrived "
                  "before trying again.")
            .arg(item.lastError.toHtmlEscaped());
    case OutboxItem::State::Failed:
        return tr("<b>The Case Repository did not accept it:</b> %1")
            .arg(item.lastError.toHtmlEscaped());
    case OutboxItem::State::Done:
        return tr("Saved.");
    }
    return {};
}

ApiReply *CreateRepositoryEntryOperation::sendTo(
    RepositoryClient *repository, const OutboxItem &item) const
{
    return repository->create(CreateRepositoryEntryPayload::fromJson(item.payload).entry);
}

void CreateRepositoryEntryOperation::lookUp(const OutboxItem &item, const OutboxLookup &lookup,
    const OutboxServers &servers, QObject *context, const OutboxLookup::Done &done) const
{
    if (!servers.repository)
        return OutboxOperation::lookUp(item, lookup, servers, context, done);
    const RepositoryEntry entry = CreateRepositoryEntryPayload::fromJson(item.payload).entry;
    const QDateTime since = lookup.since;
    RepositoryQuery query;
    query.businessKey = entry.businessKey;
    query.source = entry.source;
    if (entry.businessKey.isEmpty()) {
        query.caseType = entry.caseType;
        query.clientId = entry.clientId;
        query.clientType = entry.clientType;
        query.status = entry.status;
        query.updatedFrom = since.addSecs(-1);
    }
    query.size = RepositoryQuery::MaximumSize;
    QSet<QString> known;
    for (const OutboxItem &other : lookup.others) {
        if (other.kind == item.kind && other.state == OutboxItem::State::Done
            && !other.resultId.isEmpty())
            known.insert(other.resultId);
    }
    RepositoryPageReply *reply = servers.repository->search(query);
    QObject::connect(reply, &ApiReply::finished, context, [=] {
        reply->deleteLater();
        if (reply->error().isError())
            return done({OutboxLookup::Outcome::Failed, {}, reply->error()});
        for (const RepositoryEntry &found : reply->page().content) {
            // Filters cannot ask for "no client id" or "no business key": compared here.
            if (!known.contains(found.caseId) && found.statusDescription == entry.statusDescription
                && found.clientId == entry.clientId && found.businessKey == entry.businessKey
                && found.creationDate >= since.addSecs(-1))
                return done({OutboxLookup::Outcome::Found, found.caseId, {}});
        }
        done({OutboxLookup::Outcome::NotThere, {}, {}});
    });
}

ApiReply *UpdateRepositoryEntryOperation::sendTo(
    RepositoryClient *repository, const OutboxItem &item) const
{
    const UpdateRepositoryEntryPayload update
        = UpdateRepositoryEntryPayload::fromJson(item.payload);
    return repository->update(update.caseId, update.changes);
}

ApiReply *DeleteRepositoryEntryOperation::sendTo(
    RepositoryClient *repository, const OutboxItem &item) const
{
    return repository->remove(DeleteRepositoryEntryPayload::fromJson(item.payload).caseId);
}

bool DeleteRepositoryEntryOperation::isDoneDespite(const ApiError &error) const
{
    // Already gone (an earlier attempt whose answer was lost, or someone else): done.
    return error.code() == QLatin1String("CASE_NOT_FOUND");
}
