#include "ExportCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Options.h"
#include "../Output.h"
#include "api/CaseApi.h"
#include "dossier/Dossier.h"
#include "dossier/DossierFile.h"
#include "store/Store.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace {

// A date, or a date and time in ISO 8601, in the engineer's local time unless it names its
// offset ("Z", "+01:00"): a NOC engineer's November is local November. A date alone is that
// day's midnight; as --to, the end of that day.
std::optional<Timestamp> boundary(const QString &raw, bool end)
{
    const QString text = raw.trimmed();
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return Timestamp::fromDateTime(QDateTime(end ? day.addDays(1) : day, QTime(0, 0)));
    static const QRegularExpression offset(QStringLiteral("(?:Z|[+-]\\d\\d(?::?\\d\\d)?)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (text.contains(offset))
        return Timestamp::parse(text);
    const QDateTime local = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!local.isValid())
        return std::nullopt;
    return Timestamp::fromDateTime(local);
}

// When an incident began, for --from and --to: its start, else its creation.
Timestamp beganAt(const Case &c)
{
    return c.startOfIncident.isValid() ? c.startOfIncident : c.createdDate;
}

} // namespace

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"),
        {QStringLiteral("format"), QStringLiteral("output"), QStringLiteral("o"),
            QStringLiteral("service"), QStringLiteral("from"), QStringLiteral("to")},
        Needs::Provider, std::nullopt)
{ }

int ExportCommand::run(CommandContext &context)
{
    const Options &options = context.options();
    Output &output = context.output();
    m_path = options.value("output");
    if (m_path.isEmpty())
        return output.usageError(tr("export needs -o FILE (where the dossier goes)"));
    const auto format = options.isSet("format")
        ? DossierFile::formatNamed(options.value("format"))
        : DossierFile::formatOfPath(m_path).value_or(DossierFile::Format::Pdf);
    if (!format)
        return output.usageError(tr("--format takes pdf or json"));
    m_format = int(*format);
    m_ids = options.positional();
    const bool byService = options.isSet("service");
    if (byService == !m_ids.isEmpty())
        return output.usageError(
            tr("export takes case ids, or --service ID --from DATE --to DATE (not both)"));
    if (!byService) {
        fetchNext(context);
        return Exit::Later;
    }
    const auto from = boundary(options.value("from"), false);
    const auto to = boundary(options.value("to"), true);
    if (!from || !to)
        return output.usageError(
            tr("--service needs --from and --to, each a date (2026-11-01) or an ISO 8601 time"));
    if (*to < *from)
        return output.usageError(tr("--to lies before --from"));
    m_from = *from;
    m_to = *to;
    fetchService(context, options.value("service"));
    return Exit::Later;
}

void ExportCommand::fetchNext(CommandContext &context)
{
    if (m_cases.size() == m_ids.size()) {
        context.done(write(context));
        return;
    }
    const QString id = m_ids.at(m_cases.size());
    CasesReply *reply = context.api()->fetchCase(id);
    QObject::connect(reply, &ApiReply::finished, &context, [=, this, &context] {
        reply->deleteLater();
        if (reply->error().isError()) {
            std::optional<Case> cached;
            const bool found = context.profile().answerFromCache(reply->error(), [&](Store &s) {
                cached = s.loadCase(id);
                return cached.has_value();
            });
            if (!found) {
                context.done(context.output().fail(reply->error()));
                return;
            }
            m_cachedIds << id;
            m_cases << *cached;
        } else if (reply->cases().isEmpty()) {
            context.output().error(tr("no case %1").arg(id));
            context.done(Exit::Server);
            return;
        } else {
            m_cases << reply->cases().constFirst();
        }
        fetchNext(context);
    });
}

void ExportCommand::fetchService(CommandContext &context, const QString &serviceId)
{
    const auto within = [this, serviceId](const QList<Case> &all) {
        QList<Case> cases;
        for (const Case &c : all) {
            const Timestamp began = beganAt(c);
            if (c.serviceId == serviceId && c.isIncident() && !(began < m_from) && began < m_to)
                cases << c;
        }
        std::sort(cases.begin(), cases.end(),
            [](const Case &a, const Case &b) { return beganAt(a) < beganAt(b); });
        return cases;
    };
    CasesReply *reply = context.api()->fetchUpdatedCases(0, CaseFilter {serviceId, {}});
    QObject::connect(reply, &ApiReply::finished, &context, [=, this, &context] {
        reply->deleteLater();
        if (reply->error().isError()) {
            const bool found = context.profile().answerFromCache(reply->error(), [&](Store &s) {
                m_cases = within(s.loadCases());
                return true;
            });
            if (!found) {
                context.done(context.output().fail(reply->error()));
                return;
            }
            m_fromCache = true;
        } else {
            m_cases = within(reply->cases());
        }
        if (m_cases.isEmpty()) {
            context.output().error(
                tr("no incident of service %1 started in that period").arg(serviceId));
            context.done(Exit::Failure);
            return;
        }
        context.done(write(context));
    });
}

int ExportCommand::write(CommandContext &context)
{
    DossierInput input;
    input.cases = m_cases;
    // The profile's SLA targets and the status changes the console observed (its store).
    input.policy = context.profile().slaPolicy();
    for (const Case &c : std::as_const(m_cases))
        input.observed += context.profile().observedChanges(c.id);
    input.words = context.profile().words();
    // Each case's manifest says where its own thread was read.
    const QString cache = tr("local store (the provider could not be reached)");
    input.source = m_fromCache ? cache : tr("provider");
    for (const QString &id : std::as_const(m_cachedIds))
        input.sourceOf.insert(id, cache);
    input.generator = QStringLiteral("casectl %1").arg(QCoreApplication::applicationVersion());
    const DossierFile::Result result
        = DossierFile::write(input, DossierFile::Format(m_format), m_path);
    if (!result.ok) {
        context.output().error(result.message);
        return Exit::Failure;
    }
    context.output().out() << result.message << Qt::endl;
    return Exit::Ok;
}
