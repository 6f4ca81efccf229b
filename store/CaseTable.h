#pragma once

#include "models/Case.h"
#include "store/Sqlite.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

class Database;

// The cases table: the case list's summaries and what the engineer has read. Writes of a
// poll's cases are CaseBatchWriter's.
class CaseTable
{
public:
    explicit CaseTable(Database &db);
    // The columns readSummary() reads, after SELECT and before `rest` (a WHERE or ORDER BY).
    // `withDigest`: the SLA digest column exists (schema 10; a NULL stands in for it before).
    static QByteArray selectSql(const char *rest, bool withDigest = true);
    // A row of selectSql(); values that repeat across cases (type, status, service, site, ...)
    // come from `pool`.
    static CaseSummary readSummary(const Sqlite::Statement &q, Sqlite::StringPool &pool);
    // The column of selectSql() that holds the case's row number.
    static constexpr int NumColumn = 25;
    // The column that holds its SLA digest (schema 10).
    static constexpr int SlaDigestColumn = 26;

    // Newest change first.
    QList<CaseSummary> loadSummaries();
    int caseCount();
    std::optional<CaseSummary> loadSummary(const QString &caseId);
    // Keeps these SLA digests (SlaDigest::bytes()) by case id, in one transaction.
    bool saveSlaDigests(const QHash<QString, QByteArray> &byCase);
    // Marks what the engineer has seen: everything (read) or nothing new (unread).
    std::optional<CaseSummary> setRead(const QString &caseId, bool read);

private:
    Database &m_db;
};
