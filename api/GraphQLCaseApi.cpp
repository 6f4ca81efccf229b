#include "api/GraphQLCaseApi.h"

#include "api/CaseJson.h"
#include "api/GraphQLReply.h"
#include "api/GraphQLTransport.h"
#include "models/CaseTypeMatrix.h"

#include <QHash>
#include <QJsonArray>
#include <QPointer>

#include <memory>

namespace {

QJsonObject accountOf(const QJsonObject &data)
{
    return data.value(QLatin1String("viewer"))
        .toObject()
        .value(QLatin1String("account"))
        .toObject();
}

ApiError malformed(const QString &why)
{
    return ApiError(ApiError::Kind::MalformedReply, why);
}

ApiError readCases(CasesReply *result, const QJsonObject &data)
{
    const QJsonValue cases = accountOf(data).value(QLatin1String("cases"));
    if (!cases.isArray())
        return malformed(GraphQLCaseApi::tr("The answer carries no list of cases."));
    QString parseError;
    auto parsed = CaseJson::parseCases(cases.toArray(), &parseError);
    if (!parsed)
        return malformed(parseError);
    result->setCases(std::move(*parsed));
    return {};
}

// Mutations answering Boolean: anything but true is a refusal.
ApiError readConfirmation(const QJsonObject &data, const char *field)
{
    const QJsonValue value = data.value(QLatin1String(field));
    if (value.isBool() && value.toBool())
        return {};
    if (value.isBool())
        return ApiError(ApiError::Kind::Validation,
            GraphQLCaseApi::tr("The provider did not accept the change."));
    return malformed(GraphQLCaseApi::tr("The answer does not confirm the change."));
}

void finishLater(ApiReply *reply, const ApiError &error)
{
    QMetaObject::invokeMethod(
        reply, [reply, error] { reply->finish(error); }, Qt::QueuedConnection);
}

} // namespace

void ApiReply::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
}

GraphQLCaseApi::GraphQLCaseApi(GraphQLTransport *transport, QObject *parent)
    : CaseApi(parent)
    , m_transport(transport)
{ }

template<typename Reply, typename OnData>
Reply *GraphQLCaseApi::run(const QString &operation, const QJsonObject &variables, OnData onData)
{
    auto *result = new Reply(this);
    GraphQLReply *reply = m_transport->execute(operation, variables);
    // Owned by the result: deleting an unfinished result aborts the request.
    reply->setParent(result);
    connect(reply, &GraphQLReply::finished, result, [reply, result, onData] {
        reply->deleteLater();
        if (reply->error().isError()) {
            result->finish(reply->error());
            return;
        }
        result->finish(onData(result, reply->data()));
    });
    return result;
}

CasesReply *GraphQLCaseApi::fetchUpdatedCases(int lastModifiedMinutes, const CaseFilter &filter)
{
    QJsonObject variables {{QStringLiteral("lastModifiedMinutes"), qMax(0, lastModifiedMinutes)}};
    if (!filter.serviceId.isEmpty())
        variables.insert(QStringLiteral("serviceId"), filter.serviceId);
    if (!filter.customerReference.isEmpty())
        variables.insert(QStringLiteral("customerReference"), filter.customerReference);
    return run<CasesReply>(QStringLiteral("RetrieveUpdatedCases"), variables, readCases);
}

CasesReply *GraphQLCaseApi::fetchCase(const QString &caseId)
{
    return run<CasesReply>(
        QStringLiteral("RetrieveCase"), {{QStringLiteral("id"), caseId}}, readCases);
}

CasesReply *GraphQLCaseApi::fetchCases(const QStringList &caseIds, int concurrency)
{
    auto *result = new CasesReply(this);
    struct State
    {
        QStringList queue;
        QStringList order;
        QHash<QString, Case> found;
        int running = 0;
        int maxRunning = 1;
    };
    auto state = std::make_shared<State>();
    state->order = caseIds;
    state->order.removeDuplicates();
    state->queue = state->order;
    state->maxRunning = qMax(1, concurrency);
    if (state->queue.isEmpty()) {
        finishLater(result, {});
        return result;
    }

    auto startNext = std::make_shared<std::function<void()>>();
    *startNext = [this, result, state, startNext] {
        while (!state->queue.isEmpty() && state->running < state->maxRunning) {
            const QString id = state->queue.takeFirst();
            CasesReply *one = fetchCase(id);
            one->setParent(result);
            ++state->running;
            connect(one, &ApiReply::finished, result, [result, state, startNext, one] {
                one->deleteLater();
                --state->running;
                if (result->isFinished())
                    return;
                if (one->error().isError()) {
                    // Cancel the rest: they are children of the result.
                    state->queue.clear();
                    result->finish(one->error());
                    const auto pending = result->findChildren<CasesReply *>();
                    for (CasesReply *other : pending) {
                        if (other != one && !other->isFinished())
                            delete other;
                    }
                    return;
                }
                for (const Case &c : one->cases())
                    state->found.insert(c.id, c);
                if (state->queue.isEmpty() && state->running == 0) {
                    QList<Case> cases;
                    for (const QString &wanted : std::as_const(state->order)) {
                        if (const auto it = state->found.constFind(wanted);
                            it != state->found.cend())
                            cases.append(*it);
                    }
                    result->setCases(std::move(cases));
                    result->finish();
                    return;
                }
                (*startNext)();
            });
        }
    };
    (*startNext)();
    return result;
}

