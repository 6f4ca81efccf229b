#include "OutboxCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Options.h"
#include "../Output.h"
#include "api/Outbox.h"
#include "session/OutboxStates.h"
#include "store/Store.h"

#include <QLocale>

OutboxCommand::OutboxCommand()
    : Command(QStringLiteral("outbox"),
        {QStringLiteral("reconcile"), QStringLiteral("lookup-delay")}, Needs::Provider, 0)
{ }

OutboxCommand::~OutboxCommand() = default;

Command::Needs OutboxCommand::needs(const Options &options) const
{
    return options.isSet("reconcile") ? Needs::Provider : Needs::Profile;
}

int OutboxCommand::run(CommandContext &context)
{
    return context.options().isSet("reconcile") ? reconcile(context) : list(context);
}

int OutboxCommand::list(CommandContext &context)
{
    Output &output = context.output();
    Store *local = context.profile().store();
    if (!local) {
        output.error(tr("The profile's local store cannot be opened."));
        return Exit::Failure;
    }
    QList<OutboxItem> waiting;
    for (const OutboxItem &item : local->outbox()) {
        if (item.state != OutboxItem::State::Done)
            waiting << item;
    }
    for (const OutboxItem &item : std::as_const(waiting)) {
        QString line = OutboxStates::word(item.state).leftJustified(9) + u' '
            + QLocale::c().toString(
                item.createdAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
            + QStringLiteral("  ") + item.title();
        if (!item.lastError.isEmpty())
            line += QStringLiteral(" (%1)").arg(item.lastError.simplified());
        output.out() << line << '\n';
    }
    output.out() << tr("%n change(s) not yet confirmed", nullptr, int(waiting.size())) << '\n';
    output.out().flush();
    return Exit::Ok;
}

int OutboxCommand::reconcile(CommandContext &context)
{
    m_sender = std::make_unique<OutboxSender>(context);
    const std::optional<int> delay = m_sender->lookupDelay();
    if (!delay)
        return Exit::Later;
    if (!context.profile().store()) {
        context.output().error(tr("The profile's local store cannot be opened."));
        return Exit::Failure;
    }
    // Every waiting item, whichever process queued it: a console that has some of them too
    // finds them done (or gone) in its own turn and does not send them again.
    Outbox *outbox = m_sender->open(LocalOutboxStorage::Load::Everything, *delay);
    // What fails now is left for a later run or the console (a retry waits the longest backoff),
    // not sent again before this one exits.
    outbox->setBaseRetryDelay(60 * 60 * 1000);
    follow(context, outbox, *delay);
    outbox->start();
    for (const OutboxItem &item : outbox->items()) {
        // (The first may already be on its way: the outbox started at once.)
        if (item.state != OutboxItem::State::Failed)
            m_open.insert(item.key);
        if (item.state == OutboxItem::State::Uncertain)
            m_lookingUp.insert(item.key); // already sent once: the next failure is final
        if (item.state == OutboxItem::State::Failed)
            context.output().error(
                tr("%1 was refused and waits for the engineer in the console: %2")
                    .arg(item.title(), item.lastError)
                    .simplified());
    }
    if (!m_open.isEmpty())
        return Exit::Later;
    context.output().out() << tr("Nothing to reconcile.") << '\n';
    return Exit::Ok;
}

void OutboxCommand::follow(CommandContext &context, Outbox *outbox, int lookupDelay)
{
    QObject::connect(outbox, &Outbox::itemDone, &context, [this, &context](const OutboxItem &item) {
        if (!m_open.remove(item.key))
            return;
        context.output().out() << tr("Confirmed: %1").arg(item.title()) << '\n';
        context.output().out().flush();
        settle(context);
    });
    QObject::connect(
        outbox, &Outbox::itemRemoved, &context, [this, &context](const QString &key) {
            if (!m_open.remove(key))
                return;
            context.output().out()
                << tr("No longer waiting: another process finished it or gave it up.") << '\n';
            settle(context);
        });
    QObject::connect(outbox, &Outbox::attemptFailed, &context,
        [this, &context, lookupDelay](const OutboxItem &item, const ApiError &error) {
            failed(context, item, error, lookupDelay);
        });
}

void OutboxCommand::failed(
    CommandContext &context, const OutboxItem &item, const ApiError &error, int lookupDelay)
{
    if (!m_open.contains(item.key))
        return;
    if (item.state == OutboxItem::State::Uncertain && !m_lookingUp.contains(item.key)) {
        m_lookingUp.insert(item.key);
        context.output().error(
            QString(item.title() + QStringLiteral(": ") + error.userMessage() + u' '
                + tr("Whether the server got it is not known; looking it up in %n "
                     "second(s) before anything is sent again.",
                    nullptr, lookupDelay))
                .simplified());
        return;
    }
    m_open.remove(item.key);
    // Left in the outbox as it is now, for a later run or the console.
    m_exitCode = context.output().fail(error,
        tr("%1 is left in the outbox; run 'casectl outbox --reconcile' again later.")
            .arg(item.title()));
    settle(context);
}

void OutboxCommand::settle(CommandContext &context)
{
    if (m_open.isEmpty())
        context.done(m_exitCode);
}
