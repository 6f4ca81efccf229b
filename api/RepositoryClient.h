#pragma once

#include "api/CaseApi.h"
#include "api/NetworkLimits.h"
#include "models/RepositoryEntry.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// One entry: a create, get or update.
class RepositoryEntryReply : public ApiReply
{
    Q_OBJECT

public:
    using ApiReply::ApiReply;
    RepositoryEntry entry() const { return m_entry; }
    void setEntry(const RepositoryEntry &entry) { m_entry = entry; }
    // On a 409 DUPLICATE_BUSINESS_KEY: the entry that already has the business key.
    QString conflictingCaseId() const { return m_conflictingCaseId; }
    void setConflictingCaseId(const QString &id) { m_conflictingCaseId = id; }

private:
    RepositoryEntry m_entry;
    QString m_conflictingCaseId;
};

class RepositoryPageReply : public ApiReply
{
    Q_OBJECT

public:
    using ApiReply::ApiReply;
    RepositoryPage page() const { return m_page; }
    void setPage(const RepositoryPage &page) { m_page = page; }

private:
    RepositoryPage m_page;
};

class RepositoryHistoryReply : public ApiReply
{
    Q_OBJECT

public:
    using ApiReply::ApiReply;
    QList<RepositoryEntryChange> changes() const { return m_changes; }
    void setChanges(const QList<RepositoryEntryChange> &changes) { m_changes = changes; }

private:
    QList<RepositoryEntryChange> m_changes;
};

// The Case Repository's REST API (Eximee Case Repository API v1, "Case Status"): create, get,
// update, delete, search and history of case status entries, with HTTP Basic authentication,
// on the console's network stack (a transfer timeout, typed errors, no TLS error ignored, plain
// http only to loopback, no redirect followed, so the password never goes elsewhere; every
// answer bounded in size and time, NetworkLimits). A write (create, update, delete) reaches the
// repository at most once: Qt's HTTP layer cannot send it again when the connection closes
// before the answer (SendOnceBody); that ends in a failure of unknown outcome. The
// shapes the public documentation leaves open follow sandbox/README.md ("Case Repository").
// Replies are children of the client until the caller deletes them.
class RepositoryClient : public QObject
{
    Q_OBJECT

public:
    explicit RepositoryClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~RepositoryClient() override;

    // `baseUrl` is the API's root, e.g. https://host/api/case-repository. Empty when usable,
    // otherwise why not.
    QString configure(const QUrl &baseUrl, const QString &user);
    void setPassword(const QString &password) { m_password = password; }
    // The idle timeout: how long the answer may pause.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // The whole answer must be in by then (NetworkLimits).
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    // A larger answer is refused (NetworkLimits).
    void setMaxAnswerBytes(qint64 bytes) { m_maxBytes = bytes; }
    QUrl baseUrl() const { return m_base; }
    QString user() const { return m_user; }
    bool isConfigured() const { return m_base.isValid() && !m_base.isEmpty(); }

    RepositoryEntryReply *create(const RepositoryEntry &entry);
    RepositoryEntryReply *get(const QString &caseId);
    // Sends only `changes` (RepositoryEntry::changesTo()).
    RepositoryEntryReply *update(const QString &caseId, const QJsonObject &changes);
    // Removes the entry and its history, irreversibly.
    ApiReply *remove(const QString &caseId);
    RepositoryPageReply *search(const RepositoryQuery &query);
    RepositoryHistoryReply *history(const QString &caseId);
    // The one entry for `entry.businessKey` under `entry.source`, made to match `entry`: found
    // by a search and updated with what differs (nothing sent when nothing does), or created;
    // a create refused as a duplicate updates the entry that has the key. Never makes a second
    // entry for one business key, and may be repeated safely after a lost answer.
    RepositoryEntryReply *publish(const RepositoryEntry &entry);

    // The error for an answer with `status` and the repository's {"code","message","field"} body.
    static ApiError errorFor(int status, const QJsonObject &body);

private:
    // A read may be sent again by Qt's HTTP layer; a write never (SendOnceBody).
    enum class Effect { Read, Write };

    template<typename Reply, typename Handle>
    Reply *send(Effect effect, const QByteArray &method, const QString &path, const QString &caseId,
        const QJsonObject *body, Handle handle);

    QNetworkAccessManager *m_network;
    QUrl m_base;
    QString m_user;
    QString m_password;
    int m_timeoutMs = 30'000;
    int m_deadlineMs = NetworkLimits::RepositoryDeadlineMs;
    qint64 m_maxBytes = NetworkLimits::RepositoryMaxBytes;
};
