// The watch list: a JSON array of case ids under the "watched" key of the meta table.

#include "store/LocalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

QStringList LocalStore::watchedCases()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'watched'"));
    if (!exec(query) || !query.next())
        return {};
    QStringList ids;
    for (const QJsonValue &id : QJsonDocument::fromJson(query.value(0).toByteArray()).array()) {
        if (id.isString() && !ids.contains(id.toString()))
            ids.append(id.toString());
    }
    return ids;
}

bool LocalStore::setWatched(const QString &caseId, bool watched)
{
    QStringList ids = watchedCases();
    if (ids.contains(caseId) == watched)
        return true;
    if (watched)
        ids.append(caseId);
    else
        ids.removeAll(caseId);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('watched', ?)"));
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    return exec(query);
}
