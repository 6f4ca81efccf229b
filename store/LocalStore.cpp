// LocalStore: opening, migrations, recovery from a damaged file and meta data. The cases,
// threads and search are in LocalStoreCases.cpp, drafts and the outbox in LocalStoreOutbox.cpp.

#include "store/LocalStore.h"

#include "store/Logging.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

// Each step takes the schema from version i to i + 1. Never edit a released step: add one.
const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps {
        // 1: cases, threads, search, drafts, outbox.
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral(
                "CREATE TABLE cases (num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                "subject TEXT, type TEXT, priority TEXT, status TEXT, origin TEXT, "
                "customer_reference TEXT, created TEXT, last_modified TEXT, "
                "last_modified_ticks INTEGER NOT NULL, start_of_incident TEXT, "
                "end_of_incident TEXT, service_id TEXT, service_name TEXT, site_id TEXT, "
                "site_name TEXT, communication_count INTEGER NOT NULL DEFAULT 0, "
                "last_communication TEXT)"),
            QStringLiteral("CREATE INDEX cases_by_modification ON cases(last_modified_ticks)"),
            QStringLiteral(
                "CREATE TABLE communications (num INTEGER PRIMARY KEY, "
                "case_num INTEGER NOT NULL REFERENCES cases(num) ON DELETE CASCADE, "
                "identity TEXT NOT NULL, ticks INTEGER NOT NULL, timestamp TEXT, type TEXT, "
                "sent_by TEXT, message TEXT, UNIQUE (case_num, identity))"),
            QStringLiteral(
                "CREATE INDEX communications_by_case ON communications(case_num, ticks, num)"),
            // Rows: one per communication (rowid = its num) and one per case header (rowid =
            // minus the case's num), so either is replaced by rowid.
            QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(case_id UNINDEXED, body, "
                           "tokenize = 'unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TABLE drafts (key TEXT PRIMARY KEY, payload BLOB NOT NULL, "
                           "updated TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE outbox (num INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
                           "payload TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL "
                           "DEFAULT 0, created TEXT NOT NULL, next_attempt TEXT, last_error TEXT, "
                           "result_id TEXT)"),
        },
        // 2: read state. What was stored before counts as seen.
        {
            QStringLiteral("ALTER TABLE cases ADD COLUMN seen_count INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE cases ADD COLUMN seen_modified TEXT"),
            QStringLiteral("UPDATE cases SET seen_count = communication_count, "
                           "seen_modified = last_modified"),
        },
        // 3: outbox items keyed by the client, so a write and its send can be matched up.
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN key TEXT"),
            QStringLiteral("UPDATE outbox SET key = 'legacy-' || num"),
            QStringLiteral("CREATE UNIQUE INDEX outbox_by_key ON outbox(key)"),
        },
        // 4: every date of a case also as 100-ns ticks and the offset the server wrote, so the
        // case list is read without parsing dates (registerTimestampFunctions() fills them).
        // The text is what version 3 read, so it wins over the old last_modified_ticks.
        {
            QStringLiteral("ALTER TABLE cases ADD COLUMN created_ticks INTEGER"),
            QStringLiteral("ALTER TABLE cases ADD COLUMN created_offset INTEGER"),
            QStringLiteral("ALTER TABLE cases ADD COLUMN last_modified_offset INTEGER"),
            QStringLiteral("ALTER TABLE cases ADD COLUMN start_of_incident_ticks INTEGER"),
            QStringLiteral("ALTER TABLE cases ADD COLUMN start_of_incident_offset INTEGER"),
            QStringLiteral("ALTER TABLE cases ADD COLUMN end_of_incident_ticks INTEGER"),
            QStringLiteral("ALTER TABLE cases ADD COLUMN end_of_incident_offset INTEGER"),
            QStringLiteral("ALTER TABLE cases ADD COLUMN last_communication_ticks INTEGER"),
            QStringLiteral("ALTER TABLE cases ADD COLUMN last_communication_offset INTEGER"),
            QStringLiteral("ALTER TABLE cases ADD COLUMN seen_modified_ticks INTEGER"),
            QStringLiteral("ALTER TABLE cases ADD COLUMN seen_modified_offset INTEGER"),
            QStringLiteral("UPDATE cases SET "
                           "created_ticks = caseconsole_ticks(created), "
                           "created_offset = caseconsole_offset(created), "
                           "last_modified_ticks = coalesce(caseconsole_ticks(last_modified), "
                           "last_modified_ticks), "
                           "last_modified_offset = coalesce(caseconsole_offset(last_modified), 0), "
                           "start_of_incident_ticks = caseconsole_ticks(start_of_incident), "
                           "start_of_incident_offset = caseconsole_offset(start_of_incident), "
                           "end_of_incident_ticks = caseconsole_ticks(end_of_incident), "
                           "end_of_incident_offset = caseconsole_offset(end_of_incident), "
                           "last_communication_ticks = caseconsole_ticks(last_communication), "
                           "last_communication_offset = caseconsole_offset(last_communication), "
                           "seen_modified_ticks = caseconsole_ticks(seen_modified), "
                           "seen_modified_offset = caseconsole_offset(seen_modified)"),
        },
        // 5: a case's search row without its status (the status filter covers it), so a poll
        // that changes only status, priority or dates leaves the search index alone (each
        // header re-indexed cost a delete from FTS5, which reads back and re-tokenizes the old
        // row). Two indexes go, each a random page written per changed case in a poll's commit
        // and its checkpoint: a thread's by (case_num, ticks, num), as the unique (case_num,
        // identity) index finds a case's messages too; and the cases' by modification, as the
        // list is read whole and sorted in memory (loadSummaries()).
        {
            QStringLiteral(
                "UPDATE search SET body = substr(body, 1, length(body) - 1 - length(c.status)) "
                "FROM (SELECT -num AS header, coalesce(status, '') AS status FROM cases) AS c "
                "WHERE search.rowid = c.header "
                "AND substr(search.body, length(search.body) - length(c.status)) = "
                "' ' || c.status"),
            QStringLiteral("DROP INDEX communications_by_case"),
            QStringLiteral("DROP INDEX cases_by_modification"),
        },
    };
    return steps;
}

