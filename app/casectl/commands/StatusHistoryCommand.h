#pragma once

#include "Command.h"

// casectl status history CASEID [--json]: what changed in a Case Repository entry, when, by whom.
class StatusHistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    StatusHistoryCommand();
    int run(CommandContext &context) override;
};
