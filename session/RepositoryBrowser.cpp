#include "session/RepositoryBrowser.h"

#include "api/Outbox.h"
#include "api/RepositoryClient.h"
#include "models/RepositoryEntryModel.h"
#include "session/OutboxStates.h"
#include "session/RepositoryWrite.h"

#include <utility>

RepositoryBrowser::RepositoryBrowser(RepositoryClient *client, Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_outbox(outbox)
    , m_model(new RepositoryEntryModel(this))
{
    watchOutbox();
}

RepositoryBrowser::~RepositoryBrowser()
{
    // Pending answers must not reach a half-destroyed browser.
    delete m_searchReply.data();
    delete m_historyReply.data();
    delete m_entryReply.data();
}

bool RepositoryBrowser::canSearch() const
{
    return m_client && m_client->isConfigured();
}

bool RepositoryBrowser::isBusy() const
{
    return !m_searchReply.isNull();
}

void RepositoryBrowser::setBusy(bool busy)
{
    emit busyChanged(busy);
}

void RepositoryBrowser::setNotice(const QString &text, bool problem)
{
    m_notice = text;
    m_noticeProblem = problem && !text.isEmpty();
    emit noticeChanged(text, m_noticeProblem);
}

void RepositoryBrowser::setQuery(const RepositoryQuery &query)
{
    m_query = query;
    emit queryChanged();
}

// --- The search ---

void RepositoryBrowser::load(const RepositoryQuery &query)
{
    m_searchedOnce = true;
    // A newer question makes the older answer worthless: cancel it.
    delete m_searchReply.data();
    const quint64 generation = ++m_searchGeneration;
    if (!m_client) {
        setBusy(false);
        setNotice(tr("No Case Repository is set up for this profile."), true);
        return;
    }
    RepositoryPageReply *reply = m_client->search(query);
    m_searchReply = reply;
    setBusy(true);
    connect(reply, &ApiReply::finished, this, [this, reply, query, generation] {
        reply->deleteLater();
        if (generation != m_searchGeneration)
            return; // overtaken by a newer search
        m_searchReply.clear();
        setBusy(false);
        onPage(reply, query);
    });
}

void RepositoryBrowser::refresh()
{
    load(m_query);
}

void RepositoryBrowser::goToPage(int page)
{
    if (page < 0 || (m_totalPages > 0 && page >= m_totalPages))
        return;
    RepositoryQuery q = m_query;
    q.page = page;
    load(q);
}

void RepositoryBrowser::setPageSize(int size)
{
    RepositoryQuery q = m_query;
    q.size = size;
    q.page = 0;
    load(q);
}

void RepositoryBrowser::sortBy(const QString &field, bool descendingFirst)
{
    RepositoryQuery q = m_query;
    if (q.sortField == field) {
        q.sortDescending = !q.sortDescending;
    } else {
        q.sortField = field;
        q.sortDescending = descendingFirst;
    }
    q.page = 0;
    // The order shown follows the request at once; the rows follow the answer.
    m_query.sortField = q.sortField;
    m_query.sortDescending = q.sortDescending;
    emit queryChanged();
    load(q);
}

void RepositoryBrowser::onPage(RepositoryPageReply *reply, const RepositoryQuery &query)
{
    if (reply->error().isError()) {
        const QString words = reply->error().userMessage();
        // Rows of another search would pass for this one's: only the same search keeps them.
        RepositoryQuery shown = m_query;
        shown.page = query.page;
        if (!(shown == query)) {
            m_model->setEntries({});
            m_totalElements = m_totalPages = 0;
            m_pageKnown = false;
        }
        setNotice(tr("The Case Repository could not be searched: %1").arg(words), true);
        setQuery(query);
        emit searchFailed(words);
        return;
    }
    const RepositoryPage page = reply->page();
    if (page.content.isEmpty() && query.page > 0 && page.totalPages > 0) {
        // The page is past the end now (its last entries were deleted): show the last one.
        RepositoryQuery last = query;
        last.page = page.totalPages - 1;
        load(last);
        return;
    }
    m_query = query;
    m_pageKnown = true;
    m_totalElements = page.totalElements;
    m_totalPages = page.totalPages;
    m_model->setEntries(page.content);
    if (m_noticeProblem)
        setNotice({});
    emit queryChanged();
    followShown();
    emit pageLoaded();
}

// The entry to show after a new page: one just written, or the one shown as it is now.
void RepositoryBrowser::followShown()
{
    if (!m_focusCaseId.isEmpty()) {
        showEntry(std::exchange(m_focusCaseId, QString()));
    } else if (!m_shown.caseId.isEmpty()) {
        // The entry shown may have changed (an edit, someone else) or gone.
        const int row = m_model->rowOf(m_shown.caseId);
        if (row >= 0 && m_model->entryAt(row) != m_shown)
            showEntry(m_shown.caseId);
        else if (row < 0 && !m_shownOnItsOwn)
            setShown({});
    }
}

// --- The entry shown ---

void RepositoryBrowser::setShown(const RepositoryEntry &entry, bool onItsOwn)
{
    m_shown = entry;
    m_shownOnItsOwn = onItsOwn;
    if (entry.caseId.isEmpty()) {
        delete m_historyReply.data();
        ++m_historyGeneration;
        m_history.clear();
    }
    emit shownChanged();
}

void RepositoryBrowser::select(const RepositoryEntry &entry)
{
    // A row chosen now wins over an entry still being fetched to be shown on its own.
    delete m_entryReply.data();
    if (entry == m_shown && !m_shownOnItsOwn)
        return;
    const bool reload = entry.caseId != m_shown.caseId || entry.updateDate != m_shown.updateDate;
    setShown(entry);
    if (reload)
        loadHistory(entry.caseId);
}

void RepositoryBrowser::deselect()
{
    // An entry shown on its own is not a row: it stays.
    if (!m_shownOnItsOwn)
        setShown({});
}

void RepositoryBrowser::showEntry(const QString &caseId)
{
    const int row = m_model->rowOf(caseId);
    if (row >= 0) {
        const RepositoryEntry entry = m_model->entryAt(row);
        emit rowWanted(row);
        if (m_shown != entry) {
            setShown(entry);
            loadHistory(caseId);
        } else if (m_shown.caseId == caseId) {
            loadHistory(caseId);
        }
        return;
    }
    // Not on this page (another page, or the filters leave it out): shown on its own.
    m_shownOnItsOwn = true;
    emit rowWanted(-1);
    fetchOnItsOwn(caseId);
}

void RepositoryBrowser::fetchOnItsOwn(const QString &caseId)
{
    delete m_entryReply.data();
    if (!m_client)
        return;
    RepositoryEntryReply *reply = m_client->get(caseId);
    m_entryReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error().isError()) {
            setNotice(reply->error().userMessage(), true);
            return;
        }
        setShown(reply->entry(), true);
        loadHistory(reply->entry().caseId);
    });
}