// caseconsole_ticks(text) and caseconsole_offset(text): a stored ISO 8601 date as ticks and
// offset seconds (NULL when empty or unreadable), for migration step 4.
void timestampFunction(sqlite3_context *context, int, sqlite3_value **arguments, bool ticks)
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    const auto parsed = utf8
        ? Timestamp::parse(QString::fromUtf8(utf8, sqlite3_value_bytes(arguments[0])))
        : std::nullopt;
    if (!parsed)
        sqlite3_result_null(context);
    else if (ticks)
        sqlite3_result_int64(context, parsed->ticks());
    else
        sqlite3_result_int(context, parsed->offsetSeconds());
}

bool registerTimestampFunctions(sqlite3 *db)
{
    if (!db)
        return false;
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    return sqlite3_create_function_v2(
               db, "caseconsole_ticks", 1, flags, nullptr,
               [](sqlite3_context *c, int n, sqlite3_value **v) {
                   timestampFunction(c, n, v, true);
               },
               nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(
               db, "caseconsole_offset", 1, flags, nullptr,
               [](sqlite3_context *c, int n, sqlite3_value **v) {
                   timestampFunction(c, n, v, false);
               },
               nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Where SQLite's answer `code` (a primary result code) leaves the engineer something to do
// other than replacing the file: the disk, a lock, permissions.
bool isDiskTrouble(int code)
{
    switch (code) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_NOMEM:
        return true;
    default:
        return false;
    }
}

// What happened and what to do, for the engineer; `detail` is SQLite's own text.
QString describe(int code, const QString &path, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (code) {
    case SQLITE_FULL:
        return QCoreApplication::translate("LocalStore",
            "The disk holding %1 is full (%2). Free some space on it (old downloads, logs, the "
            "trash), then try again; nothing saved before was lost.")
            .arg(file, detail);
    case SQLITE_IOERR:
        return QCoreApplication::translate("LocalStore",
            "Reading or writing %1 failed (%2): the disk holding it may be full, failing or "
            "disconnected. Free some space on it or check the disk, then try again; the file "
            "was left as it is.")
            .arg(file, detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("LocalStore",
            "%1 is locked by another program (%2), perhaps another Case Console or casectl "
            "using the same profile. Close it, then try again; the file was left as it is.")
            .arg(file, detail);
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("LocalStore",
            "%1 cannot be opened for writing (%2). Check that you may write to the file and its "
            "folder and that the disk is not read-only, then try again; the file was left as it "
            "is.")
            .arg(file, detail);
    default:
        return detail;
    }
}

// SQLite's primary result code in a QSqlError (QSQLITE keeps it as the native code).
int codeOf(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code != SQLITE_OK ? code : SQLITE_ERROR;
}

QString textOf(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

struct Salvage
{
    QList<QList<QVariant>> drafts;
    QList<QList<QVariant>> outbox;
    bool draftsRead = false; // every row of the table was read
    bool outboxRead = false;
    int errorCode = SQLITE_OK; // why a table could not be read (the first failure)
    QString error;

    void fail(const QSqlError &e)
    {
        if (errorCode == SQLITE_OK) {
            errorCode = codeOf(e);
            error = textOf(e);
        }
    }
};

// Reads whatever drafts and outbox rows a damaged file still gives up.
Salvage salvageFrom(const QString &path)
{
    Salvage salvage;
    const QString name = QStringLiteral("salvage-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery drafts(db);
            if (drafts.exec(QStringLiteral("SELECT key, payload, updated FROM drafts"))) {
                while (drafts.next())
                    salvage.drafts.append({drafts.value(0), drafts.value(1), drafts.value(2)});
                // next() is false at the end and on an error alike.
                salvage.draftsRead = !drafts.lastError().isValid();
            }
            if (!salvage.draftsRead)
                salvage.fail(drafts.lastError());
            drafts.finish();
            QSqlQuery outbox(db);
            // Files from before version 3 have no keys: make them as the migration would.
            const bool hasKeys = outbox.exec(QStringLiteral("SELECT key FROM outbox LIMIT 1"));
            outbox.finish();
            if (outbox.exec(QStringLiteral("SELECT kind, payload, state, attempts, created, "
                                           "next_attempt, last_error, result_id, %1 FROM outbox "
                                           "ORDER BY num")
                                .arg(hasKeys ? QStringLiteral("key")
                                             : QStringLiteral("'legacy-' || num")))) {
                while (outbox.next()) {
                    QList<QVariant> row;
                    for (int i = 0; i < 9; ++i)
                        row.append(outbox.value(i));
                    salvage.outbox.append(row);
                }
                salvage.outboxRead = !outbox.lastError().isValid();
            }
            if (!salvage.outboxRead)
                salvage.fail(outbox.lastError());
        } else {
            salvage.fail(db.lastError());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return salvage;
}

// What was recovered from the file now at `kept`, for the engineer.
QString recoveredText(const Salvage &salvage, int unsent, const QString &kept)
{
    const QString file = QDir::toNativeSeparators(kept);
    const int drafts = int(salvage.drafts.size());
    if (salvage.draftsRead && salvage.outboxRead) {
        return QCoreApplication::translate(
            "LocalStore", "Your drafts (%1) and unsent changes (%2) were recovered from %3.")
            .arg(drafts)
            .arg(unsent)
            .arg(file);
    }
    if (salvage.draftsRead) {
        return QCoreApplication::translate("LocalStore",
            "Your drafts (%1) were recovered from %2; its unsent changes could not all be read "
            "(%3 recovered).")
            .arg(drafts)
            .arg(file)
            .arg(unsent);
    }
    if (salvage.outboxRead) {
        return QCoreApplication::translate("LocalStore",
            "Your unsent changes (%1) were recovered from %2; its drafts could not all be read "
            "(%3 recovered).")
            .arg(unsent)
            .arg(file)
            .arg(drafts);
    }
    if (drafts == 0 && salvage.outbox.isEmpty()) {
        return QCoreApplication::translate(
            "LocalStore", "Drafts and unsent changes could not be recovered from %1.")
            .arg(file);
    }
    return QCoreApplication::translate(
        "LocalStore", "Only some drafts (%1) and unsent changes (%2) could be recovered from %3.")
        .arg(drafts)
        .arg(unsent)
        .arg(file);
}

// Moves a database file and its log and shared memory, as one.
bool renameDatabase(const QString &from, const QString &to)
{
    if (!QFile::rename(from, to))
        return false;
    for (const char *suffix : {"-wal", "-shm"}) {
        if (QFile::exists(from + QLatin1String(suffix)))
            QFile::rename(from + QLatin1String(suffix), to + QLatin1String(suffix));
    }
    return true;
}

} // namespace

LocalStore::LocalStore(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("caseconsole-store-") + QUuid::createUuid().toString())
{ }

LocalStore::~LocalStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool LocalStore::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool LocalStore::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql)) {
        qCWarning(lcStore) << "SQL failed:" << sql.left(80) << query.lastError().text();
        noteError(query.lastError());
        return false;
    }
    return true;
}

bool LocalStore::exec(QSqlQuery &query)
{
    if (!query.exec()) {
        qCWarning(lcStore) << "SQL failed:" << query.lastQuery().left(80)
                           << query.lastError().text();
        noteError(query.lastError());
        return false;
    }
    return true;
}

void LocalStore::noteError(const QSqlError &error)
{
    noteError(codeOf(error), textOf(error));
}

void LocalStore::noteError(int code, const QString &text)
{
    m_lastCode = code;
    m_lastVerdict = false;
    m_lastError = describe(code, m_path, text);
}

void LocalStore::noteVerdict(const QString &verdict)
{
    // A page that could not be read is reported as a finding with SQLite's code (10 for an
    // I/O error): that is the disk, not damage in the file.
    static const QRegularExpression codes(QStringLiteral("error code=(\\d+)"));
    int code = SQLITE_CORRUPT;
    for (const auto &match : codes.globalMatch(verdict)) {
        const int found = match.captured(1).toInt() & 0xff;
        if (found != SQLITE_CORRUPT && found != SQLITE_NOTADB)
            code = found;
    }
    if (verdict.contains(QLatin1String("out of memory")))
        code = SQLITE_NOMEM;
    noteError(code, verdict);
    m_lastVerdict = true;
}

bool LocalStore::lastWasCorruption() const
{
    return m_lastCode == SQLITE_CORRUPT || m_lastCode == SQLITE_NOTADB;
}

LocalStore::OpenResult LocalStore::refuse() const
{
    qCWarning(lcStore) << "the local database cannot be used now; it is left as it is:"
                       << m_lastError;
    OpenResult result;
    result.message = isDiskTrouble(m_lastCode)
        ? m_lastError
        : QCoreApplication::translate(
            "LocalStore", "The local database %1 could not be opened (%2); it was left as it is.")
              .arg(QDir::toNativeSeparators(m_path), m_lastError);
    return result;
}

bool LocalStore::quickCheck(const QString &table)
{
    QSqlQuery check(QSqlDatabase::database(m_connectionName, false));
    // One table: integrity_check, which also compares its indexes with it (quick_check's
    // page accounting, which finds an index pointing at a wrong b-tree, needs the whole file).
    const QString sql = table.isEmpty() ? QStringLiteral("PRAGMA quick_check")
                                        : QStringLiteral("PRAGMA integrity_check(%1)").arg(table);
    if (!check.exec(sql) || !check.next()) {
        noteError(check.lastError());
        return false;
    }
    // One row per finding; "ok" alone when there is none.
    QStringList verdict;
    do
        verdict << check.value(0).toString();
    while (verdict.size() < 20 && check.next());
    check.finish();
    if (verdict != QStringList {QStringLiteral("ok")}) {
        noteVerdict(verdict.join(u'\n'));
        return false;
    }
    return true;
}

bool LocalStore::walkCheck(const QString &table)
{
    // Every page of the table's b-tree and of each of its indexes is visited (SQLite reports
    // a page of the wrong kind, such as an index pointing at another table's tree, as
    // corruption), and every index must hold one entry per row.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                 "tbl_name = ? ORDER BY name"));
    query.addBindValue(table);
    if (!exec(query))
        return false;
    // count(*) walks the table's own b-tree (NOT INDEXED; SQLite counts every page), but
    // with an index it counts whichever index is smallest, whatever INDEXED BY says: each
    // index is walked row by row instead (sum(1) scans the index it is given).
    QStringList counts {QStringLiteral("SELECT count(*) FROM %1 NOT INDEXED").arg(table)};
    while (query.next()) {
        counts << QStringLiteral("SELECT coalesce(sum(1), 0) FROM %1 INDEXED BY \"%2\"")
                      .arg(table, query.value(0).toString());
    }
    query.finish();
    qint64 rows = -1;
    for (const QString &sql : std::as_const(counts)) {
        QSqlQuery count(db);
        if (!count.exec(sql) || !count.next()) {
            noteError(count.lastError());
            return false;
        }
        const qint64 n = count.value(0).toLongLong();
        if (rows >= 0 && n != rows) {
            noteVerdict(QStringLiteral("%1 holds %2 rows, %3 entries").arg(table).arg(rows).arg(n));
            return false;
        }
        rows = n;
    }
    return true;
}

bool LocalStore::fullCheck()
{
    // quick_check does not compare an index's entries with its table's rows (integrity_check
    // does, but over the whole file it takes seconds); the cases table, which open() only
    // walks, gets that comparison too.
    return quickCheck(QStringLiteral("cases")) && quickCheck({});
}

bool LocalStore::isHealthy()
{
    // What the engineer's own work lives in (drafts, outbox, meta; small) is checked in full
    // at every open, the case list's table and indexes by a walk over their pages and a count
    // of their entries (walkCheck()). The comparison of the cases' indexes with their rows and
    // the bulk (threads and the search index, most of a large file) are checked after the list
    // is shown (checkEverything()), and at open only when that check found damage.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                    "name IN ('meta', 'cases', 'drafts', 'outbox')"))) {
        noteError(tables.lastError());
        return false;
    }
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    tables.finish();
    for (const QString &table : std::as_const(names)) {
        if (table == QLatin1String("cases") ? !walkCheck(table) : !quickCheck(table))
            return false;
    }
    if (names.contains(QLatin1String("meta"))) {
        QSqlQuery due(db);
        if (due.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = 'fullCheckDue'"))
            && due.next()) {
            due.finish();
            return fullCheck();
        }
    }
    return true;
}

