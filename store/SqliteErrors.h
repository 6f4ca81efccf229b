#pragma once

#include <QString>

class QSqlError;

// SQLite's answers in words for the engineer. Internal to store/.
namespace SqliteErrors {

// Where SQLite's answer `code` (a primary result code) leaves the engineer something to do
// other than replacing the file: the disk, a lock, permissions.
bool isDiskTrouble(int code);
// What happened and what to do, for the engineer; `detail` is SQLite's own text.
QString describe(int code, const QString &path, const QString &detail);
// SQLite's primary result code in a QSqlError (QSQLITE keeps it as the native code).
int codeOf(const QSqlError &error);
QString textOf(const QSqlError &error);
// Moves a database file and its log and shared memory, as one.
bool renameDatabase(const QString &from, const QString &to);

} // namespace SqliteErrors
