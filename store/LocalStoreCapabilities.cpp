// The provider's capabilities as last learned (api/ProviderCapabilities' JSON, with the time of
// its discovery), under the "providerCapabilities" key of the meta table. The store keeps the
// bytes and knows nothing of their meaning: api/ and store/ stay apart.

#include "store/LocalStore.h"

#include <QSqlQuery>
#include <QVariant>

QByteArray LocalStore::providerCapabilities()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'providerCapabilities'"));
    if (!exec(query) || !query.next())
        return {};
    return query.value(0).toString().toUtf8();
}

bool LocalStore::setProviderCapabilities(const QByteArray &json)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('providerCapabilities', ?)"));
    query.addBindValue(QString::fromUtf8(json));
    return exec(query);
}
