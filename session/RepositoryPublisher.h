#pragma once

#include "models/Case.h"
#include "models/Profile.h"
#include "models/ProviderWords.h"
#include "models/RepositoryEntry.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class Outbox;
class RepositoryPageReply;
class RepositoryClient;
struct OutboxItem;

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

// Publishing the provider cases' statuses to the Case Repository: a case created or whose status
// changed in a poll goes to the outbox as a publish item (found by business key when sent: never
// two entries); the outbox's progress and a lookup when a case is opened say what the
// repository holds (publishState()).
//
// Catching up (RepositoryPublisherCatchUp.cpp): cases the console knew before publishing was
// turned on (or before its settings changed) are not changed by a poll, so the poll publishes
// nothing for them. When publishing is turned on or its settings change, once the cases are
// ready (casesReady(): a poll succeeded, so the credentials work and the cases are fresh), and
// on publishAll() ("Publish all now"), the publisher reads every entry the repository holds
// under the console's source, compares each known case with its entry (status, case type,
// client) and publishes, through the outbox, every open case without an entry and every case
// whose entry differs. outOfDateCount() says how many entries are out of date until the
// repository confirms them. A failed look-up is tried again at the next poll.
class RepositoryPublisher : public QObject
{
    Q_OBJECT

public:
    // What the console last heard of a case, or null for a case it does not know.
    using LastReceived = std::function<const CaseSummary *(const QString &caseId)>;
    // Every case the console knows.
    using KnownCases = std::function<QList<CaseSummary>()>;
    // Reads cases in full (with their threads, for the entry's description) and calls `done`
    // on the caller's thread, unless `context` is gone.
    using LoadCases = std::function<void(
        const QStringList &ids, QObject *context, std::function<void(const QList<Case> &)> done)>;

    RepositoryPublisher(Outbox *outbox, LastReceived lastReceived, QObject *parent = nullptr);
    ~RepositoryPublisher() override;

    // Where catching up finds the known cases.
    void setCases(KnownCases known, LoadCases load);
    // The provider's words, for what counts as open.
    void setWords(const ProviderWords &words);

    // On when `settings.publish` and they can publish. Turned on, or with other settings,
    // catches up once the cases are ready.
    void setPublishing(RepositoryClient *repository, const RepositorySettings &settings);
    bool isPublishing() const;
    RepositoryClient *repository() const { return m_repository; }
    PublishState publishState(const QString &caseId) const { return m_published.value(caseId); }

    // Publishes what a poll created or changed (on a profile's first sync, `baseline`: only the
    // open cases, not years of history). Call before the poll's cases are taken as known.
    void publishChanges(const QList<Case> &received, bool baseline, const ProviderWords &words);
    // Asks the repository what it holds for a case not looked up yet.
    void lookUpIfUnknown(const QString &caseId);

    // The cases are known and the credentials work (a poll succeeded): a catch-up that waits
    // for them runs now.
    void casesReady();
    // "Publish all now": compares every known case with the repository now and publishes what
    // is missing or differs; a refused publish is sent again.
    void publishAll();
    // How many cases' entries are out of date (known to differ, or on their way); -1 before
    // the repository was compared.
    int outOfDateCount() const { return m_compared ? int(m_outOfDate.size()) : -1; }
    // A comparison is on its way.
    bool isCatchingUp() const { return m_catchUp != nullptr; }
    // Why the last comparison failed, in words; empty when it did not.
    QString catchUpProblem() const { return m_catchUpProblem; }

signals:
    void publishStateChanged(const QString &caseId);
    // outOfDateCount(), isCatchingUp() or catchUpProblem() changed.
    void outOfDateChanged();

private:
    // The repository's entries under the console's source, read page by page.
    struct CatchUp
    {
        QHash<QString, RepositoryEntry> entries; // by business key
        // The page asked for; an answer to another one is stale (its catch-up was dropped).
        QPointer<RepositoryPageReply> reply;
    };

    void onItem(const OutboxItem &item);
    void lookUp(const QString &caseId);
    void submit(const Case &c);
    void setPublishedFrom(const QString &caseId, const RepositoryEntry *entry);
    // Catching up (RepositoryPublisherCatchUp.cpp).
    void startCatchUp();
    void searchPage(int page);
    void compare(const QHash<QString, RepositoryEntry> &entries);
    bool differs(const CaseSummary &c, const RepositoryEntry &entry) const;
    bool hasPublishItem(const QString &caseId, QString *failedKey) const;
    void catchUpFailed(const QString &message);

    Outbox *m_outbox;
    LastReceived m_lastReceived;
    KnownCases m_known;
    LoadCases m_load;
    ProviderWords m_words;
    RepositoryClient *m_repository = nullptr;
    RepositorySettings m_settings;
    QHash<QString, PublishState> m_published;
    bool m_ready = false; // casesReady() was called
    bool m_catchUpWanted = false;
    bool m_compared = false; // the repository was compared at least once
    std::unique_ptr<CatchUp> m_catchUp; // the comparison on its way
    QSet<QString> m_outOfDate; // case ids
    QString m_catchUpProblem;
};
