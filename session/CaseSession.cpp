#include "session/CaseSession.h"

#include "api/CaseApi.h"
#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/RepositoryClient.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseLabels.h"
#include "models/CaseListModel.h"
#include "models/CaseTypeMatrix.h"
#include "models/CommunicationThreadModel.h"
#include "models/RepositoryPublishing.h"
#include "store/StoreThread.h"

#include <QJsonDocument>
#include <QMap>

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
{
    m_filtered->setSourceModel(m_cases);
    if (m_api) {
        connect(m_api, &CaseApi::capabilitiesLearned, this,
            [this](const ProviderCapabilities &capabilities) {
                m_store->saveProviderCapabilities(capabilities.toJson());
                emit capabilitiesChanged();
            });
    }

    connect(m_store, &StoreThread::opened, this, [this](const StoreThread::Opened &opened) {
        if (!opened.message.isEmpty())
            emit storeMessage(opened.message);
        m_storeUsable = opened.ok;
        // Drafts typed or sent and cases (un)watched in this run before the store answered are
        // newer than what is on disk. Known before the polls start: the first poll's news must
        // know the watched cases.
        for (auto it = opened.drafts.cbegin(); it != opened.drafts.cend(); ++it) {
            if (!m_drafts.contains(it.key()) && !m_draftsRemovedEarly.contains(it.key()))
                m_drafts.insert(it.key(), it.value());
        }
        for (const QString &id : opened.watched) {
            if (!m_watchChangedEarly.contains(id))
                m_watched.insert(id);
        }
        m_draftsRemovedEarly.clear();
        m_watchChangedEarly.clear();
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
        m_cases->reset(opened.summaries);
        m_hadData = !opened.summaries.isEmpty();
        m_loaded = true;
        emit draftsReady();
        emit loaded(int(opened.summaries.size()));
        // With cases on disk, ask only for what changed since the last sync; an empty or
        // unusable store starts with a full sync.
        if (opened.ok && m_hadData && opened.lastSync.isValid())
            m_poller->resumeFrom(opened.lastSync);
        if (m_poll)
            m_poller->start();
        // Whatever an earlier run could not send goes out now (not without credentials: it
        // would only be refused).
        if (m_poll)
            m_outbox->start();
        fetchAccount();
    });
    // The account's services can be fetched only once the provider answers.
    connect(m_poller, &CasePoller::pollSucceeded, this, [this] {
        if (m_account.accountId.isEmpty())
            fetchAccount();
    });
    connect(
        m_poller, &CasePoller::casesReceived, this, [this](const QList<Case> &received, bool full) {
            // Our own confirmed messages first: then news knows them for ours.
            learnWordsFrom(received);
            // The first full sync of an empty store is the baseline of "what is new".
            const bool baseline = full && !m_hadData;
            if (!baseline && m_loaded) {
                if (const QList<CaseNews> items = newsIn(received); !items.isEmpty())
                    emit news(items);
            }
            publishChanges(received, baseline);
            m_hadData = m_hadData || !received.isEmpty();
            if (m_storeUsable) {
                // The list learns of these only when the store thread has saved them; a poll
                // answered before then must compare against them, not against the list.
                for (const Case &c : received)
                    m_unapplied.insert(c.id, CaseSummary::of(c));
                m_store->applyCases(received, baseline, m_poller->lastSuccessStart());
                return;
            }
            QList<CaseSummary> summaries;
            for (const Case &c : received) {
                m_memory.insert(c.id, c);
                CaseSummary summary = CaseSummary::of(c);
                summary.seenCommunicationCount = summary.communicationCount;
                summary.seenModified = summary.lastModifiedDate;
                summaries.append(summary);
            }
            m_cases->upsert(summaries);
            if (m_memory.contains(m_openCaseId)) {
                m_thread->merge(m_openCaseId, m_memory.value(m_openCaseId).communications);
                emit threadChanged(m_openCaseId);
            }
        });
    connect(m_store, &StoreThread::casesApplied, this, [this](const Store::Change &change) {
        m_cases->upsert(change.inserted + change.updated);
        m_unapplied.removeIf([this](const QHash<QString, CaseSummary>::iterator it) {
            const CaseSummary *listed = m_cases->caseById(it.key());
            return listed && listed->lastModifiedDate >= it.value().lastModifiedDate;
        });
        if (!m_openCaseId.isEmpty() && change.newCommunications.contains(m_openCaseId))
            m_store->loadThread(m_openCaseId);
        else if (!m_openCaseId.isEmpty()) {
            for (const CaseSummary &s : change.updated) {
                if (s.id == m_openCaseId)
                    emit threadChanged(m_openCaseId); // the header changed
            }
        }
    });
    connect(m_store, &StoreThread::threadLoaded, this,
        [this](const QString &caseId, const QList<Communication> &thread, int seenCount) {
            if (caseId != m_openCaseId)
                return; // the engineer moved on
            if (m_thread->caseId() == caseId) {
                m_thread->merge(caseId, thread);
            } else {
                m_thread->setThread(caseId, thread, seenCount);
            }
            emit threadChanged(caseId);
            // Shown: now it counts as read.
            const CaseSummary *summary = m_cases->caseById(caseId);
            if (summary && (summary->isUnread() || summary->unreadCommunications() > 0))
                m_store->setRead(caseId, true);
        });
    connect(m_store, &StoreThread::summaryChanged, this,
        [this](const CaseSummary &summary) { m_cases->upsert({summary}); });
    connect(m_store, &StoreThread::searchFinished, this,
        [this](quint64 generation, const QList<Store::SearchHit> &hits, bool shortened) {
            if (generation != m_searchGeneration || m_searchText.isEmpty())
                return; // a newer search is on its way, or the search was ended
            QSet<QString> ids;
            for (const auto &hit : hits)
                ids.insert(hit.caseId);
            m_filtered->setSearchHits(ids);
            emit searchFinished(m_searchText, int(ids.size()), shortened);
        });
    connect(m_store, &StoreThread::failed, this, &CaseSession::storeMessage);
    // A confirmed change shows up at the next poll; ask for it now.
    connect(m_outbox, &Outbox::itemChanged, this, &CaseSession::onPublishItem);
    connect(m_outbox, &Outbox::itemDone, this, [this](const OutboxItem &item) {
        onPublishItem(item);
        if (item.kind == OutboxItem::Kind::PublishToRepository)
            return; // nothing new at the provider's
        forgetDraftOf(item);
        // The next copy of its case shows the provider's words for our messages.
        LearnedWords learned = m_words.learned();
        if (learned.expect(item, QDateTime::currentDateTimeUtc())) {
            setWords(ProviderWords(m_words.overrides(), learned));
            if (m_storeUsable)
                m_store->saveLearnedWords(learned);
        }
        if (item.kind == OutboxItem::Kind::CreateCase && !item.resultId.isEmpty())
            setWatched(item.resultId, true);
        m_poller->pollNow();
    });
}