void LocalStore::checkpoint()
{
    if (m_path != QLatin1String(":memory:"))
        exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

bool LocalStore::checkEverything()
{
    {
        const std::lock_guard lock(m_checkMutex);
        if (m_checkCancelled)
            return true;
        m_checking = handle();
    }
    const bool healthy = fullCheck();
    {
        const std::lock_guard lock(m_checkMutex);
        m_checking = nullptr;
        if (m_checkCancelled)
            return true; // interrupted: nothing learned
    }
    if (healthy)
        return true;
    if (!lastWasCorruption()) {
        // A full disk (the check sorts in temporary files), an I/O error or a lock: nothing
        // learned about the file, which is not marked.
        qCWarning(lcStore) << "the check of the whole local database could not run:" << m_lastError;
        return true;
    }
    const QString why = m_lastError;
    qCWarning(lcStore) << "the local database is damaged:" << why;
    // The next open checks everything again and, still damaged, moves the file aside.
    exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('fullCheckDue', '1')"));
    m_lastError = why;
    return false;
}

void LocalStore::cancelCheck()
{
    const std::lock_guard lock(m_checkMutex);
    m_checkCancelled = true;
    if (m_checking)
        sqlite3_interrupt(m_checking);
}

void LocalStore::makeOwnerOnly() const
{
    // Cases, drafts and the outbox are the engineer's and the provider's business: other
    // accounts on the machine read neither the file nor (when made here) its folder. SQLite
    // gives the -wal and -shm files the database file's permissions.
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(folder) && QDir().mkpath(folder))
        QFile::setPermissions(folder, ownerOnly | QFileDevice::ExeOwner);
    if (QFileInfo::exists(m_path) && QFile::permissions(m_path) != ownerOnly)
        QFile::setPermissions(m_path, ownerOnly);
}

