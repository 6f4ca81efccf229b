#pragma once

#include "models/Profile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

struct Case;
struct Communication;
struct OutboxItem;

// What the console has learned of a provider's words from its own messages (kept per profile in
// the local store, meta key "providerWords"; docs/provider-compatibility.md).
struct LearnedWords
{
    // A reply or a new case the provider confirmed, waiting for its case to be fetched: the
    // communication with its text then shows the provider's type word for our messages and
    // whether the sender we sent came back.
    struct Expectation
    {
        QString caseId;
        QString message;
        QString sentBy; // as sent; may be empty
        QDateTime confirmedAt; // UTC

        friend bool operator==(const Expectation &, const Expectation &) = default;
    };

    QStringList ourTypes; // the type words the provider gave our own messages, as written
    std::optional<bool> echoesSender; // shows the sentBy we send; unknown until seen
    QList<Expectation> expected;

    // Notes a confirmed reply or new case (other items are ignored); true when it was noted.
    bool expect(const OutboxItem &confirmed, const QDateTime &now);
    // Looks for the expected messages in a fetched case: a communication of that case with the
    // same text, no older than the confirmation allows. True when something was learned (or
    // an expectation fulfilled).
    bool learnFrom(const Case &c);
    // Forgets expectations older than a week (their case was never fetched).
    void dropStale(const QDateTime &now);

    QByteArray toJson() const;
    static LearnedWords fromJson(const QByteArray &json);

    friend bool operator==(const LearnedWords &, const LearnedWords &) = default;
};

// The provider's words for communication types and case statuses, decided in one place:
// a per-profile override (Settings) wins over what was learned from the console's own messages,
// which wins over the default tables. Words are compared case-insensitively, ignoring spaces,
// underscores and hyphens ("In Progress" = "InProgress" = "in_progress"). A word no table knows
// is kept and shown as it came: a communication type nobody knows is the provider's, a status
// nobody knows is open.
class ProviderWords
{
public:
    // What a status means, for colours and order; closedness is isClosed().
    enum class StatusKind {
        Open, // new, open: nobody has started
        InProgress,
        WaitingOnUs, // the provider waits for the customer
        OnHold,
        Resolved,
        Closed,
        Cancelled,
        Unknown,
    };
    enum class Source { Override, Learned, Default };

    ProviderWords() = default; // the default tables
    ProviderWords(const WordOverrides &overrides, const LearnedWords &learned);

    // Case-folded, without spaces, underscores and hyphens.
    static QString normalised(const QString &word);
    // The default tables (docs/provider-compatibility.md), in their documented spelling.
    static QStringList defaultOurTypes();
    static QStringList defaultStatusUpdateTypes();
    static QStringList defaultClosedStatuses();
    static StatusKind defaultKind(const QString &status);
    // The sandbox's word for a kind ("InProgress"), for tables keyed by those words; empty for
    // Unknown.
    static QString sandboxStatus(StatusKind kind);

    // A message of ours (the customer's side).
    bool isOurs(const QString &type) const;
    // The provider's side: its messages and its status updates, and every unknown word.
    bool isFromProvider(const QString &type) const { return !isOurs(type); }
    bool isStatusUpdate(const QString &type) const;

    bool isClosed(const QString &status) const;
    bool isOpen(const QString &status) const { return !isClosed(status); }
    StatusKind statusKind(const QString &status) const;

    // Whether the provider is known to give back the sentBy we send (false while unknown).
    bool echoesSender() const { return m_learned.echoesSender.value_or(false); }

    // The words in effect and where they come from (Settings shows them as placeholders).
    QStringList ourTypes() const;
    Source ourTypesSource() const;
    QStringList closedStatuses() const;
    Source closedStatusesSource() const;

    const WordOverrides &overrides() const { return m_overrides; }
    const LearnedWords &learned() const { return m_learned; }

    // The same answers to every question (what is still expected may differ): models need not
    // be told.
    bool decidesAs(const ProviderWords &other) const
    {
        return m_overrides == other.m_overrides && m_learned.ourTypes == other.m_learned.ourTypes
            && m_learned.echoesSender == other.m_learned.echoesSender;
    }

    friend bool operator==(const ProviderWords &a, const ProviderWords &b)
    {
        return a.m_overrides == b.m_overrides && a.m_learned == b.m_learned;
    }

private:
    static QString fold(const QString &word);
    WordOverrides m_overrides;
    LearnedWords m_learned;
    QSet<QString> m_ours; // normalised; empty: the default table
    QSet<QString> m_closed; // normalised; empty: the default table
};

Q_DECLARE_METATYPE(LearnedWords)
Q_DECLARE_METATYPE(ProviderWords)
