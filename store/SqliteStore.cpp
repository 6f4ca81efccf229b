#include "store/SqliteStore.h"

#include "models/OutboxPayloads.h"
#include "store/CaseBatchWriter.h"

#include <QSqlError>

SqliteStore::SqliteStore(QString path)
    : m_db(std::move(path))
    , m_cases(m_db)
    , m_threads(m_db)
    , m_search(m_db)
    , m_drafts(m_db)
    , m_outbox(m_db)
    , m_watched(m_db)
    , m_meta(m_db)
    , m_pollCursor(m_db)
    , m_observed(m_db)
    , m_links(m_db)
{ }

SqliteStore::~SqliteStore() = default;

Store::OpenResult SqliteStore::open(int upToVersion)
{
    return m_db.open(upToVersion);
}

bool SqliteStore::isOpen() const
{
    return m_db.isOpen();
}

bool SqliteStore::checkEverything()
{
    return m_db.checkEverything();
}

void SqliteStore::cancelCheck()
{
    m_db.cancelCheck();
}

QString SqliteStore::path() const
{
    return m_db.path();
}

QString SqliteStore::lastError() const
{
    return m_db.lastError();
}

std::optional<Store::Change> SqliteStore::applyCases(
    const QList<Case> &cases, bool baseline, const ProviderWords &words)
{
    CaseBatchWriter writer(m_db);
    writer.setProgress(m_progress);
    return writer.write(cases, baseline, words);
}

void SqliteStore::setApplyProgress(std::function<void(int done, int total)> progress)
{
    m_progress = std::move(progress);
}

void SqliteStore::checkpoint()
{
    m_db.checkpoint();
}

QList<CaseSummary> SqliteStore::loadSummaries()
{
    return m_cases.loadSummaries();
}

int SqliteStore::caseCount()
{
    return m_cases.caseCount();
}

std::optional<CaseSummary> SqliteStore::loadSummary(const QString &caseId)
{
    return m_cases.loadSummary(caseId);
}

bool SqliteStore::saveSlaDigests(const QHash<QString, QByteArray> &byCase)
{
    return m_cases.saveSlaDigests(byCase);
}

QList<Communication> SqliteStore::loadThread(const QString &caseId)
{
    return m_threads.loadThread(caseId);
}

std::optional<Case> SqliteStore::loadCase(const QString &caseId)
{
    const auto summary = m_cases.loadSummary(caseId);
    if (!summary)
        return std::nullopt;
    Case c;
    static_cast<CaseHeader &>(c) = *summary;
    c.communications = m_threads.loadThread(caseId);
    return c;
}

QList<Case> SqliteStore::loadCases()
{
    QList<Case> cases;
    for (const CaseSummary &summary : m_cases.loadSummaries()) {
        Case c;
        static_cast<CaseHeader &>(c) = summary;
        c.communications = m_threads.loadThread(summary.id);
        cases.append(std::move(c));
    }
    return cases;
}

std::optional<CaseSummary> SqliteStore::setRead(const QString &caseId, bool read)
{
    return m_cases.setRead(caseId, read);
}

QList<Store::SearchHit> SqliteStore::search(const QString &text, int limit, bool *shortened)
{
    SearchPage page = m_search.searchPage(text, {}, limit);
    if (shortened)
        *shortened = page.shortened;
    return page.hits;
}

Store::SearchPage SqliteStore::searchPage(const QString &text, const SearchCursor &after, int limit)
{
    return m_search.searchPage(text, after, limit);
}

QDateTime SqliteStore::lastSync()
{
    return m_meta.lastSync();
}

void SqliteStore::setLastSync(const QDateTime &when)
{
    m_meta.setLastSync(when);
}

QByteArray SqliteStore::providerCapabilities()
{
    return m_meta.providerCapabilities();
}

bool SqliteStore::setProviderCapabilities(const QByteArray &json)
{
    return m_meta.setProviderCapabilities(json);
}

bool SqliteStore::saveDraft(const QString &key, const QByteArray &payload)
{
    return m_drafts.saveDraft(key, payload);
}

std::optional<QByteArray> SqliteStore::draft(const QString &key)
{
    return m_drafts.draft(key);
}

bool SqliteStore::removeDraft(const QString &key)
{
    return m_drafts.removeDraft(key);
}

QStringList SqliteStore::draftKeys()
{
    return m_drafts.draftKeys();
}

bool SqliteStore::saveOutboxItem(const OutboxItem &item)
{
    const QString original = item.kind == OutboxItem::Kind::CreateCase
            && item.state == OutboxItem::State::Done && !item.resultId.isEmpty()
        ? CreateCasePayload::fromJson(item.payload).rfoFor
        : QString();
    if (original.isEmpty())
        return m_outbox.saveOutboxItem(item);
    // The confirmed request and its link, together or not at all.
    QSqlDatabase connection = m_db.connection();
    if (!connection.transaction()) {
        m_db.noteError(connection.lastError());
        return false;
    }
    const bool ok = m_outbox.saveOutboxItem(item)
        && m_links.add({original, item.resultId, QDateTime::currentDateTimeUtc()});
    if (ok && connection.commit())
        return true;
    if (ok)
        m_db.noteError(connection.lastError());
    connection.rollback();
    return false;
}

QList<OutboxItem> SqliteStore::outbox(bool *ok)
{
    return m_outbox.outbox(ok);
}

std::optional<OutboxItem> SqliteStore::outboxItem(const QString &key)
{
    return m_outbox.outboxItem(key);
}

bool SqliteStore::removeOutboxItem(const QString &key)
{
    return m_outbox.removeOutboxItem(key);
}

QStringList SqliteStore::watchedCases()
{
    return m_watched.watchedCases();
}

bool SqliteStore::setWatched(const QString &caseId, bool watched)
{
    return m_watched.setWatched(caseId, watched);
}

QHash<QString, Store::PollMark> SqliteStore::pollCursor()
{
    return m_pollCursor.load();
}

bool SqliteStore::advancePollCursor(const QHash<QString, PollMark> &marks)
{
    return m_pollCursor.advance(marks);
}

QList<CaseLink> SqliteStore::caseLinks()
{
    return m_links.all();
}

LearnedWords SqliteStore::learnedWords()
{
    return m_meta.learnedWords();
}

bool SqliteStore::saveLearnedWords(const LearnedWords &words)
{
    return m_meta.saveLearnedWords(words);
}

QList<ObservedChange> SqliteStore::observedChanges(const QString &caseId)
{
    return m_observed.load(caseId);
}

QHash<QString, QList<ObservedChange>> SqliteStore::allObservedChanges()
{
    return m_observed.loadAll();
}
