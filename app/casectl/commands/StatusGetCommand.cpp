#include "StatusGetCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Options.h"
#include "../RepositoryOutput.h"
#include "../Secrets.h"
#include "api/RepositoryClient.h"

StatusGetCommand::StatusGetCommand()
    : Command(QStringLiteral("status get"), {QStringLiteral("json")}, Needs::Repository, 1)
{ }

int StatusGetCommand::run(CommandContext &context)
{
    const QString id = context.options().positional().constFirst();
    Secrets::withRepositoryPassword(context, [&context, id] {
        RepositoryEntryReply *reply = context.repository()->get(id);
        QObject::connect(reply, &ApiReply::finished, &context, [&context, reply] {
            reply->deleteLater();
            RepositoryOutput output(context.output(), context.options().isSet("json"));
            if (reply->error().isError()) {
                context.done(output.failEntry(reply));
                return;
            }
            output.printEntry(reply->entry());
            context.done(Exit::Ok);
        });
    });
    return Exit::Later;
}