QJsonObject GraphQLCaseApi::createCaseVariables(
    const CaseDraft &draft, const CaseTypeMatrix &matrix)
{
    QJsonObject variables {
        {QStringLiteral("subject"), draft.subject},
        {QStringLiteral("type"), draft.type},
        {QStringLiteral("priority"), draft.priority},
        {QStringLiteral("serviceId"), draft.serviceId},
        {QStringLiteral("message"), draft.message},
    };
    if (!draft.customerReference.trimmed().isEmpty())
        variables.insert(QStringLiteral("customerReference"), draft.customerReference.trimmed());
    if (!draft.sentBy.trimmed().isEmpty())
        variables.insert(QStringLiteral("sentBy"), draft.sentBy.trimmed());
    const CaseTypeMatrix::Type *spec = matrix.type(draft.type);
    if (spec && spec->requiresIncidentDates) {
        // Both, always: the provider fails an incident without them (HC0011).
        variables.insert(QStringLiteral("startOfIncident"), draft.startOfIncident.toIsoString());
        variables.insert(QStringLiteral("endOfIncident"),
            draft.endOfIncident.isValid() ? QJsonValue(draft.endOfIncident.toIsoString())
                                          : QJsonValue(QJsonValue::Null));
    }
    return variables;
}

CreateCaseReply *GraphQLCaseApi::createCase(const CaseDraft &draft)
{
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    if (const auto problems = draft.problems(matrix); !problems.isEmpty()) {
        auto *result = new CreateCaseReply(this);
        QStringList messages;
        for (const CaseDraft::Problem &p : problems)
            messages << p.message;
        finishLater(
            result, ApiError(ApiError::Kind::InvalidRequest, messages.join(QLatin1Char(' '))));
        return result;
    }
    return run<CreateCaseReply>(QStringLiteral("CreateCase"), createCaseVariables(draft, matrix),
        [](CreateCaseReply *result, const QJsonObject &data) -> ApiError {
            const QString id = data.value(QLatin1String("createCase"))
                                   .toObject()
                                   .value(QLatin1String("id"))
                                   .toString();
            if (id.isEmpty())
                return malformed(tr("The answer does not name the new case."));
            result->setCaseId(id);
            return {};
        });
}

ApiReply *GraphQLCaseApi::replyToCase(
    const QString &caseId, const QString &message, const QString &sentBy)
{
    QJsonObject variables {
        {QStringLiteral("caseId"), caseId}, {QStringLiteral("message"), message}};
    if (!sentBy.trimmed().isEmpty())
        variables.insert(QStringLiteral("sentBy"), sentBy.trimmed());
    return run<ApiReply>(QStringLiteral("ReplyToCase"), variables,
        [](ApiReply *, const QJsonObject &data) { return readConfirmation(data, "replyToCase"); });
}

ApiReply *GraphQLCaseApi::addCustomerReference(
    const QString &caseId, const QString &customerReference)
{
    return run<ApiReply>(QStringLiteral("AddCustomerReference"),
        {{QStringLiteral("caseId"), caseId},
            {QStringLiteral("customerReference"), customerReference}},
        [](ApiReply *, const QJsonObject &data) {
            return readConfirmation(data, "addCustomerReference");
        });
}

AccountReply *GraphQLCaseApi::fetchAccount()
{
    return run<AccountReply>(
        QStringLiteral("Account"), {}, [](AccountReply *result, const QJsonObject &data) {
            const QJsonObject o = accountOf(data);
            if (o.isEmpty())
                return malformed(tr("The answer carries no account."));
            Account account;
            account.accountId = o.value(QLatin1String("accountId")).toString();
            account.name = o.value(QLatin1String("name")).toString();
            for (const QJsonValue &v : o.value(QLatin1String("services")).toArray()) {
                const QJsonObject s = v.toObject();
                account.services.append({s.value(QLatin1String("serviceId")).toString(),
                    s.value(QLatin1String("serviceName")).toString(),
                    s.value(QLatin1String("status")).toString(),
                    s.value(QLatin1String("serviceType")).toString(),
                    s.value(QLatin1String("bandwidth")).toString(),
                    s.value(QLatin1String("site"))
                        .toObject()
                        .value(QLatin1String("siteId"))
                        .toString()});
            }
            for (const QJsonValue &v : o.value(QLatin1String("sites")).toArray()) {
                const QJsonObject s = v.toObject();
                account.sites.append({s.value(QLatin1String("siteId")).toString(),
                    s.value(QLatin1String("name")).toString(),
                    s.value(QLatin1String("city")).toString(),
                    s.value(QLatin1String("country")).toString()});
            }
            result->setAccount(std::move(account));
            return ApiError();
        });
}
