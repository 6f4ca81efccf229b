#include "store/StoreThread.h"

#include "store/Logging.h"
#include "store/SqliteStore.h"

#include <QCoreApplication>
#include <QPointer>

// The messages below keep the translation context of this class's former name (CaseStore).

StoreThread::StoreThread(const QString &path, QObject *parent)
    : StoreThread(std::make_unique<SqliteStore>(path), parent)
{ }

StoreThread::StoreThread(std::unique_ptr<Store> store, QObject *parent)
    : QObject(parent)
    , m_context(new QObject)
    , m_store(std::move(store))
    , m_outboxLock(m_store->path())
{
    m_thread.setObjectName(QStringLiteral("StoreThread"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

StoreThread::~StoreThread()
{
    // Everything queued before runs first (queued calls keep their order), then the database
    // closes on its own thread; only then does the thread stop. Nothing queued is dropped, but
    // the check of the whole file (seconds on a large one) is not waited for: the next open
    // checks again.
    m_store->cancelCheck();
    QMetaObject::invokeMethod(
        m_context, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template<typename F>
void StoreThread::post(F &&work)
{
    QMetaObject::invokeMethod(m_context, std::forward<F>(work), Qt::QueuedConnection);
}

void StoreThread::open()
{
    post([this] {
        const Store::OpenResult result = m_store->open();
        Opened opened;
        opened.ok = result.ok;
        opened.message = result.message;
        if (result.ok) {
            opened.summaries = m_store->loadSummaries();
            opened.lastSync = m_store->lastSync();
            opened.watched = m_store->watchedCases();
            opened.learnedWords = m_store->learnedWords();
            opened.providerCapabilities = m_store->providerCapabilities();
            opened.observed = m_store->allObservedChanges();
            opened.links = m_store->caseLinks();
        }
        opened.drafts = storedDrafts();
        emit this->opened(opened);
        // The threads and the search index, the bulk of the file, are checked once the list
        // is shown.
        if (result.ok && !m_store->checkEverything())
            emit failed(QCoreApplication::translate("CaseStore",
                "The local database is damaged (%1). Case Console will repair it when "
                "it next starts, keeping your drafts and unsent changes where they "
                "can still be read.")
                            .arg(m_store->lastError()));
    });
}

void StoreThread::applyCases(
    const QList<Case> &cases, bool baseline, const QDateTime &syncStart, const ProviderWords &words)
{
    post([this, cases, baseline, syncStart, words] {
        if (!m_store->isOpen()) {
            if (baseline)
                emit applyProgress(int(cases.size()), int(cases.size()));
            return;
        }
        // A first sync is shown before it is stored: its progress is told.
        if (baseline)
            m_store->setApplyProgress(
                [this](int done, int total) { emit applyProgress(done, total); });
        const auto change = m_store->applyCases(cases, baseline, words);
        if (baseline) {
            m_store->setApplyProgress({});
            emit applyProgress(int(cases.size()), int(cases.size()));
        }
        if (!change) {
            emit failed(QCoreApplication::translate(
                "CaseStore", "The cases just fetched could not be saved locally: %1")
                            .arg(m_store->lastError()));
            return;
        }
        if (syncStart.isValid())
            m_store->setLastSync(syncStart);
        emit casesApplied(*change);
        // The list has its change; moving the log into the file can wait until now.
        m_store->checkpoint();
    });
}

void StoreThread::saveProviderCapabilities(const QByteArray &json)
{
    post([this, json] {
        // Only a cache: relearned when missing, so a failure needs no word to the engineer.
        if (m_store->isOpen())
            m_store->setProviderCapabilities(json);
    });
}

void StoreThread::loadThread(const QString &caseId)
{
    post([this, caseId] {
        if (!m_store->isOpen())
            return;
        const auto summary = m_store->loadSummary(caseId);
        emit threadLoaded(
            caseId, m_store->loadThread(caseId), summary ? summary->seenCommunicationCount : 0);
    });
}

void StoreThread::setRead(const QString &caseId, bool read)
{
    post([this, caseId, read] {
        if (!m_store->isOpen())
            return;
        if (const auto summary = m_store->setRead(caseId, read))
            emit summaryChanged(*summary);
    });
}

void StoreThread::search(const QString &text, quint64 generation)
{
    searchMore(text, {}, generation);
}

void StoreThread::searchMore(
    const QString &text, const Store::SearchCursor &after, quint64 generation)
{
    const bool first = after.seen.isEmpty();
    post([this, text, after, generation, first] {
        if (!m_store->isOpen())
            return;
        emit searchFinished(generation, m_store->searchPage(text, after, SearchPageSize), first);
    });
}

void StoreThread::saveDraft(const QString &key, const QByteArray &payload)
{
    post([this, key, payload] {
        if (m_store->isOpen() && !m_store->saveDraft(key, payload))
            emit failed(QCoreApplication::translate("CaseStore", "A draft could not be saved: %1")
                            .arg(m_store->lastError()));
    });
}

void StoreThread::removeDraft(const QString &key)
{
    post([this, key] {
        if (m_store->isOpen())
            m_store->removeDraft(key);
    });
}

QHash<QString, QByteArray> StoreThread::storedDrafts()
{
    QHash<QString, QByteArray> drafts;
    if (m_store->isOpen()) {
        for (const QString &key : m_store->draftKeys()) {
            if (const auto payload = m_store->draft(key))
                drafts.insert(key, *payload);
        }
    }
    return drafts;
}

void StoreThread::setWatched(const QString &caseId, bool watched)
{
    post([this, caseId, watched] {
        if (m_store->isOpen() && !m_store->setWatched(caseId, watched))
            emit failed(
                QCoreApplication::translate("CaseStore", "The watch list could not be saved: %1")
                    .arg(m_store->lastError()));
    });
}

void StoreThread::saveLearnedWords(const LearnedWords &words)
{
    post([this, words] {
        // Learned again from the next confirmed message if lost: not worth a message.
        if (m_store->isOpen() && !m_store->saveLearnedWords(words))
            qCWarning(lcStore) << "the provider's words could not be saved:"
                               << m_store->lastError();
    });
}

void StoreThread::run(std::function<void(Store &)> work)
{
    post([this, work] {
        if (m_store)
            work(*m_store);
    });
}

void StoreThread::loadOutbox(QObject *context, std::function<void(const QList<OutboxItem> &)> done)
{
    QPointer<QObject> guard(context);
    post([this, guard, done] {
        const QList<OutboxItem> items = m_store->isOpen() ? m_store->outbox() : QList<OutboxItem>();
        QMetaObject::invokeMethod(
            this,
            [guard, done, items] {
                if (guard)
                    done(items);
            },
            Qt::QueuedConnection);
    });
}

void StoreThread::saveOutboxItem(
    const OutboxItem &item, QObject *context, std::function<void(bool)> done)
{
    QPointer<QObject> guard(context);
    post([this, guard, done, item] {
        const bool saved = m_store->isOpen() && m_store->saveOutboxItem(item);
        // (A confirmed item that cannot be kept is simply forgotten: nothing is lost.)
        if (!saved && item.state != OutboxItem::State::Done)
            emit failed(QCoreApplication::translate(
                "CaseStore", "An unsent change could not be saved locally: %1")
                            .arg(m_store->lastError()));
        QMetaObject::invokeMethod(
            this,
            [guard, done, saved] {
                if (guard)
                    done(saved);
            },
            Qt::QueuedConnection);
    });
}

void StoreThread::removeOutboxItem(const QString &key)
{
    post([this, key] {
        if (m_store->isOpen())
            m_store->removeOutboxItem(key);
    });
}

void StoreThread::takeTurn(
    QObject *context, std::function<void(const std::optional<QList<OutboxItem>> &)> done)
{
    QPointer<QObject> guard(context);
    post([this, guard, done] {
        std::optional<QList<OutboxItem>> stored;
        if (m_store->isOpen() && m_outboxLock.tryLock()) {
            bool ok = false;
            stored = m_store->outbox(&ok);
            if (!ok) {
                stored.reset();
                m_outboxLock.unlock();
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, guard, done, stored] {
                if (guard) {
                    done(stored);
                } else if (stored) {
                    // Asked by an outbox that is gone: nobody will give the turn back.
                    endTurn();
                }
            },
            Qt::QueuedConnection);
    });
}

void StoreThread::endTurn()
{
    post([this] { m_outboxLock.unlock(); });
}
