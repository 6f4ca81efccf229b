#include "SaveProfileCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Options.h"
#include "../Output.h"
#include "api/ProviderConnection.h"
#include "api/RepositoryClient.h"
#include "session/Profiles.h"
#include "store/ProfileStore.h"

SaveProfileCommand::SaveProfileCommand()
    : Command(QStringLiteral("save-profile"),
        {QStringLiteral("repository"), QStringLiteral("repository-user")}, Needs::Profile,
        std::nullopt)
{ }

int SaveProfileCommand::run(CommandContext &context)
{
    const Options &options = context.options();
    Output &output = context.output();
    if (options.positional().size() != 1)
        return output.usageError(tr("save-profile takes a NAME"));
    Profile profile = context.connection()->profile();
    profile.name = options.positional().constFirst();
    if (options.isSet("repository")) {
        profile.repository.url = QUrl::fromUserInput(options.value("repository"));
        profile.repository.user = options.value("repository-user");
        if (profile.repository.user.isEmpty())
            return output.usageError(tr("--repository needs --repository-user"));
        if (const QString problem
            = context.repository()->configure(profile.repository.url, profile.repository.user);
            !problem.isEmpty())
            return output.usageError(problem);
    } else if (options.isSet("repository-user")) {
        return output.usageError(tr("--repository-user goes with --repository"));
    }
    ProfileStore store;
    Profiles profiles(&store);
    profiles.save(profile);
    if (profiles.activeName().isEmpty())
        profiles.setActiveName(profile.name);
    output.out() << tr("Saved profile %1.").arg(profile.name) << '\n';
    output.out().flush();
    return Exit::Ok;
}
