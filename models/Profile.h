#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// What the console notifies the engineer about, per profile (an engineer may want to hear about
// the production account and not about the sandbox). `allOff` silences both without losing the
// two choices.
struct NotificationChoices
{
    bool providerMessages = true; // new provider messages on watched cases
    bool urgentIncidents = true; // new or changed P1/P2 incidents
    bool allOff = false;

    bool wantsProviderMessages() const { return providerMessages && !allOff; }
    bool wantsUrgentIncidents() const { return urgentIncidents && !allOff; }

    friend bool operator==(const NotificationChoices &, const NotificationChoices &) = default;
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
