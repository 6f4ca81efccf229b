#pragma once

#include "Command.h"

class ProviderCapabilities;

// casectl capabilities [--json] [--refresh]: what the provider has beyond its documented
// schema, as the profile's cache holds it (learned again with --refresh, or when a day old).
class CapabilitiesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    CapabilitiesCommand();
    int run(CommandContext &context) override;

private:
    static void printJson(CommandContext &context, const ProviderCapabilities &caps);
    static void printText(CommandContext &context, const ProviderCapabilities &caps);
};
