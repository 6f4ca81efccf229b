#pragma once

#include "Command.h"

// casectl case ID [--json]: one case with its whole thread; from the profile's store when the
// network is down.
class CaseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    CaseCommand();
    int run(CommandContext &context) override;
};
