#pragma once

#include "api/CaseApi.h"

class GraphQLTransport;

// CaseApi over the provider's GraphQL API ("V1").
class GraphQLCaseApi : public CaseApi
{
    Q_OBJECT

public:
    explicit GraphQLCaseApi(GraphQLTransport *transport, QObject *parent = nullptr);

    CasesReply *fetchUpdatedCases(int lastModifiedMinutes) override;

private:
    GraphQLTransport *m_transport;
};
