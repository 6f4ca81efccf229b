#pragma once

#include "store/CaseLinkTable.h"
#include "store/CaseTable.h"
#include "store/Database.h"
#include "store/DraftTable.h"
#include "store/MetaTable.h"
#include "store/ObservedChangeTable.h"
#include "store/OutboxTable.h"
#include "store/PollCursorTable.h"
#include "store/SearchIndex.h"
#include "store/Store.h"
#include "store/ThreadTable.h"
#include "store/WatchList.h"

// The embedded single-desk store: one profile's SQLite file (Database) and a class per table,
// behind the Store interface. Synchronous: the console runs it on a worker thread
// (StoreThread), casectl and the tests call it directly. One instance, one connection, one
// thread.
class SqliteStore : public Store
{
public:
    static constexpr int SchemaVersion = Database::SchemaVersion;

    // `path` is the database file; ":memory:" for a throw-away store.
    explicit SqliteStore(QString path);
    ~SqliteStore() override;
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    // See Database::open(): opens, migrates (to `upToVersion`: tests stop earlier), replaces a
    // damaged file and recovers what the engineer wrote from damaged copies.
    OpenResult open() override { return open(SchemaVersion); }
    OpenResult open(int upToVersion);
    bool isOpen() const override;
    bool checkEverything() override;
    void cancelCheck() override;
    QString path() const override;
    QString lastError() const override;

    // Writes the batch with CaseBatchWriter.
    std::optional<Change> applyCases(
        const QList<Case> &cases, bool baseline = false, const ProviderWords &words = {}) override;
    // Copies what the write-ahead log holds into the database file.
    void setApplyProgress(std::function<void(int done, int total)> progress) override;
    void checkpoint() override;
    QList<CaseSummary> loadSummaries() override;
    int caseCount() override;
    std::optional<CaseSummary> loadSummary(const QString &caseId) override;
    bool saveSlaDigests(const QHash<QString, QByteArray> &byCase) override;
    QList<Communication> loadThread(const QString &caseId) override;
    std::optional<Case> loadCase(const QString &caseId) override;
    QList<Case> loadCases() override;
    std::optional<CaseSummary> setRead(const QString &caseId, bool read) override;
    QList<SearchHit> search(
        const QString &text, int limit = 200, bool *shortened = nullptr) override;
    SearchPage searchPage(const QString &text, const SearchCursor &after, int limit) override;

    QDateTime lastSync() override;
    void setLastSync(const QDateTime &when) override;
    QByteArray providerCapabilities() override;
    bool setProviderCapabilities(const QByteArray &json) override;

    bool saveDraft(const QString &key, const QByteArray &payload) override;
    std::optional<QByteArray> draft(const QString &key) override;
    bool removeDraft(const QString &key) override;
    QStringList draftKeys() override;

    bool saveOutboxItem(const OutboxItem &item) override;
    QList<OutboxItem> outbox(bool *ok = nullptr) override;
    std::optional<OutboxItem> outboxItem(const QString &key) override;
    bool removeOutboxItem(const QString &key) override;

    QStringList watchedCases() override;
    bool setWatched(const QString &caseId, bool watched) override;

    QHash<QString, PollMark> pollCursor() override;
    bool advancePollCursor(const QHash<QString, PollMark> &marks) override;

    QList<ObservedChange> observedChanges(const QString &caseId) override;
    QHash<QString, QList<ObservedChange>> allObservedChanges() override;

    QList<CaseLink> caseLinks() override;

    LearnedWords learnedWords() override;
    bool saveLearnedWords(const LearnedWords &words) override;

private:
    Database m_db;
    CaseTable m_cases;
    ThreadTable m_threads;
    SearchIndex m_search;
    std::function<void(int done, int total)> m_progress; // see setApplyProgress()
    DraftTable m_drafts;
    OutboxTable m_outbox;
    WatchList m_watched;
    MetaTable m_meta;
    PollCursorTable m_pollCursor;
    ObservedChangeTable m_observed;
    CaseLinkTable m_links;
};
