#pragma once

#include "models/Case.h"
#include "store/Store.h"

#include <QList>
#include <QString>

#include <memory>

class Database;
class SearchTerms;

// The full-text search table (FTS5): one row per communication (rowid = its num) and one
// per case header (rowid = minus the case's num). Searched here, newest row first (a
// communication's num grows as messages arrive), a page at a time; filled by CaseBatchWriter
// with the texts below.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db);
    ~SearchIndex();
    // What a case is found by besides its messages. Only fields that seldom change (not status,
    // priority or dates, since schema 5): re-indexing a header costs a delete from FTS5.
    static QString headerText(const CaseHeader &c);
    // What a message is found by.
    static QString messageText(const Communication &m);

    // See Store::searchPage().
    Store::SearchPage searchPage(const QString &text, const Store::SearchCursor &after, int limit);

private:
    QString searchExpression(const QString &text, bool *shortened);
    QString wordExpression(const QString &word);
    Database &m_db;
    std::unique_ptr<SearchTerms> m_terms; // made on the first search, the database open
};
