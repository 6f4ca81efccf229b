#include "CaseCommand.h"

#include "../CaseOutput.h"
#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Options.h"
#include "../Output.h"
#include "api/CaseApi.h"
#include "api/CaseJson.h"
#include "store/Store.h"

CaseCommand::CaseCommand()
    : Command(QStringLiteral("case"), {QStringLiteral("json")}, Needs::Provider, 1)
{ }

int CaseCommand::run(CommandContext &context)
{
    const QString id = context.options().positional().constFirst();
    const auto print = [&context](const Case &c) {
        if (context.options().isSet("json")) {
            QJsonObject json = CaseJson::toJson(c);
            json.insert(QLatin1String("sla"), context.profile().slaJson(c));
            context.output().printJson(json);
        } else
            CaseOutput(context.output(), context.profile()).printCase(c);
    };
    CasesReply *reply = context.api()->fetchCase(id);
    QObject::connect(reply, &ApiReply::finished, &context, [=, &context] {
        reply->deleteLater();
        ProfileData &profile = context.profile();
        if (reply->error().isError()) {
            const bool cached = profile.answerFromCache(reply->error(), [&](Store &cache) {
                const auto c = cache.loadCase(id);
                if (c)
                    print(*c);
                return c.has_value();
            });
            context.done(cached ? Exit::Ok : context.output().fail(reply->error()));
            return;
        }
        if (reply->cases().isEmpty()) {
            context.output().error(tr("no case %1").arg(id));
            context.done(Exit::Server);
            return;
        }
        if (Store *cache = profile.store())
            cache->applyCases(reply->cases());
        profile.learnWordsFrom(reply->cases());
        print(reply->cases().constFirst());
        context.done(Exit::Ok);
    });
    return Exit::Later;
}
