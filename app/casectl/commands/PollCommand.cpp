#include "PollCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Options.h"
#include "../Output.h"
#include "api/CaseJson.h"
#include "api/CasePoller.h"
#include "store/PollLock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// How long a run waits for another run of the same profile to print and move the cursor on.
constexpr int PollLockWaitMs = 60'000;

} // namespace

PollCommand::PollCommand()
    : Command(QStringLiteral("poll"),
        {QStringLiteral("once"), QStringLiteral("interval"), QStringLiteral("since-start")},
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
        [this, &context, once](const QList<Case> &cases) {
            const int code = print(context, cases);
            if (code != Exit::Ok && !once)
                context.done(code);
            m_printError = code;
        });
    QObject::connect(m_poller, &CasePoller::pollSucceeded, &context, [this, &context, once] {
        if (once)
            context.done(m_printError);
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

int PollCommand::print(CommandContext &context, const QList<Case> &cases)
{
    ProfileData &profile = context.profile();
    profile.learnWordsFrom(cases);
    Store *store = context.options().isSet("since-start") ? nullptr : profile.store();
    if (!store)
        return printChanges(context, cases, m_seen) ? Exit::Ok : Exit::Failure;
    // Read, print and move on in one turn: a second run waits, then finds the cursor moved.
    PollLock turn(store->path());
    if (!turn.lock(PollLockWaitMs)) {
        context.output().error(tr("another 'casectl poll' of this profile did not finish "
                                  "printing within a minute; nothing printed"));
        return Exit::Failure;
    }
    Marks cursor = store->pollCursor();
    Marks printed;
    if (!printChanges(context, cases, cursor, &printed)) {
        context.output().error(tr("standard output could not be written; the poll cursor "
                                  "stays where it was, so the next run prints these changes"));
        return Exit::Failure;
    }
    if (!store->advancePollCursor(printed)) {
        context.output().error(tr("the poll cursor could not be saved (%1); the next run "
                                  "prints these changes again")
                                   .arg(store->lastError()));
        return Exit::Failure;
    }
    return Exit::Ok;
}

bool PollCommand::printChanges(
    CommandContext &context, const QList<Case> &cases, Marks &seen, Marks *printed)
{
    const ProviderWords &words = context.profile().words();
    QTextStream &out = context.output().out();
    for (const Case &c : cases) {
        const auto mark = seen.constFind(c.id);
        const QJsonObject line = changeLine(c, mark == seen.cend() ? nullptr : &*mark, words);
        if (line.isEmpty())
            continue;
        out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        seen.insert(c.id, markOf(c));
        if (printed)
            printed->insert(c.id, markOf(c));
    }
    out.flush();
    return out.status() == QTextStream::Ok;
}

Store::PollMark PollCommand::markOf(const Case &c)
{
    return {c.status, c.priority, c.lastModifiedDate, int(c.communications.size())};
}

QJsonObject PollCommand::changeLine(
    const Case &c, const Store::PollMark *mark, const ProviderWords &words)
{
    if (mark
        && (c.lastModifiedDate < mark->lastModified
            || (c.lastModifiedDate == mark->lastModified && c.status == mark->status
                && c.priority == mark->priority
                && c.communications.size() <= mark->communications)))
        return {};
    const qsizetype known = mark ? mark->communications : 0;
    QJsonArray added;
    const QJsonArray all = CaseJson::toJson(c).value(QLatin1String("communications")).toArray();
    for (qsizetype i = known; i < all.size() && i < c.communications.size(); ++i) {
        // Which side wrote it, in the provider's words (its type word stays as it came).
        QJsonObject m = all.at(i).toObject();
        m.insert(QStringLiteral("fromProvider"), c.communications.at(i).isFromProvider(words));
        added.append(m);
    }
    QJsonObject line {
        {QStringLiteral("change"), mark ? QStringLiteral("updated") : QStringLiteral("new")},
        {QStringLiteral("id"), c.id}, {QStringLiteral("status"), c.status},
        {QStringLiteral("open"), c.isOpen(words)}, {QStringLiteral("priority"), c.priority},
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("lastModifiedDate"), c.lastModifiedDate.toIsoString()},
        {QStringLiteral("newCommunications"), added}};
    if (mark && mark->status != c.status)
        line.insert(QStringLiteral("previousStatus"), mark->status);
    if (mark && mark->priority != c.priority)
        line.insert(QStringLiteral("previousPriority"), mark->priority);
    return line;
}
