#include "api/GraphQLCaseApi.h"

#include "api/CapabilityDiscovery.h"
#include "api/CaseStreamReader.h"
#include "api/GraphQLDocuments.h"
#include "api/GraphQLReply.h"
#include "api/GraphQLSchemaError.h"
#include "api/GraphQLTransport.h"
#include "api/Logging.h"
#include "models/CaseTypeMatrix.h"

#include <QHash>
#include <QJsonArray>
#include <QPointer>

#include <functional>
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

// What readCaseAnswer takes out of a body: the cases, and those it had to leave out.
struct CaseAnswer
{
    QList<Case> cases;
    QList<CaseJson::SkippedCase> skipped;
};

// Case answers are read by CaseStreamReader, in one pass and off the GUI thread when large.
GraphQLBody readCaseAnswer(const QByteArray &bytes)
{
    CaseStreamReader::Result read = CaseStreamReader::read(bytes);
    GraphQLBody body;
    body.errors = read.errors;
    body.hasData = read.hasData;
    body.error = read.error;
    if (read.cases)
        body.typed = QVariant::fromValue(CaseAnswer {std::move(*read.cases), read.skipped});
    return body;
}

// The cases of an answer; one that cannot be read is logged (its id and the field, never the
// server's text) and named in skippedIds(), the others are read.
ApiError readCases(CasesReply *result, const GraphQLReply *reply)
{
    if (!reply->typed().isValid())
        return malformed(GraphQLCaseApi::tr("The answer carries no list of cases."));
    CaseAnswer answer = reply->typed().value<CaseAnswer>();
    QStringList skippedIds;
    for (const CaseJson::SkippedCase &skipped : std::as_const(answer.skipped)) {
        if (skipped.id.isEmpty()) {
            qCWarning(lcApi) << "a case without an id cannot be read";
            continue;
        }
        qCWarning(lcApi) << "case" << skipped.id.left(100) << "cannot be read: unreadable"
                         << skipped.field;
        skippedIds.append(skipped.id);
    }
    result->setCases(std::move(answer.cases));
    result->setSkippedIds(std::move(skippedIds));
    return {};
}

// Every case of the answer or an error: one that cannot be read fails it, saying why.
ApiError readAllCases(CasesReply *result, const GraphQLReply *reply)
{
    if (const ApiError error = readCases(result, reply); error.isError())
        return error;
    const CaseAnswer answer = reply->typed().value<CaseAnswer>();
    if (!answer.skipped.isEmpty())
        return malformed(answer.skipped.constFirst().reason);
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

// Variables that do not depend on the capabilities.
std::function<QJsonObject(const ProviderCapabilities &)> fixed(const QJsonObject &variables)
{
    return [variables](const ProviderCapabilities &) { return variables; };
}

} // namespace

GraphQLCaseApi::GraphQLCaseApi(GraphQLTransport *transport, QObject *parent)
    : CaseApi(parent)
    , m_transport(transport)
    , m_discovery(new CapabilityDiscovery(transport, this))
{
    connect(m_discovery, &CapabilityDiscovery::finished, this, &GraphQLCaseApi::onDiscovered);
    connect(m_discovery, &CapabilityDiscovery::failed, this, &GraphQLCaseApi::onDiscoveryFailed);
}

void GraphQLCaseApi::setCapabilities(const ProviderCapabilities &capabilities)
{
    m_capabilities = capabilities;
}

ApiReply *GraphQLCaseApi::discoverCapabilities()
{
    auto *result = new ApiReply(this);
    whenCapabilitiesReady(
        result, [result](const ApiError &error) { finishLater(result, error); }, true);
    return result;
}

void GraphQLCaseApi::whenCapabilitiesReady(
    QObject *context, std::function<void(const ApiError &)> go, bool relearn)
{
    if (!relearn && !m_discovery->isRunning() && !m_capabilities.isDue()) {
        go({});
        return;
    }
    m_waiting.append({context, std::move(go)});
    if (!m_discovery->isRunning())
        m_discovery->start();
}

void GraphQLCaseApi::onDiscovered(const ProviderCapabilities &capabilities)
{
    m_capabilities = capabilities;
    emit capabilitiesLearned(capabilities);
    for (const Waiting &w : std::exchange(m_waiting, {})) {
        if (w.context)
            w.go({});
    }
}

void GraphQLCaseApi::onDiscoveryFailed(const ApiError &error)
{
    qCInfo(lcApi) << "could not learn the provider's capabilities:" << error.kind();
    // What was known before still serves; with nothing known, the request would fail alike. It
    // was never sent: a write waiting for this needs no lookup.
    ApiError passOn = m_capabilities.isDiscovered() ? ApiError() : error;
    if (passOn.isError())
        passOn.setNotDelivered(true);
    for (const Waiting &w : std::exchange(m_waiting, {})) {
        if (w.context)
            w.go(passOn);
    }
}

