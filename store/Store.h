#pragma once

#include "models/Case.h"
#include "models/CaseTimeline.h"
#include "models/OutboxItem.h"
#include "models/ProviderWords.h"
#include "models/RfoRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <optional>

// What the session, casectl and StoreThread ask of a profile's store, whatever keeps it: the
// cases and threads last seen, full-text search, read state, drafts, the outbox, the watch list
// and what was learned of the provider. Synchronous, one thread at a time. SqliteStore (the
// embedded single-desk store) implements it; a shared team database is to implement it too.
class Store
{
public:
    // A search reads at most this many words and characters of what was typed (each word
    // costs a pass over the index: thousands took minutes).
    static constexpr int MaxSearchWords = 32;
    static constexpr int MaxSearchLength = 1000;

    struct OpenResult
    {
        bool ok = false;
        // The file was damaged (SQLite found it corrupt, or it is not a database) and has been
        // replaced by an empty database. A file that cannot be read or written for another
        // reason (a full disk, an I/O error, a lock, permissions) is never replaced: open()
        // fails and says why.
        bool rebuilt = false;
        // For the engineer: what happened and what was kept; empty when all went well.
        QString message;
        // Where the damaged file is kept, when it was moved aside.
        QString movedAsidePath;
    };

    // What one batch of cases changed.
    struct Change
    {
        QList<CaseSummary> inserted;
        QList<CaseSummary> updated;
        // Cases that gained communications, with how many.
        QHash<QString, int> newCommunications;
        // The status and priority changes seen in the batch (a known case only), oldest first.
        QList<ObservedChange> observed;
        bool isEmpty() const { return inserted.isEmpty() && updated.isEmpty(); }
    };

    struct SearchHit
    {
        QString caseId;
        // Text around the match, the matched words between \u0002 and \u0003.
        QString snippet;
        double rank = 0; // lower is better
    };

    // Where a paged search goes on (keyset paging): below this row of the index, leaving out
    // the cases already returned. A default cursor starts at the newest.
    struct SearchCursor
    {
        qint64 below = std::numeric_limits<qint64>::max();
        QSet<QString> seen; // case ids returned so far
    };

    // One page of a search, newest first.
    struct SearchPage
    {
        QList<SearchHit> hits;
        bool shortened = false; // only the first MaxSearchWords words were searched for
        bool more = false; // another page has hits
        SearchCursor next; // where the next page starts
    };

    // What `casectl poll` last printed of a case (its cursor), so the next run prints only
    // what changed since.
    struct PollMark
    {
        QString status;
        QString priority;
        Timestamp lastModified;
        int communications = 0; // the thread's length
    };

    virtual ~Store() = default;

    // Opens (creating or updating what it must) and repairs what it can; see SqliteStore.
    virtual OpenResult open() = 0;
    virtual bool isOpen() const = 0;
    // Checks everything open() did not (off the GUI thread). False only when damage was found.
    virtual bool checkEverything() = 0;
    // From any thread: stops a running checkEverything() and skips later ones.
    virtual void cancelCheck() = 0;
    // Where the store lives (a file, or ":memory:"); the outbox's turns are taken beside it.
    virtual QString path() const = 0;
    // Why the last operation failed, as a sentence for the engineer.
    virtual QString lastError() const = 0;

