#pragma once

#include "../OutboxSender.h"
#include "Command.h"

#include <memory>

struct Case;

// casectl rfo CASE [--message M] [--sent-by NAME] [--json]: requests the Reason for Outage of a
// resolved or closed incident (models/RfoRequest): a new Incident / RfoRequest case with the
// same service, the incident's start and end, the reference RFO-CASE and a message naming the
// case, through the outbox like `create`; the profile's store links the two once it is
// confirmed. An open case or one that is not an incident is refused (Exit::NotApplicable).
class RfoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    RfoCommand();
    ~RfoCommand() override;
    int run(CommandContext &context) override;

private:
    // The case as the provider has it now: checked, then requested.
    void request(CommandContext &context, const Case &original);

    std::unique_ptr<OutboxSender> m_sender;
};
