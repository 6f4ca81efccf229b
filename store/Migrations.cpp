#include "store/Migrations.h"

#include "store/Database.h"
#include "store/Logging.h"
#include "store/Sqlite.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// 1: cases, threads, search, drafts, outbox.
QStringList toVersion1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE cases (num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                       "subject TEXT, type TEXT, priority TEXT, status TEXT, origin TEXT, "
                       "customer_reference TEXT, created TEXT, last_modified TEXT, "
                       "last_modified_ticks INTEGER NOT NULL, start_of_incident TEXT, "
                       "end_of_incident TEXT, service_id TEXT, service_name TEXT, site_id TEXT, "
                       "site_name TEXT, communication_count INTEGER NOT NULL DEFAULT 0, "
                       "last_communication TEXT)"),
        QStringLiteral("CREATE INDEX cases_by_modification ON cases(last_modified_ticks)"),
        QStringLiteral("CREATE TABLE communications (num INTEGER PRIMARY KEY, "
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
    };
}

// 2: read state. What was stored before counts as seen.
QStringList toVersion2()
{
    return {
        QStringLiteral("ALTER TABLE cases ADD COLUMN seen_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN seen_modified TEXT"),
        QStringLiteral("UPDATE cases SET seen_count = communication_count, "
                       "seen_modified = last_modified"),
    };
}

// 3: outbox items keyed by the client, so a write and its send can be matched up.
QStringList toVersion3()
{
    return {
        QStringLiteral("ALTER TABLE outbox ADD COLUMN key TEXT"),
        QStringLiteral("UPDATE outbox SET key = 'legacy-' || num"),
        QStringLiteral("CREATE UNIQUE INDEX outbox_by_key ON outbox(key)"),
    };
}

// 4: every date of a case also as 100-ns ticks and the offset the server wrote, so the
// case list is read without parsing dates (registerTimestampFunctions() fills them).
// The text is what version 3 read, so it wins over the old last_modified_ticks.
QStringList toVersion4()
{
    return {
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
    };
}

// 5: a case's search row without its status (the status filter covers it), so a poll
// that changes only status, priority or dates leaves the search index alone (each
// header re-indexed cost a delete from FTS5, which reads back and re-tokenizes the old
// row). Two indexes go, each a random page written per changed case in a poll's commit
// and its checkpoint: a thread's by (case_num, ticks, num), as the unique (case_num,
// identity) index finds a case's messages too; and the cases' by modification, as the
// list is read whole and sorted in memory (loadSummaries()).
QStringList toVersion5()
{
    return {
        QStringLiteral(
            "UPDATE search SET body = substr(body, 1, length(body) - 1 - length(c.status)) "
            "FROM (SELECT -num AS header, coalesce(status, '') AS status FROM cases) AS c "
            "WHERE search.rowid = c.header "
            "AND substr(search.body, length(search.body) - length(c.status)) = "
            "' ' || c.status"),
        QStringLiteral("DROP INDEX communications_by_case"),
        QStringLiteral("DROP INDEX cases_by_modification"),
    };
}