ApiError GraphQLCaseApi::adaptTo(const QString &operation, ApiError error, const QJsonArray &errors)
{
    GraphQLSchemaError gap;
    QString said;
    for (const QJsonValue &e : errors) {
        gap = GraphQLSchemaError::read(e.toObject());
        if (gap.isValid()) {
            said = e.toObject().value(QLatin1String("message")).toString().left(200);
            break;
        }
    }
    if (!gap.isValid())
        return error;
    const bool argument = gap.kind == GraphQLSchemaError::Kind::Argument;
    for (const ProviderCapabilities::Part part : GraphQLDocuments::partsOf(operation)) {
        if (ProviderCapabilities::isArgument(part) != argument || !m_capabilities.has(part)
            || !ProviderCapabilities::fieldNames(part).contains(gap.name))
            continue;
        // Asked for although learned present: the provider's refusal is the better witness.
        m_capabilities.set(part, {false, ProviderCapabilities::Source::Probe, said});
        emit capabilitiesLearned(m_capabilities);
        error.setSchemaGap(gap.describe(), true);
        return error;
    }
    error.setSchemaGap(gap.describe(), false);
    return error;
}

template<typename Reply, typename OnData>
Reply *GraphQLCaseApi::run(const QString &operation, Variables variables, OnData onData,
    GraphQLTransport::BodyReader reader)
{
    auto *result = new Reply(this);
    send(result, operation, std::move(variables), onData, std::move(reader), false);
    return result;
}

template<typename Reply, typename OnData>
void GraphQLCaseApi::send(Reply *result, const QString &operation, Variables variables,
    OnData onData, GraphQLTransport::BodyReader reader, bool isRetry)
{
    whenCapabilitiesReady(result,
        [this, result, operation, variables, onData, reader, isRetry](const ApiError &notLearned) {
            if (notLearned.isError()) {
                finishLater(result, notLearned);
                return;
            }
            GraphQLReply *reply = m_transport->executeDocument(operation,
                GraphQLDocuments::compose(operation, m_capabilities), variables(m_capabilities),
                reader);
            // Owned by the result: deleting an unfinished result aborts the request.
            reply->setParent(result);
            connect(reply, &GraphQLReply::finished, result,
                [this, reply, result, operation, variables, onData, reader, isRetry] {
                    reply->deleteLater();
                    const ApiError error = reply->error();
                    if (!error.isError()) {
                        result->finish(onData(result, reply));
                        return;
                    }
                    // A document refused for a field or argument is never run (validation
                    // comes first), so sending it again, even a mutation, is safe.
                    if (GraphQLSchemaError::firstIn(reply->errors()).isValid()) {
                        if (!isRetry) {
                            qCInfo(lcApi) << operation
                                          << "was refused for a field or argument; relearning "
                                             "the provider's capabilities and retrying once";
                            whenCapabilitiesReady(
                                result,
                                [this, result, operation, variables, onData, reader](
                                    const ApiError &) {
                                    send(result, operation, variables, onData, reader, true);
                                },
                                true);
                            return;
                        }
                        result->finish(adaptTo(operation, error, reply->errors()));
                        return;
                    }
                    result->finish(error);
                });
        });
}

CasesReply *GraphQLCaseApi::fetchUpdatedCases(int lastModifiedMinutes, const CaseFilter &filter)
{
    QJsonObject variables {{QStringLiteral("lastModifiedMinutes"), qMax(0, lastModifiedMinutes)}};
    if (!filter.serviceId.isEmpty())
        variables.insert(QStringLiteral("serviceId"), filter.serviceId);
    if (!filter.customerReference.isEmpty())
        variables.insert(QStringLiteral("customerReference"), filter.customerReference);
    return run<CasesReply>(
        QStringLiteral("RetrieveUpdatedCases"), fixed(variables), readAllCases, readCaseAnswer);
}

CasesReply *GraphQLCaseApi::pollUpdatedCases(int lastModifiedMinutes)
{
    return run<CasesReply>(QStringLiteral("RetrieveUpdatedCases"),
        fixed({{QStringLiteral("lastModifiedMinutes"), qMax(0, lastModifiedMinutes)}}), readCases,
        readCaseAnswer);
}

CasesReply *GraphQLCaseApi::fetchCase(const QString &caseId)
{
    return run<CasesReply>(QStringLiteral("RetrieveCase"), fixed({{QStringLiteral("id"), caseId}}),
        readAllCases, readCaseAnswer);
}

CasesReply *GraphQLCaseApi::fetchCaseOrSkip(const QString &caseId)
{
    return run<CasesReply>(QStringLiteral("RetrieveCase"), fixed({{QStringLiteral("id"), caseId}}),
        readCases, readCaseAnswer);
}

