#include "models/ProviderCapabilities.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct PartInfo
{
    const char *key;
    QStringList fields;
    const char *absent; // translated in absentWords()
};

const std::array<PartInfo, ProviderCapabilities::PartCount> &partInfo()
{
    static const std::array<PartInfo, ProviderCapabilities::PartCount> info {{
        {"case.priority", {QStringLiteral("priority")},
            QT_TRANSLATE_NOOP("ProviderCapabilities", "priorities of cases")},
        {"case.endOfIncident", {QStringLiteral("endOfIncident")},
            QT_TRANSLATE_NOOP("ProviderCapabilities", "the end of an incident")},
        {"case.site.name", {QStringLiteral("name")},
            QT_TRANSLATE_NOOP("ProviderCapabilities", "site names on cases")},
        {"case.service.serviceName", {QStringLiteral("serviceName")},
            QT_TRANSLATE_NOOP("ProviderCapabilities", "service names on cases")},
        {"createCase.priority", {QStringLiteral("priority")},
            QT_TRANSLATE_NOOP("ProviderCapabilities",
                "a priority chosen when creating a case (it sets its own)")},
        {"account.accountId", {QStringLiteral("accountId")},
            QT_TRANSLATE_NOOP("ProviderCapabilities", "the account's id")},
        {"account.name", {QStringLiteral("name")},
            QT_TRANSLATE_NOOP("ProviderCapabilities", "the account's name")},
        {"account.services",
            {QStringLiteral("services"), QStringLiteral("serviceId"),
                QStringLiteral("serviceName")},
            QT_TRANSLATE_NOOP("ProviderCapabilities", "the account's list of services")},
        {"account.services.details",
            {QStringLiteral("status"), QStringLiteral("serviceType"), QStringLiteral("bandwidth"),
                QStringLiteral("site"), QStringLiteral("siteId")},
            QT_TRANSLATE_NOOP(
                "ProviderCapabilities", "the status, type, bandwidth and site of services")},
        {"account.sites",
            {QStringLiteral("sites"), QStringLiteral("siteId"), QStringLiteral("name")},
            QT_TRANSLATE_NOOP("ProviderCapabilities", "the account's list of sites")},
        {"account.sites.location", {QStringLiteral("city"), QStringLiteral("country")},
            QT_TRANSLATE_NOOP("ProviderCapabilities", "the city and country of sites")},
    }};
    return info;
}

const char *sourceKey(ProviderCapabilities::Source source)
{
    switch (source) {
    case ProviderCapabilities::Source::Introspection:
        return "introspection";
    case ProviderCapabilities::Source::Probe:
        return "probe";
    case ProviderCapabilities::Source::Unknown:
        break;
    }
    return "unknown";
}

} // namespace

QList<ProviderCapabilities::Part> ProviderCapabilities::allParts()
{
    QList<Part> parts;
    for (int i = 0; i < PartCount; ++i)
        parts.append(Part(i));
    return parts;
}

QString ProviderCapabilities::key(Part part)
{
    return QString::fromLatin1(partInfo()[size_t(part)].key);
}

std::optional<ProviderCapabilities::Part> ProviderCapabilities::fromKey(const QString &key)
{
    for (int i = 0; i < PartCount; ++i) {
        if (key == QLatin1String(partInfo()[size_t(i)].key))
            return Part(i);
    }
    return std::nullopt;
}

QStringList ProviderCapabilities::fieldNames(Part part)
{
    return partInfo()[size_t(part)].fields;
}

QString ProviderCapabilities::absentWords(Part part)
{
    return QCoreApplication::translate("ProviderCapabilities", partInfo()[size_t(part)].absent);
}

QString ProviderCapabilities::sourceName(Source source)
{
    return QString::fromLatin1(sourceKey(source));
}

ProviderCapabilities ProviderCapabilities::everything(Source source)
{
    ProviderCapabilities all;
    for (Finding &f : all.m_findings)
        f = {true, source, {}};
    all.m_discoveredAt = QDateTime::currentDateTimeUtc();
    return all;
}

QList<ProviderCapabilities::Part> ProviderCapabilities::absentParts() const
{
    QList<Part> absent;
    for (const Part part : allParts()) {
        if (!has(part))
            absent.append(part);
    }
    return absent;
}

bool ProviderCapabilities::isDue(const QDateTime &now) const
{
    if (!isDiscovered())
        return true;
    const qint64 age = m_discoveredAt.secsTo(now);
    if (age < 0 || age > MaxAgeSeconds)
        return true;
    for (const Finding &f : m_findings) {
        if (f.source == Source::Unknown)
            return age > MaxAgeWithUnknownSeconds;
    }
    return false;
}

QByteArray ProviderCapabilities::toJson() const
{
    QJsonObject parts;
    for (const Part part : allParts()) {
        const Finding f = finding(part);
        QJsonObject o {{QStringLiteral("present"), f.present},
            {QStringLiteral("source"), QLatin1String(sourceKey(f.source))}};
        if (!f.detail.isEmpty())
            o.insert(QStringLiteral("detail"), f.detail);
        parts.insert(key(part), o);
    }
    QJsonObject root {{QStringLiteral("parts"), parts}};
    if (m_discoveredAt.isValid())
        root.insert(QStringLiteral("discoveredAt"), m_discoveredAt.toString(Qt::ISODateWithMs));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<ProviderCapabilities> ProviderCapabilities::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    ProviderCapabilities caps;
    caps.m_discoveredAt = QDateTime::fromString(
        root.value(QLatin1String("discoveredAt")).toString(), Qt::ISODateWithMs)
                              .toUTC();
    const QJsonObject parts = root.value(QLatin1String("parts")).toObject();
    for (auto it = parts.constBegin(); it != parts.constEnd(); ++it) {
        const std::optional<Part> part = fromKey(it.key());
        if (!part)
            continue;
        const QJsonObject o = it.value().toObject();
        Finding f;
        const QString source = o.value(QLatin1String("source")).toString();
        f.source = source == QLatin1String("introspection") ? Source::Introspection
            : source == QLatin1String("probe")              ? Source::Probe
                                                            : Source::Unknown;
        // Unknown is absent, whatever the file says.
        f.present = f.source != Source::Unknown && o.value(QLatin1String("present")).toBool();
        f.detail = o.value(QLatin1String("detail")).toString().left(500);
        caps.set(*part, f);
    }
    return caps;
}
