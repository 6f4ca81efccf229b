#pragma once

#include "Command.h"
#include "models/Case.h"

#include <QHash>

class CasePoller;
class ProviderWords;
class QJsonObject;

// casectl poll [--once] [--interval SEC]: polls as the console does and prints one JSON line
// for each new or changed case, with its new messages.
class PollCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    PollCommand();
    int run(CommandContext &context) override;

private:
    void print(CommandContext &context, const QList<Case> &cases);
    // The line for `c`, or an empty object when it is as it was.
    QJsonObject changeLine(const Case &c, const ProviderWords &words);

    CasePoller *m_poller = nullptr;
    QHash<QString, Case> m_seen; // what each case looked like last time
};