CaseSession::~CaseSession() = default;

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
    if (!m_loaded)
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
    if (caseId.isEmpty()) {
        m_thread->clear();
        emit threadChanged({});
        return;
    }
    if (isPublishing() && !m_published.value(caseId).known)
        lookUpPublished(caseId);
    if (!m_storeUsable) {
        const Case c = m_memory.value(caseId);
        m_thread->setThread(caseId, c.communications, int(c.communications.size()));
        emit threadChanged(caseId);
        return;
    }
    m_store->loadThread(caseId);
}

const CaseSummary *CaseSession::openCaseSummary() const
{
    return m_cases->caseById(m_openCaseId);
}

void CaseSession::setRead(const QString &caseId, bool read)
{
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
    if (m_storeUsable)
        m_store->saveLearnedWords(learned);
}

void CaseSession::search(const QString &text)
{
    m_searchText = text.trimmed();
    ++m_searchGeneration;
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
    if (m_drafts.value(key) == payload)
        return;
    m_drafts.insert(key, payload);
    m_store->saveDraft(key, payload);
}

void CaseSession::removeDraft(const QString &key)
{
    // Also before the saved drafts are loaded: the one on disk must not come back.
    m_drafts.remove(key);
    if (!m_loaded)
        m_draftsRemovedEarly.insert(key);
    m_store->removeDraft(key);
}

