#pragma once

#include "models/ApiError.h"
#include "models/OutboxItem.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class ApiReply;
class CaseApi;
class QObject;
class RepositoryClient;

// What an operation sends through and looks up in.
struct OutboxServers
{
    CaseApi *api = nullptr;
    RepositoryClient *repository = nullptr; // none: repository changes wait, saying why
    // A reply is looked up by its sender only when the provider is known to give back the sender
    // sent (ProviderWords::echoesSender).
    bool compareSender = false;
    QObject *owner = nullptr; // parent of a reply made without a server
};

// What a lookup has to go by besides the item.
struct OutboxLookup
{
    // Every other item known (this process's and, as of its turn, other processes'): recently
    // confirmed ones are not this item's, and identical ones on their way need a match each.
    QList<OutboxItem> others;
    // The item's creation less the clock slack: a match must be this new.
    QDateTime since;

    enum class Outcome {
        Found, // on the server: done (resultId)
        NotThere, // certainly not on the server: send again
        Failed, // the lookup itself failed (error): look again later, never send blindly
    };
    struct Result
    {
        Outcome outcome = Outcome::NotThere;
        QString resultId;
        ApiError error;
    };
    using Done = std::function<void(const Result &)>;
};

// One kind of outbox item: how it is sent, how a send whose answer was lost is looked up, which
// lane it waits in, and its state in words. The Outbox keeps order, storage, backoff and timing.
class OutboxOperation
{
public:
    // Items wait in order within their lane: a Case Repository outage must not hold back a reply,
    // nor the provider a status.
    enum class Lane { Provider, Repository };

    virtual ~OutboxOperation() = default;
    static std::unique_ptr<OutboxOperation> of(OutboxItem::Kind kind);

    virtual OutboxItem::Kind kind() const = 0;
    virtual Lane lane() const = 0;

    // Sends the item; the reply finishes with the server's answer.
    virtual ApiReply *send(const OutboxItem &item, const OutboxServers &servers) const = 0;
    // What the server gave back once done (a new case's or entry's id), from send()'s reply.
    virtual QString resultOf(ApiReply *reply) const;
    // An error that still means done (deleting what is already gone).
    virtual bool isDoneDespite(const ApiError &error) const;
    // Looks up whether a send whose outcome is unknown landed. `done` may be called at once;
    // `context` ends the lookup when destroyed.
    virtual void lookUp(const OutboxItem &item, const OutboxLookup &lookup,
        const OutboxServers &servers, QObject *context, const OutboxLookup::Done &done) const;
    // A refused item left by an earlier run is tried again on start (safe to repeat, and the
    // settings may have been fixed since).
    virtual bool retriesRefusedOnStart() const;

    // The item's state in this operation's words, for the engineer who submitted it: for a
    // form (rich text) where the operation has one, else plain text. session/OutboxStates is
    // where callers get them.
    virtual QString stateText(const OutboxItem &item) const = 0;

    // For a done item: when it was confirmed.
    static QDateTime confirmedAt(const OutboxItem &done);
    // Sent at least once, outcome not yet known: it may be on the server already.
    static bool onItsWay(const OutboxItem &item);
    static bool sameText(const QString &a, const QString &b);
};
