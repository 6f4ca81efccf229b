#pragma once

#include "Command.h"
#include "models/Case.h"

// casectl cases [--updated-within MIN] [--service ID] [--reference REF] [--json]: the cases,
// kept in the profile's store for offline use; from the store when the network is down.
class CasesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    CasesCommand();
    int run(CommandContext &context) override;

private:
    void print(CommandContext &context, const QList<Case> &cases);
};
