#include "api/CapabilityDiscovery.h"

#include "api/GraphQLDocuments.h"
#include "api/GraphQLReply.h"
#include "api/GraphQLSchemaError.h"
#include "api/GraphQLTransport.h"
#include "api/Logging.h"

#include <QHash>
#include <QSet>

namespace {

using Part = ProviderCapabilities::Part;
using Source = ProviderCapabilities::Source;

// Probes sent at once.
constexpr int MaxProbesInFlight = 3;

// The fields each part needs, as paths from the account's type.
QStringList pathsOf(Part part)
{
    switch (part) {
    case Part::CasePriority:
        return {QStringLiteral("cases.priority")};
    case Part::CaseEndOfIncident:
        return {QStringLiteral("cases.endOfIncident")};
    case Part::CaseSiteName:
        return {QStringLiteral("cases.site.name")};
    case Part::CaseServiceName:
        return {QStringLiteral("cases.service.serviceName")};
    case Part::CreateCasePriority:
        return {};
    case Part::AccountId:
        return {QStringLiteral("accountId")};
    case Part::AccountName:
        return {QStringLiteral("name")};
    case Part::AccountServices:
        return {QStringLiteral("services.serviceId"), QStringLiteral("services.serviceName")};
    case Part::AccountServiceDetails:
        return {QStringLiteral("services.status"), QStringLiteral("services.serviceType"),
            QStringLiteral("services.bandwidth"), QStringLiteral("services.site.siteId")};
    case Part::AccountSites:
        return {QStringLiteral("sites.siteId"), QStringLiteral("sites.name")};
    case Part::AccountSiteLocations:
        return {QStringLiteral("sites.city"), QStringLiteral("sites.country")};
    }
    return {};
}

// The types of an introspection answer: type -> field -> (named type, argument names).
struct FieldInfo
{
    QString type;
    QSet<QString> args;
};
using Types = QHash<QString, QHash<QString, FieldInfo>>;

QString namedType(QJsonObject type)
{
    // NON_NULL and LIST wrap the named type in ofType.
    for (int depth = 0; depth < 8 && !type.isEmpty(); ++depth) {
        const QString name = type.value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            return name;
        type = type.value(QLatin1String("ofType")).toObject();
    }
    return {};
}

const FieldInfo *fieldOf(const Types &types, const QString &type, const QString &field)
{
    const auto t = types.constFind(type);
    if (t == types.cend())
        return nullptr;
    const auto f = t->constFind(field);
    return f == t->cend() ? nullptr : &*f;
}

// The first step of `path` the schema lacks, from `type`; empty when it has them all.
QString missingStep(const Types &types, QString type, const QString &path)
{
    for (const QString &step : path.split(u'.')) {
        const FieldInfo *f = fieldOf(types, type, step);
        if (!f)
            return QStringLiteral("%1.%2").arg(type, step);
        type = f->type;
    }
    return {};
}

} // namespace

CapabilityDiscovery::CapabilityDiscovery(GraphQLTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

bool CapabilityDiscovery::isFatal(const ApiError &error)
{
    // Never sent (no token, a refused URL): the server said nothing.
    if (error.isNotDelivered())
        return true;
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Authentication:
    case ApiError::Kind::InvalidRequest:
        return true;
    case ApiError::Kind::Http:
        // A redirect, a wrong address, a rate limit: not an answer about the document. (A 400
        // is one: the document was refused.)
        return error.httpStatus() != 400;
    default:
        return false;
    }
}

void CapabilityDiscovery::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result = ProviderCapabilities();
    // Keeps whether the body had data: a request error (no data) and an execution error
    // (data, perhaps null) differ there.
    const auto reader = [](const QByteArray &bytes) {
        GraphQLBody body = GraphQLTransport::readJson(bytes);
        body.typed = body.hasData;
        return body;
    };
    GraphQLReply *reply = m_transport->executeDocument(
        QStringLiteral("CaseConsoleIntrospection"), GraphQLDocuments::introspection(), {}, reader);
    reply->setParent(this);
    m_inFlight.append(reply);
    connect(reply, &GraphQLReply::finished, this, [this, reply] {
        m_inFlight.removeOne(reply);
        reply->deleteLater();
        onIntrospection(reply);
    });
}

void CapabilityDiscovery::onIntrospection(GraphQLReply *reply)
{
    // A failing server (5xx, an answer cut short) says nothing about introspection: rather
    // than probe a server in trouble, learn nothing now.
    const ApiError::Kind kind = reply->error().kind();
    if (isFatal(reply->error()) || kind == ApiError::Kind::Server
        || kind == ApiError::Kind::MalformedReply) {
        failWith(reply->error());
        return;
    }
    if (const auto found = fromIntrospection(reply->data())) {
        qCInfo(lcApi) << "learned the provider's optional fields by introspection";
        finishWith(*found);
        return;
    }
    qCInfo(lcApi) << "introspection refused (" << reply->error().serverMessage().left(200)
                  << "); probing each optional field";
    startProbes();
}

