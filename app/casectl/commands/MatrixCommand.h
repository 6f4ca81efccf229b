#pragma once

#include "Command.h"

// casectl matrix [--json]: the case types, with the priorities and subjects each allows.
class MatrixCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    MatrixCommand();
    int run(CommandContext &context) override;

private:
    static void printJson(CommandContext &context);
};
