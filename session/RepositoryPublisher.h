#pragma once

#include "models/Case.h"
#include "models/Profile.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

class Outbox;
class ProviderWords;
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
class RepositoryPublisher : public QObject
{
    Q_OBJECT

public:
    // What the console last heard of a case, or null for a case it does not know.
    using LastReceived = std::function<const CaseSummary *(const QString &caseId)>;

    RepositoryPublisher(Outbox *outbox, LastReceived lastReceived, QObject *parent = nullptr);

    // On when `settings.publish` and they can publish.
    void setPublishing(RepositoryClient *repository, const RepositorySettings &settings);
    bool isPublishing() const;
    RepositoryClient *repository() const { return m_repository; }
    PublishState publishState(const QString &caseId) const { return m_published.value(caseId); }

    // Publishes what a poll created or changed (on a profile's first sync, `baseline`: only the
    // open cases, not years of history). Call before the poll's cases are taken as known.
    void publishChanges(const QList<Case> &received, bool baseline, const ProviderWords &words);
    // Asks the repository what it holds for a case not looked up yet.
    void lookUpIfUnknown(const QString &caseId);

signals:
    void publishStateChanged(const QString &caseId);

private:
    void onItem(const OutboxItem &item);
    void lookUp(const QString &caseId);

    Outbox *m_outbox;
    LastReceived m_lastReceived;
    RepositoryClient *m_repository = nullptr;
    RepositorySettings m_settings;
    QHash<QString, PublishState> m_published;
};
