#include "ReferenceCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Options.h"
#include "../Output.h"
#include "models/Limits.h"

ReferenceCommand::ReferenceCommand()
    : Command(QStringLiteral("reference"), {QStringLiteral("lookup-delay")}, Needs::Provider, 2)
{ }

ReferenceCommand::~ReferenceCommand() = default;

int ReferenceCommand::run(CommandContext &context)
{
    const QStringList &arguments = context.options().positional();
    const QString id = arguments.at(0);
    const QString reference = arguments.at(1).trimmed();
    if (reference.isEmpty())
        return context.output().usageError(tr("the reference is empty"));
    if (const QString tooLong = Limits::referenceProblem(reference); !tooLong.isEmpty())
        return context.output().usageError(tooLong + u' ' + tr("Nothing was sent."));
    m_sender = std::make_unique<OutboxSender>(context);
    m_sender->send(OutboxItem::Kind::AddCustomerReference,
        QJsonObject {
            {QStringLiteral("caseId"), id}, {QStringLiteral("customerReference"), reference}},
        [&context, id, reference](const OutboxItem &) {
            context.output().out() << tr("Case %1 now has reference %2").arg(id, reference) << '\n';
            context.done(Exit::Ok);
        });
    return Exit::Later;
}