LocalStore::OpenResult LocalStore::open(int upToVersion)
{
    if (m_path != QLatin1String(":memory:"))
        makeOwnerOnly();
    m_lastCode = SQLITE_OK;
    m_lastError.clear();
    QString damage;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        bool healthy = false;
        if (!db.open()) {
            noteError(db.lastError());
        } else {
            makeOwnerOnly(); // a new file exists from here
            healthy = isHealthy();
        }
        if (!healthy) {
            // Only damage SQLite finds in the file moves it aside. A full disk, an I/O error, a
            // lock or missing permissions leave it as it is: what the engineer wrote is in it.
            if (lastWasCorruption() && db.isOpen() && !m_lastVerdict) {
                // An error code alone is confirmed by the check of the whole file: a file that
                // passes it is never replaced.
                const QString first = m_lastError;
                if (quickCheck({})) {
                    noteError(SQLITE_CORRUPT, first);
                    db.close();
                    OpenResult result;
                    result.message = QCoreApplication::translate("LocalStore",
                        "Reading the local database %1 failed (%2), but SQLite finds no damage "
                        "in it, so it was left as it is. Start again; should this repeat, move "
                        "the file away to start afresh.")
                                         .arg(QDir::toNativeSeparators(m_path), first);
                    return result;
                }
            }
            if (!lastWasCorruption()) {
                db.close();
                return refuse();
            }
            damage = m_lastError;
        } else {
            QSqlQuery version(db);
            const bool newer = version.exec(QStringLiteral("PRAGMA user_version")) && version.next()
                && version.value(0).toInt() > SchemaVersion;
            version.finish();
            if (newer) {
                db.close();
                OpenResult result;
                result.message = QCoreApplication::translate("LocalStore",
                    "The local database %1 was written by a newer version of Case Console. "
                    "Update the console, or move the file away to start afresh.")
                                     .arg(QDir::toNativeSeparators(m_path));
                return result;
            }
            if (!migrate(upToVersion)) {
                // A healthy file that cannot be updated now (disk full, locked by another
                // program) is left alone: refusing is safer than moving it aside.
                db.close();
                OpenResult result;
                result.message = isDiskTrouble(m_lastCode)
                    ? m_lastError
                    : QCoreApplication::translate("LocalStore",
                        "The local database %1 could not be updated: %2. Free some disk space "
                        "or close other programs using it, then start again.")
                          .arg(QDir::toNativeSeparators(m_path), m_lastError);
                return result;
            }
        }
    }
    if (!damage.isEmpty())
        return rebuild(damage);
    OpenResult result;
    result.ok = true;
    salvageLeftovers(result);
    return result;
}