namespace {

// Fetches several cases, one request each, at most `maxRunning` at a time, into `result`.
// Owned by the result: deleting the result cancels everything.
class BatchFetch : public QObject
{
public:
    using FetchOne = std::function<CasesReply *(const QString &id)>;

    BatchFetch(FetchOne fetchOne, CasesReply *result, QStringList ids, int maxRunning)
        : QObject(result)
        , m_fetchOne(std::move(fetchOne))
        , m_result(result)
        , m_order(std::move(ids))
        , m_maxRunning(qMax(1, maxRunning))
    {
        m_order.removeDuplicates();
        m_queue = m_order;
    }

    void startNext()
    {
        while (!m_queue.isEmpty() && m_running.size() < m_maxRunning) {
            CasesReply *one = m_fetchOne(m_queue.takeFirst());
            one->setParent(this);
            m_running.append(one);
            connect(one, &ApiReply::finished, this, [this, one] { onFinished(one); });
        }
    }

private:
    void onFinished(CasesReply *one)
    {
        m_running.removeOne(one);
        one->deleteLater();
        if (one->error().isError()) {
            // Cancel the rest before reporting: the caller may delete the result at once.
            m_queue.clear();
            qDeleteAll(std::exchange(m_running, {}));
            m_result->finish(one->error());
            return;
        }
        for (const Case &c : one->cases())
            m_found.insert(c.id, c);
        m_skipped += one->skippedIds();
        if (!m_queue.isEmpty()) {
            startNext();
            return;
        }
        if (!m_running.isEmpty())
            return;
        QList<Case> cases;
        for (const QString &wanted : std::as_const(m_order)) {
            if (const auto it = m_found.constFind(wanted); it != m_found.cend())
                cases.append(*it);
        }
        m_result->setCases(std::move(cases));
        m_skipped.removeDuplicates();
        m_result->setSkippedIds(std::move(m_skipped));
        m_result->finish();
    }

    FetchOne m_fetchOne;
    CasesReply *m_result;
    QStringList m_order;
    QStringList m_queue;
    QList<CasesReply *> m_running;
    QHash<QString, Case> m_found;
    QStringList m_skipped;
    int m_maxRunning;
};

} // namespace

CasesReply *GraphQLCaseApi::fetchCases(const QStringList &caseIds, int concurrency)
{
    auto *result = new CasesReply(this);
    if (caseIds.isEmpty()) {
        finishLater(result, {});
        return result;
    }
    auto *batch = new BatchFetch(
        [this](const QString &id) { return fetchCaseOrSkip(id); }, result, caseIds, concurrency);
    batch->startNext();
    return result;
}

QJsonObject GraphQLCaseApi::createCaseVariables(const CaseDraft &draft,
    const CaseTypeMatrix &matrix, const ProviderCapabilities &capabilities, bool statePriority)
{
    const bool takesPriority = capabilities.has(ProviderCapabilities::Part::CreateCasePriority);
    QJsonObject variables {
        {QStringLiteral("subject"), draft.subject},
        {QStringLiteral("type"), draft.type},
        {QStringLiteral("serviceId"), draft.serviceId},
        {QStringLiteral("message"),
            takesPriority || !statePriority ? draft.message : draft.messageStatingPriority()},
    };
    if (takesPriority)
        variables.insert(QStringLiteral("priority"), draft.priority);
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
    const bool statePriority = m_statePriorityInMessage;
    return run<CreateCaseReply>(
        QStringLiteral("CreateCase"),
        [draft, &matrix, statePriority](const ProviderCapabilities &caps) {
            return createCaseVariables(draft, matrix, caps, statePriority);
        },
        [](CreateCaseReply *result, const GraphQLReply *reply) -> ApiError {
            const QString id = reply->data()
                                   .value(QLatin1String("createCase"))
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
    return run<ApiReply>(
        QStringLiteral("ReplyToCase"), fixed(variables), [](ApiReply *, const GraphQLReply *reply) {
            return readConfirmation(reply->data(), "replyToCase");
        });
}

ApiReply *GraphQLCaseApi::addCustomerReference(
    const QString &caseId, const QString &customerReference)
{
    return run<ApiReply>(QStringLiteral("AddCustomerReference"),
        fixed({{QStringLiteral("caseId"), caseId},
            {QStringLiteral("customerReference"), customerReference}}),
        [](ApiReply *, const GraphQLReply *reply) {
            return readConfirmation(reply->data(), "addCustomerReference");
        });
}

AccountReply *GraphQLCaseApi::fetchAccount()
{
    return run<AccountReply>(
        QStringLiteral("Account"), fixed({}), [](AccountReply *result, const GraphQLReply *reply) {
            const QJsonObject o = accountOf(reply->data());
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
