#include "Secrets.h"

#include "CommandContext.h"
#include "ExitCode.h"
#include "Output.h"
#include "api/ProviderConnection.h"
#include "api/RepositoryClient.h"
#include "api/SecretStore.h"
#include "session/Credentials.h"
#include "session/Profiles.h"

#include <QFile>
#include <QProcessEnvironment>

namespace {

QString environment(const char *name)
{
    return QProcessEnvironment::systemEnvironment().value(QLatin1String(name));
}

} // namespace

void Secrets::withClientSecret(CommandContext &context, std::function<void()> command)
{
    const QString fromEnvironment = environment("CASECTL_CLIENT_SECRET");
    if (!fromEnvironment.isEmpty()) {
        context.connection()->setClientSecret(fromEnvironment);
        command();
        return;
    }
    context.connection()->loadSecret(
        context.secrets(), &context, [&context, command](bool ok, const QString &message) {
            if (!ok) {
                context.output().error(message + u' '
                    + tr("Set CASECTL_CLIENT_SECRET or run 'casectl store-secret'."));
                context.done(Exit::Authentication);
                return;
            }
            command();
        });
}

void Secrets::withRepositoryPassword(CommandContext &context, std::function<void()> command)
{
    const QString fromEnvironment = environment("CASECTL_REPOSITORY_PASSWORD");
    if (!fromEnvironment.isEmpty()) {
        context.repository()->setPassword(fromEnvironment);
        command();
        return;
    }
    const RepositorySettings settings = context.repositorySettings();
    context.credentials()->readRepositoryPassword(settings, &context,
        [&context, settings, command](
            Credentials::Status status, const QString &password, const QString &message) {
            if (status == Credentials::Status::Ok && !password.isEmpty()) {
                context.repository()->setPassword(password);
                command();
                return;
            }
            // The sandbox's public demo users, on loopback only.
            const QString demo = Profiles::demoRepositoryPasswordFor(settings);
            if (!demo.isEmpty()) {
                context.repository()->setPassword(demo);
                command();
                return;
            }
            QString why;
            switch (status) {
            case Credentials::Status::Ok:
            case Credentials::Status::NotFound:
                why = tr("none is stored in the system keychain.");
                break;
            case Credentials::Status::NoKeychain:
                why = tr("no system keychain is available.");
                break;
            case Credentials::Status::AccessDenied:
                why = tr("the system keychain is locked or refused access.");
                break;
            case Credentials::Status::OtherError:
                why = message;
                break;
            }
            context.output().error(
                tr("No Case Repository password for %1: %2").arg(settings.user, why) + u' '
                + tr("Set CASECTL_REPOSITORY_PASSWORD or run 'casectl "
                     "store-repository-password'."));
            const bool keychainFailed = status == Credentials::Status::AccessDenied
                || status == Credentials::Status::OtherError;
            context.done(keychainFailed ? Exit::Failure : Exit::Authentication);
        });
}

QString Secrets::readLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine()).trimmed();
}
