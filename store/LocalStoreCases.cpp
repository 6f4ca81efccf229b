// LocalStore: cases, threads, read state and full-text search.

#include "models/CaseTypeMatrix.h"
#include "store/LocalStore.h"
#include "store/Logging.h"
#include "store/Sqlite.h"

#include <QRegularExpression>
#include <QSet>
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
      "seen_modified_ticks, seen_modified_offset, num";
constexpr int NumColumn = 25;

QByteArray summarySql(const char *rest)
{
    return QByteArray("SELECT ") + SummaryColumns + " FROM cases " + rest;
}

// Values that repeat across cases (type, status, service, site, ...) come from `pool`.
CaseSummary readSummary(const Sqlite::Statement &q, Sqlite::StringPool &pool)
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
    return s;
}

// A date as the text column holds it (besides its ticks and offset).
void bindIso(Sqlite::Statement &q, int index, const Timestamp &t)
{
    if (t.isValid())
        q.bind(index, t.toIsoString());
    else
        q.bindNull(index);
}

// The header columns of insertCase and updateHeader from `first` on, in their order.
int bindHeader(Sqlite::Statement &q, int first, const CaseHeader &c)
{
    int i = first;
    for (const QString *text :
        {&c.subject, &c.type, &c.priority, &c.status, &c.origin, &c.customerReference})
        q.bind(i++, *text);
    for (const Timestamp *t :
        {&c.createdDate, &c.lastModifiedDate, &c.startOfIncident, &c.endOfIncident}) {
        bindIso(q, i, *t);
        q.bind(i + 1, *t); // ticks and offset
        i += 3;
    }
    for (const QString *text : {&c.serviceId, &c.serviceName, &c.siteId, &c.siteName})
        q.bind(i++, *text);
    return i;
}

// What a case is found by besides its messages. Only fields that seldom change (not status,
// priority or dates, since schema 5): re-indexing a header costs a delete from FTS5.
QString headerText(const CaseHeader &c)
{
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    return QStringList {c.id, matrix.subjectLabel(c.subject), c.subject, matrix.typeLabel(c.type),
        c.customerReference, c.serviceName, c.siteName}
        .join(u' ');
}

Timestamp dateFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return Timestamp::parse(v.toString()).value_or(Timestamp());
}

} // namespace

sqlite3 *LocalStore::handle() const
{
    return Sqlite::handleOf(QSqlDatabase::database(m_connectionName, false));
}

