#pragma once

#include "Command.h"

// casectl store-secret: the profile's client secret, read from standard input, into the
// system keychain.
class StoreSecretCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    StoreSecretCommand();
    int run(CommandContext &context) override;
};
