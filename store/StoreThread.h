#pragma once

#include "models/OutboxStorage.h"
#include "store/OutboxLock.h"
#include "store/Store.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <memory>

// A Store (by default the profile's SqliteStore) on its own thread, for the GUI: no SQL runs on
// the GUI thread. Requests are queued to the store's thread in order; answers come back as
// signals on the caller's thread. Also the console's OutboxStorage.
class StoreThread : public QObject, public OutboxStorage
{
    Q_OBJECT

public:
    // What open() found: all that the session needs before the first poll.
    struct Opened
    {
        bool ok = false;
        QString message; // for the engineer, when there is something to say (a repair)
        QList<CaseSummary> summaries;
        QDateTime lastSync;
        QHash<QString, QByteArray> drafts; // by key
        QStringList watched; // case ids
        LearnedWords learnedWords; // what the console learned of the provider's words
        // The provider's capabilities as cached (api/ProviderCapabilities' JSON); may be empty.
        QByteArray providerCapabilities;
        // The status and priority changes seen so far, by case id, oldest first.
        QHash<QString, QList<ObservedChange>> observed;
        // The links between incidents and their RFO requests, oldest first.
        QList<CaseLink> links;
    };

    // The SqliteStore at `path`.
    explicit StoreThread(const QString &path, QObject *parent = nullptr);
    // Any store; the outbox's turns are taken beside store->path().
    explicit StoreThread(std::unique_ptr<Store> store, QObject *parent = nullptr);
    ~StoreThread() override;

    // Opens (or repairs) the database, then loads every case summary, the drafts and the watch
    // list. Answers with opened().
    void open();
    void applyCases(const QList<Case> &cases, bool baseline, const QDateTime &syncStart,
        const ProviderWords &words = {});
    void loadThread(const QString &caseId);
    void setRead(const QString &caseId, bool read);
    // A search's hits come a page at a time, newest first (Store::searchPage()).
    static constexpr int SearchPageSize = 50;
    // The first page: answers with searchFinished(generation, page, true); a newer generation
    // makes older answers stale for the caller.
    void search(const QString &text, quint64 generation);
    // The page after `after`: answers with searchFinished(generation, page, false).
    void searchMore(const QString &text, const Store::SearchCursor &after, quint64 generation);
    void saveDraft(const QString &key, const QByteArray &payload);
    void removeDraft(const QString &key);
    void setWatched(const QString &caseId, bool watched);
    void saveLearnedWords(const LearnedWords &words);
    // Caches the provider's capabilities (api/ProviderCapabilities' JSON).
    void saveProviderCapabilities(const QByteArray &json);

    // OutboxStorage
    void loadOutbox(QObject *context, std::function<void(const QList<OutboxItem> &)> done) override;
    void saveOutboxItem(
        const OutboxItem &item, QObject *context, std::function<void(bool saved)> done) override;
    void removeOutboxItem(const QString &key) override;
    void takeTurn(QObject *context,
        std::function<void(const std::optional<QList<OutboxItem>> &)> done) override;
    void endTurn() override;

    // Runs `work` on the store's thread with the Store (for tests). The Store must not escape
    // the call.
    void run(std::function<void(Store &)> work);

signals:
    void opened(const StoreThread::Opened &opened);
    void casesApplied(const Store::Change &change);
    // How far a baseline batch (a first sync) is written, search index included; `done` ==
    // `total` last, before casesApplied() or failed(), whether it was saved or not.
    void applyProgress(int done, int total);
    void threadLoaded(const QString &caseId, const QList<Communication> &thread, int seenCount);
    void summaryChanged(const CaseSummary &summary);
    // `firstPage`: the answer to search(), else to searchMore().
    void searchFinished(quint64 generation, const Store::SearchPage &page, bool firstPage);
    // A write failed: the message says what was not saved.
    void failed(const QString &message);

private:
    template<typename F>
    void post(F &&work);
    QHash<QString, QByteArray> storedDrafts(); // on the store's thread

    QThread m_thread;
    QObject *m_context; // lives on m_thread; owns nothing but the thread affinity
    std::unique_ptr<Store> m_store;
    OutboxLock m_outboxLock; // used on the store's thread only
};
