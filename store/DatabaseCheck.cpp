// Database: the checks of the file, at open (the small tables in full, the case list's
// structure) and afterwards off the GUI thread (everything).

#include "store/Database.h"
#include "store/Logging.h"
#include "store/Sqlite.h"

#include <QSqlError>
#include <QSqlQuery>

bool Database::quickCheck(const QString &table)
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

bool Database::walkCheck(const QString &table)
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

bool Database::fullCheck()
{
    // quick_check does not compare an index's entries with its table's rows (integrity_check
    // does, but over the whole file it takes seconds); the cases table, which open() only
    // walks, gets that comparison too.
    return quickCheck(QStringLiteral("cases")) && quickCheck({});
}

bool Database::isHealthy()
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

bool Database::checkEverything()
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

void Database::cancelCheck()
{
    const std::lock_guard lock(m_checkMutex);
    m_checkCancelled = true;
    if (m_checking)
        sqlite3_interrupt(m_checking);
}
