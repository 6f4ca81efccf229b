#pragma once

#include "../OutboxSender.h"
#include "Command.h"

#include <memory>

struct CaseDraft;

// casectl create --type T --priority P --subject S --service ID --message M [--start ISO]
// [--end ISO | --open-ended] [--reference REF] [--sent-by NAME] [--json]: a new case, checked
// against the case-type matrix, sent through the outbox.
class CreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    CreateCommand();
    ~CreateCommand() override;
    int run(CommandContext &context) override;

private:
    // The incident's start and end into `draft`; an exit code after a usage error.
    std::optional<int> readIncidentDates(CommandContext &context, CaseDraft &draft);

    std::unique_ptr<OutboxSender> m_sender;
};
