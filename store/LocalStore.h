#pragma once

#include "models/Case.h"
#include "models/OutboxItem.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <mutex>
#include <optional>

class QSqlQuery;
struct sqlite3;

// One profile's local SQLite database: the cases and threads last seen (for an instant start
// and offline reading), full-text search over them, what the engineer has read, drafts and the
// outbox. Synchronous: the console runs it on a worker thread (StoreWorker), casectl and the
// tests call it directly. One instance, one connection, one thread.
class LocalStore
{
public:
    static constexpr int SchemaVersion = 5;

    struct OpenResult
    {
        bool ok = false;
        // The file was damaged or unreadable and has been replaced by an empty database.
        bool rebuilt = false;
        // For the engineer: what happened and what was kept; empty when all went well.
        QString message;
        // Where the damaged file was moved, when it was.
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
    // keeping what the engineer wrote when it can still be read.
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
    // in the case's header.
    QList<SearchHit> search(const QString &text, int limit = 200);

    // When the last successful sync started (for the poll window and "data is N min old").
    QDateTime lastSync();
    void setLastSync(const QDateTime &when);

    // Drafts: text the engineer is typing, saved as it is typed.
    bool saveDraft(const QString &key, const QByteArray &payload);
    std::optional<QByteArray> draft(const QString &key);
    bool removeDraft(const QString &key);
    QStringList draftKeys();

    // The outbox, by the items' keys. Items keep their order of creation.
    bool saveOutboxItem(const OutboxItem &item);
    // `ok` (when given) says whether the items could be read at all.
    QList<OutboxItem> outbox(bool *ok = nullptr);
    std::optional<OutboxItem> outboxItem(const QString &key);
    bool removeOutboxItem(const QString &key);

    // The cases the engineer watches (notified of new provider messages), in the order watched.
    QStringList watchedCases();
    bool setWatched(const QString &caseId, bool watched);

private:
    bool migrate(int upToVersion = SchemaVersion);
    bool exec(const QString &sql);
    bool exec(QSqlQuery &query);
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
    QString searchExpression(const QString &text) const;

    QString m_path;
    QString m_connectionName;
    QString m_lastError;
    std::mutex m_checkMutex; // guards the two below, shared with cancelCheck()
    sqlite3 *m_checking = nullptr; // the handle while checkEverything() runs
    bool m_checkCancelled = false;
};
