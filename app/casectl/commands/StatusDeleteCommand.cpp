#include "StatusDeleteCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Options.h"
#include "../Output.h"
#include "../Secrets.h"
#include "api/RepositoryClient.h"

StatusDeleteCommand::StatusDeleteCommand()
    : Command(QStringLiteral("status delete"), {QStringLiteral("yes")}, Needs::Repository, 1)
{ }

int StatusDeleteCommand::run(CommandContext &context)
{
    const QString id = context.options().positional().constFirst();
    if (!context.options().isSet("yes"))
        return context.output().usageError(
            tr("'status delete' removes case status %1 and its whole history, "
               "irreversibly; add --yes to delete it")
                .arg(id));
    Secrets::withRepositoryPassword(context, [&context, id] {
        ApiReply *reply = context.repository()->remove(id);
        context.whenDone(reply, [&context, id] {
            context.output().out() << tr("Deleted case status %1 and its history.").arg(id) << '\n';
            context.done(Exit::Ok);
        });
    });
    return Exit::Later;
}
