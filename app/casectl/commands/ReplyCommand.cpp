#include "ReplyCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Options.h"
#include "../Output.h"
#include "MessageText.h"
#include "models/Limits.h"

ReplyCommand::ReplyCommand()
    : Command(QStringLiteral("reply"),
        {QStringLiteral("message"), QStringLiteral("sent-by"), QStringLiteral("lookup-delay")},
        Needs::Provider, 1)
{ }

ReplyCommand::~ReplyCommand() = default;

int ReplyCommand::run(CommandContext &context)
{
    const Options &options = context.options();
    const QString message = MessageText::from(options.value("message"));
    if (message.trimmed().isEmpty())
        return context.output().usageError(tr("reply needs --message"));
    // What the provider would refuse is refused here, before it is queued.
    const QString sentBy = options.value("sent-by");
    for (const QString &problem :
        {Limits::messageProblem(message), Limits::sentByProblem(sentBy)}) {
        if (!problem.isEmpty())
            return context.output().usageError(problem + u' ' + tr("Nothing was sent."));
    }
    const QString id = options.positional().constFirst();
    m_sender = std::make_unique<OutboxSender>(context);
    m_sender->send(OutboxItem::Kind::ReplyToCase,
        QJsonObject {{QStringLiteral("caseId"), id}, {QStringLiteral("message"), message},
            {QStringLiteral("sentBy"), sentBy}},
        [&context, id](const OutboxItem &) {
            context.output().out() << tr("Replied to case %1").arg(id) << '\n';
            context.done(Exit::Ok);
        });
    return Exit::Later;
}
