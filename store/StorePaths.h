#pragma once

#include <QString>

struct Profile;

namespace StorePaths {

// The profile's database file under the user's data directory, e.g.
// ~/.local/share/CaseConsole/caseconsole/profiles/<key>/cases.db. CASECONSOLE_DATA_DIR
// overrides the directory (tests, portable installs).
QString databaseFor(const Profile &profile);

} // namespace StorePaths
