#pragma once

#include "models/Account.h"
#include "models/ApiError.h"
#include "models/Case.h"
#include "models/CaseDraft.h"
#include "models/OutboxItem.h"
#include "models/Profile.h"
#include "models/ProviderCapabilities.h"
#include "models/ProviderWords.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

// Something in a poll the engineer may want to be told about.
struct CaseNews
{
    enum class Kind {
        ProviderMessages, // new messages from the provider on a watched case
        UrgentIncident, // a new P1/P2 incident, or one whose status or priority changed
    };
    Kind kind = Kind::ProviderMessages;
    QString caseId;
    QString title;
    QString text;
};

Q_DECLARE_METATYPE(CaseNews)

// What the Case Repository holds for a provider case, as far as the console knows.
struct PublishState
{
    bool known = false; // looked up or published in this run
    bool published = false; // an entry exists
    QString status; // the repository's status value
    QString entryId; // the entry's caseId
    QDateTime updated;
    QString pending; // an outbox state in words while a publish is on its way
    QString error; // why the last publish failed
};

class CaseApi;
class RepositoryClient;
class CaseFilterProxyModel;
class CaseListModel;
class CasePoller;
class StoreThread;
class CommunicationThreadModel;
class Outbox;

// The console's data for one profile, without widgets: polls land in the local store, the
// store's changes land in the models, the open case's thread is loaded from the store and
// marked read, searches run in the store. Created by the app; the window reads its models.
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

    // Opens the store and shows what it holds, then starts polling (unless `poll` is false:
    // without credentials the stored cases can still be read).
    void start(bool poll = true);
    // Starts polling and sending after start(false), once the credentials are known.
    void startPolling();
    bool isLoaded() const { return m_loaded; }

    // Shows a case's thread and marks it read; empty shows none.
    void openCase(const QString &caseId);
    QString openCaseId() const { return m_openCaseId; }
    const CaseSummary *openCaseSummary() const;
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

    // Full-text search; an empty text ends it.
    void search(const QString &text);

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
    static QString createDraftKey() { return QStringLiteral("create-case"); }
    static QString replyDraftKey(const QString &caseId)
    {
        return QStringLiteral("reply/") + caseId;
    }
    QByteArray draft(const QString &key) const { return m_drafts.value(key); }
    void saveDraft(const QString &key, const QByteArray &payload);
    void removeDraft(const QString &key);

    // What the engineer wrote, through the outbox. Each returns the outbox item's key.
    QString submitCase(const CaseDraft &draft);
    QString submitReply(const QString &caseId, const QString &message, const QString &sentBy);
    QString submitCustomerReference(const QString &caseId, const QString &reference);
    // The cases the engineer watches: told about new provider messages on them. A case the
    // engineer created or replied to is watched from then on.
    bool isWatched(const QString &caseId) const { return m_watched.contains(caseId); }
    void setWatched(const QString &caseId, bool watched);

    // Publishing to the Case Repository: on when `settings.publish` and they can publish.
    void setPublishing(RepositoryClient *repository, const RepositorySettings &settings);
    bool isPublishing() const;
    RepositoryClient *repository() const { return m_repository; }
    PublishState publishState(const QString &caseId) const { return m_published.value(caseId); }

    // The outbox items about one case (replies and references not yet confirmed).
    QList<OutboxItem> outboxItemsFor(const QString &caseId) const;
    // The not yet confirmed create-case item holding `draft`, if any (e.g. after a restart).
    QString pendingCreateKeyFor(const CaseDraft &draft) const;
    // How many words of a search text are searched for at most.
    static int maxSearchWords();

signals:
    void loaded(int caseCount);
    // The open case's thread was (re)loaded or grew.
    void threadChanged(const QString &caseId);
    // `shortened`: the text was too long, only its first maxSearchWords() words (of its first
    // thousand characters) were searched for.
    void searchFinished(const QString &text, int hits, bool shortened);
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
    void fetchAccount();
    void setWords(const ProviderWords &words);
    // Looks for the console's confirmed messages in fetched cases; saves what it learned.
    void learnWordsFrom(const QList<Case> &received);
    void forgetDraftOf(const OutboxItem &done);
    // What the session last heard of a case: a poll's answer not yet in the list, or the list.
    const CaseSummary *lastReceived(const QString &caseId) const;
    QList<CaseNews> newsIn(const QList<Case> &received) const;
    void publishChanges(const QList<Case> &received, bool baseline);
    void onPublishItem(const OutboxItem &item);
    void lookUpPublished(const QString &caseId);

    StoreThread *m_store;
    CaseApi *m_api;
    CasePoller *m_poller;
    Outbox *m_outbox;
    CaseListModel *m_cases;
    CaseFilterProxyModel *m_filtered;
    CommunicationThreadModel *m_thread;
    QString m_openCaseId;
    QString m_searchText;
    quint64 m_searchGeneration = 0;
    // Without a usable local store the session still works, from memory.
    bool m_storeUsable = false;
    QHash<QString, Case> m_memory;
    QHash<QString, CaseSummary> m_unapplied; // sent to the store, not yet in the list
    bool m_loaded = false;
    bool m_statesPriority = true;
    bool m_poll = true;
    bool m_hadData = false;
    Account m_account;
    bool m_fetchingAccount = false;
    QHash<QString, QByteArray> m_drafts;
    QSet<QString> m_watched;
    // Drafts removed and cases (un)watched before the store said what it holds: what it then
    // says of them is older.
    QSet<QString> m_draftsRemovedEarly;
    QSet<QString> m_watchChangedEarly;
    RepositoryClient *m_repository = nullptr;
    RepositorySettings m_publishing;
    QHash<QString, PublishState> m_published;
    ProviderWords m_words;

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
    // The engineer's changes not yet confirmed by the provider.
    int unsentCount() const;
    // The outbox item with `key`, if the outbox still holds it.
    std::optional<OutboxItem> outboxItem(const QString &key) const;
    // Sends a refused or waiting item again now.
    bool retrySending(const QString &key);
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
    // The store has applied a poll: the open case's header changed, new messages count as read.
    void openCaseApplied(
        const QList<CaseSummary> &updated, const QHash<QString, int> &newCommunications);

    QString m_receivedOpenCaseId;
    QList<Communication> m_receivedOpenThread;
};
