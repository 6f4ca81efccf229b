#include "ProfileData.h"

#include "Output.h"
#include "api/CaseApi.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "models/SlaJson.h"
#include "store/OutboxLock.h"
#include "store/SqliteStore.h"
#include "store/StorePaths.h"

#include <QDateTime>
#include <QLocale>

ProfileData::ProfileData(ProviderConnection *connection, Output &output)
    : m_connection(connection)
    , m_output(output)
{ }

ProfileData::~ProfileData() = default;

Store *ProfileData::store()
{
    if (!m_storeTried) {
        m_storeTried = true;
        auto store
            = std::make_unique<SqliteStore>(StorePaths::databaseFor(m_connection->profile()));
        const Store::OpenResult opened = store->open();
        if (!opened.message.isEmpty())
            m_output.error(opened.message);
        if (opened.ok) {
            m_store = std::move(store);
            if (m_warnsOfLeftBehind)
                reportLeftBehind();
        }
    }
    return m_store.get();
}

void ProfileData::reportLeftBehind()
{
    // Only while no process is sending: then an item still "sending" has no sender left (a
    // run killed or crashed mid-send), and nothing else will finish it but a console.
    OutboxLock turn(m_store->path());
    if (!turn.tryLock())
        return;
    QStringList left;
    for (const OutboxItem &item : m_store->outbox()) {
        if (item.state == OutboxItem::State::Sending)
            left << item.title();
    }
    turn.unlock();
    if (left.isEmpty())
        return;
    m_output.error(
        tr("%n change(s) left 'sending' by an earlier run that ended mid-send (%1); whether "
           "the server got it is not known. 'casectl outbox --reconcile' looks each up and "
           "sends it only if it did not arrive.",
            nullptr, int(left.size()))
            .arg(left.join(QStringLiteral("; "))));
}

QJsonObject ProfileData::slaJson(const Case &c)
{
    const Timestamp now = Timestamp::fromDateTime(QDateTime::currentDateTimeUtc());
    const ProviderWords &words = this->words();
    return SlaJson::toJson(
        computeSla(c, statusChangesFromThread(c, words) + statusChangesFrom(observedChanges(c.id)),
            m_connection->profile().sla, words, now),
        now);
}

SlaPolicy ProfileData::slaPolicy() const
{
    return m_connection->profile().sla;
}

QList<ObservedChange> ProfileData::observedChanges(const QString &caseId)
{
    Store *local = store();
    return local ? local->observedChanges(caseId) : QList<ObservedChange>();
}

const ProviderWords &ProfileData::words()
{
    if (!m_wordsLoaded) {
        m_wordsLoaded = true;
        Store *local = store();
        m_words = ProviderWords(
            m_connection->profile().words, local ? local->learnedWords() : LearnedWords());
    }
    return m_words;
}

void ProfileData::learnWordsFrom(const QList<Case> &cases)
{
    LearnedWords learned = words().learned();
    if (learned.expected.isEmpty())
        return;
    bool changed = false;
    for (const Case &c : cases)
        changed = learned.learnFrom(c) || changed;
    if (changed)
        keepLearned(learned);
}

void ProfileData::expectWordsFrom(const OutboxItem &confirmed)
{
    LearnedWords learned = words().learned();
    if (learned.expect(confirmed, QDateTime::currentDateTimeUtc()))
        keepLearned(learned);
}

void ProfileData::keepLearned(const LearnedWords &learned)
{
    m_words = ProviderWords(m_connection->profile().words, learned);
    if (m_outbox)
        m_outbox->setProviderWords(m_words);
    if (Store *local = store())
        local->saveLearnedWords(learned);
}

void ProfileData::useCapabilityCache(QObject *context)
{
    CaseApi *api = m_connection->api();
    if (Store *local = store()) {
        const QByteArray cached = local->providerCapabilities();
        if (const auto caps = ProviderCapabilities::fromJson(cached); caps && !cached.isEmpty())
            api->setCapabilities(*caps);
    }
    QObject::connect(
        api, &CaseApi::capabilitiesLearned, context, [this](const ProviderCapabilities &caps) {
            if (Store *local = store())
                local->setProviderCapabilities(caps.toJson());
        });
}

bool ProfileData::answerFromCache(const ApiError &error, const std::function<bool(Store &)> &print)
{
    if (error.kind() != ApiError::Kind::Network && error.kind() != ApiError::Kind::Timeout)
        return false;
    Store *cache = store();
    if (!cache || !print(*cache))
        return false;
    const QDateTime lastSync = cache->lastSync();
    const QString age = lastSync.isValid() ? tr("last synced %1 (%n minute(s) ago)", nullptr,
                            int(lastSync.secsTo(QDateTime::currentDateTimeUtc()) / 60))
                                                 .arg(QLocale::c().toString(lastSync.toLocalTime(),
                                                     QStringLiteral("yyyy-MM-dd HH:mm")))
                                           : tr("never fully synced");
    m_output.error(error.userMessage() + u' ' + tr("Showing cached data, %1.").arg(age));
    return true;
}
