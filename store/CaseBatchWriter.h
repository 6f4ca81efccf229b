#pragma once

#include "models/Case.h"
#include "store/Sqlite.h"
#include "store/Store.h"

#include <QByteArray>
#include <QList>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class Database;
class SearchTerms;

// Writes one poll's cases in one transaction and says what changed: for each case, read what
// is stored, keep it when the answer is older, insert or update the case's row, append the
// communications not stored yet, index what is new for search, and collect the change from
// what was written (no read-back). Writes the cases, communications and search tables
// (CaseTable, ThreadTable and SearchIndex read them), and the status and priority changes it sees
// (ObservedChangeTable reads them). Statements are prepared once per batch on
// QtSql's own connection, inside its transaction. One writer per batch.
class CaseBatchWriter
{
public:
    explicit CaseBatchWriter(Database &db);
    ~CaseBatchWriter();
    CaseBatchWriter(const CaseBatchWriter &) = delete;
    CaseBatchWriter &operator=(const CaseBatchWriter &) = delete;

    // Told how many cases are written so far, every ProgressStep cases (and not at the end).
    static constexpr int ProgressStep = 500;
    void setProgress(std::function<void(int done, int total)> progress)
    {
        m_progress = std::move(progress);
    }

    // A newer lastModifiedDate wins; a communication is stored once however often it is
    // returned. With `baseline`, everything applied counts as seen. Our own messages (not the
    // provider's in `words`) are never new to us: a read case that gained only ours stays
    // read, and a new case with only ours in it (one we created) counts as read. Nothing is
    // written when a step fails (the database's lastError() says why).
    std::optional<Store::Change> write(
        const QList<Case> &cases, bool baseline, const ProviderWords &words = {});

    // A case as stored before the batch wrote it.
    struct Existing
    {
        qint64 num = 0; // its row; 0 for a case not stored yet
        std::optional<CaseSummary> summary;
    };
    // What the steps wrote for one case.
    struct Written
    {
        bool headerChanged = false;
        int added = 0; // new communications
        Timestamp latest; // the newest of them
        bool onlyOurs = true; // none of them is the provider's
        QByteArray slaDigest = QByteArray(); // SlaDigest of the case's thread as received
    };

    // Whether what was written leaves the case as read as it was: only our own messages or our
    // reference came, to a case read up to then (or our messages to a new case: one we
    // created), and nothing else changed but the time.
    static bool isOnlyOurs(const Case &c, const Existing &existing, const Written &written);

    // Whether `c` is to be written over what is stored: not when it is an older answer.
    static bool isNewer(const Case &c, const Existing &existing);
    // The summary as the steps left the row, and where it goes in `change` (nowhere when
    // nothing the list shows changed).
    static void collectChange(const Case &c, const Existing &existing, const Written &written,
        bool baseline, Store::Change &change);

private:
    struct Statements;

    bool prepare();
    bool writeCase(const Case &c, bool baseline, Store::Change &change);
    // The steps, each false (with the error noted) when a statement fails.
    bool readExisting(const QString &caseId, Existing &existing);
    bool insertCase(const Case &c, Existing &existing);
    bool indexHeader(const Case &c, const Existing &existing);
    bool readKnownCommunications(qint64 num, QSet<QByteArray> &known);
    bool appendCommunications(
        const Case &c, qint64 num, const QSet<QByteArray> &known, Written &written);
    bool updateCase(const Case &c, const Existing &existing, const Written &written);
    // Notes the status and priority of a known case that differ from what was stored
    // (observed_changes, and `change`).
    bool recordObserved(const Case &c, const Existing &existing, Store::Change &change);
    bool markSeen(qint64 num);
    // Keeps the case's SLA digest when it differs from the stored one.
    bool writeSlaDigest(const Existing &existing, const Written &written);
    bool failed(const Sqlite::Statement &q);

    Database &m_db;
    std::function<void(int done, int total)> m_progress;
    sqlite3 *m_raw = nullptr;
    std::unique_ptr<Statements> m_q;
    std::unique_ptr<SearchTerms> m_terms; // the words indexed, for prefix search
    Sqlite::StringPool m_pool;
    ProviderWords m_words;
    Timestamp m_seenAt; // when the batch is written: when its changes were seen
};
