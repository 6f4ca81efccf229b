#include "store/DraftTable.h"

#include "store/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

DraftTable::DraftTable(Database &db)
    : m_db(db)
{ }

bool DraftTable::saveDraft(const QString &key, const QByteArray &payload)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO drafts (key, payload, updated) VALUES (?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(payload);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return m_db.exec(query);
}

std::optional<QByteArray> DraftTable::draft(const QString &key)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT payload FROM drafts WHERE key = ?"));
    query.addBindValue(key);
    if (!m_db.exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

bool DraftTable::removeDraft(const QString &key)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM drafts WHERE key = ?"));
    query.addBindValue(key);
    return m_db.exec(query);
}

QStringList DraftTable::draftKeys()
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT key FROM drafts ORDER BY key"));
    QStringList keys;
    if (m_db.exec(query)) {
        while (query.next())
            keys << query.value(0).toString();
    }
    return keys;
}
