#include "store/CaseLinkTable.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

CaseLinkTable::CaseLinkTable(Database &db)
    : m_db(db)
{ }

bool CaseLinkTable::add(const CaseLink &link)
{
    if (link.originalId.isEmpty() || link.rfoId.isEmpty())
        return false;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO case_links (original_id, rfo_id, created) "
                                 "VALUES (?, ?, ?)"));
    query.addBindValue(link.originalId);
    query.addBindValue(link.rfoId);
    const QDateTime created
        = link.created.isValid() ? link.created : QDateTime::currentDateTimeUtc();
    query.addBindValue(created.toUTC().toString(Qt::ISODateWithMs));
    return m_db.exec(query);
}

QList<CaseLink> CaseLinkTable::all(bool *ok)
{
    QList<CaseLink> links;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT original_id, rfo_id, created FROM case_links ORDER BY created, original_id"));
    const bool read = m_db.exec(query);
    if (ok)
        *ok = read;
    while (read && query.next()) {
        links.append({query.value(0).toString(), query.value(1).toString(),
            QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs)});
    }
    return links;
}
