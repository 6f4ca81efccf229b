#include "CommandRegistry.h"

#include "commands/CapabilitiesCommand.h"
#include "commands/CaseCommand.h"
#include "commands/CasesCommand.h"
#include "commands/CreateCommand.h"
#include "commands/ExportCommand.h"
#include "commands/MatrixCommand.h"
#include "commands/OutboxCommand.h"
#include "commands/PollCommand.h"
#include "commands/ReferenceCommand.h"
#include "commands/ReplyCommand.h"
#include "commands/RfoCommand.h"
#include "commands/SaveProfileCommand.h"
#include "commands/StatusCreateCommand.h"
#include "commands/StatusDeleteCommand.h"
#include "commands/StatusGetCommand.h"
#include "commands/StatusHistoryCommand.h"
#include "commands/StatusSearchCommand.h"
#include "commands/StatusUpdateCommand.h"
#include "commands/StoreRepositoryPasswordCommand.h"
#include "commands/StoreSecretCommand.h"

CommandRegistry::CommandRegistry()
{
    // The provider's case API.
    add(std::make_unique<CasesCommand>());
    add(std::make_unique<CaseCommand>());
    add(std::make_unique<CreateCommand>());
    add(std::make_unique<ReplyCommand>());
    add(std::make_unique<RfoCommand>());
    add(std::make_unique<ReferenceCommand>());
    add(std::make_unique<OutboxCommand>());
    add(std::make_unique<PollCommand>());
    add(std::make_unique<ExportCommand>());
    add(std::make_unique<MatrixCommand>());
    add(std::make_unique<CapabilitiesCommand>());
    add(std::make_unique<StoreSecretCommand>());
    add(std::make_unique<SaveProfileCommand>());
    // The Case Repository.
    add(std::make_unique<StatusCreateCommand>());
    add(std::make_unique<StatusGetCommand>());
    add(std::make_unique<StatusUpdateCommand>());
    add(std::make_unique<StatusDeleteCommand>());
    add(std::make_unique<StatusSearchCommand>());
    add(std::make_unique<StatusHistoryCommand>());
    add(std::make_unique<StoreRepositoryPasswordCommand>());
}

CommandRegistry::~CommandRegistry() = default;

Command *CommandRegistry::find(const QString &verb) const
{
    const auto found = m_commands.find(verb);
    return found == m_commands.end() ? nullptr : found->second.get();
}

QStringList CommandRegistry::verbs() const
{
    QStringList verbs;
    for (const auto &[verb, command] : m_commands)
        verbs << verb;
    return verbs;
}

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    const QString verb = command->verb();
    m_commands.emplace(verb, std::move(command));
}
