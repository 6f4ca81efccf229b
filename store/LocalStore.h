#pragma once

#include "models/Case.h"
#include "models/OutboxItem.h"
#include "models/ProviderWords.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <mutex>
#include <optional>

class QSqlError;
class QSqlQuery;
struct sqlite3;

// One profile's local SQLite database: the cases and threads last seen (for an instant start
// and offline reading), full-text search over them, what the engineer has read, drafts and the
// outbox. Synchronous: the console runs it on a worker thread (CaseStore), casectl and the
// tests call it directly. One instance, one connection, one thread.
class LocalStore
{
public:
    static constexpr int SchemaVersion = 5;
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
        bool isEmpty() const { return inserted.isEmpty() && updated.isEmpty(); }
    };

    struct SearchHit
    {
        QString caseId;
        // Text around the match, the matched words between \u0002 and \u0003.
        QString snippet;
        double rank = 0; // lower is better
    };

    // `path` is the database file; ":memory:" for a throw-away store.
    explicit LocalStore(QString path);
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    // Opens, migrates to SchemaVersion (tests may stop earlier), and replaces a damaged file,
    // keeping what the engineer wrote when it can still be read. Then recovers the drafts and
    // outbox items of any damaged file an earlier run moved aside (<file>.damaged-*) and could
    // not recover from (it crashed, or the disk was full), once: such a file is renamed
    // <file>.salvaged-* and noted in the database.
    OpenResult open(int upToVersion = SchemaVersion);
    bool isOpen() const;
    // Checks the whole file (PRAGMA quick_check, and integrity_check of the cases). open()
    // checks drafts, outbox and meta in full and the case list's table only for its structure,
    // so a large store opens fast; run this after opening, off the GUI thread. When it finds
    // damage, the next open() checks everything and replaces the damaged file. False only when
    // damage was found (not when cancelled).
    bool checkEverything();
    // From any thread: stops a running checkEverything() and skips later ones (the store is about
    // to close; the next open checks again).
    void cancelCheck();
    QString path() const { return m_path; }
    // Why the last operation failed. For a full disk, an I/O error, a lock or missing
    // permissions, a sentence for the engineer: what happened and what to do (SQLite's own text
    // in parentheses).
    QString lastError() const { return m_lastError; }

    // Cases. A newer lastModifiedDate wins; a communication is stored once however often it is
    // returned. With `baseline`, everything applied counts as seen (a profile's first sync).
    std::optional<Change> applyCases(const QList<Case> &cases, bool baseline = false);
    // Copies what the write-ahead log holds into the database file. Not part of a batch's
    // commit: call it once the batch's change has been handed on (CaseStore does).
    void checkpoint();
    QList<CaseSummary> loadSummaries();
    int caseCount();
    std::optional<CaseSummary> loadSummary(const QString &caseId);
    QList<Communication> loadThread(const QString &caseId);
    std::optional<Case> loadCase(const QString &caseId);
    // Every case with its thread, newest change first (casectl offline).
    QList<Case> loadCases();
    // Marks what the engineer has seen: everything (read) or nothing new (unread).
    std::optional<CaseSummary> setRead(const QString &caseId, bool read);
    // Full-text search over subjects, messages, references, service and site names; one hit
    // per case, best first. Words are matched as prefixes and all must occur in one message or
    // in the case's header. Only the first MaxSearchWords words of the first MaxSearchLength
    // characters are searched for; `shortened` tells whether anything was left out.
    QList<SearchHit> search(const QString &text, int limit = 200, bool *shortened = nullptr);

    // When the last successful sync started (for the poll window and "data is N min old").
    QDateTime lastSync();
    void setLastSync(const QDateTime &when);

    // What the provider was last found to have beyond its documented schema: the JSON of
    // api/ProviderCapabilities, as given (LocalStoreCapabilities.cpp); empty when never stored.
    QByteArray providerCapabilities();
    bool setProviderCapabilities(const QByteArray &json);

    // Drafts: text the engineer is typing, saved as it is typed.
    bool saveDraft(const QString &key, const QByteArray &payload);
    std::optional<QByteArray> draft(const QString &key);
    bool removeDraft(const QString &key);
    QStringList draftKeys();

    // The outbox, by the items' keys. Items keep their order of creation. A row that cannot be
    // read back (an unknown kind or state, a payload that is not a JSON object) comes back
    // Failed, with a lastError that says so, and is logged.
    bool saveOutboxItem(const OutboxItem &item);
    // `ok` (when given) says whether the items could be read at all.
    QList<OutboxItem> outbox(bool *ok = nullptr);
    std::optional<OutboxItem> outboxItem(const QString &key);
    bool removeOutboxItem(const QString &key);

    // The cases the engineer watches (notified of new provider messages), in the order watched.
    QStringList watchedCases();
    bool setWatched(const QString &caseId, bool watched);

    // What the console learned of the provider's words (store/LocalStoreWords.cpp). Saving keeps
    // the type words and the sender answer another process stored meanwhile.
    LearnedWords learnedWords();
    bool saveLearnedWords(const LearnedWords &words);

private:
    // The database (and its folder, when made here) readable by its owner only.
    void makeOwnerOnly() const;
    bool migrate(int upToVersion = SchemaVersion);
    bool exec(const QString &sql);
    bool exec(QSqlQuery &query);
    // Notes why a statement failed: m_lastCode (SQLite's primary result code) and m_lastError.
    void noteError(const QSqlError &error);
    void noteError(int code, const QString &text);
    // A check found damage: its verdict, unless the verdict only reports an error reading
    // (SQLite's integrity_check writes "error code=10" for an I/O error as a finding).
    void noteVerdict(const QString &verdict);
    // SQLITE_CORRUPT or SQLITE_NOTADB: the file itself is damaged.
    bool lastWasCorruption() const;
    // An OpenResult that fails and keeps the file, saying what went wrong.
    OpenResult refuse() const;
    // Recovers drafts and outbox items from <file>.damaged-* beside the database; what it did
    // is appended to `result.message`.
    void salvageLeftovers(OpenResult &result);
    bool isHealthy();
    // integrity_check of one table, quick_check of the whole file when `table` is empty.
    bool quickCheck(const QString &table);
    // A cheap structural check of one table and its indexes (see isHealthy()).
    bool walkCheck(const QString &table);
    // What checkEverything() checks.
    bool fullCheck();
    OpenResult rebuild(const QString &why);
    // The connection's SQLite handle, for the statements that bypass QtSql (store/Sqlite.h).
    sqlite3 *handle() const;
    QString searchExpression(const QString &text, bool *shortened) const;

    QString m_path;
    QString m_connectionName;
    QString m_lastError;
    int m_lastCode = 0; // SQLITE_OK
    bool m_lastVerdict = false; // the last error is a check's finding, not an error code
    std::mutex m_checkMutex; // guards the two below, shared with cancelCheck()
    sqlite3 *m_checking = nullptr; // the handle while checkEverything() runs
    bool m_checkCancelled = false;
};