    // Cases. A newer lastModifiedDate wins; a communication is stored once however often it is
    // returned. With `baseline`, everything applied counts as seen (a profile's first sync).
    // Our own messages (not the provider's in `words`) never make a case unread.
    virtual std::optional<Change> applyCases(
        const QList<Case> &cases, bool baseline = false, const ProviderWords &words = {})
        = 0;
    // Told, on applyCases()'s thread, how many of a batch's cases are written so far (every few
    // hundred; a first sync of 10,000 takes about a second with the search index). Stores that
    // cannot tell say nothing. An empty function stops it.
    virtual void setApplyProgress(std::function<void(int done, int total)> progress)
    {
        Q_UNUSED(progress)
    }
    // Writes out what a batch left pending. Not part of a batch's commit: call it once the
    // batch's change has been handed on (StoreThread does).
    virtual void checkpoint() = 0;
    // Newest change first.
    virtual QList<CaseSummary> loadSummaries() = 0;
    virtual int caseCount() = 0;
    virtual std::optional<CaseSummary> loadSummary(const QString &caseId) = 0;
    // Keeps SLA digests (models/SlaDigest) by case id, made where the store had none or one of
    // other words (session/SlaClocks at start). Stores that keep none say false.
    virtual bool saveSlaDigests(const QHash<QString, QByteArray> &byCase)
    {
        Q_UNUSED(byCase)
        return false;
    }
    // Oldest first.
    virtual QList<Communication> loadThread(const QString &caseId) = 0;
    virtual std::optional<Case> loadCase(const QString &caseId) = 0;
    // Every case with its thread, newest change first (casectl offline).
    virtual QList<Case> loadCases() = 0;
    // Marks what the engineer has seen: everything (read) or nothing new (unread).
    virtual std::optional<CaseSummary> setRead(const QString &caseId, bool read) = 0;
    // Full-text search over subjects, messages, references, service and site names; one hit
    // per case, newest first: the case with the newest matching message comes first, cases
    // found by their header only (id, subject, reference, service, site) after every message
    // hit, newest case first. Words are matched as prefixes and all must occur in one message
    // or in the case's header. Only the first MaxSearchWords words of the first
    // MaxSearchLength characters are searched for; `shortened` tells whether anything was
    // left out. The first `limit` hits of searchPage().
    virtual QList<SearchHit> search(const QString &text, int limit = 200, bool *shortened = nullptr)
        = 0;
    // A page of at most `limit` hits after `after` (keyset paging: the index is read from the
    // newest row down and stops once the page is full, so a word in every message costs no more
    // than a rare one; no hit is scored).
    virtual SearchPage searchPage(const QString &text, const SearchCursor &after, int limit) = 0;

    // When the last successful sync started (for the poll window and "data is N min old").
    virtual QDateTime lastSync() = 0;
    virtual void setLastSync(const QDateTime &when) = 0;

    // What the provider was last found to have beyond its documented schema: the JSON of
    // api/ProviderCapabilities, as given; empty when never stored.
    virtual QByteArray providerCapabilities() = 0;
    virtual bool setProviderCapabilities(const QByteArray &json) = 0;

    // Drafts: text the engineer is typing, saved as it is typed.
    virtual bool saveDraft(const QString &key, const QByteArray &payload) = 0;
    virtual std::optional<QByteArray> draft(const QString &key) = 0;
    virtual bool removeDraft(const QString &key) = 0;
    virtual QStringList draftKeys() = 0;

    // The outbox, by the items' keys. Items keep their order of creation. A row that cannot be
    // read back comes back Failed, with a lastError that says so. A create confirmed (Done, with
    // its result id) whose payload names the case it requests a Reason for Outage for
    // (CreateCasePayload::rfoFor) links the two (caseLinks()) in the same write.
    virtual bool saveOutboxItem(const OutboxItem &item) = 0;
    // `ok` (when given) says whether the items could be read at all.
    virtual QList<OutboxItem> outbox(bool *ok = nullptr) = 0;
    virtual std::optional<OutboxItem> outboxItem(const QString &key) = 0;
    virtual bool removeOutboxItem(const QString &key) = 0;

    // The cases the engineer watches (notified of new provider messages), in the order watched.
    virtual QStringList watchedCases() = 0;
    virtual bool setWatched(const QString &caseId, bool watched) = 0;

    // casectl poll's cursor, by case id: what it printed last, whatever the console stored.
    virtual QHash<QString, PollMark> pollCursor() = 0;
    // Moves the cursor on for these cases, in one transaction; the others' marks stay.
    virtual bool advancePollCursor(const QHash<QString, PollMark> &marks) = 0;

    // The status and priority changes the console saw between polls (written by applyCases()
    // in the batch that brought them), oldest first: of one case (by its exact id), and of
    // every case by id.
    virtual QList<ObservedChange> observedChanges(const QString &caseId) = 0;
    virtual QHash<QString, QList<ObservedChange>> allObservedChanges() = 0;

    // The links between incidents and their Reason for Outage requests, oldest first.
    virtual QList<CaseLink> caseLinks() = 0;

    // What the console learned of the provider's words. Saving keeps the type words and the
    // sender answer another process stored meanwhile.
    virtual LearnedWords learnedWords() = 0;
    virtual bool saveLearnedWords(const LearnedWords &words) = 0;
};

Q_DECLARE_METATYPE(Store::Change)
Q_DECLARE_METATYPE(Store::SearchHit)
Q_DECLARE_METATYPE(Store::SearchPage)
