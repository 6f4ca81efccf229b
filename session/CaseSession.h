#pragma once

#include "models/Account.h"
#include "models/ApiError.h"
#include "models/Case.h"
#include "models/CaseDraft.h"
#include "models/CaseTimeline.h"
#include "models/OutboxItem.h"
#include "models/Profile.h"
#include "models/ProviderCapabilities.h"
#include "models/ProviderWords.h"
#include "session/CaseLinks.h"
#include "session/Drafts.h"
#include "session/NewsDetector.h"
#include "session/NotificationHistory.h"
#include "session/ObservedHistory.h"
#include "session/P1Alarms.h"
#include "session/RepositoryPublisher.h"
#include "session/SlaClocks.h"
#include "session/WatchedCases.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class CaseApi;
class RepositoryClient;
class CaseFilterProxyModel;
class CaseListModel;
class CasePoller;
class StoreThread;
class CommunicationThreadModel;
class Outbox;
class CaseSync;
class Outgoing;

// The console's data for one profile, without widgets: the composition of the use cases
// (CaseSync: polls land in the store and the list; Drafts; WatchedCases; NewsDetector;
// RepositoryPublisher; Outgoing, the outbox as the windows use it) and what ties them: the open
// case's thread, loaded from the store and marked read, the provider's words, the account, and
// searches in the store. Created by the app; the window reads its models.
class CaseSession : public QObject
{
    Q_OBJECT

public:
    // `api` (optional) is asked for the account's services once the session runs.
    CaseSession(StoreThread *store, CasePoller *poller, Outbox *outbox, CaseApi *api = nullptr,
        QObject *parent = nullptr);
    ~CaseSession() override;

    CaseListModel *cases() const { return m_cases; }
    CaseFilterProxyModel *filtered() const { return m_filtered; }
    CommunicationThreadModel *thread() const { return m_thread; }
    Outbox *outbox() const { return m_outbox; }
    CaseSync *sync() const { return m_sync; }
    Drafts *drafts() const { return m_drafts; }
    WatchedCases *watchedCases() const { return m_watched; }
    RepositoryPublisher *publisher() const { return m_publisher; }
    Outgoing *outgoing() const { return m_outgoing; }
    // The status and priority changes seen between polls, of every case (issue 14).
    ObservedHistory *observedHistory() const { return m_observed; }
    // Those of one case, oldest first (the timeline, the dossier).
    QList<ObservedChange> observedChanges(const QString &caseId) const
    {
        return m_observed->changesOf(caseId);
    }
    // The observed status changes of one case as the SLA clocks read them (computeSla's history).
    QList<StatusChange> observedStatusChanges(const QString &caseId) const
    {
        return m_observed->statusChangesOf(caseId);
    }
    // The open case's timeline: its header as listed, its thread as shown, what was observed
    // (session/CaseSessionTimeline.cpp). Empty when no case is open.
    QList<TimelineEntry> openCaseTimeline() const;
    // The open case's outage (not known for a general request), to `now` while open.
    Outage openCaseOutage(const Timestamp &now) const;

    // Opens the store and shows what it holds, then starts polling (unless `poll` is false:
    // without credentials the stored cases can still be read).
    void start(bool poll = true);
    // Starts polling and sending after start(false), once the credentials are known.
    void startPolling();
    bool isLoaded() const;

    // Shows a case's thread and marks it read; empty shows none.
    void openCase(const QString &caseId);
    QString openCaseId() const { return m_openCaseId; }
    const CaseSummary *openCaseSummary() const;
    // Marks a case read or unread (stored). The open case marked unread stays unread while it
    // is open (its thread loading, a poll's new messages do not mark it read) until it is
    // opened again.
    void setRead(const QString &caseId, bool read);

    // The provider's words: the profile's override (set before start()) over what the console
    // learned from its own confirmed messages (kept in the store) over the default tables. The
    // list, the thread, news and the outbox's reply lookup read them.
    void setWordOverrides(const WordOverrides &overrides);
    // Whether a new case's message states the requested priority when the provider sets its own
    // (the profile's choice; the API does it), so the create form can say what will happen.
    void setStatesPriorityInMessage(bool states) { m_statesPriority = states; }
    bool statesPriorityInMessage() const { return m_statesPriority; }
    const ProviderWords &words() const { return m_words; }

    // Full-text search; an empty text ends it. The hits come a page at a time, newest first;
    // the filtered list asks for the next page as it is scrolled (canFetchMore()).
    void search(const QString &text);
    // A first sync's cases are in the list and the store is still writing and indexing them:
    // a search would wait for it (indexingProgress()).
    bool isIndexing() const;

    // The services to choose from, by id with a label ("Internet Paris — SVC-1001 (Paris HQ)"):
    // the account's once fetched, and before that, or offline, those the known cases name. One
    // pass over the cases.
    struct ServiceChoice
    {
        QString serviceId;
        QString label;
    };
    QList<ServiceChoice> services() const;
    const Account &account() const { return m_account; }
    // What the provider has beyond its documented schema, as far as known
    // (docs/provider-compatibility.md); nothing optional before it is learned.
    ProviderCapabilities capabilities() const;

