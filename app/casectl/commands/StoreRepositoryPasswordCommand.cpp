#include "StoreRepositoryPasswordCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Output.h"
#include "../Secrets.h"
#include "session/Credentials.h"

StoreRepositoryPasswordCommand::StoreRepositoryPasswordCommand()
    : Command(QStringLiteral("store-repository-password"), {}, Needs::Repository, 0)
{ }

int StoreRepositoryPasswordCommand::run(CommandContext &context)
{
    const QString password = Secrets::readLine();
    if (password.isEmpty())
        return context.output().usageError(
            tr("store-repository-password reads the password from standard input"));
    const RepositorySettings settings = context.repositorySettings();
    context.credentials()->storeRepositoryPassword(settings, password, &context,
        [&context, settings](Credentials::Status status, const QString &message) {
            if (status != Credentials::Status::Ok) {
                context.output().error(message);
                context.done(Exit::Failure);
                return;
            }
            context.output().out()
                << tr("Stored the Case Repository password of %1 at %2 in the system keychain.")
                       .arg(settings.user, settings.url.toString())
                << '\n';
            context.done(Exit::Ok);
        });
    return Exit::Later;
}
