#pragma once

#include "../OutboxSender.h"
#include "Command.h"

#include <memory>

// casectl reply ID --message M [--sent-by NAME]: a reply to a case, sent through the outbox.
class ReplyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    ReplyCommand();
    ~ReplyCommand() override;
    int run(CommandContext &context) override;

private:
    std::unique_ptr<OutboxSender> m_sender;
};