    // Drafts, saved as typed, by key: createDraftKey() or replyDraftKey(caseId).
    static QString createDraftKey() { return Drafts::createDraftKey(); }
    static QString replyDraftKey(const QString &caseId) { return Drafts::replyDraftKey(caseId); }
    QByteArray draft(const QString &key) const { return m_drafts->draft(key); }
    void saveDraft(const QString &key, const QByteArray &payload);
    void removeDraft(const QString &key);

    // What the engineer wrote, through the outbox. Each returns the outbox item's key.
    QString submitCase(const CaseDraft &draft);
    QString submitReply(const QString &caseId, const QString &message, const QString &sentBy);
    QString submitCustomerReference(const QString &caseId, const QString &reference);
    // The cases the engineer watches: told about new provider messages on them. A case the
    // engineer created or replied to is watched from then on.
    bool isWatched(const QString &caseId) const { return m_watched->isWatched(caseId); }
    void setWatched(const QString &caseId, bool watched);

    // Publishing to the Case Repository: on when `settings.publish` and they can publish.
    void setPublishing(RepositoryClient *repository, const RepositorySettings &settings);
    bool isPublishing() const;
    RepositoryClient *repository() const { return m_publisher->repository(); }
    PublishState publishState(const QString &caseId) const
    {
        return m_publisher->publishState(caseId);
    }

    // The outbox items about one case (replies and references not yet confirmed).
    QList<OutboxItem> outboxItemsFor(const QString &caseId) const;
    // The not yet confirmed create-case item holding `draft`, if any (e.g. after a restart).
    QString pendingCreateKeyFor(const CaseDraft &draft) const;
    // How many words of a search text are searched for at most.
    static int maxSearchWords();

signals:
    void loaded(int caseCount);
    // How far the store is with a first sync the list already shows; `done` == `total` when it
    // has finished.
    void indexingProgress(int done, int total);
    // The open case's thread was (re)loaded or grew.
    void threadChanged(const QString &caseId);
    // `shortened`: the text was too long, only its first maxSearchWords() words (of its first
    // thousand characters) were searched for.
    // `more`: the hits came a page at a time and there are more (the list fetches them as it
    // is scrolled).
    void searchFinished(const QString &text, int hits, bool shortened, bool more = false);
    // Something about the local data the engineer should know (a rebuilt database, a failed
    // write).
    void storeMessage(const QString &message);
    void accountChanged();
    // The provider's capabilities were learned anew (CaseApi::capabilities()).
    void capabilitiesChanged();
    void watchChanged(const QString &caseId, bool watched);
    void publishStateChanged(const QString &caseId);
    // What a poll brought that the engineer may want to hear about (not the first sync).
    void news(const QList<CaseNews> &items);
    // The drafts saved by an earlier run are known.
    void draftsReady();
    // words() decide differently now (learned, or loaded with the store).
    void wordsChanged();

private:
    void connectStore();
    // What the publisher's catch-up reads: the known cases, in full from the store
    // (session/CaseSessionPublishing.cpp).
    void connectPublisher();
    void onCasesReceived(const QList<Case> &received, bool full);
    // The open case's thread from the poll: merged at once (feedOpenThread()), or without a
    // usable store from memory.
    void onReceivedInMemory(const QList<Case> &received);
    // The store saved a poll: the open case's header changed; new messages count as read.
    void onCasesApplied(const QList<QString> &newCommunications, const QList<CaseSummary> &updated);
    void onThreadLoaded(const QString &caseId, const QList<Communication> &thread, int seenCount);
    // A page of the search's hits came from the store.
    void onSearchPage(
        quint64 generation, const QSet<QString> &ids, bool shortened, bool more, bool firstPage);
    // The list scrolled to the end of a search's hits: the next page.
    void fetchMoreSearchHits();
    void onOutboxItemDone(const OutboxItem &item);
    void fetchAccount();
    void setWords(const ProviderWords &words);
    // Reads cases in full (their threads too) on the store's thread, or from memory without a
    // usable store; `done` runs on this thread unless `context` is gone.
    void readCases(
        const QStringList &ids, QObject *context, std::function<void(const QList<Case> &)> done);
    // Looks for the console's confirmed messages in fetched cases; saves what it learned.
    void learnWordsFrom(const QList<Case> &received);
    // The cases the engineer created (their creation is no news to them).
    QSet<QString> createdHere() const;

    StoreThread *m_store;
    CaseApi *m_api;
    CasePoller *m_poller;
    Outbox *m_outbox;
    CaseListModel *m_cases;
    CaseFilterProxyModel *m_filtered;
    CommunicationThreadModel *m_thread;
    CaseSync *m_sync;
    Drafts *m_drafts;
    WatchedCases *m_watched;
    NewsDetector m_news;
    RepositoryPublisher *m_publisher;
    Outgoing *m_outgoing;
    ObservedHistory *m_observed;
    QString m_openCaseId;
    QString m_keptUnread; // the open case, marked unread by the engineer
    QSet<QString> m_createdHere;
    QString m_searchText;
    quint64 m_searchGeneration = 0;
    struct SearchCursor; // where the search's next page starts (a Store::SearchCursor)
    std::shared_ptr<SearchCursor> m_searchCursor;
    int m_searchHits = 0; // how many cases the pages so far found
    bool m_statesPriority = true;
    bool m_poll = true;
    Account m_account;
    bool m_fetchingAccount = false;
    ProviderWords m_words;

