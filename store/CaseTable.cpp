#include "store/CaseTable.h"

#include "store/Database.h"
#include "store/Logging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace {

// The columns readSummary() reads, in order. Dates are read as ticks and offset (schema 4).
constexpr const char *SummaryColumns
    = "id, subject, type, priority, status, origin, customer_reference, "
      "created_ticks, created_offset, last_modified_ticks, last_modified_offset, "
      "start_of_incident_ticks, start_of_incident_offset, end_of_incident_ticks, "
      "end_of_incident_offset, service_id, service_name, site_id, site_name, "
      "communication_count, last_communication_ticks, last_communication_offset, seen_count, "
      "seen_modified_ticks, seen_modified_offset, num, ";

} // namespace

CaseTable::CaseTable(Database &db)
    : m_db(db)
{ }

QByteArray CaseTable::selectSql(const char *rest, bool withDigest)
{
    return QByteArray("SELECT ") + SummaryColumns + (withDigest ? "sla_digest" : "NULL")
        + " FROM cases " + rest;
}

CaseSummary CaseTable::readSummary(const Sqlite::Statement &q, Sqlite::StringPool &pool)
{
    const auto shared = [&](int column) { return pool.get(q.utf8(column), q.bytes(column)); };
    CaseSummary s;
    s.id = q.text(0);
    s.subject = shared(1);
    s.type = shared(2);
    s.priority = shared(3);
    s.status = shared(4);
    s.origin = shared(5);
    s.customerReference = q.text(6);
    s.createdDate = q.timestamp(7);
    s.lastModifiedDate = q.timestamp(9);
    s.startOfIncident = q.timestamp(11);
    s.endOfIncident = q.timestamp(13);
    s.serviceId = shared(15);
    s.serviceName = shared(16);
    s.siteId = shared(17);
    s.siteName = shared(18);
    s.communicationCount = q.integer(19);
    s.lastCommunicationAt = q.timestamp(20);
    s.seenCommunicationCount = q.integer(22);
    s.seenModified = q.timestamp(23);
    if (const int size = q.bytes(SlaDigestColumn); size > 0)
        s.slaDigest = QByteArray(static_cast<const char *>(q.blob(SlaDigestColumn)), size);
    return s;
}

QList<CaseSummary> CaseTable::loadSummaries()
{
    // The table is read in its own order (faster than through an index, and schema 5 keeps
    // no index by modification: a poll would pay for it) and sorted here: newest change
    // first, the later stored first among equals, as the index gave them.
    QList<CaseSummary> read;
    Sqlite::Statement query(
        m_db.handle(), selectSql("ORDER BY num DESC", m_db.schemaVersion() >= 10));
    if (!query.isValid()) {
        m_db.noteError(query.errorCode(), query.lastError());
        return read;
    }
    read.reserve(caseCount());
    Sqlite::StringPool pool;
    int rc;
    while ((rc = query.step()) == SQLITE_ROW)
        read.append(readSummary(query, pool));
    if (rc != SQLITE_DONE) {
        m_db.noteError(query.errorCode(), query.lastError());
        qCWarning(lcStore) << "reading the cases failed:" << m_db.lastError();
    }
    // Sorted by key and position, then moved once (a summary is too large to sort itself).
    std::vector<std::pair<qint64, qsizetype>> order;
    order.reserve(read.size());
    for (qsizetype i = 0; i < read.size(); ++i)
        order.emplace_back(-read.at(i).lastModifiedDate.ticks(), i);
    std::sort(order.begin(), order.end());
    QList<CaseSummary> summaries;
    summaries.reserve(read.size());
    for (const auto &[key, i] : order)
        summaries.append(std::move(read[i]));
    return summaries;
}

int CaseTable::caseCount()
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM cases"));
    return m_db.exec(query) && query.next() ? query.value(0).toInt() : 0;
}

std::optional<CaseSummary> CaseTable::loadSummary(const QString &caseId)
{
    Sqlite::Statement query(m_db.handle(), selectSql("WHERE id = ?1", m_db.schemaVersion() >= 10));
    if (!query.isValid()) {
        m_db.noteError(query.errorCode(), query.lastError());
        return std::nullopt;
    }
    query.bind(1, caseId);
    if (query.step() != SQLITE_ROW)
        return std::nullopt;
    Sqlite::StringPool pool;
    return readSummary(query, pool);
}

std::optional<CaseSummary> CaseTable::setRead(const QString &caseId, bool read)
{
    QSqlQuery query(m_db.connection());
    query.prepare(read ? QStringLiteral("UPDATE cases SET seen_count = communication_count, "
                                        "seen_modified = last_modified, "
                                        "seen_modified_ticks = last_modified_ticks, "
                                        "seen_modified_offset = last_modified_offset WHERE id = ?")
                       : QStringLiteral("UPDATE cases SET seen_modified = NULL, "
                                        "seen_modified_ticks = NULL, seen_modified_offset = NULL, "
                                        "seen_count = max(0, min(seen_count, "
                                        "communication_count - 1)) WHERE id = ?"));
    query.addBindValue(caseId);
    if (!m_db.exec(query) || query.numRowsAffected() != 1)
        return std::nullopt;
    return loadSummary(caseId);
}

bool CaseTable::saveSlaDigests(const QHash<QString, QByteArray> &byCase)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction()) {
        m_db.noteError(db.lastError());
        return false;
    }
    bool ok = true;
    {
        Sqlite::Statement update(m_db.handle(), "UPDATE cases SET sla_digest = ?1 WHERE id = ?2");
        ok = update.isValid();
        for (auto it = byCase.cbegin(); ok && it != byCase.cend(); ++it) {
            update.bindBlob(1, it.value());
            update.bind(2, it.key());
            ok = update.run();
        }
        if (!ok)
            m_db.noteError(update.errorCode(), update.lastError());
    } // finalized before the commit
    if (ok && !db.commit()) {
        m_db.noteError(db.lastError());
        ok = false;
    }
    if (!ok)
        db.rollback();
    return ok;
}
