#include "StoreSecretCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Output.h"
#include "../Secrets.h"
#include "api/ProviderConnection.h"
#include "session/Credentials.h"

StoreSecretCommand::StoreSecretCommand()
    : Command(QStringLiteral("store-secret"), {}, Needs::Profile, std::nullopt)
{ }

int StoreSecretCommand::run(CommandContext &context)
{
    const QString secret = Secrets::readLine();
    if (secret.isEmpty()) {
        QMetaObject::invokeMethod(
            &context,
            [&context] {
                context.done(context.output().usageError(
                    tr("store-secret reads the client secret from standard input")));
            },
            Qt::QueuedConnection);
        return Exit::Later;
    }
    const Profile profile = context.connection()->profile();
    context.credentials()->storeClientSecret(profile, secret, &context,
        [&context, profile](Credentials::Status status, const QString &message) {
            if (status != Credentials::Status::Ok) {
                context.output().error(message);
                context.done(Exit::Failure);
                return;
            }
            context.output().out() << tr("Stored the client secret for %1 in the system keychain.")
                                          .arg(profile.clientId)
                                   << '\n';
            context.done(Exit::Ok);
        });
    return Exit::Later;
}
