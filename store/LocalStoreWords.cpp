// What the console learned of the provider's words (LearnedWords): one JSON object under the
// "providerWords" key of the meta table.

#include "store/LocalStore.h"

#include <QSqlQuery>
#include <QVariant>

LearnedWords LocalStore::learnedWords()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'providerWords'"));
    if (!exec(query) || !query.next())
        return {};
    return LearnedWords::fromJson(query.value(0).toString().toUtf8());
}

bool LocalStore::saveLearnedWords(const LearnedWords &words)
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('providerWords', ?)"));
    query.addBindValue(QString::fromUtf8(merged.toJson()));
    return exec(query);
}