// 6: casectl poll's cursor (PollCursorTable), what it printed last of each case.
QStringList toVersion6()
{
    return {
        QStringLiteral("CREATE TABLE poll_cursor (case_id TEXT PRIMARY KEY, status TEXT, "
                       "priority TEXT, last_modified TEXT, "
                       "communication_count INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
    };
}

// 7: the words of the full-text index (SearchTerms), so a prefix is searched as the words it
// begins; filled once from the index itself, then by the writer as it indexes.
QStringList toVersion7()
{
    return {
        QStringLiteral("CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID"),
        QStringLiteral("CREATE VIRTUAL TABLE temp.search_vocab USING fts5vocab(main, search, row)"),
        QStringLiteral("INSERT INTO search_terms (term) SELECT term FROM temp.search_vocab"),
        QStringLiteral("DROP TABLE temp.search_vocab"),
    };
}

// 8: the status and priority changes the console saw between polls (ObservedChangeTable),
// written with the case in CaseBatchWriter's transaction; gone with their case.
QStringList toVersion8()
{
    return {
        QStringLiteral("CREATE TABLE observed_changes (num INTEGER PRIMARY KEY, "
                       "case_num INTEGER NOT NULL REFERENCES cases(num) ON DELETE CASCADE, "
                       "field TEXT NOT NULL, old_value TEXT, new_value TEXT, seen TEXT NOT NULL, "
                       "seen_ticks INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX observed_changes_by_case ON observed_changes(case_num)"),
    };
}

// 9: the links between an incident and its Reason for Outage request (CaseLinkTable), by the
// provider's ids: a pair is kept once, and stays when a case leaves the store.
QStringList toVersion9()
{
    return {
        QStringLiteral("CREATE TABLE case_links (original_id TEXT NOT NULL, rfo_id TEXT NOT NULL, "
                       "created TEXT NOT NULL, PRIMARY KEY (original_id, rfo_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX case_links_by_rfo ON case_links(rfo_id)"),
    };
}

// 10: each case's SLA digest (models/SlaDigest: what the clocks need of its thread), written with
// the thread and read with the case list, so the clocks of every case are computed at start
// without reading a thread. Cases stored before have none: the clocks make theirs from the thread
// once and store it (Store::saveSlaDigests).
QStringList toVersion10()
{
    return {QStringLiteral("ALTER TABLE cases ADD COLUMN sla_digest BLOB")};
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

// The pragmas of every connection: they are not kept in the file.
void configure(Database &db)
{
    db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (db.isInMemory())
        return;
    db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // A poll's batch touches a few pages in each of several b-trees per case; with
    // SQLite's default 2 MB of cache a large store keeps re-reading its own index pages.
    db.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    // Checkpoints run after a batch is reported (checkpoint()), not inside its commit;
    // this only bounds the log should nobody call it (64 MB of pages).
    db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 16384"));
}

// One step and its version number, in one transaction.
bool runStep(Database &db, int version)
{
    QSqlDatabase connection = db.connection();
    if (!connection.transaction()) {
        db.noteError(connection.lastError());
        return false;
    }
    bool ok = true;
    for (const QString &sql : Migrations::stepTo(version))
        ok = ok && db.exec(sql);
    ok = ok && db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    if (ok && !connection.commit()) {
        db.noteError(connection.lastError());
        ok = false;
    }
    if (!ok)
        connection.rollback();
    return ok;
}

} // namespace

namespace Migrations {

QStringList stepTo(int version)
{
    switch (version) {
    case 1:
        return toVersion1();
    case 2:
        return toVersion2();
    case 3:
        return toVersion3();
    case 4:
        return toVersion4();
    case 5:
        return toVersion5();
    case 6:
        return toVersion6();
    case 7:
        return toVersion7();
    case 8:
        return toVersion8();
    case 9:
        return toVersion9();
    case 10:
        return toVersion10();
    default:
        return {};
    }
}

bool migrate(Database &db, int upToVersion)
{
    configure(db);
    QSqlQuery version(db.connection());
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        db.noteError(version.lastError());
        return false;
    }
    const int current = version.value(0).toInt();
    version.finish();
    const int target = qMin(upToVersion, Database::SchemaVersion);
    if (current < target && !registerTimestampFunctions(db.handle())) {
        db.noteError(SQLITE_ERROR, QStringLiteral("the SQLite driver gives no handle"));
        return false;
    }
    if (current < target)
        qCInfo(lcStore) << "migrating the local database from version" << current << "to" << target;
    for (int step = current; step < target; ++step) {
        if (!runStep(db, step + 1))
            return false;
    }
    db.setSchemaVersion(qMax(current, target));
    return true;
}

} // namespace Migrations