void RepositoryBrowser::loadHistory(const QString &caseId)
{
    delete m_historyReply.data();
    const quint64 generation = ++m_historyGeneration;
    m_history.clear();
    emit historyLoading(caseId);
    if (!m_client)
        return;
    RepositoryHistoryReply *reply = m_client->history(caseId);
    m_historyReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, caseId, generation] {
        reply->deleteLater();
        if (generation != m_historyGeneration || caseId != m_shown.caseId)
            return;
        if (reply->error().isError()) {
            emit historyFailed(caseId, reply->error().userMessage());
            return;
        }
        m_history = reply->changes();
        emit historyLoaded(caseId);
    });
}

// --- Writes ---

RepositoryWrite *RepositoryBrowser::create(const RepositoryEntry &entry)
{
    return submit(OutboxItem::Kind::CreateRepositoryEntry, entry.createBody(), {});
}

RepositoryWrite *RepositoryBrowser::update(
    const RepositoryEntry &original, const QJsonObject &changes)
{
    return submit(OutboxItem::Kind::UpdateRepositoryEntry,
        {{QStringLiteral("caseId"), original.caseId}, {QStringLiteral("changes"), changes},
            {QStringLiteral("label"), original.displayName()}},
        original.caseId);
}

RepositoryWrite *RepositoryBrowser::remove(const RepositoryEntry &entry)
{
    return submit(OutboxItem::Kind::DeleteRepositoryEntry,
        {{QStringLiteral("caseId"), entry.caseId}, {QStringLiteral("label"), entry.displayName()}},
        entry.caseId);
}

