#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// What the provider has beyond its documented schema (the article's example query and
// mutations): the optional fields and arguments the console can use when they exist, each
// learned by introspection or by a probe (CapabilityDiscovery) and cached per profile.
// docs/provider-compatibility.md says what the console does without each.
class ProviderCapabilities
{
    Q_GADGET

public:
    // Each optional part; its key() is what the cache, casectl and the docs call it.
    enum class Part {
        CasePriority, // case.priority
        CaseEndOfIncident, // case.endOfIncident
        CaseSiteName, // case.site.name
        CaseServiceName, // case.service.serviceName
        CreateCasePriority, // createCase.priority (an argument)
        AccountId, // account.accountId
        AccountName, // account.name
        AccountServices, // account.services { serviceId serviceName }
        AccountServiceDetails, // account.services { status serviceType bandwidth site { siteId } }
        AccountSites, // account.sites { siteId name }
        AccountSiteLocations, // account.sites { city country }
    };
    Q_ENUM(Part)
    static constexpr int PartCount = int(Part::AccountSiteLocations) + 1;

    // How a part's presence was learned.
    enum class Source {
        Unknown, // never asked, or the answer could not be read: treated as absent
        Introspection, // the schema, by introspection
        Probe, // a document with only that part
    };
    Q_ENUM(Source)

    struct Finding
    {
        bool present = false;
        Source source = Source::Unknown;
        // Why, in a few words (e.g. the server's error naming the field); may be empty.
        QString detail;

        friend bool operator==(const Finding &, const Finding &) = default;
    };

    // How long a discovery stays good: a day; an hour when a part was left unknown.
    static constexpr qint64 MaxAgeSeconds = 24 * 60 * 60;
    static constexpr qint64 MaxAgeWithUnknownSeconds = 60 * 60;

    static QList<Part> allParts();
    static QString key(Part part);
    static std::optional<Part> fromKey(const QString &key);
    // The field names a part brings (for matching a server's error): "priority", "services"...
    static QStringList fieldNames(Part part);
    // Whether the part is an argument (of createCase) rather than a selected field.
    static bool isArgument(Part part) { return part == Part::CreateCasePriority; }
    // What the provider does not report when the part is absent, for the engineer
    // ("priorities"); translated.
    static QString absentWords(Part part);
    static QString sourceName(Source source);

    // Nothing optional (the documented minimum), never discovered.
    ProviderCapabilities() = default;
    // Every part present, as if discovered now by `source` (tests, and a trusted sandbox).
    static ProviderCapabilities everything(Source source = Source::Introspection);

    bool has(Part part) const { return m_findings[size_t(part)].present; }
    Finding finding(Part part) const { return m_findings[size_t(part)]; }
    void set(Part part, const Finding &finding) { m_findings[size_t(part)] = finding; }
    QList<Part> absentParts() const;

    // When the discovery ran; invalid when it never did.
    QDateTime discoveredAt() const { return m_discoveredAt; }
    void setDiscoveredAt(const QDateTime &when) { m_discoveredAt = when.toUTC(); }
    bool isDiscovered() const { return m_discoveredAt.isValid(); }
    // Whether to discover again before relying on these: never discovered, older than a day
    // (or from the future), or older than an hour with a part left unknown (a probe's answer
    // could not be read).
    bool isDue(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The cache's form: {"discoveredAt": ISO, "parts": {key: {"present", "source", "detail"}}}.
    QByteArray toJson() const;
    // Unknown keys are ignored, missing parts are Unknown (absent); nullopt when not JSON.
    static std::optional<ProviderCapabilities> fromJson(const QByteArray &json);

    friend bool operator==(const ProviderCapabilities &, const ProviderCapabilities &) = default;

private:
    std::array<Finding, PartCount> m_findings {};
    QDateTime m_discoveredAt;
};

Q_DECLARE_METATYPE(ProviderCapabilities)