void CaseSession::forgetDraftOf(const OutboxItem &done)
{
    // The create-case draft stays until the case exists; then it is gone unless the engineer has
    // started another one meanwhile.
    if (done.kind != OutboxItem::Kind::CreateCase)
        return;
    const QByteArray saved = m_drafts.value(createDraftKey());
    if (saved.isEmpty())
        return;
    if (CaseDraft::fromJson(QJsonDocument::fromJson(saved).object())
        == CaseDraft::fromJson(done.payload))
        removeDraft(createDraftKey());
}

QString CaseSession::submitCase(const CaseDraft &draft)
{
    return m_outbox->submit(OutboxItem::Kind::CreateCase, draft.toJson());
}

QString CaseSession::submitReply(
    const QString &caseId, const QString &message, const QString &sentBy)
{
    const QString key = m_outbox->submit(OutboxItem::Kind::ReplyToCase,
        QJsonObject {{QStringLiteral("caseId"), caseId}, {QStringLiteral("message"), message},
            {QStringLiteral("sentBy"), sentBy}});
    // The outbox holds the text now (it is saved before it is sent): the draft has done its job.
    removeDraft(replyDraftKey(caseId));
    setWatched(caseId, true);
    return key;
}

QString CaseSession::submitCustomerReference(const QString &caseId, const QString &reference)
{
    return m_outbox->submit(OutboxItem::Kind::AddCustomerReference,
        QJsonObject {
            {QStringLiteral("caseId"), caseId}, {QStringLiteral("customerReference"), reference}});
}

int CaseSession::maxSearchWords()
{
    return Store::MaxSearchWords;
}

QList<OutboxItem> CaseSession::outboxItemsFor(const QString &caseId) const
{
    QList<OutboxItem> found;
    for (const OutboxItem &item : m_outbox->items()) {
        if (item.kind != OutboxItem::Kind::CreateCase && item.state != OutboxItem::State::Done
            && item.payload.value(QLatin1String("caseId")).toString() == caseId)
            found.append(item);
    }
    return found;
}

QString CaseSession::pendingCreateKeyFor(const CaseDraft &draft) const
{
    for (const OutboxItem &item : m_outbox->items()) {
        if (item.kind == OutboxItem::Kind::CreateCase && item.state != OutboxItem::State::Done
            && item.state != OutboxItem::State::Failed
            && CaseDraft::fromJson(item.payload) == draft)
            return item.key;
    }
    return {};
}

void CaseSession::setWatched(const QString &caseId, bool watched)
{
    if (caseId.isEmpty() || m_watched.contains(caseId) == watched)
        return;
    if (watched)
        m_watched.insert(caseId);
    else
        m_watched.remove(caseId);
    if (!m_loaded)
        m_watchChangedEarly.insert(caseId);
    m_store->setWatched(caseId, watched);
    emit watchChanged(caseId, watched);
}

const CaseSummary *CaseSession::lastReceived(const QString &caseId) const
{
    const CaseSummary *listed = m_cases->caseById(caseId);
    const auto unapplied = m_unapplied.constFind(caseId);
    if (unapplied == m_unapplied.cend())
        return listed;
    // The newer of the two: the store keeps its copy when a poll brings an older one.
    return listed && listed->lastModifiedDate >= unapplied->lastModifiedDate ? listed
                                                                             : &unapplied.value();
}

QList<CaseNews> CaseSession::newsIn(const QList<Case> &received) const
{
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    QList<CaseNews> items;
    for (const Case &c : received) {
        const CaseSummary *known = lastReceived(c.id);
        // Overlapping poll windows return unchanged cases again: nothing new in them.
        if (known && known->lastModifiedDate >= c.lastModifiedDate)
            continue;
        const QString subject = matrix.subjectLabel(c.subject);
        const bool urgent = c.isIncident() && CaseLabels::priorityRank(c.priority) <= 2;
        if (urgent && !known) {
            items.append({CaseNews::Kind::UrgentIncident, c.id,
                tr("New %1 incident %2: %3").arg(c.priority, c.id, subject),
                tr("%1 · %2").arg(c.serviceName, CaseLabels::status(c.status))});
        } else if (known
            && (urgent || (known->isIncident() && CaseLabels::priorityRank(known->priority) <= 2))
            && (known->status != c.status || known->priority != c.priority)) {
            items.append({CaseNews::Kind::UrgentIncident, c.id,
                known->priority != c.priority
                    ? tr("%1 incident %2 is now %3").arg(known->priority, c.id, c.priority)
                    : tr("%1 incident %2 is now %3")
                          .arg(c.priority, c.id, CaseLabels::status(c.status)),
                tr("%1 · %2").arg(subject, c.serviceName)});
        }
        if (known && m_watched.contains(c.id)) {
            QStringList messages;
            for (const Communication &m : c.communications) {
                if (m.isFromProvider(m_words) && m.timestamp > known->lastCommunicationAt)
                    messages.append(m.message);
            }
            if (!messages.isEmpty()) {
                QString text = messages.constLast().simplified();
                if (text.size() > 200)
                    text = text.left(199) + u'…';
                items.append({CaseNews::Kind::ProviderMessages, c.id,
                    tr("%n new message(s) on %1 · %2", nullptr, int(messages.size()))
                        .arg(c.id, subject),
                    text});
            }
        }
    }
    return items;
}