bool LocalStore::migrate(int upToVersion)
{
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (m_path != QLatin1String(":memory:")) {
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        // A poll's batch touches a few pages in each of several b-trees per case; with
        // SQLite's default 2 MB of cache a large store keeps re-reading its own index pages.
        exec(QStringLiteral("PRAGMA cache_size = -32768"));
        // Checkpoints run after a batch is reported (checkpoint()), not inside its commit;
        // this only bounds the log should nobody call it (64 MB of pages).
        exec(QStringLiteral("PRAGMA wal_autocheckpoint = 16384"));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        noteError(version.lastError());
        return false;
    }
    const int current = version.value(0).toInt();
    version.finish();
    const auto &steps = migrationSteps();
    const int target = qMin(upToVersion, SchemaVersion);
    if (current < target && !registerTimestampFunctions(Sqlite::handleOf(db))) {
        noteError(SQLITE_ERROR, QStringLiteral("the SQLite driver gives no handle"));
        return false;
    }
    if (current < target)
        qCInfo(lcStore) << "migrating the local database from version" << current << "to" << target;
    for (int step = current; step < target; ++step) {
        if (!db.transaction()) {
            noteError(db.lastError());
            return false;
        }
        bool ok = true;
        for (const QString &sql : steps.at(step))
            ok = ok && exec(sql);
        ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(step + 1));
        if (ok && !db.commit()) {
            noteError(db.lastError());
            ok = false;
        }
        if (!ok) {
            db.rollback();
            return false;
        }
    }
    return true;
}

