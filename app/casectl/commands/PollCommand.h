#pragma once

#include "Command.h"
#include "models/Case.h"
#include "store/Store.h"

#include <QHash>

class CasePoller;
class ProviderWords;
class QJsonObject;

// casectl poll [--once] [--interval SEC] [--since-start]: polls as the console does and prints
// one JSON line for each new or changed case, with its new messages. What changed is measured
// against the profile's poll cursor in its store (Store::pollCursor()), moved on only once the
// lines are written, so a run from cron prints what changed since the last run; with
// --since-start, against what this run has seen (everything is new at its start) and the
// cursor is left alone.
class PollCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    PollCommand();
    int run(CommandContext &context) override;

private:
    using Marks = QHash<QString, Store::PollMark>;

    // Prints what changed in `cases`; returns Exit::Ok or why the lines were not all printed.
    int print(CommandContext &context, const QList<Case> &cases);
    // Prints the lines for `cases` against `seen` and moves `seen` on; the marks of the
    // cases printed go into `printed`. False when standard output could not be written.
    bool printChanges(
        CommandContext &context, const QList<Case> &cases, Marks &seen, Marks *printed = nullptr);
    // The line for `c` against its mark (none: a new case), or an empty object when it is as it
    // was, or older than what was printed already (another run printed a newer answer).
    static QJsonObject changeLine(
        const Case &c, const Store::PollMark *mark, const ProviderWords &words);
    static Store::PollMark markOf(const Case &c);

    CasePoller *m_poller = nullptr;
    Marks m_seen; // --since-start, or no store: what each case looked like last time
    int m_printError = 0;
};
