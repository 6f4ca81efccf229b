#include "RfoCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Options.h"
#include "../Output.h"
#include "MessageText.h"
#include "api/CaseApi.h"
#include "models/CaseTypeMatrix.h"
#include "models/Limits.h"
#include "models/OutboxPayloads.h"
#include "models/RfoRequest.h"
#include "store/Store.h"

RfoCommand::RfoCommand()
    : Command(QStringLiteral("rfo"),
        {QStringLiteral("message"), QStringLiteral("sent-by"), QStringLiteral("json"),
            QStringLiteral("lookup-delay")},
        Needs::Provider, 1)
{ }

RfoCommand::~RfoCommand() = default;

int RfoCommand::run(CommandContext &context)
{
    const Options &options = context.options();
    if (options.isSet("message") && MessageText::from(options.value("message")).trimmed().isEmpty())
        return context.output().usageError(tr("--message is empty"));
    // The case as the provider has it now: its status decides.
    const QString id = options.positional().constFirst();
    CasesReply *reply = context.api()->fetchCase(id);
    QObject::connect(reply, &ApiReply::finished, &context, [this, reply, id, &context] {
        reply->deleteLater();
        if (reply->error().isError()) {
            context.done(context.output().fail(reply->error()));
            return;
        }
        if (reply->cases().isEmpty()) {
            context.output().error(tr("no case %1").arg(id));
            context.done(Exit::Server);
            return;
        }
        if (Store *cache = context.profile().store())
            cache->applyCases(reply->cases());
        context.profile().learnWordsFrom(reply->cases());
        request(context, reply->cases().constFirst());
    });
    return Exit::Later;
}

void RfoCommand::request(CommandContext &context, const Case &original)
{
    const Options &options = context.options();
    if (const QString refusal = RfoRequest::refusal(original, context.profile().words());
        !refusal.isEmpty()) {
        context.output().error(refusal + u' ' + tr("Nothing was sent."));
        context.done(Exit::NotApplicable);
        return;
    }
    CaseDraft draft = RfoRequest::draft(original, options.value("sent-by"));
    if (options.isSet("message"))
        draft.message = MessageText::from(options.value("message"));
    // What the provider would refuse is refused here, before it is queued.
    if (const auto problems = draft.problems(CaseTypeMatrix::builtIn()); !problems.isEmpty()) {
        context.output().error(problems.constFirst().message + u' ' + tr("Nothing was sent."));
        context.done(Exit::Usage);
        return;
    }
    const QString originalId = original.id;
    m_sender = std::make_unique<OutboxSender>(context);
    m_sender->send(OutboxItem::Kind::CreateCase, CreateCasePayload {draft, originalId}.toJson(),
        [&context, originalId](const OutboxItem &item) {
            if (context.options().isSet("json"))
                context.output().printJson(QJsonObject {{QStringLiteral("id"), item.resultId},
                    {QStringLiteral("rfoFor"), originalId},
                    {QStringLiteral("customerReference"),
                        CreateCasePayload::fromJson(item.payload).draft.customerReference}});
            else
                context.output().out()
                    << tr("Requested the RFO of case %1: case %2").arg(originalId, item.resultId)
                    << '\n';
            context.done(Exit::Ok);
        });
}
