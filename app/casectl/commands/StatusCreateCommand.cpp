#include "StatusCreateCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Options.h"
#include "../Output.h"
#include "../RepositoryOutput.h"
#include "../Secrets.h"
#include "api/RepositoryClient.h"

StatusCreateCommand::StatusCreateCommand()
    : Command(QStringLiteral("status create"),
        {QStringLiteral("case-type"), QStringLiteral("repository-client"),
            QStringLiteral("client-id"), QStringLiteral("client-type"), QStringLiteral("status"),
            QStringLiteral("description"), QStringLiteral("business-key"), QStringLiteral("source"),
            QStringLiteral("json")},
        Needs::Repository, 0)
{ }

int StatusCreateCommand::run(CommandContext &context)
{
    const Options &options = context.options();
    RepositoryEntry entry;
    entry.caseType = options.value("case-type");
    entry.clientId = options.value("repository-client");
    entry.clientType = options.value("client-type");
    entry.status = options.value("status");
    entry.statusDescription = options.value("description");
    entry.businessKey = options.value("business-key");
    entry.source = options.value("source");
    // Required as Eximee publishes POST /v1; without --business-key the key goes as null.
    QStringList missing;
    for (const char *name : {"case-type", "client-type", "status"}) {
        if (options.value(name).trimmed().isEmpty())
            missing << QStringLiteral("--") + QLatin1String(name);
    }
    if (!missing.isEmpty())
        return context.output().usageError(
            tr("'status create' needs %1 (the Case Repository requires the case "
               "type, the client type and the status; --repository-client and "
               "--business-key may be left out)")
                .arg(missing.join(QStringLiteral(", "))));
    Secrets::withRepositoryPassword(context, [&context, entry] {
        RepositoryEntryReply *reply = context.repository()->create(entry);
        QObject::connect(reply, &ApiReply::finished, &context, [&context, reply] {
            reply->deleteLater();
            const bool json = context.options().isSet("json");
            RepositoryOutput output(context.output(), json);
            if (reply->error().isError()) {
                context.done(output.failEntry(reply));
                return;
            }
            // The id alone, so that scripts can take it: ID=$(casectl status create ...).
            if (json)
                output.printEntry(reply->entry());
            else
                context.output().out() << reply->entry().caseId << '\n';
            context.done(Exit::Ok);
        });
    });
    return Exit::Later;
}