// The words for a write's state on the message line; empty for none (OutboxStates).
QString RepositoryBrowser::progressWords(const OutboxItem &item)
{
    return OutboxStates::lineText(item);
}

void RepositoryBrowser::onWriteDone(RepositoryWrite *write, const OutboxItem &item)
{
    const QString caseId = item.resultId.isEmpty() ? write->caseId() : item.resultId;
    switch (write->kind()) {
    case OutboxItem::Kind::DeleteRepositoryEntry:
        setNotice(tr("Deleted %1.").arg(item.payload.value(QLatin1String("label")).toString()));
        m_model->removeEntry(write->caseId());
        if (m_shown.caseId == write->caseId())
            setShown({});
        break;
    case OutboxItem::Kind::CreateRepositoryEntry:
        setNotice(tr("Created the case status %1.").arg(caseId));
        m_focusCaseId = caseId;
        break;
    default:
        setNotice(tr("Saved the changes to %1.")
                      .arg(item.payload.value(QLatin1String("label")).toString()));
        m_focusCaseId = caseId;
        break;
    }
    refresh();
    write->finish(caseId);
    emit changeDone(write->kind(), caseId);
}

// --- The outbox: every call to it is below ---

void RepositoryBrowser::watchOutbox()
{
    if (!m_outbox)
        return;
    connect(m_outbox, &Outbox::itemChanged, this, &RepositoryBrowser::onOutboxItem);
    connect(m_outbox, &Outbox::itemDone, this, &RepositoryBrowser::onOutboxDone);
    connect(m_outbox, &Outbox::itemRemoved, this, &RepositoryBrowser::onOutboxRemoved);
}

RepositoryWrite *RepositoryBrowser::submit(
    OutboxItem::Kind kind, const QJsonObject &payload, const QString &caseId)
{
    if (!m_outbox)
        return nullptr;
    const QString key = m_outbox->submit(kind, payload)->key();
    auto *write = new RepositoryWrite(kind, caseId, this);
    m_writes.insert(key, write);
    // submit() has already announced the item, before its key was known here.
    for (const OutboxItem &item : m_outbox->items()) {
        if (item.key == key)
            onOutboxItem(item);
    }
    return write;
}

void RepositoryBrowser::onOutboxItem(const OutboxItem &item)
{
    const auto it = m_writes.constFind(item.key);
    if (it == m_writes.constEnd() || !*it)
        return;
    RepositoryWrite *write = *it;
    write->report(item);
    const bool failed = item.state == OutboxItem::State::Failed;
    if (const QString words = progressWords(item); !words.isEmpty())
        setNotice(words, failed);
    if (!failed)
        return;
    // The form (or, for a deletion, the view) still holds the change: the outbox need not
    // keep the refused item.
    m_writes.remove(item.key);
    m_outbox->discard(item.key);
    write->fail(item.lastError);
    emit changeFailed(write->kind(), item.lastError);
}

void RepositoryBrowser::onOutboxDone(const OutboxItem &item)
{
    const QPointer<RepositoryWrite> write = m_writes.take(item.key);
    if (!write)
        return;
    write->report(item);
    onWriteDone(write, item);
}

void RepositoryBrowser::onOutboxRemoved(const QString &key)
{
    if (const QPointer<RepositoryWrite> write = m_writes.take(key))
        write->deleteLater();
}
