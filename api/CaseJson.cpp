#include "api/CaseJson.h"

#include <QCoreApplication>

namespace CaseJson {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// An absent or null date is an empty Timestamp; a present but unreadable one is an error.
bool readDate(
    const QJsonObject &o, const char *key, Timestamp *out, const QString *id, SkippedCase *skipped)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined()) {
        *out = {};
        return true;
    }
    if (const auto t = Timestamp::parse(v.toString())) {
        *out = *t;
        return true;
    }
    if (skipped) {
        *skipped = {*id, QLatin1String(key),
            QCoreApplication::translate("CaseJson", "unreadable date in %1: “%2”")
                .arg(QLatin1String(key), v.toString())};
    }
    return false;
}

} // namespace

std::optional<Case> parseCase(const QJsonObject &json, SkippedCase *skipped)
{
    Case c;
    c.id = str(json, "id");
    if (c.id.isEmpty()) {
        if (skipped) {
            *skipped = {QString(), QStringLiteral("id"),
                QCoreApplication::translate("CaseJson", "a case without an id")};
        }
        return std::nullopt;
    }
    c.subject = str(json, "subject");
    c.type = str(json, "type");
    c.priority = str(json, "priority");
    c.status = str(json, "status");
    c.origin = str(json, "origin");
    c.customerReference = str(json, "customerReference");
    if (!readDate(json, "createdDate", &c.createdDate, &c.id, skipped)
        || !readDate(json, "lastModifiedDate", &c.lastModifiedDate, &c.id, skipped)
        || !readDate(json, "startOfIncident", &c.startOfIncident, &c.id, skipped)
        || !readDate(json, "endOfIncident", &c.endOfIncident, &c.id, skipped))
        return std::nullopt;

    const QJsonObject service = json.value(QLatin1String("service")).toObject();
    c.serviceId = str(service, "serviceId");
    c.serviceName = str(service, "serviceName");
    const QJsonObject site = json.value(QLatin1String("site")).toObject();
    c.siteId = str(site, "siteId");
    c.siteName = str(site, "name");

    const QJsonArray communications = json.value(QLatin1String("communications")).toArray();
    c.communications.reserve(communications.size());
    for (const QJsonValue &value : communications) {
        const QJsonObject o = value.toObject();
        Communication m;
        m.message = str(o, "message");
        m.type = str(o, "type");
        m.sentBy = str(o, "sentBy");
        if (!readDate(o, "timestamp", &m.timestamp, &c.id, skipped))
            return std::nullopt;
        c.communications.append(std::move(m));
    }
    // The provider sends the history oldest first; keep it so even if a reply does not.
    std::stable_sort(c.communications.begin(), c.communications.end(),
        [](const Communication &a, const Communication &b) { return a.timestamp < b.timestamp; });
    return c;
}

QList<Case> parseCases(const QJsonArray &json, QList<SkippedCase> *skipped)
{
    QList<Case> cases;
    cases.reserve(json.size());
    for (const QJsonValue &value : json) {
        SkippedCase why;
        if (auto c = parseCase(value.toObject(), &why))
            cases.append(std::move(*c));
        else if (skipped)
            skipped->append(std::move(why));
    }
    return cases;
}

QJsonObject toJson(const Case &c)
{
    const auto date = [](const Timestamp &t) {
        return t.isValid() ? QJsonValue(t.toIsoString()) : QJsonValue(QJsonValue::Null);
    };
    const auto text = [](const QString &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    QJsonArray communications;
    for (const Communication &m : c.communications) {
        communications.append(QJsonObject {{QStringLiteral("message"), m.message},
            {QStringLiteral("type"), m.type}, {QStringLiteral("timestamp"), date(m.timestamp)},
            {QStringLiteral("sentBy"), text(m.sentBy)}});
    }
    return QJsonObject {{QStringLiteral("id"), c.id}, {QStringLiteral("subject"), c.subject},
        {QStringLiteral("type"), c.type}, {QStringLiteral("priority"), c.priority},
        {QStringLiteral("status"), c.status}, {QStringLiteral("origin"), c.origin},
        {QStringLiteral("createdDate"), date(c.createdDate)},
        {QStringLiteral("lastModifiedDate"), date(c.lastModifiedDate)},
        {QStringLiteral("customerReference"), text(c.customerReference)},
        {QStringLiteral("startOfIncident"), date(c.startOfIncident)},
        {QStringLiteral("endOfIncident"), date(c.endOfIncident)},
        {QStringLiteral("site"),
            c.siteId.isEmpty() ? QJsonValue(QJsonValue::Null)
                               : QJsonValue(QJsonObject {{QStringLiteral("siteId"), c.siteId},
                                   {QStringLiteral("name"), text(c.siteName)}})},
        {QStringLiteral("service"),
            QJsonObject {{QStringLiteral("serviceId"), c.serviceId},
                {QStringLiteral("serviceName"), text(c.serviceName)}}},
        {QStringLiteral("communications"), communications}};
}

} // namespace CaseJson