LocalStore::OpenResult LocalStore::rebuild(const QString &why)
{
    qCWarning(lcStore) << "the local database is damaged:" << why;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);

    OpenResult result;
    if (m_path == QLatin1String(":memory:")) {
        result.rebuilt = true;
        result.message = why;
        return result;
    }
    // Its drafts and outbox are recovered from where it is moved, like any file an earlier
    // run left (salvageLeftovers()): should that not finish now, the next start does it.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = m_path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = m_path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (!renameDatabase(m_path, aside)) {
        result.message = QCoreApplication::translate("LocalStore",
            "The local database %1 is damaged and cannot be moved aside (%2). Close other "
            "programs using it, or remove it by hand.")
                             .arg(QDir::toNativeSeparators(m_path), why);
        return result;
    }
    result.movedAsidePath = aside;

    bool created = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            noteError(db.lastError());
        } else {
            makeOwnerOnly();
            created = migrate();
        }
        if (!created)
            db.close();
    }
    if (!created) {
        // No empty file is left in its place (the next start creates one); what the engineer
        // wrote waits in the file moved aside.
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_path + QLatin1String(suffix));
        result.message = QCoreApplication::translate("LocalStore",
            "The local database %1 was damaged and has been moved to %2, but a new one cannot "
            "be created: %3 Your drafts and unsent changes stay in %2 and will be recovered "
            "when Case Console next starts.")
                             .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(aside),
                                 m_lastError);
        return result;
    }
    result.ok = true;
    result.rebuilt = true;
    result.message = QCoreApplication::translate("LocalStore",
        "The local database was damaged and has been rebuilt; the cases will be fetched again.");
    salvageLeftovers(result);
    return result;
}

