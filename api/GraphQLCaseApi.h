#pragma once

#include "api/CaseApi.h"

#include <QJsonObject>

class CaseTypeMatrix;
#include "api/GraphQLTransport.h"

// CaseApi over the provider's GraphQL API ("V1"): one stored operation per call
// (resources/graphql), answers parsed into value types.
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

    // The variables createCase sends for a draft: both incident dates for an Incident
    // (endOfIncident null when open-ended), neither otherwise.
    static QJsonObject createCaseVariables(const CaseDraft &draft, const CaseTypeMatrix &matrix);

private:
    // fetchCase(), but an unreadable case is named in skippedIds() rather than an error.
    CasesReply *fetchCaseOrSkip(const QString &caseId);
    // Sends `operation` and, on success, lets `onData` fill the reply from the answer's data;
    // what it returns becomes the reply's error.
    template<typename Reply, typename OnData>
    Reply *run(const QString &operation, const QJsonObject &variables, OnData onData,
        GraphQLTransport::BodyReader reader = {});

    GraphQLTransport *m_transport;
};
