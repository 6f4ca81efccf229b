#pragma once

#include "models/OutboxStorage.h"
#include "store/LocalStore.h"
#include "store/OutboxLock.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <memory>

// The local store for the GUI: a LocalStore on its own thread, so no SQL runs on the GUI
// thread. Requests are queued to the store's thread in order; answers come back as signals on
// the caller's thread.
class CaseStore : public QObject, public OutboxStorage
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
    };

    explicit CaseStore(const QString &path, QObject *parent = nullptr);
    ~CaseStore() override;

    // Opens (or repairs) the database, then loads every case summary, the drafts and the watch
    // list. Answers with opened().
    void open();
    void applyCases(const QList<Case> &cases, bool baseline, const QDateTime &syncStart);
    void loadThread(const QString &caseId);
    void setRead(const QString &caseId, bool read);
    // Answers with searchFinished(generation, hits, shortened); a newer generation makes older
    // answers stale for the caller.
    void search(const QString &text, quint64 generation);
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

    // Runs `work` on the store's thread with the LocalStore (for the outbox and tests). The
    // LocalStore must not escape the call.
    void run(std::function<void(LocalStore &)> work);

signals:
    void opened(const CaseStore::Opened &opened);
    void casesApplied(const LocalStore::Change &change);
    void threadLoaded(const QString &caseId, const QList<Communication> &thread, int seenCount);
    void summaryChanged(const CaseSummary &summary);
    // `shortened`: only the first LocalStore::MaxSearchWords words were searched for.
    void searchFinished(
        quint64 generation, const QList<LocalStore::SearchHit> &hits, bool shortened);
    // A write failed: the message says what was not saved.
    void failed(const QString &message);

private:
    template<typename F>
    void post(F &&work);
    QHash<QString, QByteArray> storedDrafts(); // on the store's thread

    QThread m_thread;
    QObject *m_context; // lives on m_thread; owns nothing but the thread affinity
    std::unique_ptr<LocalStore> m_store;
    OutboxLock m_outboxLock; // used on the store's thread only
};

Q_DECLARE_METATYPE(LocalStore::Change)
Q_DECLARE_METATYPE(LocalStore::SearchHit)