std::optional<ProviderCapabilities> CapabilityDiscovery::fromIntrospection(const QJsonObject &data)
{
    const QJsonObject schema = data.value(QLatin1String("__schema")).toObject();
    const QJsonArray typeList = schema.value(QLatin1String("types")).toArray();
    if (typeList.isEmpty())
        return std::nullopt;
    Types types;
    for (const QJsonValue &t : typeList) {
        const QJsonObject type = t.toObject();
        QHash<QString, FieldInfo> &fields = types[type.value(QLatin1String("name")).toString()];
        for (const QJsonValue &f : type.value(QLatin1String("fields")).toArray()) {
            const QJsonObject field = f.toObject();
            FieldInfo info {namedType(field.value(QLatin1String("type")).toObject()), {}};
            for (const QJsonValue &a : field.value(QLatin1String("args")).toArray())
                info.args.insert(a.toObject().value(QLatin1String("name")).toString());
            fields.insert(field.value(QLatin1String("name")).toString(), info);
        }
    }
    const QString queryType = schema.value(QLatin1String("queryType"))
                                  .toObject()
                                  .value(QLatin1String("name"))
                                  .toString();
    const FieldInfo *viewer = fieldOf(types, queryType, QStringLiteral("viewer"));
    const FieldInfo *account
        = viewer ? fieldOf(types, viewer->type, QStringLiteral("account")) : nullptr;
    if (!account)
        return std::nullopt;
    const QString mutationType = schema.value(QLatin1String("mutationType"))
                                     .toObject()
                                     .value(QLatin1String("name"))
                                     .toString();
    const FieldInfo *createCase = fieldOf(types, mutationType, QStringLiteral("createCase"));

    ProviderCapabilities caps;
    for (const Part part : ProviderCapabilities::allParts()) {
        ProviderCapabilities::Finding finding {true, Source::Introspection, {}};
        if (ProviderCapabilities::isArgument(part)) {
            finding.present = createCase && createCase->args.contains(QStringLiteral("priority"));
            if (!finding.present)
                finding.detail
                    = QStringLiteral("no argument priority on %1.createCase").arg(mutationType);
        } else {
            for (const QString &path : pathsOf(part)) {
                if (const QString missing = missingStep(types, account->type, path);
                    !missing.isEmpty()) {
                    finding.present = false;
                    finding.detail = QStringLiteral("no field %1").arg(missing);
                    break;
                }
            }
        }
        caps.set(part, finding);
    }
    caps.setDiscoveredAt(QDateTime::currentDateTimeUtc());
    return caps;
}

ProviderCapabilities::Finding CapabilityDiscovery::judgeProbe(Part part, const ProbeAnswer &answer)
{
    const QStringList names = ProviderCapabilities::fieldNames(part);
    const bool argument = ProviderCapabilities::isArgument(part);
    const auto wantedKind
        = argument ? GraphQLSchemaError::Kind::Argument : GraphQLSchemaError::Kind::Field;
    for (const QJsonValue &e : answer.errors) {
        const GraphQLSchemaError gap = GraphQLSchemaError::read(e.toObject());
        if (gap.kind == wantedKind && names.contains(gap.name))
            return {false, Source::Probe,
                e.toObject().value(QLatin1String("message")).toString().left(200)};
    }
    if (argument) {
        // The probe never runs: errors that name other things are the expected refusal.
        if (!answer.errors.isEmpty())
            return {true, Source::Probe, {}};
        if (answer.hasData) {
            qCWarning(lcApi) << "the createCase probe was run by the server";
            return {true, Source::Probe, {}};
        }
        return {false, Source::Unknown, answer.error.userMessage().left(200)};
    }
    if (answer.hasData)
        return {true, Source::Probe, {}};
    // The documented minimum is valid, so a refusal of the whole document is this part's.
    if (answer.error.httpStatus() == 400 || !answer.errors.isEmpty()) {
        const QString why = answer.errors.isEmpty()
            ? QStringLiteral("HTTP 400")
            : answer.errors.first().toObject().value(QLatin1String("message")).toString();
        return {false, Source::Probe, why.left(200)};
    }
    return {false, Source::Unknown, answer.error.userMessage().left(200)};
}

void CapabilityDiscovery::startProbes()
{
    m_toProbe = ProviderCapabilities::allParts();
    m_result = ProviderCapabilities();
    for (int i = 0; i < MaxProbesInFlight; ++i)
        probeNext();
}

void CapabilityDiscovery::probeNext()
{
    if (!m_running)
        return;
    if (m_toProbe.isEmpty()) {
        if (m_inFlight.isEmpty()) {
            m_result.setDiscoveredAt(QDateTime::currentDateTimeUtc());
            finishWith(m_result);
        }
        return;
    }
    const Part part = m_toProbe.takeFirst();
    const auto reader = [](const QByteArray &bytes) {
        GraphQLBody body = GraphQLTransport::readJson(bytes);
        body.typed = body.hasData;
        return body;
    };
    GraphQLReply *reply = m_transport->executeDocument(
        QStringLiteral("CaseConsoleProbe"), GraphQLDocuments::probe(part), {}, reader);
    reply->setParent(this);
    m_inFlight.append(reply);
    connect(reply, &GraphQLReply::finished, this, [this, reply, part] {
        m_inFlight.removeOne(reply);
        reply->deleteLater();
        if (!m_running)
            return;
        if (isFatal(reply->error())) {
            failWith(reply->error());
            return;
        }
        const ProbeAnswer answer {reply->error(), reply->errors(), reply->typed().toBool()};
        const ProviderCapabilities::Finding finding = judgeProbe(part, answer);
        qCInfo(lcApi) << "probe" << ProviderCapabilities::key(part) << "->"
                      << (finding.present ? "present" : "absent")
                      << ProviderCapabilities::sourceName(finding.source);
        m_result.set(part, finding);
        probeNext();
    });
}

void CapabilityDiscovery::finishWith(const ProviderCapabilities &capabilities)
{
    m_running = false;
    emit finished(capabilities);
}

void CapabilityDiscovery::failWith(const ApiError &error)
{
    m_running = false;
    m_toProbe.clear();
    // The others' answers no longer matter.
    for (GraphQLReply *reply : std::exchange(m_inFlight, {})) {
        reply->abort();
        reply->deleteLater();
    }
    emit failed(error);
}
