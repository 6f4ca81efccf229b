#pragma once

// A Store that counts what is read of the threads and hands everything to the store it wraps
// (for tests that must show a thread was not read again from disk). Counted on the store's
// thread; read the counts once the store's thread is idle.

#include "store/Store.h"

#include <QAtomicInt>
#include <QHash>
#include <QMutex>

#include <memory>

class CountingStore : public Store
{
public:
    explicit CountingStore(std::unique_ptr<Store> store)
        : m_store(std::move(store))
    { }

    // How often a case's thread (or the whole case) was read, by case id; "*" for all cases.
    int threadReads(const QString &caseId) const
    {
        QMutexLocker lock(&m_mutex);
        return m_reads.value(caseId) + m_reads.value(QStringLiteral("*"));
    }

    OpenResult open() override { return m_store->open(); }
    bool isOpen() const override { return m_store->isOpen(); }
    bool checkEverything() override { return m_store->checkEverything(); }
    void cancelCheck() override { m_store->cancelCheck(); }
    QString path() const override { return m_store->path(); }
    QString lastError() const override { return m_store->lastError(); }
    std::optional<Change> applyCases(
        const QList<Case> &cases, bool baseline, const ProviderWords &words) override
    {
        return m_store->applyCases(cases, baseline, words);
    }
    void setApplyProgress(std::function<void(int, int)> progress) override
    {
        m_store->setApplyProgress(std::move(progress));
    }
    void checkpoint() override { m_store->checkpoint(); }
    QList<CaseSummary> loadSummaries() override { return m_store->loadSummaries(); }
    int caseCount() override { return m_store->caseCount(); }
    QList<CaseLink> caseLinks() override { return m_store->caseLinks(); }
    QList<ObservedChange> observedChanges(const QString &caseId) override
    {
        return m_store->observedChanges(caseId);
    }
    QHash<QString, QList<ObservedChange>> allObservedChanges() override
    {
        return m_store->allObservedChanges();
    }
    std::optional<CaseSummary> loadSummary(const QString &caseId) override
    {
        return m_store->loadSummary(caseId);
    }
    QList<Communication> loadThread(const QString &caseId) override
    {
        count(caseId);
        return m_store->loadThread(caseId);
    }
    std::optional<Case> loadCase(const QString &caseId) override
    {
        count(caseId);
        return m_store->loadCase(caseId);
    }
    QList<Case> loadCases() override
    {
        count(QStringLiteral("*"));
        return m_store->loadCases();
    }
    std::optional<CaseSummary> setRead(const QString &caseId, bool read) override
    {
        return m_store->setRead(caseId, read);
    }
    QList<SearchHit> search(const QString &text, int limit, bool *shortened) override
    {
        return m_store->search(text, limit, shortened);
    }
    SearchPage searchPage(const QString &text, const SearchCursor &after, int limit) override
    {
        return m_store->searchPage(text, after, limit);
    }
    QDateTime lastSync() override { return m_store->lastSync(); }
    void setLastSync(const QDateTime &when) override { m_store->setLastSync(when); }
    QByteArray providerCapabilities() override { return m_store->providerCapabilities(); }
    bool setProviderCapabilities(const QByteArray &json) override
    {
        return m_store->setProviderCapabilities(json);
    }
    bool saveDraft(const QString &key, const QByteArray &payload) override
    {
        return m_store->saveDraft(key, payload);
    }
    std::optional<QByteArray> draft(const QString &key) override { return m_store->draft(key); }
    bool removeDraft(const QString &key) override { return m_store->removeDraft(key); }
    QStringList draftKeys() override { return m_store->draftKeys(); }
    bool saveOutboxItem(const OutboxItem &item) override { return m_store->saveOutboxItem(item); }
    QList<OutboxItem> outbox(bool *ok) override { return m_store->outbox(ok); }
    std::optional<OutboxItem> outboxItem(const QString &key) override
    {
        return m_store->outboxItem(key);
    }
    bool removeOutboxItem(const QString &key) override { return m_store->removeOutboxItem(key); }
    QStringList watchedCases() override { return m_store->watchedCases(); }
    QHash<QString, PollMark> pollCursor() override { return m_store->pollCursor(); }
    bool advancePollCursor(const QHash<QString, PollMark> &marks) override
    {
        return m_store->advancePollCursor(marks);
    }
    bool setWatched(const QString &caseId, bool watched) override
    {
        return m_store->setWatched(caseId, watched);
    }
    LearnedWords learnedWords() override { return m_store->learnedWords(); }
    bool saveLearnedWords(const LearnedWords &words) override
    {
        return m_store->saveLearnedWords(words);
    }

private:
    void count(const QString &caseId)
    {
        QMutexLocker lock(&m_mutex);
        ++m_reads[caseId];
    }

    std::unique_ptr<Store> m_store;
    mutable QMutex m_mutex;
    QHash<QString, int> m_reads;
};
