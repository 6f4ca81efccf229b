#include "store/PollCursorTable.h"

#include "store/Database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

PollCursorTable::PollCursorTable(Database &db)
    : m_db(db)
{ }

QHash<QString, Store::PollMark> PollCursorTable::load()
{
    QHash<QString, Store::PollMark> marks;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT case_id, status, priority, last_modified, "
                                 "communication_count FROM poll_cursor"));
    if (!m_db.exec(query))
        return marks;
    while (query.next()) {
        Store::PollMark mark;
        mark.status = query.value(1).toString();
        mark.priority = query.value(2).toString();
        mark.lastModified = Timestamp::parse(query.value(3).toString()).value_or(Timestamp());
        mark.communications = query.value(4).toInt();
        marks.insert(query.value(0).toString(), mark);
    }
    return marks;
}

bool PollCursorTable::advance(const QHash<QString, Store::PollMark> &marks)
{
    if (marks.isEmpty())
        return true;
    QSqlDatabase db = m_db.connection();
    if (!db.transaction()) {
        m_db.noteError(db.lastError());
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO poll_cursor (case_id, status, priority, "
                                 "last_modified, communication_count) VALUES (?, ?, ?, ?, ?)"));
    bool ok = true;
    for (auto it = marks.cbegin(); ok && it != marks.cend(); ++it) {
        query.addBindValue(it.key());
        query.addBindValue(it->status);
        query.addBindValue(it->priority);
        query.addBindValue(it->lastModified.toIsoString());
        query.addBindValue(it->communications);
        ok = m_db.exec(query);
    }
    if (ok && !db.commit()) {
        m_db.noteError(db.lastError());
        ok = false;
    }
    if (!ok)
        db.rollback();
    return ok;
}
