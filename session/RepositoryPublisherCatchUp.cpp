// RepositoryPublisher: catching up with cases known before publishing was turned on or its
// settings changed (see the class comment).

#include "api/Outbox.h"
#include "api/RepositoryClient.h"
#include "models/OutboxItem.h"
#include "models/RepositoryPublishing.h"
#include "session/RepositoryPublisher.h"

#include <QCoreApplication>

namespace {

// Cases read in full at once when publishing what is out of date.
constexpr int LoadBatch = 100;

} // namespace

void RepositoryPublisher::casesReady()
{
    m_ready = true;
    if (m_catchUpWanted && !m_catchUp && isPublishing())
        startCatchUp();
}

void RepositoryPublisher::publishAll()
{
    if (!isPublishing())
        return;
    m_catchUpWanted = true;
    // Refused publishes go out again now (the settings or the password may have been fixed).
    for (const OutboxItem &item : m_outbox->items()) {
        if (item.kind == OutboxItem::Kind::PublishToRepository
            && item.state == OutboxItem::State::Failed)
            m_outbox->retry(item.key);
    }
    m_catchUp.reset();
    startCatchUp();
}

void RepositoryPublisher::startCatchUp()
{
    if (!isPublishing() || !m_known)
        return;
    m_catchUp = std::make_unique<CatchUp>();
    m_catchUpProblem.clear();
    emit outOfDateChanged();
    searchPage(0);
}

void RepositoryPublisher::searchPage(int page)
{
    RepositoryQuery query;
    query.source = m_settings.source.isEmpty() ? RepositoryStatuses::builtIn().defaultSource()
                                               : m_settings.source;
    query.page = page;
    query.size = RepositoryQuery::MaximumSize;
    // By creation: an entry updated meanwhile keeps its place, so no page skips one.
    query.sortField = QStringLiteral("creationDate");
    query.sortDescending = false;
    RepositoryPageReply *reply = m_repository->search(query);
    m_catchUp->reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, page] {
        reply->deleteLater();
        if (!m_catchUp || m_catchUp->reply != reply)
            return; // overtaken
        if (reply->error().isError())
            return catchUpFailed(reply->error().userMessage());
        const RepositoryPage answer = reply->page();
        for (const RepositoryEntry &entry : answer.content) {
            if (!entry.businessKey.isEmpty() && !m_catchUp->entries.contains(entry.businessKey))
                m_catchUp->entries.insert(entry.businessKey, entry);
        }
        if (page + 1 < answer.totalPages && !answer.content.isEmpty())
            return searchPage(page + 1);
        const QHash<QString, RepositoryEntry> entries = std::move(m_catchUp->entries);
        m_catchUp.reset();
        compare(entries);
    });
}

void RepositoryPublisher::catchUpFailed(const QString &message)
{
    // Still wanted: tried again at the next poll.
    m_catchUp.reset();
    m_catchUpProblem = QCoreApplication::translate("RepositoryPublisher",
        "Could not compare the cases with the Case Repository: %1 It is tried again at the "
        "next poll.")
                           .arg(message);
    emit outOfDateChanged();
}

bool RepositoryPublisher::differs(const CaseSummary &c, const RepositoryEntry &entry) const
{
    Case header;
    static_cast<CaseHeader &>(header) = c;
    const RepositoryEntry wanted = RepositoryPublishing::entryFor(header, m_settings, m_words);
    return wanted.status != entry.status || wanted.caseType != entry.caseType
        || wanted.clientId != entry.clientId || wanted.clientType != entry.clientType;
}

bool RepositoryPublisher::hasPublishItem(const QString &caseId, QString *failedKey) const
{
    bool found = false;
    for (const OutboxItem &item : m_outbox->items()) {
        if (item.kind != OutboxItem::Kind::PublishToRepository
            || item.payload.value(QLatin1String("businessKey")).toString() != caseId)
            continue;
        found = true;
        if (failedKey && item.state == OutboxItem::State::Failed)
            *failedKey = item.key;
    }
    return found;
}

void RepositoryPublisher::compare(const QHash<QString, RepositoryEntry> &entries)
{
    m_catchUpWanted = false;
    m_compared = true;
    m_outOfDate.clear();
    QStringList toPublish;
    for (const CaseSummary &c : m_known()) {
        const auto found = entries.constFind(c.id);
        const bool hasEntry = found != entries.cend();
        setPublishedFrom(c.id, hasEntry ? &*found : nullptr);
        // History stays out of the repository: a closed case without an entry is not added.
        const bool outOfDate = hasEntry ? differs(c, *found) : c.isOpen(m_words);
        if (!outOfDate)
            continue;
        m_outOfDate.insert(c.id);
        // One on its way already is enough (a refused one is sent again by publishAll()).
        if (!hasPublishItem(c.id, nullptr))
            toPublish << c.id;
    }
    // What is on its way is out of date until confirmed, known to the list yet or not (a first
    // sync's cases may still be on their way to the store).
    for (const OutboxItem &item : m_outbox->items()) {
        if (item.kind == OutboxItem::Kind::PublishToRepository)
            m_outOfDate.insert(item.payload.value(QLatin1String("businessKey")).toString());
    }
    emit outOfDateChanged();
    // Read in full (the description is the latest message) a batch at a time.
    for (qsizetype i = 0; i < toPublish.size(); i += LoadBatch) {
        const QStringList batch = toPublish.mid(i, LoadBatch);
        m_load(batch, this, [this](const QList<Case> &cases) {
            if (!isPublishing())
                return;
            for (const Case &c : cases) {
                if (m_outOfDate.contains(c.id) && !hasPublishItem(c.id, nullptr))
                    submit(c);
            }
        });
    }
}
