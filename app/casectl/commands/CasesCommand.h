#pragma once

#include "../OptionValues.h"
#include "Command.h"
#include "models/Case.h"

// casectl cases [--updated-within MIN] [--service ID] [--reference REF] [--status S,...]
// [--priority P,...] [--type T,...] [--open] [--json]: the cases, kept in the profile's store
// for offline use; from the store when the network is down. --service and --reference are
// asked of the provider; the others select from its answer (OptionValues::CaseSelection).
class CasesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    CasesCommand();
    int run(CommandContext &context) override;

private:
    void print(CommandContext &context, const QList<Case> &all);

    OptionValues::CaseSelection m_selection;
};
