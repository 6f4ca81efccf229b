// casectl outbox: what is waiting in the profile's outbox, and finishing what an earlier run
// left behind.

#include "Casectl.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "session/OutboxStates.h"
#include "store/LocalOutboxStorage.h"
#include "store/Store.h"

#include <QLocale>
#include <QSet>

#include <memory>

int Casectl::runOutboxList()
{
    Store *local = store();
    if (!local) {
        m_err << "casectl: " << tr("The profile's local store cannot be opened.") << Qt::endl;
        return Failure;
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
        m_out << line << '\n';
    }
    m_out << tr("%n change(s) not yet confirmed", nullptr, int(waiting.size())) << '\n';
    m_out.flush();
    return Ok;
}

void Casectl::runOutboxReconcile()
{
    const std::optional<int> delay = lookupDelay();
    if (!delay)
        return;
    Store *local = store();
    if (!local) {
        m_err << "casectl: " << tr("The profile's local store cannot be opened.") << Qt::endl;
        done(Failure);
        return;
    }
    // Every waiting item, whichever process queued it: a console that has some of them too
    // finds them done (or gone) in its own turn and does not send them again.
    m_outboxStorage
        = std::make_unique<LocalOutboxStorage>(local, LocalOutboxStorage::Load::Everything);
    m_outbox = new Outbox(m_connection->api(), m_outboxStorage.get(), this);
    m_outbox->setRepository(m_repository);
    m_outbox->setReconcileDelay(*delay * 1000);
    // What fails now is left for a later run or the console (a retry waits the longest backoff),
    // not sent again before this one exits.
    m_outbox->setBaseRetryDelay(60 * 60 * 1000);
    m_outbox->setProviderWords(words());

    auto open = std::make_shared<QSet<QString>>();
    auto lookingUp = std::make_shared<QSet<QString>>();
    auto exitCode = std::make_shared<int>(Ok);
    const auto settle = [this, open, exitCode] {
        if (open->isEmpty())
            done(*exitCode);
    };
    connect(m_outbox, &Outbox::itemDone, this, [this, open, settle](const OutboxItem &item) {
        expectWordsFrom(item);
        if (!open->remove(item.key))
            return;
        m_out << tr("Confirmed: %1").arg(item.title()) << '\n';
        m_out.flush();
        settle();
    });
    connect(m_outbox, &Outbox::itemRemoved, this, [this, open, settle](const QString &key) {
        if (!open->remove(key))
            return;
        m_out << tr("No longer waiting: another process finished it or gave it up.") << '\n';
        settle();
    });
    connect(m_outbox, &Outbox::attemptFailed, this,
        [this, open, lookingUp, exitCode, settle, seconds = *delay](
            const OutboxItem &item, const ApiError &error) {
            if (!open->contains(item.key))
                return;
            if (item.state == OutboxItem::State::Uncertain && !lookingUp->contains(item.key)) {
                lookingUp->insert(item.key);
                m_err << "casectl: "
                      << QString(item.title() + QStringLiteral(": ") + error.userMessage() + u' '
                             + tr("Whether the server got it is not known; looking it up in %n "
                                  "second(s) before anything is sent again.",
                                 nullptr, seconds))
                             .simplified()
                      << Qt::endl;
                return;
            }
            open->remove(item.key);
            // Left in the outbox as it is now, for a later run or the console.
            *exitCode = fail(error,
                tr("%1 is left in the outbox; run 'casectl outbox --reconcile' again later.")
                    .arg(item.title()));
            settle();
        });
    m_outbox->start();
    for (const OutboxItem &item : m_outbox->items()) {
        // (The first may already be on its way: the outbox started at once.)
        if (item.state != OutboxItem::State::Failed)
            open->insert(item.key);
        if (item.state == OutboxItem::State::Uncertain)
            lookingUp->insert(item.key); // already sent once: the next failure is final
        if (item.state == OutboxItem::State::Failed)
            m_err << "casectl: "
                  << tr("%1 was refused and waits for the engineer in the console: %2")
                         .arg(item.title(), item.lastError)
                         .simplified()
                  << Qt::endl;
    }
    if (open->isEmpty()) {
        m_out << tr("Nothing to reconcile.") << '\n';
        done(Ok);
    }
}