std::optional<LocalStore::Change> LocalStore::applyCases(const QList<Case> &cases, bool baseline)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    sqlite3 *raw = handle();
    if (!raw || !db.transaction()) {
        if (raw)
            noteError(db.lastError());
        else
            noteError(SQLITE_MISUSE, QStringLiteral("the local database is not open"));
        return std::nullopt;
    }
    Change change;
    bool ok = true;
    {
        // Prepared once per batch; every statement runs on QtSql's connection, in its
        // transaction.
        using Sqlite::Statement;
        Statement select(raw, summarySql("WHERE id = ?1"));
        Statement insertCase(raw,
            "INSERT INTO cases (id, subject, type, priority, status, origin, customer_reference, "
            "created, created_ticks, created_offset, last_modified, last_modified_ticks, "
            "last_modified_offset, start_of_incident, start_of_incident_ticks, "
            "start_of_incident_offset, end_of_incident, end_of_incident_ticks, "
            "end_of_incident_offset, service_id, service_name, site_id, site_name) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
            "?18, ?19, ?20, ?21, ?22, ?23)");
        Statement updateHeader(raw,
            "UPDATE cases SET subject = ?1, type = ?2, priority = ?3, status = ?4, origin = ?5, "
            "customer_reference = ?6, created = ?7, created_ticks = ?8, created_offset = ?9, "
            "last_modified = ?10, last_modified_ticks = ?11, last_modified_offset = ?12, "
            "start_of_incident = ?13, start_of_incident_ticks = ?14, "
            "start_of_incident_offset = ?15, end_of_incident = ?16, end_of_incident_ticks = ?17, "
            "end_of_incident_offset = ?18, service_id = ?19, service_name = ?20, site_id = ?21, "
            "site_name = ?22 WHERE num = ?23");
        // A changed header and new messages, the usual poll, in one statement.
        Statement updateHeaderAndCounts(raw,
            "UPDATE cases SET subject = ?1, type = ?2, priority = ?3, status = ?4, origin = ?5, "
            "customer_reference = ?6, created = ?7, created_ticks = ?8, created_offset = ?9, "
            "last_modified = ?10, last_modified_ticks = ?11, last_modified_offset = ?12, "
            "start_of_incident = ?13, start_of_incident_ticks = ?14, "
            "start_of_incident_offset = ?15, end_of_incident = ?16, end_of_incident_ticks = ?17, "
            "end_of_incident_offset = ?18, service_id = ?19, service_name = ?20, site_id = ?21, "
            "site_name = ?22, communication_count = communication_count + ?23, "
            "last_communication = ?24, last_communication_ticks = ?25, "
            "last_communication_offset = ?26 WHERE num = ?27");
        Statement updateCounts(raw,
            "UPDATE cases SET communication_count = communication_count + ?1, "
            "last_communication = ?2, last_communication_ticks = ?3, "
            "last_communication_offset = ?4 WHERE num = ?5");
        Statement markSeen(raw,
            "UPDATE cases SET seen_count = communication_count, seen_modified = last_modified, "
            "seen_modified_ticks = last_modified_ticks, "
            "seen_modified_offset = last_modified_offset WHERE num = ?1");
        Statement insertMessage(raw,
            "INSERT OR IGNORE INTO communications (case_num, identity, ticks, timestamp, type, "
            "sent_by, message) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        Statement knownMessages(raw, "SELECT identity FROM communications WHERE case_num = ?1");
        Statement index(raw, "INSERT INTO search (rowid, case_id, body) VALUES (?1, ?2, ?3)");
        Statement unindex(raw, "DELETE FROM search WHERE rowid = ?1");
        for (const Statement *q : {&select, &insertCase, &updateHeader, &updateHeaderAndCounts,
                 &updateCounts, &markSeen, &insertMessage, &knownMessages, &index, &unindex}) {
            if (!q->isValid()) {
                noteError(q->errorCode(), q->lastError());
                ok = false;
            }
        }
        const auto failed = [&](const Statement &q) {
            noteError(q.errorCode(), q.lastError());
            ok = false;
        };
        Sqlite::StringPool pool;

        for (const Case &c : cases) {
            if (!ok)
                break;
            // What is known of the case: its summary before this batch.
            select.bind(1, c.id);
            qint64 num = 0;
            std::optional<CaseSummary> before;
            const int found = select.step();
            if (found == SQLITE_ROW) {
                before = readSummary(select, pool);
                num = select.int64(NumColumn);
            }
            select.reset();
            if (found != SQLITE_ROW && found != SQLITE_DONE) {
                failed(select);
                break;
            }
            if (before && c.lastModifiedDate < before->lastModifiedDate)
                continue; // an older answer than what is stored
            const bool headerChanged = !before || static_cast<const CaseHeader &>(*before) != c;
            if (!before) {
                insertCase.bind(1, c.id);
                bindHeader(insertCase, 2, c);
                if (!insertCase.run()) {
                    failed(insertCase);
                    break;
                }
                num = sqlite3_last_insert_rowid(raw);
            }
            // A known case's changed header is written with its new message counts, below.
            // The header's search row, when its text changed: FTS5 reads back and tokenizes
            // the old row to delete it, the dearest step of a poll when done for every case.
            const QString text = headerChanged ? headerText(c) : QString();
            if (headerChanged && (!before || headerText(*before) != text)) {
                unindex.bind(1, -num);
                if (!unindex.run()) {
                    failed(unindex);
                    break;
                }
                index.bind(1, -num);
                index.bind(2, c.id);
                index.bind(3, text);
                if (!index.run()) {
                    failed(index);
                    break;
                }
            }
            // A communication stored before (in an earlier poll or earlier in this batch) is
            // ignored by its identity; only new ones are counted and indexed. A poll returns
            // a changed case's whole thread: the identities stored are read first (one range
            // of an index), so the messages known are not bound and inserted in vain.
            QSet<QByteArray> known;
            if (before) {
                knownMessages.bind(1, num);
                int rc;
                while ((rc = knownMessages.step()) == SQLITE_ROW)
                    known.insert(QByteArray(knownMessages.utf8(0), knownMessages.bytes(0)));
                knownMessages.reset();
                if (rc != SQLITE_DONE) {
                    failed(knownMessages);
                    break;
                }
            }
            int added = 0;
            Timestamp latest;
            for (const Communication &m : c.communications) {
                const QString identity = m.identityKey();
                if (known.contains(identity.toLatin1()))
                    continue;
                insertMessage.bind(1, num);
                insertMessage.bind(2, identity);
                insertMessage.bind(3, m.timestamp.ticks());
                bindIso(insertMessage, 4, m.timestamp);
                insertMessage.bind(5, m.type);
                insertMessage.bindOrNull(6, m.sentBy.isEmpty() ? QString() : m.sentBy);
                insertMessage.bind(7, m.message);
                if (!insertMessage.run()) {
                    failed(insertMessage);
                    break;
                }
                if (sqlite3_changes(raw) != 1)
                    continue; // stored before
                ++added;
                latest = qMax(latest, m.timestamp);
                index.bind(1, qint64(sqlite3_last_insert_rowid(raw)));
                index.bind(2, c.id);
                index.bind(3, m.sentBy.isEmpty() ? m.message : m.sentBy + u'\n' + m.message);
                if (!index.run()) {
                    failed(index);
                    break;
                }
            }
            if (!ok)
                break;
            if (before && headerChanged) {
                Statement &update = added > 0 ? updateHeaderAndCounts : updateHeader;
                int i = bindHeader(update, 1, c);
                if (added > 0) {
                    update.bind(i, added);
                    bindIso(update, i + 1, latest);
                    update.bind(i + 2, latest);
                    i += 4;
                }
                update.bind(i, num);
                if (!update.run()) {
                    failed(update);
                    break;
                }
            } else if (added > 0) {
                updateCounts.bind(1, added);
                bindIso(updateCounts, 2, latest);
                updateCounts.bind(3, latest);
                updateCounts.bind(5, num);
                if (!updateCounts.run()) {
                    failed(updateCounts);
                    break;
                }
            }
            if (added > 0)
                change.newCommunications.insert(c.id, added);
            if (baseline) {
                markSeen.bind(1, num);
                if (!markSeen.run()) {
                    failed(markSeen);
                    break;
                }
            }
            if (!headerChanged && added == 0 && !baseline)
                continue;
            // The summary as the statements above left the row (no read-back).
            CaseSummary after;
            static_cast<CaseHeader &>(after) = c;
            after.communicationCount = (before ? before->communicationCount : 0) + added;
            after.lastCommunicationAt = added > 0 ? latest
                : before                          ? before->lastCommunicationAt
                                                  : Timestamp();
            after.seenCommunicationCount = baseline ? after.communicationCount
                : before                            ? before->seenCommunicationCount
                                                    : 0;
            after.seenModified = baseline ? c.lastModifiedDate
                : before                  ? before->seenModified
                                          : Timestamp();
            if (!before)
                change.inserted.append(after);
            else if (after != *before)
                change.updated.append(after);
        }
    }
    if (ok && !db.commit()) {
        noteError(db.lastError());
        ok = false;
    }
    if (!ok) {
        db.rollback();
        return std::nullopt;
    }
    return change;
}

