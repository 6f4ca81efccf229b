#include "CreateCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../OptionValues.h"
#include "../Options.h"
#include "../Output.h"
#include "MessageText.h"
#include "models/CaseDraft.h"
#include "models/CaseTypeMatrix.h"

CreateCommand::CreateCommand()
    : Command(QStringLiteral("create"),
        {QStringLiteral("type"), QStringLiteral("priority"), QStringLiteral("subject"),
            QStringLiteral("service"), QStringLiteral("message"), QStringLiteral("start"),
            QStringLiteral("end"), QStringLiteral("open-ended"), QStringLiteral("reference"),
            QStringLiteral("sent-by"), QStringLiteral("json"), QStringLiteral("lookup-delay")},
        Needs::Provider, 0)
{ }

CreateCommand::~CreateCommand() = default;

int CreateCommand::run(CommandContext &context)
{
    const Options &options = context.options();
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    CaseDraft draft;
    draft.type = options.value("type");
    draft.priority = options.value("priority");
    draft.subject = options.value("subject");
    draft.serviceId = options.value("service");
    draft.message = MessageText::from(options.value("message"));
    draft.customerReference = options.value("reference");
    draft.sentBy = options.value("sent-by");
    if (const auto ended = readIncidentDates(context, draft))
        return *ended;
    if (const auto problems = draft.problems(matrix); !problems.isEmpty()) {
        // Said as options, naming what each may be (the form's "Choose a case type." is not).
        for (const CaseDraft::Problem &p : problems)
            context.output().error(OptionValues::createProblem(p, draft, matrix));
        return Exit::Usage;
    }
    m_sender = std::make_unique<OutboxSender>(context);
    m_sender->send(
        OutboxItem::Kind::CreateCase, draft.toJson(), [&context](const OutboxItem &item) {
            if (context.options().isSet("json"))
                context.output().printJson(QJsonObject {{QStringLiteral("id"), item.resultId}});
            else
                context.output().out() << tr("Created case %1").arg(item.resultId) << '\n';
            context.done(Exit::Ok);
        });
    return Exit::Later;
}

std::optional<int> CreateCommand::readIncidentDates(CommandContext &context, CaseDraft &draft)
{
    const Options &options = context.options();
    Output &output = context.output();
    if (options.isSet("end") && options.isSet("open-ended"))
        return output.usageError(tr("--end and --open-ended exclude each other"));
    const CaseTypeMatrix::Type *spec = CaseTypeMatrix::builtIn().type(draft.type);
    const bool incident = spec && spec->requiresIncidentDates;
    if (!incident
        && (options.isSet("start") || options.isSet("end") || options.isSet("open-ended")))
        return output.usageError(tr("--start, --end and --open-ended are for incidents only"));
    if (!incident)
        return std::nullopt;
    if (options.isSet("start")) {
        const auto start = Timestamp::parse(options.value("start"));
        if (!start)
            return output.usageError(tr("--start is not an ISO 8601 date and time"));
        draft.startOfIncident = *start;
    } else {
        draft.startOfIncident = Timestamp::fromDateTime(QDateTime::currentDateTimeUtc());
    }
    if (options.isSet("end")) {
        const auto end = Timestamp::parse(options.value("end"));
        if (!end)
            return output.usageError(tr("--end is not an ISO 8601 date and time"));
        draft.endOfIncident = *end;
    }
    return std::nullopt;
}
