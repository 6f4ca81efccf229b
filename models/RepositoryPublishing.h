#pragma once

#include "models/Case.h"
#include "models/Profile.h"
#include "models/ProviderWords.h"
#include "models/RepositoryEntry.h"

// How a provider case becomes a Case Repository status entry when the console publishes it:
// businessKey = the provider case id; caseType from the "Type/Subject" or "Type" mapping;
// clientId/clientType of the service, else of the account; status through the status map (a
// status the map does not name goes by its kind in `words`: "Solved" as "Resolved");
// statusDescription = the case's latest change in one line; source = the console's name. The
// profile's maps override the defaults of resources/repository-statuses.json key by key.
namespace RepositoryPublishing {

RepositoryEntry entryFor(const Case &c, const RepositorySettings &settings,
    const ProviderWords &words, const RepositoryStatuses &table = RepositoryStatuses::builtIn());

// What keeps the settings from publishing (no repository, no client id...), in words; empty
// when they can.
QString problemWith(const RepositorySettings &settings);

} // namespace RepositoryPublishing
