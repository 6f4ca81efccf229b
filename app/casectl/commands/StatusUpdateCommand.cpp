#include "StatusUpdateCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Options.h"
#include "../Output.h"
#include "../RepositoryOutput.h"
#include "../Secrets.h"
#include "api/RepositoryClient.h"

StatusUpdateCommand::StatusUpdateCommand()
    : Command(QStringLiteral("status update"),
        {QStringLiteral("case-type"), QStringLiteral("repository-client"),
            QStringLiteral("clear-repository-client"), QStringLiteral("client-id"),
            QStringLiteral("clear-client-id"), QStringLiteral("client-type"),
            QStringLiteral("status"), QStringLiteral("description"),
            QStringLiteral("clear-description"), QStringLiteral("business-key"),
            QStringLiteral("clear-business-key"), QStringLiteral("source"), QStringLiteral("json")},
        Needs::Repository, 1)
{ }

std::optional<int> StatusUpdateCommand::checkOptions(CommandContext &context)
{
    const Options &options = context.options();
    Output &output = context.output();
    if (options.isSet("description") && options.isSet("clear-description"))
        return output.usageError(tr("--description and --clear-description exclude each other"));
    if (options.isSet("business-key") && options.isSet("clear-business-key"))
        return output.usageError(tr("--business-key and --clear-business-key exclude each other"));
    if (options.isSet("repository-client") && options.isSet("clear-repository-client"))
        return output.usageError(
            tr("--repository-client and --clear-repository-client exclude each other"));
    bool anything = false;
    for (const char *name :
        {"case-type", "repository-client", "clear-repository-client", "client-type", "status",
            "description", "clear-description", "business-key", "clear-business-key", "source"})
        anything = anything || options.isSet(name);
    if (!anything)
        return output.usageError(
            tr("'status update' needs at least one field to change; see casectl "
               "--help"));
    return std::nullopt;
}

int StatusUpdateCommand::run(CommandContext &context)
{
    if (const auto ended = checkOptions(context))
        return *ended;
    const QString id = context.options().positional().constFirst();
    Secrets::withRepositoryPassword(context, [&context, id] {
        // Read, change what was asked, send only what differs: the repository then records
        // exactly those fields in the history.
        RepositoryEntryReply *current = context.repository()->get(id);
        QObject::connect(current, &ApiReply::finished, &context, [&context, current] {
            current->deleteLater();
            if (current->error().isError()) {
                context.done(RepositoryOutput(context.output(), context.options().isSet("json"))
                                 .failEntry(current));
                return;
            }
            update(context, current->entry());
        });
    });
    return Exit::Later;
}

RepositoryEntry StatusUpdateCommand::edited(const Options &options, const RepositoryEntry &before)
{
    RepositoryEntry edited = before;
    const auto take = [&options](const char *name, QString &field) {
        if (options.isSet(name))
            field = options.value(name);
    };
    take("case-type", edited.caseType);
    take("repository-client", edited.clientId);
    take("client-type", edited.clientType);
    take("status", edited.status);
    take("description", edited.statusDescription);
    take("business-key", edited.businessKey);
    take("source", edited.source);
    if (options.isSet("clear-description"))
        edited.statusDescription.clear();
    if (options.isSet("clear-business-key"))
        edited.businessKey.clear();
    if (options.isSet("clear-repository-client"))
        edited.clientId.clear();
    return edited;
}

void StatusUpdateCommand::update(CommandContext &context, const RepositoryEntry &before)
{
    RepositoryOutput output(context.output(), context.options().isSet("json"));
    const QJsonObject changes = before.changesTo(edited(context.options(), before));
    if (changes.isEmpty()) {
        context.output().error(
            tr("nothing to change: case status %1 already has these values").arg(before.caseId));
        output.printEntry(before);
        context.done(Exit::Ok);
        return;
    }
    RepositoryEntryReply *updated = context.repository()->update(before.caseId, changes);
    QObject::connect(updated, &ApiReply::finished, &context, [&context, updated, output]() mutable {
        updated->deleteLater();
        if (updated->error().isError()) {
            context.done(output.failEntry(updated));
            return;
        }
        output.printEntry(updated->entry());
        context.done(Exit::Ok);
    });
}
