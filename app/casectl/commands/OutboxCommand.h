#pragma once

#include "../OutboxSender.h"
#include "Command.h"

#include <QSet>

#include <memory>

class ApiError;
class Outbox;

// casectl outbox [--reconcile]: lists the changes not yet confirmed (every process's); with
// --reconcile, looks up each one that was sent or is waiting and sends it only if the server
// does not have it.
class OutboxCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    OutboxCommand();
    ~OutboxCommand() override;

    // The list needs the profile's store only; reconciling needs the provider too.
    Needs needs(const Options &options) const override;
    // It shows them itself.
    bool warnsOfLeftBehind() const override { return false; }
    int run(CommandContext &context) override;

private:
    int list(CommandContext &context);
    int reconcile(CommandContext &context);
    void follow(CommandContext &context, Outbox *outbox, int lookupDelay);
    void failed(
        CommandContext &context, const OutboxItem &item, const ApiError &error, int lookupDelay);
    // Ends the run once nothing is open.
    void settle(CommandContext &context);

    std::unique_ptr<OutboxSender> m_sender;
    QSet<QString> m_open; // the keys of the items this run waits for
    QSet<QString> m_lookingUp; // sent once, answer lost: the next failure is final
    int m_exitCode = 0;
};
