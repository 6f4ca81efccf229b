#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// A change the engineer made that must reach a server: stored before it is sent, removed only
// when the server confirms it.
struct OutboxItem
{
    enum class Kind {
        CreateCase,
        ReplyToCase,
        AddCustomerReference,
        // The Case Repository.
        CreateRepositoryEntry,
        UpdateRepositoryEntry,
        DeleteRepositoryEntry,
        PublishToRepository, // a provider case's status
    };
    enum class State {
        Pending, // waiting to be sent (first time, or again after a certain failure)
        Sending, // a request is on its way
        Uncertain, // the last send ended without an answer: reconcile before sending again
        Failed, // the server refused it; the engineer must edit or discard it
        Done, // confirmed; kept about 20 minutes, so that lookups know it, never sent again
    };

    // Made by the client when the engineer submits; identifies the item for good.
    QString key;
    Kind kind = Kind::ReplyToCase;
    // The operation's input as stored; read and written through its typed payload
    // (models/OutboxPayloads.h: CreateCasePayload, ReplyPayload, ...).
    QJsonObject payload;
    State state = State::Pending;
    int attempts = 0;
    QDateTime createdAt;
    QDateTime nextAttemptAt; // for a Done item: when it was confirmed
    QString lastError;
    // What the server gave back once done (e.g. the new case's id).
    QString resultId;

    // A new item with a fresh key, created now.
    static OutboxItem create(Kind kind, const QJsonObject &payload);
    // A line for the engineer: "Reply to CS-4100901", "New incident: Service down".
    QString title() const;
    // For a form that submitted this item and is still open, while it waits to be sent (first
    // time, or again after a failure that said why): plain text.
    QString waitingText() const;
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);

    friend bool operator==(const OutboxItem &, const OutboxItem &) = default;
};

Q_DECLARE_METATYPE(OutboxItem)
