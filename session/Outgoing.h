#pragma once

#include "models/OutboxItem.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class Drafts;
class Outbox;
struct CaseDraft;

// The outbox as the windows use it: what the engineer writes goes in (each submit returns the
// item's key), a refused or stuck item is retried, discarded or taken back into its draft, and
// the windows read what is still on its way. Its signals are the outbox's.
class Outgoing : public QObject
{
    Q_OBJECT

public:
    Outgoing(Outbox *outbox, Drafts *drafts, QObject *parent = nullptr);

    // `rfoFor`: the incident a Reason for Outage request is for (linked once confirmed).
    QString submitCase(const CaseDraft &draft, const QString &rfoFor = {});
    QString submitReply(const QString &caseId, const QString &message, const QString &sentBy);
    QString submitCustomerReference(const QString &caseId, const QString &reference);

    // Sends a failed or waiting item again now.
    bool retry(const QString &key);
    // Drops an item the outbox has let go of (not while it is being sent or checked).
    bool discard(const QString &key);

    enum class TakeBack {
        Unknown, // no such item
        Busy, // being sent or checked right now: try again in a moment
        Discarded, // dropped (nothing to put back into a draft)
        BackInDraft, // a reply: its text is back in the case's reply draft
    };
    // Takes an item back: dropped from the outbox, a reply's text appended to its case's draft
    // (after anything typed since).
    TakeBack takeBack(const QString &key);

    QList<OutboxItem> items() const;
    std::optional<OutboxItem> item(const QString &key) const;
    // How many items are not confirmed yet, less those that cannot succeed
    // (OutboxStates::cannotSucceed(); `isClosed` says whether a case is closed).
    int unsentCount(const std::function<bool(const QString &caseId)> &isClosed = {}) const;
    // The items about one case (replies and references not yet confirmed).
    QList<OutboxItem> itemsFor(const QString &caseId) const;
    // The not yet confirmed create-case item holding `draft`, if any (e.g. after a restart).
    QString pendingCreateKeyFor(const CaseDraft &draft) const;

signals:
    void itemChanged(const OutboxItem &item);
    void itemDone(const OutboxItem &item);
    void itemRemoved(const QString &key);

private:
    Outbox *m_outbox;
    Drafts *m_drafts;
};
