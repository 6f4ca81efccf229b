#include "session/CaseSession.h"

#include "api/CaseApi.h"
#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "models/CommunicationThreadModel.h"
#include "session/CaseSync.h"
#include "session/Outgoing.h"
#include "store/StoreThread.h"

#include <QMap>

struct CaseSession::SearchCursor : Store::SearchCursor
{
    explicit SearchCursor(const Store::SearchCursor &cursor)
        : Store::SearchCursor(cursor)
    { }
};

CaseSession::CaseSession(
    StoreThread *store, CasePoller *poller, Outbox *outbox, CaseApi *api, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_poller(poller)
    , m_outbox(outbox)
    , m_cases(new CaseListModel(this))
    , m_filtered(new CaseFilterProxyModel(this))
    , m_thread(new CommunicationThreadModel(this))
    , m_sync(new CaseSync(store, poller, m_cases, this))
    , m_drafts(new Drafts(store, this))
    , m_watched(new WatchedCases(store, this))
    , m_news([this](const QString &caseId) { return m_sync->lastReceived(caseId); })
    , m_publisher(new RepositoryPublisher(
          outbox, [this](const QString &caseId) { return m_sync->lastReceived(caseId); }, this))
    , m_outgoing(new Outgoing(outbox, m_drafts, this))
    , m_observed(new ObservedHistory(this))
{
    m_filtered->setSourceModel(m_cases);
    if (m_api) {
        connect(m_api, &CaseApi::capabilitiesLearned, this,
            [this](const ProviderCapabilities &capabilities) {
                m_store->saveProviderCapabilities(capabilities.toJson());
                emit capabilitiesChanged();
            });
    }
    connect(m_drafts, &Drafts::ready, this, &CaseSession::draftsReady);
    connect(m_watched, &WatchedCases::watchChanged, this, &CaseSession::watchChanged);
    connect(m_publisher, &RepositoryPublisher::publishStateChanged, this,
        &CaseSession::publishStateChanged);
    connectPublisher();
    connectStore();
    // The account's services can be fetched only once the provider answers.
    connect(m_poller, &CasePoller::pollSucceeded, this, [this] {
        if (m_account.accountId.isEmpty())
            fetchAccount();
    });
    connect(m_poller, &CasePoller::casesReceived, this, &CaseSession::onCasesReceived);
    connect(m_sync, &CaseSync::received, this, &CaseSession::onReceivedInMemory);
    // A confirmed change shows up at the next poll; ask for it now.
    connect(m_outbox, &Outbox::itemDone, this, &CaseSession::onOutboxItemDone);
    connectViews();
    setUpNotices();
    setUpClocks();
    setUpLinks();
}

CaseSession::~CaseSession() = default;

void CaseSession::connectStore()
{
    connect(m_store, &StoreThread::opened, this, [this](const StoreThread::Opened &opened) {
        if (!opened.message.isEmpty())
            emit storeMessage(opened.message);
        // (Nothing is learned before: polls and sends start below.)
        LearnedWords learned = opened.learnedWords;
        learned.dropStale(QDateTime::currentDateTimeUtc());
        setWords(ProviderWords(m_words.overrides(), learned));
        // The provider's capabilities as last learned: the first poll needs no discovery unless
        // they are a day old. The API tells what it learns; the store keeps it.
        if (m_api && !opened.providerCapabilities.isEmpty()) {
            if (const auto cached = ProviderCapabilities::fromJson(opened.providerCapabilities))
                m_api->setCapabilities(*cached);
        }
        // Known before the polls start: the first poll's news must know the watched cases.
        m_watched->storeOpened(opened.watched);
        m_observed->storeOpened(opened.observed);
        m_links->storeOpened(opened.links);
        m_sync->storeOpened(opened.ok, opened.summaries, opened.lastSync);
        if (opened.ok)
            loadClocks(opened.summaries);
        m_drafts->storeOpened(opened.drafts);
        emit loaded(int(opened.summaries.size()));
        if (m_poll)
            m_poller->start();
        // Whatever an earlier run could not send goes out now (not without credentials: it
        // would only be refused).
        if (m_poll)
            m_outbox->start();
        fetchAccount();
    });
    connect(m_sync, &CaseSync::indexing, this, &CaseSession::indexingProgress);
    connect(m_sync, &CaseSync::applied, this, [this](const Store::Change &change) {
        m_observed->add(change.observed); // before the open case's header is shown again
        onCasesApplied(change.newCommunications.keys(), change.updated);
    });
    connect(m_store, &StoreThread::threadLoaded, this, &CaseSession::onThreadLoaded);
    connect(m_store, &StoreThread::searchFinished, this,
        [this](quint64 generation, const Store::SearchPage &page, bool firstPage) {
            if (generation != m_searchGeneration)
                return;
            QSet<QString> ids;
            for (const auto &hit : page.hits)
                ids.insert(hit.caseId);
            m_searchCursor = std::make_shared<SearchCursor>(page.next);
            onSearchPage(generation, ids, page.shortened, page.more, firstPage);
        });
    connect(m_filtered, &CaseFilterProxyModel::moreSearchHitsWanted, this,
        &CaseSession::fetchMoreSearchHits);
    connect(m_store, &StoreThread::failed, this, &CaseSession::storeMessage);
}

void CaseSession::onCasesReceived(const QList<Case> &received, bool full)
{
    // Our own confirmed messages first: then news knows them for ours.
    learnWordsFrom(received);
    // The first full sync of an empty store is the baseline of "what is new".
    const bool baseline = m_sync->isBaseline(full);
    if (!baseline && m_sync->isLoaded()) {
        if (const QList<CaseNews> items
            = m_news.newsIn(received, m_watched->ids(), m_words, createdHere());
            !items.isEmpty()) {
            emit news(items);
            recordNotices(items);
        }
    }
    // Both compare with what was known before this poll: the sync takes it last.
    m_publisher->publishChanges(received, baseline, m_words);
    m_sync->apply(received, baseline, m_words);
}

QSet<QString> CaseSession::createdHere() const
{
    // Those confirmed in this run, and those the outbox still knows as done (an earlier run's,
    // casectl's).
    QSet<QString> ids = m_createdHere;
    for (const OutboxItem &item : m_outgoing->items()) {
        if (item.kind == OutboxItem::Kind::CreateCase && !item.resultId.isEmpty())
            ids.insert(item.resultId);
    }
    return ids;
}

void CaseSession::onReceivedInMemory(const QList<Case> &received)
{
    if (m_sync->isStoreUsable())
        return feedOpenThread(received); // not read again from the store
    if (m_openCaseId.isEmpty())
        return;
    const Case open = m_sync->inMemory(m_openCaseId);
    if (open.id.isEmpty())
        return;
    m_thread->merge(m_openCaseId, open.communications);
    emit threadChanged(m_openCaseId);
}

void CaseSession::onCasesApplied(
    const QList<QString> &newCommunications, const QList<CaseSummary> &updated)
{
    if (m_openCaseId.isEmpty())
        return;
    // The thread has its new messages from the poll already (feedOpenThread()).
    const bool grew = newCommunications.contains(m_openCaseId);
    bool changed = grew;
    for (const CaseSummary &s : updated)
        changed = changed || s.id == m_openCaseId;
    if (!changed)
        return;
    emit threadChanged(m_openCaseId); // the header changed, or the thread grew
    // Shown as they came: now they count as read.
    const CaseSummary *summary = m_cases->caseById(m_openCaseId);
    if (grew && m_thread->caseId() == m_openCaseId && summary && m_keptUnread != m_openCaseId
        && (summary->isUnread() || summary->unreadCommunications() > 0))
        m_store->setRead(m_openCaseId, true);
}

void CaseSession::onThreadLoaded(
    const QString &caseId, const QList<Communication> &thread, int seenCount)
{
    if (caseId != m_openCaseId)
        return; // the engineer moved on
    if (m_thread->caseId() == caseId)
        m_thread->merge(caseId, thread);
    else
        m_thread->setThread(caseId, thread, seenCount);
    emit threadChanged(caseId);
    // Shown: now it counts as read.
    const CaseSummary *summary = m_cases->caseById(caseId);
    if (summary && caseId != m_keptUnread
        && (summary->isUnread() || summary->unreadCommunications() > 0))
        m_store->setRead(caseId, true);
}

void CaseSession::onSearchPage(
    quint64 generation, const QSet<QString> &ids, bool shortened, bool more, bool firstPage)
{
    if (generation != m_searchGeneration || m_searchText.isEmpty())
        return; // a newer search is on its way, or the search was ended
    if (firstPage) {
        m_searchHits = int(ids.size());
        m_filtered->setSearchHits(ids);
    } else {
        m_searchHits += int(ids.size());
        m_filtered->addSearchHits(ids);
    }
    m_filtered->setMoreSearchHits(more);
    emit searchFinished(m_searchText, m_searchHits, shortened, more);
}

void CaseSession::fetchMoreSearchHits()
{
    if (!m_searchText.isEmpty() && m_searchCursor && !m_searchCursor->seen.isEmpty())
        m_store->searchMore(m_searchText, *m_searchCursor, m_searchGeneration);
}

void CaseSession::onOutboxItemDone(const OutboxItem &item)
{
    if (item.kind == OutboxItem::Kind::PublishToRepository)
        return; // nothing new at the provider's
    m_drafts->forgetDraftOf(item);
    // The next copy of its case shows the provider's words for our messages.
    LearnedWords learned = m_words.learned();
    if (learned.expect(item, QDateTime::currentDateTimeUtc())) {
        setWords(ProviderWords(m_words.overrides(), learned));
        if (m_sync->isStoreUsable())
            m_store->saveLearnedWords(learned);
    }
    if (item.kind == OutboxItem::Kind::CreateCase && !item.resultId.isEmpty()) {
        m_createdHere.insert(item.resultId); // no "New P1 incident" for it
        setWatched(item.resultId, true);
    }
    m_poller->pollNow();
}

bool CaseSession::isLoaded() const
{
    return m_sync->isLoaded();
}

void CaseSession::start(bool poll)
{
    m_poll = poll;
    m_store->open();
}

void CaseSession::startPolling()
{
    if (m_poll)
        return;
    m_poll = true;
    if (!m_sync->isLoaded())
        return; // the store's answer starts them
    m_poller->start();
    if (!m_outbox->isStarted())
        m_outbox->start();
}

void CaseSession::openCase(const QString &caseId)
{
    if (caseId == m_openCaseId)
        return;
    m_openCaseId = caseId;
    m_keptUnread.clear();
    m_filtered->setOpenCase(caseId); // read now, it stays in an "Unread only" list for a while
    if (caseId.isEmpty()) {
        m_thread->clear();
        emit threadChanged({});
        return;
    }
    m_history->markCaseRead(caseId); // its notices, however it was opened
    m_publisher->lookUpIfUnknown(caseId);
    if (!m_sync->isStoreUsable()) {
        const Case c = m_sync->inMemory(caseId);
        m_thread->setThread(caseId, c.communications, int(c.communications.size()));
        emit threadChanged(caseId);
        return;
    }
    if (const Case *c = m_sync->inFirstSync(caseId)) {
        // The store is still writing the first sync: show the thread as the poll brought it
        // (all of it seen); the store's copy merges into it when it has been written.
        m_thread->setThread(caseId, c->communications, int(c->communications.size()));
        emit threadChanged(caseId);
    }
    m_store->loadThread(caseId);
}

const CaseSummary *CaseSession::openCaseSummary() const
{
    return m_cases->caseById(m_openCaseId);
}

void CaseSession::setRead(const QString &caseId, bool read)
{
    if (caseId == m_openCaseId)
        m_keptUnread = read ? QString() : caseId;
    m_store->setRead(caseId, read);
}

void CaseSession::setWordOverrides(const WordOverrides &overrides)
{
    setWords(ProviderWords(overrides, m_words.learned()));
}

void CaseSession::setWords(const ProviderWords &words)
{
    const bool same = words.decidesAs(m_words);
    m_words = words;
    m_cases->setWords(words);
    m_thread->setWords(words);
    m_outbox->setProviderWords(words);
    m_publisher->setWords(words);
    if (m_clocks)
        m_clocks->setWords(words);
    if (!same)
        emit wordsChanged();
}

void CaseSession::learnWordsFrom(const QList<Case> &received)
{
    if (m_words.learned().expected.isEmpty())
        return;
    LearnedWords learned = m_words.learned();
    bool changed = false;
    for (const Case &c : received)
        changed = learned.learnFrom(c) || changed;
    if (!changed)
        return;
    setWords(ProviderWords(m_words.overrides(), learned));
    if (m_sync->isStoreUsable())
        m_store->saveLearnedWords(learned);
}

void CaseSession::search(const QString &text)
{
    m_searchText = text.trimmed();
    ++m_searchGeneration;
    m_searchCursor.reset();
    m_searchHits = 0;
    if (m_searchText.isEmpty()) {
        m_filtered->setSearchHits(std::nullopt);
        emit searchFinished({}, -1, false);
        return;
    }
    m_store->search(m_searchText, m_searchGeneration);
}

ProviderCapabilities CaseSession::capabilities() const
{
    return m_api ? m_api->capabilities() : ProviderCapabilities();
}

void CaseSession::fetchAccount()
{
    if (!m_api || m_fetchingAccount)
        return;
    m_fetchingAccount = true;
    AccountReply *reply = m_api->fetchAccount();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_fetchingAccount = false;
        if (reply->error().isError())
            return; // the next successful poll asks again; the known cases' services serve
                    // meanwhile
        m_account = reply->account();
        // Names for the ids of cases that carry none (a provider without case.service.serviceName
        // or case.site.name).
        QHash<QString, QString> serviceNames, siteNames;
        for (const Service &service : std::as_const(m_account.services)) {
            if (!service.serviceName.isEmpty())
                serviceNames.insert(service.serviceId, service.serviceName);
        }
        for (const Site &site : std::as_const(m_account.sites)) {
            if (!site.name.isEmpty())
                siteNames.insert(site.siteId, site.name);
        }
        m_cases->setKnownNames(serviceNames, siteNames);
        emit accountChanged();
    });
}

