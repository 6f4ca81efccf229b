#pragma once

#include <QLatin1StringView>

// Every QSettings key the console uses, in one place. Profiles are groups under
// "profiles/<name>/". Secrets are never among them.
namespace SettingsKeys {

inline constexpr QLatin1StringView ActiveProfile {"activeProfile"};
inline constexpr QLatin1StringView ProfilesGroup {"profiles"};

// Inside a profile's group.
inline constexpr QLatin1StringView Endpoint {"endpoint"};
inline constexpr QLatin1StringView TokenUrl {"tokenUrl"};
inline constexpr QLatin1StringView ClientId {"clientId"};
inline constexpr QLatin1StringView Scope {"scope"};
inline constexpr QLatin1StringView AccountLabel {"accountLabel"};
inline constexpr QLatin1StringView PollInterval {"pollIntervalSeconds"};
// Notification choices (NotificationChoices), per profile.
inline constexpr QLatin1StringView NotifyProviderMessages {"notifications/providerMessages"};
inline constexpr QLatin1StringView NotifyUrgentIncidents {"notifications/urgentIncidents"};
inline constexpr QLatin1StringView NotificationsOff {"notifications/allOff"};

} // namespace SettingsKeys
