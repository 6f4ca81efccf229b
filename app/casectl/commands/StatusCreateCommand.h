#pragma once

#include "Command.h"

// casectl status create --case-type T --client-type TYPE --status S [...]: a new Case Repository
// entry, as Eximee publishes it; prints its id (the entry with --json).
class StatusCreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    StatusCreateCommand();
    int run(CommandContext &context) override;
};