void LocalStore::salvageLeftovers(OpenResult &result)
{
    if (m_path == QLatin1String(":memory:"))
        return;
    const QFileInfo self(m_path);
    const QString prefix = self.fileName() + QStringLiteral(".damaged-");
    QStringList files = self.dir().entryList({prefix + u'*'}, QDir::Files, QDir::Name);
    files.removeIf([](const QString &name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"))
            || name.endsWith(QLatin1String("-journal"));
    });
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QStringList said;
    bool earlier = false;
    for (const QString &name : std::as_const(files)) {
        const QString path = self.dir().filePath(name);
        const QString salvaged = self.dir().filePath(
            self.fileName() + QStringLiteral(".salvaged-") + name.mid(prefix.size()));
        const QString mark = QStringLiteral("salvaged:") + name;
        QSqlQuery done(db);
        done.prepare(QStringLiteral("SELECT 1 FROM meta WHERE key = ?"));
        done.addBindValue(mark);
        if (exec(done) && done.next()) {
            // Recovered before, but the file kept its name: never twice.
            done.finish();
            renameDatabase(path, salvaged);
            continue;
        }
        done.finish();
        earlier = earlier || path != result.movedAsidePath;
        const Salvage salvage = salvageFrom(path);
        if ((!salvage.draftsRead || !salvage.outboxRead) && isDiskTrouble(salvage.errorCode)) {
            // Not the file's damage but the disk's or a lock: all of it may be readable later.
            qCWarning(lcStore) << "cannot recover from" << name << "now:" << salvage.error;
            said << QCoreApplication::translate("LocalStore",
                "Drafts and unsent changes in %1 could not be recovered yet: %2 Case Console "
                "will try again when it next starts.")
                        .arg(QDir::toNativeSeparators(path),
                            describe(salvage.errorCode, path, salvage.error));
            continue;
        }
        // One transaction: the rows and the mark that they were recovered. An item already
        // here (same key: recovered by an earlier run, or never lost) is kept as it is, and so
        // is a draft typed since.
        bool ok = db.transaction();
        if (!ok)
            noteError(db.lastError());
        QSqlQuery insertDraft(db);
        insertDraft.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO drafts (key, payload, updated) VALUES (?, ?, ?)"));
        for (const auto &row : salvage.drafts) {
            for (int i = 0; ok && i < 3; ++i)
                insertDraft.bindValue(i, row.at(i));
            ok = ok && exec(insertDraft);
        }
        QSqlQuery insertOutbox(db);
        insertOutbox.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO outbox (kind, payload, state, attempts, created, "
            "next_attempt, last_error, result_id, key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        int unsent = 0;
        for (const auto &row : salvage.outbox) {
            for (int i = 0; ok && i < 9; ++i)
                insertOutbox.bindValue(i, row.at(i));
            ok = ok && exec(insertOutbox);
            // Confirmed items are kept a while for lookups, not unsent.
            if (row.at(2).toString() != OutboxItem::stateName(OutboxItem::State::Done))
                ++unsent;
        }
        QSqlQuery marking(db);
        marking.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        marking.addBindValue(mark);
        marking.addBindValue(isoNow());
        ok = ok && exec(marking);
        if (ok && !db.commit()) {
            noteError(db.lastError());
            ok = false;
        }
        if (!ok) {
            db.rollback();
            qCWarning(lcStore) << "cannot recover from" << name << "now:" << m_lastError;
            said << QCoreApplication::translate("LocalStore",
                "Drafts and unsent changes in %1 could not be recovered yet: %2 Case Console "
                "will try again when it next starts.")
                        .arg(QDir::toNativeSeparators(path), m_lastError);
            continue;
        }
        QString kept = path;
        if (renameDatabase(path, salvaged))
            kept = salvaged;
        else
            qCWarning(lcStore) << "recovered from" << name << "but cannot rename it";
        if (path == result.movedAsidePath)
            result.movedAsidePath = kept;
        qCInfo(lcStore) << "recovered" << salvage.drafts.size() << "drafts and"
                        << salvage.outbox.size() << "outbox items from" << name;
        said << recoveredText(salvage, unsent, kept);
    }
    if (said.isEmpty())
        return;
    if (earlier) {
        said.prepend(QCoreApplication::translate(
            "LocalStore", "An earlier run left a damaged copy of the local database behind."));
    }
    if (!result.message.isEmpty())
        said.prepend(result.message);
    result.message = said.join(u' ');
}

QDateTime LocalStore::lastSync()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'lastSync'"));
    if (!exec(query) || !query.next())
        return {};
    return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
}

void LocalStore::setLastSync(const QDateTime &when)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('lastSync', ?)"));
    query.addBindValue(when.toUTC().toString(Qt::ISODateWithMs));
    exec(query);
}
