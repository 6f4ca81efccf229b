#pragma once

#include <QString>
#include <QStringList>

class Database;

// The cases the engineer watches (notified of new provider messages), in the order watched: a
// JSON array of case ids under the "watched" key of the meta table.
class WatchList
{
public:
    explicit WatchList(Database &db);

    QStringList watchedCases();
    bool setWatched(const QString &caseId, bool watched);

private:
    Database &m_db;
};
