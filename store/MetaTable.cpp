#include "store/MetaTable.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

MetaTable::MetaTable(Database &db)
    : m_db(db)
{ }

QDateTime MetaTable::lastSync()
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'lastSync'"));
    if (!m_db.exec(query) || !query.next())
        return {};
    return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
}

void MetaTable::setLastSync(const QDateTime &when)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('lastSync', ?)"));
    query.addBindValue(when.toUTC().toString(Qt::ISODateWithMs));
    m_db.exec(query);
}

QByteArray MetaTable::providerCapabilities()
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'providerCapabilities'"));
    if (!m_db.exec(query) || !query.next())
        return {};
    return query.value(0).toString().toUtf8();
}

bool MetaTable::setProviderCapabilities(const QByteArray &json)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('providerCapabilities', ?)"));
    query.addBindValue(QString::fromUtf8(json));
    return m_db.exec(query);
}

LearnedWords MetaTable::learnedWords()
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'providerWords'"));
    if (!m_db.exec(query) || !query.next())
        return {};
    return LearnedWords::fromJson(query.value(0).toString().toUtf8());
}

bool MetaTable::saveLearnedWords(const LearnedWords &words)
{
    // Another process (casectl beside the console) may have learned a word meanwhile: the words
    // and the answer about the sender are kept unless this one has its own.
    const LearnedWords stored = learnedWords();
    LearnedWords merged = words;
    for (const QString &type : stored.ourTypes) {
        const bool known
            = std::any_of(merged.ourTypes.cbegin(), merged.ourTypes.cend(), [&](const QString &w) {
                  return ProviderWords::normalised(w) == ProviderWords::normalised(type);
              });
        if (!known)
            merged.ourTypes.append(type);
    }
    if (!merged.echoesSender)
        merged.echoesSender = stored.echoesSender;
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('providerWords', ?)"));
    query.addBindValue(QString::fromUtf8(merged.toJson()));
    return m_db.exec(query);
}
