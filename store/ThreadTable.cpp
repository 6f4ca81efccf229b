#include "store/ThreadTable.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

Timestamp dateFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return Timestamp::parse(v.toString()).value_or(Timestamp());
}

} // namespace

ThreadTable::ThreadTable(Database &db)
    : m_db(db)
{ }

QList<Communication> ThreadTable::loadThread(const QString &caseId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT timestamp, type, sent_by, message FROM communications WHERE case_num = "
        "(SELECT num FROM cases WHERE id = ?) ORDER BY ticks, num"));
    query.addBindValue(caseId);
    QList<Communication> thread;
    if (!m_db.exec(query))
        return thread;
    while (query.next()) {
        Communication m;
        m.timestamp = dateFrom(query.value(0));
        m.type = query.value(1).toString();
        m.sentBy = query.value(2).toString();
        m.message = query.value(3).toString();
        thread.append(std::move(m));
    }
    return thread;
}
