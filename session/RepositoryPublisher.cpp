#include "session/RepositoryPublisher.h"

#include "api/Outbox.h"
#include "api/RepositoryClient.h"
#include "models/OutboxItem.h"
#include "models/ProviderWords.h"
#include "models/RepositoryPublishing.h"

RepositoryPublisher::RepositoryPublisher(Outbox *outbox, LastReceived lastReceived, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_lastReceived(std::move(lastReceived))
{
    connect(m_outbox, &Outbox::itemChanged, this, &RepositoryPublisher::onItem);
    connect(m_outbox, &Outbox::itemDone, this, &RepositoryPublisher::onItem);
}

void RepositoryPublisher::setPublishing(
    RepositoryClient *repository, const RepositorySettings &settings)
{
    m_repository = repository;
    m_settings = settings;
    m_outbox->setRepository(repository);
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
    for (const Case &c : received) {
        const CaseSummary *known = m_lastReceived(c.id);
        // Created (on a profile's first sync: only the open ones, not years of history) or a
        // new status. The entry is found by business key when it is sent: never two.
        const bool created = !known && (!baseline || c.isOpen(words));
        const bool changed
            = known && known->status != c.status && known->lastModifiedDate < c.lastModifiedDate;
        if (!created && !changed)
            continue;
        const RepositoryEntry entry = RepositoryPublishing::entryFor(c, m_settings, words);
        m_outbox->submit(OutboxItem::Kind::PublishToRepository, entry.createBody());
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
    StatusPageReply *reply = m_repository->search(query);
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
