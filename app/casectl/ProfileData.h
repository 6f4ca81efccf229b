#pragma once

#include "models/Case.h"
#include "models/CaseTimeline.h"
#include "models/OutboxItem.h"
#include "models/ProviderWords.h"
#include "models/SlaPolicy.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <memory>

class ApiError;
class Outbox;
class Output;
class ProviderConnection;
class Store;

// What casectl shares with the console in the profile's local store: the store itself (opened
// on first use), the provider's words learned into it (ProviderWords,
// docs/provider-compatibility.md), the provider's capabilities cached in it, and the cached
// cases to show when the network is down.
class ProfileData
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    ProfileData(ProviderConnection *connection, Output &output);
    ~ProfileData();

    // Whether opening the store reports the changes an earlier run left "sending" (not for
    // 'casectl outbox', which shows them anyway).
    void setWarnsOfLeftBehind(bool warns) { m_warnsOfLeftBehind = warns; }
    // The profile's local store, opened on first use; null when it cannot be opened (said).
    Store *store();

    // The provider's words: the profile's override over what the console or casectl learned
    // (kept in the store) over the default tables.
    const ProviderWords &words();
    // Learns from fetched cases what confirmed messages of ours look like; saves it.
    void learnWordsFrom(const QList<Case> &cases);
    // A confirmed reply or new case: its case, once fetched, shows the provider's words.
    void expectWordsFrom(const OutboxItem &confirmed);
    // The outbox whose words follow what is learned.
    void setOutbox(Outbox *outbox) { m_outbox = outbox; }

    // The case's SLA clocks now under the profile's targets (SlaJson: the "sla" member of
    // `cases --json` and `case --json`).
    QJsonObject slaJson(const Case &c);
    // The profile's SLA targets.
    SlaPolicy slaPolicy() const;
    // The status and priority changes the console saw of `caseId` between polls (its store;
    // none without one), oldest first.
    QList<ObservedChange> observedChanges(const QString &caseId);

    // Gives the API the profile's cached capabilities and caches what it learns.
    void useCapabilityCache(QObject *context);

    // With the network down, prints the cached answer through `print` instead, saying how old
    // it is. Returns false when the store has nothing to show.
    bool answerFromCache(const ApiError &error, const std::function<bool(Store &)> &print);

private:
    // One line on stderr for each change an earlier run left "sending" (it was killed
    // mid-send), pointing at 'casectl outbox --reconcile'.
    void reportLeftBehind();
    void keepLearned(const LearnedWords &learned);

    ProviderConnection *m_connection;
    Output &m_output;
    std::unique_ptr<Store> m_store;
    bool m_storeTried = false;
    bool m_warnsOfLeftBehind = true;
    ProviderWords m_words;
    bool m_wordsLoaded = false;
    Outbox *m_outbox = nullptr;
};
