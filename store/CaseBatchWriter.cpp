#include "store/CaseBatchWriter.h"

#include "models/SlaDigest.h"
#include "store/CaseTable.h"
#include "store/Database.h"
#include "store/ObservedChangeTable.h"
#include "store/SearchIndex.h"
#include "store/SearchTerms.h"

#include <QDateTime>
#include <QSqlDatabase>

using Sqlite::Statement;

namespace {

// A date as the text column holds it (besides its ticks and offset).
void bindIso(Statement &q, int index, const Timestamp &t)
{
    if (t.isValid())
        q.bind(index, t.toIsoString());
    else
        q.bindNull(index);
}

// The header columns of insertCase and updateHeader from `first` on, in their order.
int bindHeader(Statement &q, int first, const CaseHeader &c)
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

} // namespace

struct CaseBatchWriter::Statements
{
    Statements(sqlite3 *raw, bool withDigest)
        : select(raw, CaseTable::selectSql("WHERE id = ?1", withDigest))
        , insertCase(raw,
              "INSERT INTO cases (id, subject, type, priority, status, origin, "
              "customer_reference, created, created_ticks, created_offset, last_modified, "
              "last_modified_ticks, last_modified_offset, start_of_incident, "
              "start_of_incident_ticks, start_of_incident_offset, end_of_incident, "
              "end_of_incident_ticks, end_of_incident_offset, service_id, service_name, site_id, "
              "site_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
              "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)")
        , updateHeader(raw,
              "UPDATE cases SET subject = ?1, type = ?2, priority = ?3, status = ?4, "
              "origin = ?5, customer_reference = ?6, created = ?7, created_ticks = ?8, "
              "created_offset = ?9, last_modified = ?10, last_modified_ticks = ?11, "
              "last_modified_offset = ?12, start_of_incident = ?13, "
              "start_of_incident_ticks = ?14, start_of_incident_offset = ?15, "
              "end_of_incident = ?16, end_of_incident_ticks = ?17, end_of_incident_offset = ?18, "
              "service_id = ?19, service_name = ?20, site_id = ?21, site_name = ?22 "
              "WHERE num = ?23")
        // A changed header and new messages, the usual poll, in one statement.
        , updateHeaderAndCounts(raw,
              "UPDATE cases SET subject = ?1, type = ?2, priority = ?3, status = ?4, "
              "origin = ?5, customer_reference = ?6, created = ?7, created_ticks = ?8, "
              "created_offset = ?9, last_modified = ?10, last_modified_ticks = ?11, "
              "last_modified_offset = ?12, start_of_incident = ?13, "
              "start_of_incident_ticks = ?14, start_of_incident_offset = ?15, "
              "end_of_incident = ?16, end_of_incident_ticks = ?17, end_of_incident_offset = ?18, "
              "service_id = ?19, service_name = ?20, site_id = ?21, site_name = ?22, "
              "communication_count = communication_count + ?23, last_communication = ?24, "
              "last_communication_ticks = ?25, last_communication_offset = ?26 WHERE num = ?27")
        , updateCounts(raw,
              "UPDATE cases SET communication_count = communication_count + ?1, "
              "last_communication = ?2, last_communication_ticks = ?3, "
              "last_communication_offset = ?4 WHERE num = ?5")
        , markSeen(raw,
              "UPDATE cases SET seen_count = communication_count, seen_modified = last_modified, "
              "seen_modified_ticks = last_modified_ticks, "
              "seen_modified_offset = last_modified_offset WHERE num = ?1")
        , insertMessage(raw,
              "INSERT OR IGNORE INTO communications (case_num, identity, ticks, timestamp, type, "
              "sent_by, message) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        , knownMessages(raw, "SELECT identity FROM communications WHERE case_num = ?1")
        , index(raw, "INSERT INTO search (rowid, case_id, body) VALUES (?1, ?2, ?3)")
        , unindex(raw, "DELETE FROM search WHERE rowid = ?1")
    { }

    Statement select;
    Statement insertCase;
    Statement updateHeader;
    Statement updateHeaderAndCounts;
    Statement updateCounts;
    Statement markSeen;
    Statement insertMessage;
    Statement knownMessages;
    Statement index;
    Statement unindex;
    // Schema 10 on (the SLA digest column).
    std::unique_ptr<Statement> slaDigest;
    // Prepared when a batch first sees a change (most see none).
    std::unique_ptr<Statement> insertObserved;
};

CaseBatchWriter::CaseBatchWriter(Database &db)
    : m_db(db)
{ }

CaseBatchWriter::~CaseBatchWriter() = default;

std::optional<Store::Change> CaseBatchWriter::write(
    const QList<Case> &cases, bool baseline, const ProviderWords &words)
{
    m_words = words;
    m_seenAt = Timestamp::fromDateTime(QDateTime::currentDateTimeUtc());
    QSqlDatabase db = m_db.connection();
    m_raw = m_db.handle();
    if (!m_raw || !db.transaction()) {
        if (m_raw)
            m_db.noteError(db.lastError());
        else
            m_db.noteError(SQLITE_MISUSE, QStringLiteral("the local database is not open"));
        return std::nullopt;
    }
    Store::Change change;
    bool ok = prepare();
    int done = 0;
    for (auto c = cases.cbegin(); ok && c != cases.cend(); ++c) {
        ok = writeCase(*c, baseline, change);
        if (m_progress && ++done % ProgressStep == 0 && done < cases.size())
            m_progress(done, int(cases.size()));
    }
    if (ok && !m_terms->flush()) {
        m_db.noteError(sqlite3_errcode(m_raw), QString::fromUtf8(sqlite3_errmsg(m_raw)));
        ok = false;
    }
    m_q.reset(); // finalized before the commit, as the statements of a batch always were
    if (ok && !db.commit()) {
        m_db.noteError(db.lastError());
        ok = false;
    }
    if (!ok) {
        db.rollback();
        return std::nullopt;
    }
    return change;
}

bool CaseBatchWriter::prepare()
{
    const bool withDigest = m_db.schemaVersion() >= 10;
    m_q = std::make_unique<Statements>(m_raw, withDigest);
    if (withDigest) {
        m_q->slaDigest
            = std::make_unique<Statement>(m_raw, "UPDATE cases SET sla_digest = ?1 WHERE num = ?2");
        if (!m_q->slaDigest->isValid()) {
            m_db.noteError(m_q->slaDigest->errorCode(), m_q->slaDigest->lastError());
            return false;
        }
    }
    if (!m_terms || m_terms->connection() != m_raw)
        m_terms = std::make_unique<SearchTerms>(m_raw);
    bool ok = true;
    for (const Statement *q : {&m_q->select, &m_q->insertCase, &m_q->updateHeader,
             &m_q->updateHeaderAndCounts, &m_q->updateCounts, &m_q->markSeen, &m_q->insertMessage,
             &m_q->knownMessages, &m_q->index, &m_q->unindex}) {
        if (!q->isValid()) {
            m_db.noteError(q->errorCode(), q->lastError());
            ok = false;
        }
    }
    return ok;
}

bool CaseBatchWriter::failed(const Statement &q)
{
    m_db.noteError(q.errorCode(), q.lastError());
    return false;
}

bool CaseBatchWriter::writeCase(const Case &c, bool baseline, Store::Change &change)
{
    Existing existing;
    if (!readExisting(c.id, existing))
        return false;
    if (!isNewer(c, existing))
        return true;
    Written written;
    written.headerChanged
        = !existing.summary || static_cast<const CaseHeader &>(*existing.summary) != c;
    // A known case's changed header is written with its new message counts (updateCase()).
    if (!existing.summary && !insertCase(c, existing))
        return false;
    if (written.headerChanged && !indexHeader(c, existing))
        return false;
    QSet<QByteArray> known;
    if (existing.summary && !readKnownCommunications(existing.num, known))
        return false;
    if (!appendCommunications(c, existing.num, known, written))
        return false;
    if (!updateCase(c, existing, written))
        return false;
    // The poll returns a changed case's whole thread: its digest is made from it.
    if (m_q->slaDigest) {
        written.slaDigest = SlaDigest::of(c, m_words).bytes();
        if (!writeSlaDigest(existing, written))
            return false;
    }
    if (existing.summary && !recordObserved(c, existing, change))
        return false;
    const bool seen = baseline || isOnlyOurs(c, existing, written);
    if (seen && !markSeen(existing.num))
        return false;
    collectChange(c, existing, written, seen, change);
    return true;
}

bool CaseBatchWriter::isOnlyOurs(const Case &c, const Existing &existing, const Written &written)
{
    if (!written.onlyOurs)
        return false;
    if (!existing.summary)
        return written.added > 0; // everything in it is ours: a case we created
    const CaseSummary &before = *existing.summary;
    if (before.isUnread() || before.unreadCommunications() > 0)
        return false; // unread stays unread
    // The customer reference is ours too: only the customer's side sets it (the provider's
    // addCustomerReference links a case to the customer's own systems).
    CaseHeader header = c;
    header.lastModifiedDate = before.lastModifiedDate;
    header.customerReference = before.customerReference;
    if (header != static_cast<const CaseHeader &>(before))
        return false;
    return written.added > 0 || c.customerReference != before.customerReference;
}

bool CaseBatchWriter::readExisting(const QString &caseId, Existing &existing)
{
    Statement &select = m_q->select;
    select.bind(1, caseId);
    const int found = select.step();
    if (found == SQLITE_ROW) {
        existing.summary = CaseTable::readSummary(select, m_pool);
        existing.num = select.int64(CaseTable::NumColumn);
    }
    select.reset();
    return found == SQLITE_ROW || found == SQLITE_DONE || failed(select);
}

bool CaseBatchWriter::isNewer(const Case &c, const Existing &existing)
{
    return !existing.summary || !(c.lastModifiedDate < existing.summary->lastModifiedDate);
}

bool CaseBatchWriter::insertCase(const Case &c, Existing &existing)
{
    m_q->insertCase.bind(1, c.id);
    bindHeader(m_q->insertCase, 2, c);
    if (!m_q->insertCase.run())
        return failed(m_q->insertCase);
    existing.num = sqlite3_last_insert_rowid(m_raw);
    return true;
}

bool CaseBatchWriter::indexHeader(const Case &c, const Existing &existing)
{
    // Only when its text changed: FTS5 reads back and tokenizes the old row to delete it, the
    // dearest step of a poll when done for every case.
    const QString text = SearchIndex::headerText(c);
    if (existing.summary && SearchIndex::headerText(*existing.summary) == text)
        return true;
    m_q->unindex.bind(1, -existing.num);
    if (!m_q->unindex.run())
        return failed(m_q->unindex);
    m_q->index.bind(1, -existing.num);
    m_q->index.bind(2, c.id);
    m_q->index.bind(3, text);
    m_terms->collect(text);
    return m_q->index.run() || failed(m_q->index);
}

bool CaseBatchWriter::readKnownCommunications(qint64 num, QSet<QByteArray> &known)
{
    // A poll returns a changed case's whole thread: the identities stored are read first (one
    // range of an index), so the messages known are not bound and inserted in vain.
    Statement &q = m_q->knownMessages;
    q.bind(1, num);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        known.insert(QByteArray(q.utf8(0), q.bytes(0)));
    q.reset();
    return rc == SQLITE_DONE || failed(q);
}

bool CaseBatchWriter::appendCommunications(
    const Case &c, qint64 num, const QSet<QByteArray> &known, Written &written)
{
    // A communication stored before (in an earlier poll or earlier in this batch) is ignored by
    // its identity; only new ones are counted and indexed.
    Statement &insert = m_q->insertMessage;
    for (const Communication &m : c.communications) {
        const QString identity = m.identityKey();
        if (known.contains(identity.toLatin1()))
            continue;
        insert.bind(1, num);
        insert.bind(2, identity);
        insert.bind(3, m.timestamp.ticks());
        bindIso(insert, 4, m.timestamp);
        insert.bind(5, m.type);
        insert.bindOrNull(6, m.sentBy.isEmpty() ? QString() : m.sentBy);
        insert.bind(7, m.message);
        if (!insert.run())
            return failed(insert);
        if (sqlite3_changes(m_raw) != 1)
            continue; // stored before
        ++written.added;
        written.latest = qMax(written.latest, m.timestamp);
        written.onlyOurs = written.onlyOurs && !m.isFromProvider(m_words);
        m_q->index.bind(1, qint64(sqlite3_last_insert_rowid(m_raw)));
        m_q->index.bind(2, c.id);
        const QString text = SearchIndex::messageText(m);
        m_q->index.bind(3, text);
        m_terms->collect(text);
        if (!m_q->index.run())
            return failed(m_q->index);
    }
    return true;
}

bool CaseBatchWriter::updateCase(const Case &c, const Existing &existing, const Written &written)
{
    if (existing.summary && written.headerChanged) {
        Statement &update = written.added > 0 ? m_q->updateHeaderAndCounts : m_q->updateHeader;
        int i = bindHeader(update, 1, c);
        if (written.added > 0) {
            update.bind(i, written.added);
            bindIso(update, i + 1, written.latest);
            update.bind(i + 2, written.latest);
            i += 4;
        }
        update.bind(i, existing.num);
        return update.run() || failed(update);
    }
    if (written.added == 0)
        return true;
    Statement &update = m_q->updateCounts;
    update.bind(1, written.added);
    bindIso(update, 2, written.latest);
    update.bind(3, written.latest);
    update.bind(5, existing.num);
    return update.run() || failed(update);
}

bool CaseBatchWriter::recordObserved(const Case &c, const Existing &existing, Store::Change &change)
{
    // The provider gives only the current values: a difference from what was stored is a
    // change the console saw now. A case seen the first time has no "before".
    const CaseSummary &before = *existing.summary;
    const std::pair<ObservedChange::Field, std::pair<QString, QString>> fields[] = {
        {ObservedChange::Field::Status, {before.status, c.status}},
        {ObservedChange::Field::Priority, {before.priority, c.priority}},
    };
    for (const auto &[field, values] : fields) {
        if (values.first == values.second)
            continue;
        if (!m_q->insertObserved) {
            m_q->insertObserved = std::make_unique<Statement>(m_raw,
                "INSERT INTO observed_changes (case_num, field, old_value, new_value, seen, "
                "seen_ticks) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            if (!m_q->insertObserved->isValid())
                return failed(*m_q->insertObserved);
        }
        Statement &insert = *m_q->insertObserved;
        ObservedChange observed {c.id, field, values.first, values.second, m_seenAt};
        insert.bind(1, existing.num);
        insert.bind(2, ObservedChangeTable::fieldName(field));
        insert.bind(3, observed.from);
        insert.bind(4, observed.to);
        insert.bind(5, m_seenAt.toIsoString());
        insert.bind(6, m_seenAt.ticks());
        if (!insert.run())
            return failed(insert);
        change.observed.append(observed);
    }
    return true;
}

bool CaseBatchWriter::writeSlaDigest(const Existing &existing, const Written &written)
{
    if (existing.summary && existing.summary->slaDigest == written.slaDigest)
        return true;
    Statement &update = *m_q->slaDigest;
    update.bindBlob(1, written.slaDigest);
    update.bind(2, existing.num);
    return update.run() || failed(update);
}

bool CaseBatchWriter::markSeen(qint64 num)
{
    m_q->markSeen.bind(1, num);
    return m_q->markSeen.run() || failed(m_q->markSeen);
}

void CaseBatchWriter::collectChange(const Case &c, const Existing &existing, const Written &written,
    bool baseline, Store::Change &change)
{
    if (written.added > 0)
        change.newCommunications.insert(c.id, written.added);
    if (!written.headerChanged && written.added == 0 && !baseline)
        return;
    const std::optional<CaseSummary> &before = existing.summary;
    CaseSummary after;
    static_cast<CaseHeader &>(after) = c;
    after.communicationCount = (before ? before->communicationCount : 0) + written.added;
    after.lastCommunicationAt = written.added > 0 ? written.latest
        : before                                  ? before->lastCommunicationAt
                                                  : Timestamp();
    after.seenCommunicationCount = baseline ? after.communicationCount
        : before                            ? before->seenCommunicationCount
                                            : 0;
    after.seenModified = baseline ? c.lastModifiedDate
        : before                  ? before->seenModified
                                  : Timestamp();
    after.slaDigest = written.slaDigest;
    if (!before)
        change.inserted.append(after);
    else if (after != *before)
        change.updated.append(after);
}
