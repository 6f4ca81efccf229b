#pragma once

#include "api/CaseApi.h"
#include "api/GraphQLTransport.h"

#include <QJsonObject>
#include <QPointer>

#include <functional>

class CapabilityDiscovery;
class CaseTypeMatrix;

// CaseApi over the provider's GraphQL API ("V1"): one stored operation per call
// (resources/graphql), composed for the provider's capabilities (GraphQLDocuments), answers
// parsed into value types.
class GraphQLCaseApi : public CaseApi
{
    Q_OBJECT

public:
    explicit GraphQLCaseApi(GraphQLTransport *transport, QObject *parent = nullptr);

    CasesReply *fetchUpdatedCases(int lastModifiedMinutes, const CaseFilter &filter = {}) override;
    CasesReply *pollUpdatedCases(int lastModifiedMinutes) override;
    CasesReply *fetchCase(const QString &caseId) override;
    CasesReply *fetchCases(const QStringList &caseIds, int concurrency = 4) override;
    CreateCaseReply *createCase(const CaseDraft &draft) override;
    ApiReply *replyToCase(
        const QString &caseId, const QString &message, const QString &sentBy = {}) override;
    ApiReply *addCustomerReference(
        const QString &caseId, const QString &customerReference) override;
    AccountReply *fetchAccount() override;
    ProviderCapabilities capabilities() const override { return m_capabilities; }
    void setCapabilities(const ProviderCapabilities &capabilities) override;
    ApiReply *discoverCapabilities() override;

    // Without a priority argument on createCase, the message's first line states the requested
    // priority (CaseDraft::messageStatingPriority()); on unless set off (a profile setting).
    void setStatePriorityInMessage(bool state) { m_statePriorityInMessage = state; }

    // The variables createCase sends for a draft: both incident dates for an Incident
    // (endOfIncident null when open-ended), neither otherwise; the priority when the provider
    // takes it, else (with `statePriority`) a first line of the message that states it.
    static QJsonObject createCaseVariables(const CaseDraft &draft, const CaseTypeMatrix &matrix,
        const ProviderCapabilities &capabilities = ProviderCapabilities::everything(),
        bool statePriority = true);

private:
    // fetchCase(), but an unreadable case is named in skippedIds() rather than an error.
    CasesReply *fetchCaseOrSkip(const QString &caseId);
    using Variables = std::function<QJsonObject(const ProviderCapabilities &)>;
    // Sends `operation`, composed for the capabilities (learned first when due), and on success
    // lets `onData` fill the reply from the answer's data; what it returns becomes the reply's
    // error. A refusal naming a missing field or argument relearns them and retries once.
    template<typename Reply, typename OnData>
    Reply *run(const QString &operation, Variables variables, OnData onData,
        GraphQLTransport::BodyReader reader = {});
    template<typename Reply, typename OnData>
    void send(Reply *result, const QString &operation, Variables variables, OnData onData,
        GraphQLTransport::BodyReader reader, bool isRetry);
    // Calls `go` once the capabilities can be used (learned first when due or `relearn`), with
    // the error that kept them from being learned when none are known at all.
    void whenCapabilitiesReady(
        QObject *context, std::function<void(const ApiError &)> go, bool relearn = false);
    void onDiscovered(const ProviderCapabilities &capabilities);
    void onDiscoveryFailed(const ApiError &error);
    // After a retried request was refused again: the part of `operation` `error` names, now
    // known absent, or a gap the console cannot do without. Annotates the error either way.
    ApiError adaptTo(const QString &operation, ApiError error, const QJsonArray &errors);

    GraphQLTransport *m_transport;
    CapabilityDiscovery *m_discovery;
    ProviderCapabilities m_capabilities;
    bool m_statePriorityInMessage = true;
    struct Waiting
    {
        QPointer<QObject> context;
        std::function<void(const ApiError &)> go;
    };
    QList<Waiting> m_waiting;
};
