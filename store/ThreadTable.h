#pragma once

#include "models/Case.h"

#include <QList>
#include <QString>

class Database;

// The communications table: each case's thread. Appended to by CaseBatchWriter.
class ThreadTable
{
public:
    explicit ThreadTable(Database &db);
    // Oldest first.
    QList<Communication> loadThread(const QString &caseId);

private:
    Database &m_db;
};
