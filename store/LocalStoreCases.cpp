// LocalStore: cases, threads, read state and full-text search.

#include "models/CaseTypeMatrix.h"
#include "store/LocalStore.h"
#include "store/Logging.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The columns summaryFrom() reads, in order.
const QString SummaryColumns = QStringLiteral(
    "id, subject, type, priority, status, origin, customer_reference, created, last_modified, "
    "start_of_incident, end_of_incident, service_id, service_name, site_id, site_name, "
    "communication_count, last_communication, seen_count, seen_modified, num, "
    "last_modified_ticks");

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

QVariant date(const Timestamp &t)
{
    return t.isValid() ? QVariant(t.toIsoString()) : QVariant();
}

Timestamp dateFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return Timestamp::parse(v.toString()).value_or(Timestamp());
}

// What a case is found by besides its messages.
QString headerText(const CaseHeader &c)
{
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    return QStringList {c.id, matrix.subjectLabel(c.subject), c.subject, matrix.typeLabel(c.type),
        c.customerReference, c.serviceName, c.siteName, c.status}
        .join(u' ');
}

} // namespace

CaseSummary LocalStore::summaryFrom(const QSqlQuery &q) const
{
    CaseSummary s;
    s.id = q.value(0).toString();
    s.subject = q.value(1).toString();
    s.type = q.value(2).toString();
    s.priority = q.value(3).toString();
    s.status = q.value(4).toString();
    s.origin = q.value(5).toString();
    s.customerReference = q.value(6).toString();
    s.createdDate = dateFrom(q.value(7));
    s.lastModifiedDate = dateFrom(q.value(8));
    s.startOfIncident = dateFrom(q.value(9));
    s.endOfIncident = dateFrom(q.value(10));
    s.serviceId = q.value(11).toString();
    s.serviceName = q.value(12).toString();
    s.siteId = q.value(13).toString();
    s.siteName = q.value(14).toString();
    s.communicationCount = q.value(15).toInt();
    s.lastCommunicationAt = dateFrom(q.value(16));
    s.seenCommunicationCount = q.value(17).toInt();
    s.seenModified = dateFrom(q.value(18));
    return s;
}

