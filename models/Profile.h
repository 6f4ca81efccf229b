#pragma once

#include "models/SlaPolicy.h"

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the console notifies the engineer about, per profile (an engineer may want to hear about
// the production account and not about the sandbox). `allOff` silences both without losing the
// two choices.
struct NotificationChoices
{
    bool providerMessages = true; // new provider messages on watched cases
    bool urgentIncidents = true; // new or changed P1/P2 incidents
    bool allOff = false;
    // Sound the alarm for a new P1 incident (the banner shows it anyway) every 30 s until it is
    // acknowledged; off unless chosen.
    bool p1AlarmSound = false;

    bool wantsProviderMessages() const { return providerMessages && !allOff; }
    bool wantsUrgentIncidents() const { return urgentIncidents && !allOff; }

    friend bool operator==(const NotificationChoices &, const NotificationChoices &) = default;
};

// The provider's words, when what the console learned and its default tables are wrong for this
// provider (docs/provider-compatibility.md). Empty lists leave the learned and default words in
// effect; words compare case-insensitively, ignoring spaces, underscores and hyphens.
struct WordOverrides
{
    QStringList ourTypes; // communication types that are our own messages
    QStringList closedStatuses; // case statuses in which a case is no longer open

    friend bool operator==(const WordOverrides &, const WordOverrides &) = default;
};

// The Case Repository of a profile (optional) and whether the provider cases' statuses are
// published there. The password lives in the system keychain (passwordKey()), like the client
// secret.
struct RepositorySettings
{
    QUrl url; // the API's root, e.g. https://host/api/case-repository; empty: none
    QString user;
    bool publish = false;
    QString source; // the console's source name; empty: the table's default ("case-console")
    // Who the published entries are about: the account's client id and type (e.g. its NIP),
    // and per service when a service belongs to another client ("TYPE:ID" by service id).
    QString clientId;
    QString clientType;
    QMap<QString, QString> clientByService;
    // Provider status -> repository status, and "Type/Subject" or "Type" -> case type; empty
    // maps (or missing keys) fall back to the defaults in resources/repository-statuses.json.
    QMap<QString, QString> statusMap;
    QMap<QString, QString> caseTypeMap;

    bool isConfigured() const { return url.isValid() && !url.isEmpty() && !user.isEmpty(); }
    // The keychain key of the repository password: "<user>@<url>".
    QString passwordKey() const;

    friend bool operator==(const RepositorySettings &, const RepositorySettings &) = default;
};

// Where and as whom the console talks to the provider. The client secret is not part of a
// profile: it lives in the system keychain only (SecretStore).
struct Profile
{
    QString name;
    QUrl endpoint; // GraphQL URL
    QUrl tokenUrl; // OAuth 2.0 token URL
    QString clientId;
    QString scope; // space-separated; empty asks for every scope of the client
    QString accountLabel;
    int pollIntervalSeconds = 60;
    NotificationChoices notifications;
    RepositorySettings repository;
    WordOverrides words;
    // For a provider that reports no priorities (docs/provider-compatibility.md): what a case
    // without one counts as in filters (empty: the case-type matrix's default for its type), and
    // whether a new case's message states the requested priority when createCase takes none.
    QString defaultPriority;
    bool statePriorityInMessage = true;
    // The SLA targets the clocks measure this profile's cases against, and when they pause
    // (docs/sla.md; Settings > SLA targets…).
    SlaPolicy sla = SlaPolicy::defaults();

    // The token URL, or /oauth2/token on the endpoint's host when none is set.
    QUrl effectiveTokenUrl() const;
    // The keychain key of this profile's client secret.
    QString secretKey() const;
    // A stable name for this profile's local files: the same endpoint and client id always
    // share one database, whatever the profile is called.
    QString storageKey() const;
    bool isComplete() const { return endpoint.isValid() && !clientId.isEmpty(); }

    friend bool operator==(const Profile &, const Profile &) = default;
};

Q_DECLARE_METATYPE(Profile)
