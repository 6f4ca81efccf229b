#include "OutboxSender.h"

#include "CommandContext.h"
#include "ExitCode.h"
#include "Options.h"
#include "Output.h"
#include "api/Outbox.h"
#include "store/Store.h"

OutboxSender::OutboxSender(CommandContext &context)
    : m_context(context)
{ }

OutboxSender::~OutboxSender() = default;

std::optional<int> OutboxSender::lookupDelay()
{
    // As long as the console waits: a request the server is still working on can land first.
    const Options &options = m_context.options();
    if (!options.isSet("lookup-delay"))
        return 15;
    bool ok = false;
    const int seconds = options.value("lookup-delay").toInt(&ok);
    if (!ok || seconds < 0) {
        m_context.done(
            m_context.output().usageError(tr("--lookup-delay takes a number of seconds")));
        return std::nullopt;
    }
    return seconds;
}

Outbox *OutboxSender::open(LocalOutboxStorage::Load load, int lookupDelaySeconds)
{
    ProfileData &profile = m_context.profile();
    m_storage = std::make_unique<LocalOutboxStorage>(profile.store(), load);
    m_outbox = new Outbox(m_context.api(), m_storage.get(), &m_context);
    m_outbox->setRepository(m_context.repository());
    m_outbox->setReconcileDelay(lookupDelaySeconds * 1000);
    m_outbox->setProviderWords(profile.words());
    profile.setOutbox(m_outbox);
    QObject::connect(m_outbox, &Outbox::itemDone, &m_context,
        [&profile](const OutboxItem &item) { profile.expectWordsFrom(item); });
    return m_outbox;
}

void OutboxSender::send(OutboxItem::Kind kind, const QJsonObject &payload,
    std::function<void(const OutboxItem &)> onDone)
{
    const std::optional<int> delay = lookupDelay();
    if (!delay)
        return;
    const int lookupDelay = *delay;
    if (!m_context.profile().store()) {
        m_context.output().error(
            tr("Nothing was sent: a change is saved in the profile's local store before it "
               "is sent, and the store cannot be opened."));
        m_context.done(Exit::Failure);
        return;
    }
    Outbox *outbox = open(LocalOutboxStorage::Load::Confirmed, lookupDelay);
    auto key = std::make_shared<QString>();
    auto lookingUp = std::make_shared<bool>(false);
    QObject::connect(outbox, &Outbox::itemDone, &m_context, [key, onDone](const OutboxItem &item) {
        if (item.key == *key)
            onDone(item);
    });
    QObject::connect(outbox, &Outbox::attemptFailed, &m_context,
        [this, outbox, key, lookingUp, lookupDelay](const OutboxItem &item, const ApiError &error) {
            if (item.key != *key)
                return;
            Output &output = m_context.output();
            if (item.state == OutboxItem::State::Uncertain && !*lookingUp) {
                *lookingUp = true;
                output.error(QString(error.userMessage() + u' '
                    + tr("Whether the server got it is not known; looking it up in %n "
                         "second(s) before anything is sent again.",
                        nullptr, lookupDelay))
                                 .simplified());
                return;
            }
            // casectl gives up here and leaves nothing behind for another process to send.
            outbox->discard(item.key);
            if (*lookingUp) {
                // Once an answer was lost, no later failure proves that the change never
                // arrived.
                m_context.done(output.fail(error,
                    tr("Whether the server got it is still not known, and nothing more is sent: "
                       "check with 'casectl case' (a new case: 'casectl cases --updated-within "
                       "30') before trying again.")));
                return;
            }
            m_context.done(output.fail(error,
                item.state == OutboxItem::State::Pending ? tr("Nothing was changed on the server.")
                                                         : QString()));
        });
    outbox->start();
    *key = outbox->submit(kind, payload)->key();
    checkSaved(*key);
}

bool OutboxSender::checkSaved(const QString &key)
{
    for (const OutboxItem &item : m_outbox->items()) {
        if (item.key == key && item.state == OutboxItem::State::Failed) {
            // Not even saved (told before its key was known here).
            m_outbox->discard(item.key);
            m_context.output().error(
                tr("Nothing was sent: the change could not be saved in the profile's local "
                   "store first."));
            m_context.done(Exit::Failure);
            return false;
        }
    }
    return true;
}
