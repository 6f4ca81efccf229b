#pragma once

#include "Command.h"

// casectl status delete CASEID --yes: a Case Repository entry and its history, for good.
class StatusDeleteCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    StatusDeleteCommand();
    int run(CommandContext &context) override;
};
