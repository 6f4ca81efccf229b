#include "store/WatchList.h"

#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

WatchList::WatchList(Database &db)
    : m_db(db)
{ }

QStringList WatchList::watchedCases()
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'watched'"));
    if (!m_db.exec(query) || !query.next())
        return {};
    QStringList ids;
    for (const QJsonValue &id : QJsonDocument::fromJson(query.value(0).toByteArray()).array()) {
        if (id.isString() && !ids.contains(id.toString()))
            ids.append(id.toString());
    }
    return ids;
}

bool WatchList::setWatched(const QString &caseId, bool watched)
{
    QStringList ids = watchedCases();
    if (ids.contains(caseId) == watched)
        return true;
    if (watched)
        ids.append(caseId);
    else
        ids.removeAll(caseId);
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('watched', ?)"));
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    return m_db.exec(query);
}
