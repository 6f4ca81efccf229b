#pragma once

#include "Command.h"

// casectl status get CASEID [--json]: one Case Repository entry.
class StatusGetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    StatusGetCommand();
    int run(CommandContext &context) override;
};
