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
// Sound the P1 alarm (P1Alarms) until it is acknowledged; off unless chosen.
inline constexpr QLatin1StringView P1AlarmSound {"notifications/p1AlarmSound"};
// A provider without priorities (docs/provider-compatibility.md), per profile: the priority a
// case without one counts as (empty: the case-type matrix's default for its type), and whether a
// new case's message states the requested priority when createCase takes none.
inline constexpr QLatin1StringView DefaultPriority {"provider/defaultPriority"};
inline constexpr QLatin1StringView StatePriorityInMessage {"provider/statePriorityInMessage"};
// The Case Repository and publishing (RepositorySettings), per profile; maps as JSON objects.
inline constexpr QLatin1StringView RepositoryUrl {"caseRepository/url"};
inline constexpr QLatin1StringView RepositoryUser {"caseRepository/user"};
inline constexpr QLatin1StringView Publish {"caseRepository/publish"};
inline constexpr QLatin1StringView PublishSource {"caseRepository/source"};
inline constexpr QLatin1StringView PublishClientId {"caseRepository/clientId"};
inline constexpr QLatin1StringView PublishClientType {"caseRepository/clientType"};
inline constexpr QLatin1StringView PublishClientByService {"caseRepository/clientByService"};
inline constexpr QLatin1StringView PublishStatusMap {"caseRepository/statusMap"};
inline constexpr QLatin1StringView PublishCaseTypeMap {"caseRepository/caseTypeMap"};
// The provider's words (WordOverrides), per profile: lists of words; empty lists leave the
// learned and default words in effect.
inline constexpr QLatin1StringView OurMessageTypes {"providerWords/ourMessageTypes"};
inline constexpr QLatin1StringView ClosedStatuses {"providerWords/closedStatuses"};

// The SLA targets and pauses of a profile's clocks (docs/sla.md): SlaPolicy::toJson() as compact
// JSON text; absent: SlaPolicy::defaults(). Profile::sla holds it.
inline constexpr QLatin1StringView SlaPolicy {"sla/policy"};

// The engineer's name on replies and new cases, remembered across cases and profiles.
inline constexpr QLatin1StringView SentBy {"sentBy"};

// The colours of every window (Theme::Choice): "system", "light" or "dark".
inline constexpr QLatin1StringView Theme {"appearance/theme"};
// The saved views (SavedViews: named filter sets of the case list), global: a JSON array.
inline constexpr QLatin1StringView SavedViews {"savedViews"};
// The notification history and the P1 alarms of a profile: group "notices/<name>", the name of
// its local store's folder (Profile::storageKey(), or "sandbox-demo"). JSON as written by
// NotificationHistory and P1Alarms; the acknowledged P1 incidents as a list of case ids.
inline constexpr QLatin1StringView NoticesGroup {"notices"};
inline constexpr QLatin1StringView NoticeHistory {"history"};
inline constexpr QLatin1StringView RaisedP1Alarms {"p1Alarms"};
inline constexpr QLatin1StringView AcknowledgedP1 {"acknowledgedP1"};

// The main window's layout, restored at start: group "window".
inline constexpr QLatin1StringView WindowGroup {"window"};
inline constexpr QLatin1StringView Geometry {"geometry"};
inline constexpr QLatin1StringView WindowState {"state"};
inline constexpr QLatin1StringView Splitter {"splitter"};
inline constexpr QLatin1StringView CaseColumns {"caseColumns"};
// The case list's columns the engineer chose to see (CaseListModel::Column names, e.g.
// "SiteColumn"), saved as soon as they are chosen; absent: the default choice.
inline constexpr QLatin1StringView CaseColumnsShown {"caseColumnsShown"};
// The case list's compact rows (View > Compact rows).
inline constexpr QLatin1StringView CompactRows {"compactRows"};
inline constexpr QLatin1StringView StatusFilter {"statusFilter"};
inline constexpr QLatin1StringView TypeFilter {"typeFilter"};
inline constexpr QLatin1StringView PriorityFilter {"priorityFilter"};
inline constexpr QLatin1StringView ServiceFilter {"serviceFilter"};
inline constexpr QLatin1StringView UnreadOnly {"unreadOnly"};
inline constexpr QLatin1StringView SelectedCase {"selectedCase"};

// How threads are read (View menu; ThreadView), for every profile.
inline constexpr QLatin1StringView ThreadNewestFirst {"thread/newestFirst"};
inline constexpr QLatin1StringView CollapseStatusUpdates {"thread/collapseStatusUpdates"};

} // namespace SettingsKeys
