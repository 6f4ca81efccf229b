#pragma once

#include "models/ProviderWords.h"

#include <QByteArray>
#include <QDateTime>

class Database;

// The meta table's single values: when the last sync started, the provider's capabilities as
// last learned (api/ProviderCapabilities' JSON, kept as bytes: api/ and store/ stay apart) and
// what the console learned of the provider's words (LearnedWords' JSON). The watch list and the
// marks of recovered copies live there too (WatchList, LeftoverSalvage).
class MetaTable
{
public:
    explicit MetaTable(Database &db);

    QDateTime lastSync();
    void setLastSync(const QDateTime &when);
    // Empty when never stored.
    QByteArray providerCapabilities();
    bool setProviderCapabilities(const QByteArray &json);
    LearnedWords learnedWords();
    // Keeps the type words and the sender answer another process stored meanwhile.
    bool saveLearnedWords(const LearnedWords &words);

private:
    Database &m_db;
};