std::optional<LocalStore::Change> LocalStore::applyCases(const QList<Case> &cases, bool baseline)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        m_lastError = QStringLiteral("cannot start a transaction");
        return std::nullopt;
    }
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT %1 FROM cases WHERE id = ?").arg(SummaryColumns));
    QSqlQuery insertCase(db);
    insertCase.prepare(QStringLiteral(
        "INSERT INTO cases (id, subject, type, priority, status, origin, customer_reference, "
        "created, last_modified, last_modified_ticks, start_of_incident, end_of_incident, "
        "service_id, service_name, site_id, site_name) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery updateHeader(db);
    updateHeader.prepare(QStringLiteral(
        "UPDATE cases SET subject = ?, type = ?, priority = ?, status = ?, origin = ?, "
        "customer_reference = ?, created = ?, last_modified = ?, last_modified_ticks = ?, "
        "start_of_incident = ?, end_of_incident = ?, service_id = ?, service_name = ?, "
        "site_id = ?, site_name = ? WHERE num = ?"));
    QSqlQuery updateCounts(db);
    updateCounts.prepare(
        QStringLiteral("UPDATE cases SET communication_count = communication_count + ?, "
                       "last_communication = coalesce(?, last_communication) WHERE num = ?"));
    QSqlQuery markSeen(db);
    markSeen.prepare(QStringLiteral("UPDATE cases SET seen_count = communication_count, "
                                    "seen_modified = last_modified WHERE num = ?"));
    QSqlQuery insertMessage(db);
    insertMessage.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO communications (case_num, identity, ticks, timestamp, type, "
        "sent_by, message) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery knownMessages(db);
    knownMessages.setForwardOnly(true);
    knownMessages.prepare(QStringLiteral("SELECT identity FROM communications WHERE case_num = ?"));
    QSqlQuery index(db);
    index.prepare(QStringLiteral("INSERT INTO search (rowid, case_id, body) VALUES (?, ?, ?)"));
    QSqlQuery unindex(db);
    unindex.prepare(QStringLiteral("DELETE FROM search WHERE rowid = ?"));

    const auto bindHeader = [](QSqlQuery &q, const CaseHeader &c) {
        for (const QVariant &v : {text(c.subject), text(c.type), text(c.priority), text(c.status),
                 text(c.origin), text(c.customerReference), date(c.createdDate),
                 date(c.lastModifiedDate), QVariant(c.lastModifiedDate.ticks()),
                 date(c.startOfIncident), date(c.endOfIncident), text(c.serviceId),
                 text(c.serviceName), text(c.siteId), text(c.siteName)})
            q.addBindValue(v);
    };

    Change change;
    bool ok = true;
    for (const Case &c : cases) {
        select.addBindValue(c.id);
        ok = exec(select);
        if (!ok)
            break;
        qint64 num = 0;
        std::optional<CaseSummary> before;
        if (select.next()) {
            before = summaryFrom(select);
            num = select.value(19).toLongLong();
        }
        select.finish();
        if (before && c.lastModifiedDate < before->lastModifiedDate)
            continue; // an older answer than what is stored
        const bool headerChanged = !before || static_cast<const CaseHeader &>(*before) != c;
        if (!before) {
            insertCase.addBindValue(c.id);
            bindHeader(insertCase, c);
            if (!(ok = exec(insertCase)))
                break;
            num = insertCase.lastInsertId().toLongLong();
        } else if (headerChanged) {
            bindHeader(updateHeader, c);
            updateHeader.addBindValue(num);
            if (!(ok = exec(updateHeader)))
                break;
        }
        if (headerChanged) {
            unindex.addBindValue(-num);
            index.addBindValue(-num);
            index.addBindValue(c.id);
            index.addBindValue(headerText(c));
            if (!(ok = exec(unindex) && exec(index)))
                break;
        }
        // What is stored already, in one read, so only new messages are written.
        QSet<QString> known;
        if (before) {
            knownMessages.addBindValue(num);
            if (!(ok = exec(knownMessages)))
                break;
            while (knownMessages.next())
                known.insert(knownMessages.value(0).toString());
            knownMessages.finish();
        }
        int added = 0;
        Timestamp latest;
        for (const Communication &m : c.communications) {
            const QString identity = m.identityKey();
            if (known.contains(identity))
                continue;
            known.insert(identity);
            insertMessage.addBindValue(num);
            insertMessage.addBindValue(identity);
            insertMessage.addBindValue(m.timestamp.ticks());
            insertMessage.addBindValue(date(m.timestamp));
            insertMessage.addBindValue(text(m.type));
            insertMessage.addBindValue(m.sentBy.isEmpty() ? QVariant() : QVariant(m.sentBy));
            insertMessage.addBindValue(text(m.message));
            if (!(ok = exec(insertMessage)))
                break;
            if (insertMessage.numRowsAffected() != 1)
                continue; // stored before
            ++added;
            latest = qMax(latest, m.timestamp);
            index.addBindValue(insertMessage.lastInsertId());
            index.addBindValue(c.id);
            index.addBindValue(m.sentBy.isEmpty() ? m.message : m.sentBy + u'\n' + m.message);
            if (!(ok = exec(index)))
                break;
        }
        if (!ok)
            break;
        if (added > 0) {
            updateCounts.addBindValue(added);
            updateCounts.addBindValue(date(latest));
            updateCounts.addBindValue(num);
            if (!(ok = exec(updateCounts)))
                break;
            change.newCommunications.insert(c.id, added);
        }
        if (baseline) {
            markSeen.addBindValue(num);
            if (!(ok = exec(markSeen)))
                break;
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
    if (!ok || !db.commit()) {
        db.rollback();
        return std::nullopt;
    }
    return change;
}

QList<CaseSummary> LocalStore::loadSummaries()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM cases ORDER BY last_modified_ticks DESC")
                      .arg(SummaryColumns));
    QList<CaseSummary> summaries;
    if (!exec(query))
        return summaries;
    while (query.next())
        summaries.append(summaryFrom(query));
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT %1 FROM cases WHERE id = ?").arg(SummaryColumns));
    query.addBindValue(caseId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return summaryFrom(query);
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
                                        "seen_modified = last_modified WHERE id = ?")
                       : QStringLiteral("UPDATE cases SET seen_modified = NULL, seen_count = "
                                        "max(0, min(seen_count, communication_count - 1)) "
                                        "WHERE id = ?"));
    query.addBindValue(caseId);
    if (!exec(query) || query.numRowsAffected() != 1)
        return std::nullopt;
    return loadSummary(caseId);
}

QString LocalStore::searchExpression(const QString &input) const
{
    // Every word must occur, each as a prefix; FTS5 syntax in the input is taken literally.
    QStringList terms;
    for (QString word :
        input.split(QRegularExpression(QStringLiteral("[\\s\"]+")), Qt::SkipEmptyParts)) {
        terms << u'"' + word.replace(u'"', QStringLiteral("\"\"")) + QStringLiteral("\"*");
    }
    return terms.join(u' ');
}

QList<LocalStore::SearchHit> LocalStore::search(const QString &input, int limit)
{
    QList<SearchHit> hits;
    const QString expression = searchExpression(input);
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