QList<CaseSession::ServiceChoice> CaseSession::services() const
{
    struct Known
    {
        QString name;
        QString site;
    };
    QMap<QString, Known> byId;
    for (const Service &s : m_account.services) {
        const Site *site = m_account.site(s.siteId);
        byId.insert(s.serviceId, {s.serviceName, site ? site->name : QString()});
    }
    for (int row = 0; row < m_cases->rowCount(); ++row) {
        const CaseSummary *c = m_cases->caseAt(row);
        if (!c->serviceId.isEmpty() && !byId.contains(c->serviceId))
            byId.insert(c->serviceId, {c->serviceName, c->siteName});
    }
    QList<ServiceChoice> choices;
    choices.reserve(byId.size());
    for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
        QString label = it->name.isEmpty() ? it.key() : tr("%1 — %2").arg(it->name, it.key());
        if (!it->site.isEmpty())
            label += tr(" (%1)").arg(it->site);
        choices.append({it.key(), label});
    }
    return choices;
}

void CaseSession::saveDraft(const QString &key, const QByteArray &payload)
{
    m_drafts->save(key, payload);
}

void CaseSession::removeDraft(const QString &key)
{
    m_drafts->remove(key);
}

QString CaseSession::submitCase(const CaseDraft &draft)
{
    return m_outgoing->submitCase(draft);
}

