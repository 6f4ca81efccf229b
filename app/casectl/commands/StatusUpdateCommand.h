#pragma once

#include "Command.h"
#include "models/RepositoryEntry.h"

// casectl status update CASEID [--case-type T] [--client-id ID | --clear-client-id] ...: reads
// the entry, changes what was asked and sends only what differs, so that the repository's
// history records exactly those fields.
class StatusUpdateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    StatusUpdateCommand();
    int run(CommandContext &context) override;

private:
    // A usage error's exit code, or nullopt when the options ask for a change.
    static std::optional<int> checkOptions(CommandContext &context);
    // `before` with the options' changes.
    static RepositoryEntry edited(const Options &options, const RepositoryEntry &before);
    static void update(CommandContext &context, const RepositoryEntry &before);
};
