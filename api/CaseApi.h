#pragma once

#include "models/Account.h"
#include "models/ApiError.h"
#include "models/Case.h"
#include "models/CaseDraft.h"
#include "models/ProviderCapabilities.h"

#include <QList>
#include <QObject>
#include <QStringList>

// One request to the case API. Emits finished() exactly once, always asynchronously; then
// error() says whether it failed. Deleting an unfinished reply cancels its request.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    ApiError error() const { return m_error; }

    // For the API implementation: records the outcome and emits finished().
    void finish(const ApiError &error = {});

signals:
    void finished();

private:
    ApiError m_error;
    bool m_finished = false;
};

// Cases, from a poll, a lookup by id or a list of ids.
class CasesReply : public ApiReply
{
    Q_OBJECT

public:
    using ApiReply::ApiReply;
    QList<Case> cases() const { return m_cases; }
    void setCases(QList<Case> cases) { m_cases = std::move(cases); }
    // The ids of cases the answer held but that could not be read (an unreadable date): left
    // out of cases() and logged, to be fetched again by id. A case without an id is not listed.
    QStringList skippedIds() const { return m_skippedIds; }
    void setSkippedIds(QStringList ids) { m_skippedIds = std::move(ids); }

private:
    QList<Case> m_cases;
    QStringList m_skippedIds;
};

// A created case's id.
class CreateCaseReply : public ApiReply
{
    Q_OBJECT

public:
    using ApiReply::ApiReply;
    QString caseId() const { return m_caseId; }
    void setCaseId(const QString &id) { m_caseId = id; }

private:
    QString m_caseId;
};

class AccountReply : public ApiReply
{
    Q_OBJECT

public:
    using ApiReply::ApiReply;
    Account account() const { return m_account; }
    void setAccount(Account account) { m_account = std::move(account); }

private:
    Account m_account;
};

// Narrows a case query; empty fields do not filter. Filters combine with AND.
struct CaseFilter
{
    QString serviceId;
    QString customerReference;
};

// The provider's case API as the rest of the console sees it, independent of how it is spoken
// (GraphQL "V1" today, a REST "V2" perhaps tomorrow). Replies are children of the API object
// until the caller deletes them (deleteLater() in the finished handler).
class CaseApi : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Cases modified in the last `lastModifiedMinutes` minutes; 0 asks for every case. A case
    // that cannot be read fails the answer (MalformedReply, saying why): a lookup must not take
    // "unreadable" for "not there".
    virtual CasesReply *fetchUpdatedCases(int lastModifiedMinutes, const CaseFilter &filter = {})
        = 0;
    // The same for the poller: a case that cannot be read is left out, logged and named in
    // skippedIds(), and the rest is delivered.
    virtual CasesReply *pollUpdatedCases(int lastModifiedMinutes) = 0;
    // One case with its complete history; an unknown id gives an empty list, an unreadable case
    // an error (MalformedReply) that says why.
    virtual CasesReply *fetchCase(const QString &caseId) = 0;
    // Several cases, one request each (the provider takes one id per query), at most
    // `concurrency` at a time. Fails with the first error; a case that cannot be read is not an
    // error but named in skippedIds().
    virtual CasesReply *fetchCases(const QStringList &caseIds, int concurrency = 4) = 0;
    // Refused before any request when the draft breaks the case-type matrix.
    virtual CreateCaseReply *createCase(const CaseDraft &draft) = 0;
    virtual ApiReply *replyToCase(
        const QString &caseId, const QString &message, const QString &sentBy = {})
        = 0;
    virtual ApiReply *addCustomerReference(const QString &caseId, const QString &customerReference)
        = 0;
    virtual AccountReply *fetchAccount() = 0;

    // What the provider has beyond its documented schema, as far as known: nothing optional
    // until learned (ProviderCapabilities::isDiscovered()). The API learns them itself before
    // the first request that needs them, again once they are due (a day old), and when the
    // provider refuses a request for a field or argument it lacks (then it retries once).
    virtual ProviderCapabilities capabilities() const = 0;
    // Capabilities known from before (the profile's cache), used until they are due.
    virtual void setCapabilities(const ProviderCapabilities &capabilities) = 0;
    // Learns them again now; the reply fails only when the provider cannot be asked at all.
    virtual ApiReply *discoverCapabilities() = 0;

signals:
    // Capabilities were learned (discovered, or a part found missing): for the cache.
    void capabilitiesLearned(const ProviderCapabilities &capabilities);
};