void CaseSession::setPublishing(RepositoryClient *repository, const RepositorySettings &settings)
{
    m_repository = repository;
    m_publishing = settings;
    m_outbox->setRepository(repository);
}

bool CaseSession::isPublishing() const
{
    return m_repository && m_publishing.publish
        && RepositoryPublishing::problemWith(m_publishing).isEmpty();
}

void CaseSession::publishChanges(const QList<Case> &received, bool baseline)
{
    if (!isPublishing())
        return;
    for (const Case &c : received) {
        const CaseSummary *known = lastReceived(c.id);
        // Created (on a profile's first sync: only the open ones, not years of history) or a
        // new status. The entry is found by business key when it is sent: never two.
        const bool created = !known && (!baseline || c.isOpen(m_words));
        const bool changed
            = known && known->status != c.status && known->lastModifiedDate < c.lastModifiedDate;
        if (!created && !changed)
            continue;
        const RepositoryEntry entry = RepositoryPublishing::entryFor(c, m_publishing, m_words);
        QJsonObject payload = entry.createBody();
        m_outbox->submit(OutboxItem::Kind::PublishToRepository, payload);
    }
}

void CaseSession::onPublishItem(const OutboxItem &item)
{
    if (item.kind != OutboxItem::Kind::PublishToRepository)
        return;
    const QString caseId = item.payload.value(QLatin1String("businessKey")).toString();
    PublishState &state = m_published[caseId];
    switch (item.state) {
    case OutboxItem::State::Done:
        state.known = true;
        state.published = true;
        state.status = item.payload.value(QLatin1String("status")).toString();
        state.entryId = item.resultId;
        state.updated = QDateTime::currentDateTimeUtc();
        state.pending.clear();
        state.error.clear();
        break;
    case OutboxItem::State::Failed:
        state.pending.clear();
        state.error = item.lastError;
        break;
    case OutboxItem::State::Pending:
        state.pending = item.attempts == 0 ? tr("waiting to be published")
                                           : tr("not published yet: %1").arg(item.lastError);
        break;
    case OutboxItem::State::Sending:
        state.pending = tr("publishing…");
        break;
    case OutboxItem::State::Uncertain:
        state.pending = tr("no answer yet; publishing again");
        break;
    }
    emit publishStateChanged(caseId);
}

void CaseSession::lookUpPublished(const QString &caseId)
{
    RepositoryQuery query;
    query.businessKey = caseId;
    query.source = m_publishing.source.isEmpty() ? RepositoryStatuses::builtIn().defaultSource()
                                                 : m_publishing.source;
    query.size = 1;
    RepositoryPageReply *reply = m_repository->search(query);
    connect(reply, &ApiReply::finished, this, [this, reply, caseId] {
        reply->deleteLater();
        PublishState &state = m_published[caseId];
        if (reply->error().isError()) {
            state.error = reply->error().userMessage();
        } else {
            state.known = true;
            state.published = !reply->page().content.isEmpty();
            if (state.published) {
                const RepositoryEntry &entry = reply->page().content.first();
                state.status = entry.status;
                state.entryId = entry.caseId;
                state.updated = entry.updateDate;
            }
            state.error.clear();
        }
        emit publishStateChanged(caseId);
    });
}