    // ---- For the case dossier (issue 14 item 3; session/CaseSessionPublishing.cpp) ----
public:
    struct DossierCases
    {
        QList<Case> cases; // in full, threads included; cases the store does not hold are left out
        QList<ObservedChange> observed; // what the console saw change between polls
    };
    // What a dossier of `ids` is made of, read off the GUI thread; `done` runs on this thread
    // unless `context` is gone.
    void loadForDossier(
        const QStringList &ids, QObject *context, std::function<void(const DossierCases &)> done);

    // ---- For the views (issue 12 item 5; session/CaseSessionViews.cpp) ----
    // What the windows need without reaching into the poller or the outbox (ui/ includes
    // nothing from api/).
public:
    // How the polls stand, for the connection status bar.
    struct PollStatus
    {
        QDateTime lastSuccess; // invalid before the first successful poll
        QDateTime nextPoll; // invalid when none is planned
        bool polling = false; // one is on its way
        bool waitingForNetwork = false; // offline: the next one when the network is back
    };
    PollStatus pollStatus() const;
    void pollNow(bool full = false);
    // The engineer's changes not yet confirmed by the provider (Outgoing).
    int unsentCount() const;
    // The outbox item with `key`, if the outbox still holds it.
    std::optional<OutboxItem> outboxItem(const QString &key) const;
    // Drops an item that is not being sent right now; false while it is.
    bool discardUnsent(const QString &key);

signals:
    void pollStarted(bool full);
    void pollSucceeded();
    void pollFailed(const ApiError &error);
    // An outbox item changed state or was confirmed (then it is no longer among the items).
    void outboxItemChanged(const OutboxItem &item);
    void outboxItemRemoved(const QString &key);

private:
    void connectViews();
    // The poll's copy of the open case feeds its thread (no store read); a copy that came while
    // the thread was still being loaded is merged once it is.
    void feedOpenThread(const QList<Case> &received);
    void mergeReceivedOpenThread(const QString &caseId);

    QString m_receivedOpenCaseId;
    QList<Communication> m_receivedOpenThread;

    // ---- Notices (issue 13: the history and the P1 alarm; session/CaseSessionNotices.cpp) ----
public:
    // The last notices (news the profile's choices want), newest first.
    NotificationHistory *notificationHistory() const { return m_history; }
    // The new P1 incidents not yet acknowledged.
    P1Alarms *p1Alarms() const { return m_alarms; }
    // Which news go into the history and raise the P1 alarm (the profile's choices; everything
    // by default), and whether the alarm sounds.
    void setNotificationChoices(const NotificationChoices &choices);
    // Keeps the history and the alarms in the settings under `group`, one per profile.
    void keepNoticesIn(const QString &group);

private:
    void setUpNotices();
    void recordNotices(const QList<CaseNews> &items);

    NotificationHistory *m_history = nullptr;
    P1Alarms *m_alarms = nullptr;
    NotificationChoices m_noticeChoices;

    // ---- SLA clocks (issue 14; session/CaseSessionClocks.cpp) ----
public:
    // Every open case's clocks, kept up to date from the store, the polls and the time; the
    // list's Next breach and Turn columns follow them.
    SlaClocks *clocks() const { return m_clocks; }
    // The profile's targets (Profile::sla); the defaults until set.
    void setSlaPolicy(const SlaPolicy &policy);
    // The clocks of a case from its full thread, now: for the case header and exports (the
    // open case's thread is at hand there).
    SlaReport slaReportOf(const Case &c) const;
    // The open case's clocks from its thread as loaded; an empty report when none is open.
    SlaReport openCaseSla() const;

private:
    void setUpClocks();
    void loadClocks(const QList<CaseSummary> &summaries);
    // A clock nears its target: a notice (SlaWarning) for a watched case or a P1/P2.
    void onBreachNear(const QString &caseId, SlaClocks::Kind kind, const SlaClock &clock);

    SlaClocks *m_clocks = nullptr;

    // ---- Request RFO (issue 14 item 4; session/CaseSessionRfo.cpp) ----
public:
    // The links between incidents and their Reason for Outage requests.
    CaseLinks *caseLinks() const { return m_links; }
    // Why the open case (or `caseId`) cannot have an RFO requested, in words; empty when it can.
    QString rfoRefusal(const QString &caseId) const;
    // The create form's draft of an RFO request for `caseId` (RfoRequest::draft).
    CaseDraft rfoDraft(const QString &caseId, const QString &sentBy) const;
    // Queues the request (through the outbox like any create); the store links the two cases
    // once it is confirmed. Returns the outbox item's key.
    QString submitRfo(const CaseDraft &draft, const QString &originalId);

private:
    void setUpLinks();

    CaseLinks *m_links = nullptr;
};
