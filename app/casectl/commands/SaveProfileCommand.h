#pragma once

#include "Command.h"

// casectl save-profile NAME [--repository URL --repository-user USER]: the connection given
// (or the chosen profile) saved under NAME; the first one saved becomes the active one.
class SaveProfileCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    SaveProfileCommand();
    int run(CommandContext &context) override;
};
