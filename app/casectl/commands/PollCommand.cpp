#include "PollCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Options.h"
#include "../Output.h"
#include "api/CaseJson.h"
#include "api/CasePoller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

PollCommand::PollCommand()
    : Command(QStringLiteral("poll"), {QStringLiteral("once"), QStringLiteral("interval")},
        Needs::Provider, 0)
{ }

int PollCommand::run(CommandContext &context)
{
    const Options &options = context.options();
    bool ok = true;
    const int interval = options.isSet("interval") ? options.value("interval").toInt(&ok) : 60;
    if (!ok || interval < 5)
        return context.output().usageError(tr("--interval takes a number of seconds, at least 5"));
    const bool once = options.isSet("once");
    m_poller = new CasePoller(context.api(), &context);
    m_poller->setInterval(interval);
    m_poller->followSystemNetworkState();
    QObject::connect(m_poller, &CasePoller::casesReceived, &context,
        [this, &context](const QList<Case> &cases) { print(context, cases); });
    QObject::connect(m_poller, &CasePoller::pollSucceeded, &context, [&context, once] {
        if (once)
            context.done(Exit::Ok);
    });
    QObject::connect(
        m_poller, &CasePoller::pollFailed, &context, [&context, once](const ApiError &error) {
            const int code = context.output().fail(error);
            if (once || !error.isRetryable())
                context.done(code);
        });
    m_poller->start();
    return Exit::Later;
}

void PollCommand::print(CommandContext &context, const QList<Case> &cases)
{
    ProfileData &profile = context.profile();
    profile.learnWordsFrom(cases);
    QTextStream &out = context.output().out();
    for (const Case &c : cases) {
        const QJsonObject line = changeLine(c, profile.words());
        if (line.isEmpty())
            continue;
        out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        m_seen.insert(c.id, c);
    }
    out.flush();
}

QJsonObject PollCommand::changeLine(const Case &c, const ProviderWords &words)
{
    const auto previous = m_seen.constFind(c.id);
    if (previous != m_seen.cend() && *previous == c)
        return {};
    const qsizetype known = previous == m_seen.cend() ? 0 : previous->communications.size();
    QJsonArray added;
    const QJsonArray all = CaseJson::toJson(c).value(QLatin1String("communications")).toArray();
    for (qsizetype i = known; i < all.size() && i < c.communications.size(); ++i) {
        // Which side wrote it, in the provider's words (its type word stays as it came).
        QJsonObject m = all.at(i).toObject();
        m.insert(QStringLiteral("fromProvider"), c.communications.at(i).isFromProvider(words));
        added.append(m);
    }
    return {{QStringLiteral("change"),
                previous == m_seen.cend() ? QStringLiteral("new") : QStringLiteral("updated")},
        {QStringLiteral("id"), c.id}, {QStringLiteral("status"), c.status},
        {QStringLiteral("open"), c.isOpen(words)}, {QStringLiteral("priority"), c.priority},
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("lastModifiedDate"), c.lastModifiedDate.toIsoString()},
        {QStringLiteral("newCommunications"), added}};
}
