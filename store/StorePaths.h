#pragma once

#include <QString>

struct Profile;

namespace StorePaths {

// The profile's database file under the user's data directory, e.g.
// ~/.local/share/CaseConsole/caseconsole/profiles/<key>/cases.db. CASECONSOLE_DATA_DIR
// overrides the directory (tests, portable installs).
QString databaseFor(const Profile &profile);
// A database under a fixed name instead of the profile's key: the local sandbox's port changes
// from run to run, its cases do not.
QString databaseNamed(const QString &name);
// Where the local sandbox server keeps its cases between runs.
QString sandboxStateFile();

} // namespace StorePaths