QList<CaseSummary> LocalStore::loadSummaries()
{
    // The table is read in its own order (faster than through an index, and schema 5 keeps
    // no index by modification: a poll would pay for it) and sorted here: newest change
    // first, the later stored first among equals, as the index gave them.
    QList<CaseSummary> read;
    Sqlite::Statement query(handle(), summarySql("ORDER BY num DESC"));
    if (!query.isValid()) {
        noteError(query.errorCode(), query.lastError());
        return read;
    }
    read.reserve(caseCount());
    Sqlite::StringPool pool;
    int rc;
    while ((rc = query.step()) == SQLITE_ROW)
        read.append(readSummary(query, pool));
    if (rc != SQLITE_DONE) {
        noteError(query.errorCode(), query.lastError());
        qCWarning(lcStore) << "reading the cases failed:" << m_lastError;
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

int LocalStore::caseCount()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT count(*) FROM cases"));
    return exec(query) && query.next() ? query.value(0).toInt() : 0;
}

std::optional<CaseSummary> LocalStore::loadSummary(const QString &caseId)
{
    Sqlite::Statement query(handle(), summarySql("WHERE id = ?1"));
    if (!query.isValid()) {
        noteError(query.errorCode(), query.lastError());
        return std::nullopt;
    }
    query.bind(1, caseId);
    if (query.step() != SQLITE_ROW)
        return std::nullopt;
    Sqlite::StringPool pool;
    return readSummary(query, pool);
}

QList<Communication> LocalStore::loadThread(const QString &caseId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT timestamp, type, sent_by, message FROM communications WHERE case_num = "
        "(SELECT num FROM cases WHERE id = ?) ORDER BY ticks, num"));
    query.addBindValue(caseId);
    QList<Communication> thread;
    if (!exec(query))
        return thread;
    while (query.next()) {
        Communication m;
        m.timestamp = dateFrom(query.value(0));
        m.type = query.value(1).toString();
        m.sentBy = query.value(2).toString();
        m.message = query.value(3).toString();
        thread.append(std::move(m));
    }
    return thread;
}

