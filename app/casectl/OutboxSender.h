#pragma once

#include "models/OutboxItem.h"
#include "store/LocalOutboxStorage.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

class CommandContext;
class Outbox;

// casectl's changes go through the profile's outbox as the console's do: saved before they are
// sent, and a send whose answer was lost is looked up on the server before anything is sent
// again (never a case twice). The one place casectl creates an outbox and submits to it.
class OutboxSender
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    explicit OutboxSender(CommandContext &context);
    ~OutboxSender();

    // --lookup-delay in seconds; nullopt after a usage error (reported, and the run ended).
    std::optional<int> lookupDelay();

    // The profile's outbox over its store (which the caller has opened), with what this
    // process queues (Load::Confirmed) or every process's items (Load::Everything); each
    // confirmed item teaches the profile's words. Not started.
    Outbox *open(LocalOutboxStorage::Load load, int lookupDelaySeconds);

    // Sends one change. Calls `onDone` with the confirmed item, or ends the run with the
    // error; an item whose outcome stays unknown is left for the console to finish.
    void send(OutboxItem::Kind kind, const QJsonObject &payload,
        std::function<void(const OutboxItem &)> onDone);

private:
    // Ends the run when the change could not even be saved; returns whether it was.
    bool checkSaved(const QString &key);

    CommandContext &m_context;
    std::unique_ptr<LocalOutboxStorage> m_storage;
    Outbox *m_outbox = nullptr;
};
