#pragma once

#include "Command.h"

// casectl store-repository-password: the Case Repository user's password, read from standard
// input, into the system keychain.
class StoreRepositoryPasswordCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    StoreRepositoryPasswordCommand();
    int run(CommandContext &context) override;
};