std::optional<Case> LocalStore::loadCase(const QString &caseId)
{
    const auto summary = loadSummary(caseId);
    if (!summary)
        return std::nullopt;
    Case c;
    static_cast<CaseHeader &>(c) = *summary;
    c.communications = loadThread(caseId);
    return c;
}

QList<Case> LocalStore::loadCases()
{
    QList<Case> cases;
    for (const CaseSummary &summary : loadSummaries()) {
        Case c;
        static_cast<CaseHeader &>(c) = summary;
        c.communications = loadThread(summary.id);
        cases.append(std::move(c));
    }
    return cases;
}

std::optional<CaseSummary> LocalStore::setRead(const QString &caseId, bool read)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(read ? QStringLiteral("UPDATE cases SET seen_count = communication_count, "
                                        "seen_modified = last_modified, "
                                        "seen_modified_ticks = last_modified_ticks, "
                                        "seen_modified_offset = last_modified_offset WHERE id = ?")
                       : QStringLiteral("UPDATE cases SET seen_modified = NULL, "
                                        "seen_modified_ticks = NULL, seen_modified_offset = NULL, "
                                        "seen_count = max(0, min(seen_count, "
                                        "communication_count - 1)) WHERE id = ?"));
    query.addBindValue(caseId);
    if (!exec(query) || query.numRowsAffected() != 1)
        return std::nullopt;
    return loadSummary(caseId);
}

QString LocalStore::searchExpression(const QString &input, bool *shortened) const
{
    // Every word must occur, each as a prefix; FTS5 syntax in the input is taken literally.
    // Each word is a pass over the index: a pasted page kept the store busy for minutes, so
    // only the first words are searched for.
    const QStringList words
        = input.left(MaxSearchLength)
              .split(QRegularExpression(QStringLiteral("[\\s\"]+")), Qt::SkipEmptyParts);
    if (shortened)
        *shortened = input.size() > MaxSearchLength || words.size() > MaxSearchWords;
    QStringList terms;
    for (QString word : words.mid(0, MaxSearchWords))
        terms << u'"' + word.replace(u'"', QStringLiteral("\"\"")) + QStringLiteral("\"*");
    return terms.join(u' ');
}

QList<LocalStore::SearchHit> LocalStore::search(const QString &input, int limit, bool *shortened)
{
    QList<SearchHit> hits;
    const QString expression = searchExpression(input, shortened);
    if (expression.isEmpty())
        return hits;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // Best row per case; snippets only for the cases returned.
    QSqlQuery ranked(db);
    ranked.setForwardOnly(true);
    ranked.prepare(QStringLiteral(
        "SELECT case_id, rowid, rank FROM search WHERE search MATCH ? ORDER BY rank"));
    ranked.addBindValue(expression);
    if (!exec(ranked))
        return hits;
    QSet<QString> seen;
    QList<qint64> rows;
    while (ranked.next() && hits.size() < limit) {
        const QString caseId = ranked.value(0).toString();
        if (seen.contains(caseId))
            continue;
        seen.insert(caseId);
        hits.append({caseId, {}, ranked.value(2).toDouble()});
        rows.append(ranked.value(1).toLongLong());
    }
    ranked.finish();
    QSqlQuery snippet(db);
    snippet.prepare(QStringLiteral("SELECT snippet(search, 1, char(2), char(3), '…', 12) "
                                   "FROM search WHERE search MATCH ? AND rowid = ?"));
    const int withSnippet = qMin<int>(int(hits.size()), 50);
    for (int i = 0; i < withSnippet; ++i) {
        snippet.addBindValue(expression);
        snippet.addBindValue(rows.at(i));
        if (exec(snippet) && snippet.next())
            hits[i].snippet = snippet.value(0).toString();
        snippet.finish();
    }
    return hits;
}