QString CaseSession::submitReply(
    const QString &caseId, const QString &message, const QString &sentBy)
{
    const QString key = m_outgoing->submitReply(caseId, message, sentBy);
    // The outbox holds the text now (it is saved before it is sent): the draft has done its job.
    removeDraft(replyDraftKey(caseId));
    setWatched(caseId, true);
    return key;
}

QString CaseSession::submitCustomerReference(const QString &caseId, const QString &reference)
{
    return m_outgoing->submitCustomerReference(caseId, reference);
}

bool CaseSession::isIndexing() const
{
    return m_sync->isIndexing();
}

int CaseSession::maxSearchWords()
{
    return Store::MaxSearchWords;
}

QList<OutboxItem> CaseSession::outboxItemsFor(const QString &caseId) const
{
    return m_outgoing->itemsFor(caseId);
}

QString CaseSession::pendingCreateKeyFor(const CaseDraft &draft) const
{
    return m_outgoing->pendingCreateKeyFor(draft);
}

void CaseSession::setWatched(const QString &caseId, bool watched)
{
    m_watched->setWatched(caseId, watched);
}

void CaseSession::setPublishing(RepositoryClient *repository, const RepositorySettings &settings)
{
    m_publisher->setPublishing(repository, settings);
}

bool CaseSession::isPublishing() const
{
    return m_publisher->isPublishing();
}
