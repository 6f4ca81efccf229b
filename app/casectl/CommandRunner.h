#pragma once

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "Options.h"
#include "Output.h"

#include <QCoreApplication>

#include <cstdio>
#include <optional>

class Command;

// casectl: the provider's case API and the Case Repository from the command line. Parses the
// arguments, finds the verb's command, checks its options and arguments, sets up what it
// needs (a profile, the client secret, the Case Repository) and runs it; the exit code comes
// back from start() or, later, through context().finished().
class CommandRunner
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    CommandRunner(FILE *out, FILE *err);
    ~CommandRunner();

    CommandContext &context() { return m_context; }

    // Starts the command in `arguments` (argv, including the program name). Returns an exit
    // code when it is already done (help, usage errors, matrix), or Exit::Later when
    // context().finished() will deliver it.
    int start(const QStringList &arguments);

private:
    // Each of these returns an exit code when the run ended there (a usage error), nullopt to
    // go on.
    std::optional<int> takeVerb(QString *verb);
    std::optional<int> checkOptions(const Command &command);
    std::optional<int> configureProvider();
    // --client-id and --clear-client-id for their new names, with a warning on stderr.
    std::optional<int> takeOldRepositoryNames();
    std::optional<int> configureRepository();
    // The profile named by --profile, or the active one.
    std::optional<Profile> chosenProfile(bool forRepository, int *code);
    // --timeout in milliseconds: 0 when not given, -1 after a usage error (reported).
    int timeout();

    int startProviderCommand(Command &command);
    int startRepositoryCommand(Command &command);

    Output m_output;
    Options m_options;
    CommandContext m_context;
    CommandRegistry m_registry;
};
