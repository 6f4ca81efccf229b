#pragma once

#include <QStringList>

class Database;

// The schema's history: each step takes a database from version n - 1 to n, in one
// transaction with its PRAGMA user_version. Never edit a released step: add one (and raise
// Database::SchemaVersion).
namespace Migrations {

// The statements of the step to `version` (1 to Database::SchemaVersion).
QStringList stepTo(int version);
// Sets the connection's pragmas, then runs the steps from the file's version up to
// `upToVersion` (tests stop earlier). False, with the database's error noted, when one fails.
bool migrate(Database &db, int upToVersion);

} // namespace Migrations
