#pragma once

#include "store/Store.h"

#include <QSqlDatabase>
#include <QString>

#include <mutex>

class QSqlError;
class QSqlQuery;
struct sqlite3;

// One profile's SQLite file and the one connection to it: opening, migrating to SchemaVersion
// (store/Migrations.h), checking it, replacing a damaged file and recovering what the engineer
// wrote from damaged copies (store/LeftoverSalvage.h). The table classes (CaseTable, DraftTable,
// ...) run their statements on it and report failures through it. One thread at a time.
class Database
{
public:
    static constexpr int SchemaVersion = 10;
    using OpenResult = Store::OpenResult;

    // `path` is the database file; ":memory:" for a throw-away database.
    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

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
    // From any thread: stops a running checkEverything() and skips later ones.
    void cancelCheck();
    // Copies what the write-ahead log holds into the database file.
    void checkpoint();
    QString path() const { return m_path; }
    bool isInMemory() const { return m_path == QLatin1String(":memory:"); }
    // Why the last operation failed. For a full disk, an I/O error, a lock or missing
    // permissions, a sentence for the engineer: what happened and what to do (SQLite's own text
    // in parentheses).
    QString lastError() const { return m_lastError; }
    // SQLite's primary result code of the last failure (SQLITE_OK when none was noted).
    int lastCode() const { return m_lastCode; }

    // The schema version the open file has (SchemaVersion, or less when a test stopped
    // earlier); 0 when not open.
    int schemaVersion() const { return m_schemaVersion; }
    void setSchemaVersion(int version) { m_schemaVersion = version; }

    // For the table classes.
    QSqlDatabase connection() const;
    // The connection's SQLite handle, for the statements that bypass QtSql (store/Sqlite.h).
    sqlite3 *handle() const;
    // Runs a statement; a failure is logged and noted (lastError()).
    bool exec(const QString &sql);
    bool exec(QSqlQuery &query);
    // Notes why a statement failed: lastCode() (SQLite's primary result code) and lastError().
    void noteError(const QSqlError &error);
    void noteError(int code, const QString &text);

private:
    // The database (and its folder, when made here) readable by its owner only.
    void makeOwnerOnly() const;
    // A check found damage: its verdict, unless the verdict only reports an error reading
    // (SQLite's integrity_check writes "error code=10" for an I/O error as a finding).
    void noteVerdict(const QString &verdict);
    // SQLITE_CORRUPT or SQLITE_NOTADB: the file itself is damaged.
    bool lastWasCorruption() const;
    // An OpenResult that fails and keeps the file, saying what went wrong.
    OpenResult refuse() const;
    OpenResult rebuild(const QString &why);
    bool isHealthy();
    // integrity_check of one table, quick_check of the whole file when `table` is empty.
    bool quickCheck(const QString &table);
    // A cheap structural check of one table and its indexes (see isHealthy()).
    bool walkCheck(const QString &table);
    // What checkEverything() checks.
    bool fullCheck();

    QString m_path;
    QString m_connectionName;
    QString m_lastError;
    int m_lastCode = 0; // SQLITE_OK
    bool m_lastVerdict = false; // the last error is a check's finding, not an error code
    std::mutex m_checkMutex; // guards the two below, shared with cancelCheck()
    sqlite3 *m_checking = nullptr; // the handle while checkEverything() runs
    bool m_checkCancelled = false;
    int m_schemaVersion = 0;
};
