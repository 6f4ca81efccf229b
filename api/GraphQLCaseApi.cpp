#include "api/GraphQLCaseApi.h"

#include "api/CaseParser.h"
#include "api/GraphQLReply.h"
#include "api/GraphQLTransport.h"

void CasesReply::setResult(const QList<Case> &cases, const ApiError &error)
{
    m_cases = cases;
    m_error = error;
    emit finished();
}

GraphQLCaseApi::GraphQLCaseApi(GraphQLTransport *transport, QObject *parent)
    : CaseApi(parent)
    , m_transport(transport)
{ }

CasesReply *GraphQLCaseApi::fetchUpdatedCases(int lastModifiedMinutes)
{
    auto *result = new CasesReply(this);
    GraphQLReply *reply = m_transport->execute(QStringLiteral("RetrieveUpdatedCases"),
        {{QStringLiteral("lastModifiedMinutes"), qMax(0, lastModifiedMinutes)}});
    // Owned by the result: deleting an unfinished result aborts the request.
    reply->setParent(result);
    connect(reply, &GraphQLReply::finished, result, [reply, result] {
        reply->deleteLater();
        if (reply->error().isError()) {
            result->setResult({}, reply->error());
            return;
        }
        const QJsonValue cases = reply->data()
                                     .value(QLatin1String("viewer"))
                                     .toObject()
                                     .value(QLatin1String("account"))
                                     .toObject()
                                     .value(QLatin1String("cases"));
        if (!cases.isArray()) {
            result->setResult({},
                ApiError(
                    ApiError::Kind::MalformedReply, tr("The answer carries no list of cases.")));
            return;
        }
        QString parseError;
        const auto parsed = CaseParser::parseCases(cases.toArray(), &parseError);
        if (!parsed) {
            result->setResult({}, ApiError(ApiError::Kind::MalformedReply, parseError));
            return;
        }
        result->setResult(*parsed, {});
    });
    return result;
}
