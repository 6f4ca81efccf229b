#include "session/RepositoryPublisher.h"

#include "api/Outbox.h"
#include "api/RepositoryClient.h"
#include "models/OutboxItem.h"
#include "models/ProviderWords.h"
#include "models/RepositoryPublishing.h"
#include "session/OutboxStates.h"

RepositoryPublisher::RepositoryPublisher(Outbox *outbox, LastReceived lastReceived, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_lastReceived(std::move(lastReceived))
{
    connect(m_outbox, &Outbox::itemChanged, this, &RepositoryPublisher::onItem);
    connect(m_outbox, &Outbox::itemDone, this, &RepositoryPublisher::onItem);
}

RepositoryPublisher::~RepositoryPublisher() = default;

void RepositoryPublisher::setCases(KnownCases known, LoadCases load)
{
    m_known = std::move(known);
    m_load = std::move(load);
}

void RepositoryPublisher::setWords(const ProviderWords &words)
{
    m_words = words;
}

void RepositoryPublisher::setPublishing(
    RepositoryClient *repository, const RepositorySettings &settings)
{
    const bool was = isPublishing();
    const bool otherSettings = !(settings == m_settings) || repository != m_repository;
    m_repository = repository;
    m_settings = settings;
    m_outbox->setRepository(repository);
    if (!isPublishing()) {
        // Nothing is compared while off; turned on again, everything is.
        m_catchUp.reset();
        m_catchUpWanted = false;
        m_compared = false;
        m_outOfDate.clear();
        m_catchUpProblem.clear();
        emit outOfDateChanged();
        return;
    }
    if (!was || otherSettings) {
        // Entries made under other settings (another source, client, status map) are not
        // what the console would publish now: all of them are compared again.
        m_published.clear();
        m_catchUp.reset();
        m_catchUpWanted = true;
        if (m_ready)
            startCatchUp();
    }
}

bool RepositoryPublisher::isPublishing() const
{
    return m_repository && m_settings.publish
        && RepositoryPublishing::problemWith(m_settings).isEmpty();
}

void RepositoryPublisher::publishChanges(
    const QList<Case> &received, bool baseline, const ProviderWords &words)
{
    if (!isPublishing())
        return;
    m_words = words;
    for (const Case &c : received) {
        const CaseSummary *known = m_lastReceived(c.id);
        // Created (on a profile's first sync: only the open ones, not years of history) or a
        // new status. The entry is found by business key when it is sent: never two.
        const bool created = !known && (!baseline || c.isOpen(words));
        const bool changed
            = known && known->status != c.status && known->lastModifiedDate < c.lastModifiedDate;
        if (!created && !changed)
            continue;
        submit(c);
    }
}

void RepositoryPublisher::submit(const Case &c)
{
    const RepositoryEntry entry = RepositoryPublishing::entryFor(c, m_settings, m_words);
    m_outbox->submit(OutboxItem::Kind::PublishToRepository, entry.createBody());
    if (m_compared && !m_outOfDate.contains(c.id)) {
        m_outOfDate.insert(c.id);
        emit outOfDateChanged();
    }
}

void RepositoryPublisher::onItem(const OutboxItem &item)
{
    if (item.kind != OutboxItem::Kind::PublishToRepository)
        return;
    const QString caseId = item.payload.value(QLatin1String("businessKey")).toString();
    PublishState &state = m_published[caseId];
    switch (item.state) {
    case OutboxItem::State::Done:
        // Out of date until the last item of the case is confirmed.
        if (!hasPublishItem(caseId, nullptr) && m_outOfDate.remove(caseId))
            emit outOfDateChanged();
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
    case OutboxItem::State::Sending:
    case OutboxItem::State::Uncertain:
        state.pending = OutboxStates::progressText(item);
        break;
    }
    emit publishStateChanged(caseId);
}

void RepositoryPublisher::lookUpIfUnknown(const QString &caseId)
{
    if (isPublishing() && !m_published.value(caseId).known)
        lookUp(caseId);
}

void RepositoryPublisher::lookUp(const QString &caseId)
{
    RepositoryQuery query;
    query.businessKey = caseId;
    query.source = m_settings.source.isEmpty() ? RepositoryStatuses::builtIn().defaultSource()
                                               : m_settings.source;
    query.size = 1;
    RepositoryPageReply *reply = m_repository->search(query);
    connect(reply, &ApiReply::finished, this, [this, reply, caseId] {
        reply->deleteLater();
        PublishState &state = m_published[caseId];
        if (reply->error().isError()) {
            state.error = reply->error().userMessage();
        } else {
            const QList<RepositoryEntry> content = reply->page().content;
            setPublishedFrom(caseId, content.isEmpty() ? nullptr : &content.first());
            return;
        }
        emit publishStateChanged(caseId);
    });
}

void RepositoryPublisher::setPublishedFrom(const QString &caseId, const RepositoryEntry *entry)
{
    PublishState &state = m_published[caseId];
    const PublishState before = state;
    state.known = true;
    state.published = entry != nullptr;
    if (entry) {
        state.status = entry->status;
        state.entryId = entry->caseId;
        state.updated = entry->updateDate;
    }
    state.error.clear();
    if (before.known != state.known || before.published != state.published
        || before.status != state.status || before.entryId != state.entryId
        || before.updated != state.updated || !before.error.isEmpty())
        emit publishStateChanged(caseId);
}
