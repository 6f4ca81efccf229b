#include "CasesCommand.h"

#include "../CaseOutput.h"
#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../OptionValues.h"
#include "../Options.h"
#include "../Output.h"
#include "api/CaseApi.h"
#include "api/CaseJson.h"
#include "store/Store.h"

#include <QJsonArray>

namespace {

// The cached cases `minutes` and `filter` ask for (all of them for 0 minutes).
QList<Case> cachedCases(Store &cache, int minutes, const CaseFilter &filter)
{
    const Timestamp since
        = Timestamp::fromDateTime(QDateTime::currentDateTimeUtc().addSecs(-qint64(minutes) * 60));
    QList<Case> cases;
    for (const Case &c : cache.loadCases()) {
        if ((minutes == 0 || !(c.lastModifiedDate < since))
            && (filter.serviceId.isEmpty() || c.serviceId == filter.serviceId)
            && (filter.customerReference.isEmpty()
                || c.customerReference == filter.customerReference))
            cases.append(c);
    }
    return cases;
}

} // namespace

CasesCommand::CasesCommand()
    : Command(QStringLiteral("cases"),
        {QStringLiteral("updated-within"), QStringLiteral("service"), QStringLiteral("reference"),
            QStringLiteral("status"), QStringLiteral("priority"), QStringLiteral("type"),
            QStringLiteral("open"), QStringLiteral("json")},
        Needs::Provider, 0)
{ }

void CasesCommand::print(CommandContext &context, const QList<Case> &all)
{
    QList<Case> cases;
    const ProviderWords &words = context.profile().words();
    for (const Case &c : all) {
        if (m_selection.matches(c, words))
            cases.append(c);
    }
    if (context.options().isSet("json")) {
        QJsonArray array;
        for (const Case &c : std::as_const(cases)) {
            QJsonObject json = CaseJson::toJson(c);
            json.insert(QLatin1String("sla"), context.profile().slaJson(c));
            array.append(json);
        }
        context.output().printJson(array);
    } else {
        CaseOutput(context.output(), context.profile()).printTable(cases);
    }
}

int CasesCommand::run(CommandContext &context)
{
    const Options &options = context.options();
    bool ok = true;
    const int minutes
        = options.isSet("updated-within") ? options.value("updated-within").toInt(&ok) : 0;
    if (!ok || minutes < 0)
        return context.output().usageError(tr("--updated-within takes a number of minutes"));
    QString problem;
    const auto selection = OptionValues::CaseSelection::from(options, &problem);
    if (!selection)
        return context.output().usageError(problem);
    m_selection = *selection;
    const CaseFilter filter {options.value("service"), options.value("reference")};
    const QDateTime started = QDateTime::currentDateTimeUtc();
    CasesReply *reply = context.api()->fetchUpdatedCases(minutes, filter);
    QObject::connect(reply, &ApiReply::finished, &context, [=, this, &context] {
        reply->deleteLater();
        ProfileData &profile = context.profile();
        if (!reply->error().isError()) {
            // Keep what was fetched for offline use; only a complete fetch is a sync point.
            if (Store *cache = profile.store()) {
                const bool complete = minutes == 0 && filter.serviceId.isEmpty()
                    && filter.customerReference.isEmpty();
                // A first complete fetch is the baseline of "new", as in the console.
                cache->applyCases(reply->cases(), complete && cache->caseCount() == 0);
                if (complete)
                    cache->setLastSync(started);
            }
            profile.learnWordsFrom(reply->cases());
            print(context, reply->cases());
            context.done(Exit::Ok);
            return;
        }
        const bool cached = profile.answerFromCache(reply->error(), [&](Store &cache) {
            const QList<Case> cases = cachedCases(cache, minutes, filter);
            if (cache.loadSummaries().isEmpty())
                return false;
            print(context, cases);
            return true;
        });
        context.done(cached ? Exit::Ok : context.output().fail(reply->error()));
    });
    return Exit::Later;
}
