#include "StatusHistoryCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Options.h"
#include "../RepositoryOutput.h"
#include "../Secrets.h"
#include "api/RepositoryClient.h"

StatusHistoryCommand::StatusHistoryCommand()
    : Command(QStringLiteral("status history"), {QStringLiteral("json")}, Needs::Repository, 1)
{ }

int StatusHistoryCommand::run(CommandContext &context)
{
    const QString id = context.options().positional().constFirst();
    Secrets::withRepositoryPassword(context, [&context, id] {
        RepositoryHistoryReply *reply = context.repository()->history(id);
        context.whenDone(reply, [&context, reply, id] {
            RepositoryOutput(context.output(), context.options().isSet("json"))
                .printHistory(id, reply->changes());
            context.done(Exit::Ok);
        });
    });
    return Exit::Later;
}
