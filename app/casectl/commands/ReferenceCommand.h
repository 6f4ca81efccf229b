#pragma once

#include "../OutboxSender.h"
#include "Command.h"

#include <memory>

// casectl reference ID REF: sets a case's customer reference, through the outbox.
class ReferenceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    ReferenceCommand();
    ~ReferenceCommand() override;
    int run(CommandContext &context) override;

private:
    std::unique_ptr<OutboxSender> m_sender;
};
