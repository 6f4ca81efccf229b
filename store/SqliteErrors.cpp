#include "store/SqliteErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>

#include <sqlite3.h>

// Messages for the engineer keep the translation context "LocalStore", the class they were
// written in, so their translations still apply.

namespace SqliteErrors {

bool isDiskTrouble(int code)
{
    switch (code) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_NOMEM:
        return true;
    default:
        return false;
    }
}

// What happened and what to do, for the engineer; `detail` is SQLite's own text.
QString describe(int code, const QString &path, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (code) {
    case SQLITE_FULL:
        return QCoreApplication::translate("LocalStore",
            "The disk holding %1 is full (%2). Free some space on it (old downloads, logs, the "
            "trash), then try again; nothing saved before was lost.")
            .arg(file, detail);
    case SQLITE_IOERR:
        return QCoreApplication::translate("LocalStore",
            "Reading or writing %1 failed (%2): the disk holding it may be full, failing or "
            "disconnected. Free some space on it or check the disk, then try again; the file "
            "was left as it is.")
            .arg(file, detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("LocalStore",
            "%1 is locked by another program (%2), perhaps another Case Console or casectl "
            "using the same profile. Close it, then try again; the file was left as it is.")
            .arg(file, detail);
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("LocalStore",
            "%1 cannot be opened for writing (%2). Check that you may write to the file and its "
            "folder and that the disk is not read-only, then try again; the file was left as it "
            "is.")
            .arg(file, detail);
    default:
        return detail;
    }
}

// SQLite's primary result code in a QSqlError (QSQLITE keeps it as the native code).
int codeOf(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code != SQLITE_OK ? code : SQLITE_ERROR;
}

QString textOf(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

// Moves a database file and its log and shared memory, as one.
bool renameDatabase(const QString &from, const QString &to)
{
    if (!QFile::rename(from, to))
        return false;
    for (const char *suffix : {"-wal", "-shm"}) {
        if (QFile::exists(from + QLatin1String(suffix)))
            QFile::rename(from + QLatin1String(suffix), to + QLatin1String(suffix));
    }
    return true;
}

} // namespace SqliteErrors
