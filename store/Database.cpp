// Database: the connection, opening, errors and replacing a damaged file. The checks are in
// DatabaseCheck.cpp, the schema's steps in Migrations.cpp, recovery in LeftoverSalvage.cpp.

#include "store/Database.h"

#include "store/LeftoverSalvage.h"
#include "store/Logging.h"
#include "store/Migrations.h"
#include "store/Sqlite.h"
#include "store/SqliteErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

// Messages for the engineer keep the translation context "LocalStore", the class they were
// written in, so their translations still apply.

using namespace SqliteErrors;

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("caseconsole-store-") + QUuid::createUuid().toString())
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool Database::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql)) {
        qCWarning(lcStore) << "SQL failed:" << sql.left(80) << query.lastError().text();
        noteError(query.lastError());
        return false;
    }
    return true;
}

bool Database::exec(QSqlQuery &query)
{
    if (!query.exec()) {
        qCWarning(lcStore) << "SQL failed:" << query.lastQuery().left(80)
                           << query.lastError().text();
        noteError(query.lastError());
        return false;
    }
    return true;
}

void Database::noteError(const QSqlError &error)
{
    noteError(codeOf(error), textOf(error));
}

void Database::noteError(int code, const QString &text)
{
    m_lastCode = code;
    m_lastVerdict = false;
    m_lastError = describe(code, m_path, text);
}

void Database::noteVerdict(const QString &verdict)
{
    // A page that could not be read is reported as a finding with SQLite's code (10 for an
    // I/O error): that is the disk, not damage in the file.
    static const QRegularExpression codes(QStringLiteral("error code=(\\d+)"));
    int code = SQLITE_CORRUPT;
    for (const auto &match : codes.globalMatch(verdict)) {
        const int found = match.captured(1).toInt() & 0xff;
        if (found != SQLITE_CORRUPT && found != SQLITE_NOTADB)
            code = found;
    }
    if (verdict.contains(QLatin1String("out of memory")))
        code = SQLITE_NOMEM;
    noteError(code, verdict);
    m_lastVerdict = true;
}

bool Database::lastWasCorruption() const
{
    return m_lastCode == SQLITE_CORRUPT || m_lastCode == SQLITE_NOTADB;
}

Database::OpenResult Database::refuse() const
{
    qCWarning(lcStore) << "the local database cannot be used now; it is left as it is:"
                       << m_lastError;
    OpenResult result;
    result.message = isDiskTrouble(m_lastCode)
        ? m_lastError
        : QCoreApplication::translate(
            "LocalStore", "The local database %1 could not be opened (%2); it was left as it is.")
              .arg(QDir::toNativeSeparators(m_path), m_lastError);
    return result;
}

void Database::makeOwnerOnly() const
{
    // Cases, drafts and the outbox are the engineer's and the provider's business: other
    // accounts on the machine read neither the file nor (when made here) its folder. SQLite
    // gives the -wal and -shm files the database file's permissions.
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(folder) && QDir().mkpath(folder))
        QFile::setPermissions(folder, ownerOnly | QFileDevice::ExeOwner);
    if (QFileInfo::exists(m_path) && QFile::permissions(m_path) != ownerOnly)
        QFile::setPermissions(m_path, ownerOnly);
}

Database::OpenResult Database::open(int upToVersion)
{
    if (!isInMemory())
        makeOwnerOnly();
    m_lastCode = SQLITE_OK;
    m_lastError.clear();
    QString damage;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        bool healthy = false;
        if (!db.open()) {
            noteError(db.lastError());
        } else {
            makeOwnerOnly(); // a new file exists from here
            healthy = isHealthy();
        }
        if (!healthy) {
            // Only damage SQLite finds in the file moves it aside. A full disk, an I/O error, a
            // lock or missing permissions leave it as it is: what the engineer wrote is in it.
            if (lastWasCorruption() && db.isOpen() && !m_lastVerdict) {
                // An error code alone is confirmed by the check of the whole file: a file that
                // passes it is never replaced.
                const QString first = m_lastError;
                if (quickCheck({})) {
                    noteError(SQLITE_CORRUPT, first);
                    db.close();
                    OpenResult result;
                    result.message = QCoreApplication::translate("LocalStore",
                        "Reading the local database %1 failed (%2), but SQLite finds no damage "
                        "in it, so it was left as it is. Start again; should this repeat, move "
                        "the file away to start afresh.")
                                         .arg(QDir::toNativeSeparators(m_path), first);
                    return result;
                }
            }
            if (!lastWasCorruption()) {
                db.close();
                return refuse();
            }
            damage = m_lastError;
        } else {
            QSqlQuery version(db);
            const bool newer = version.exec(QStringLiteral("PRAGMA user_version")) && version.next()
                && version.value(0).toInt() > SchemaVersion;
            version.finish();
            if (newer) {
                db.close();
                OpenResult result;
                result.message = QCoreApplication::translate("LocalStore",
                    "The local database %1 was written by a newer version of Case Console. "
                    "Update the console, or move the file away to start afresh.")
                                     .arg(QDir::toNativeSeparators(m_path));
                return result;
            }
            if (!Migrations::migrate(*this, upToVersion)) {
                // A healthy file that cannot be updated now (disk full, locked by another
                // program) is left alone: refusing is safer than moving it aside.
                db.close();
                OpenResult result;
                result.message = isDiskTrouble(m_lastCode)
                    ? m_lastError
                    : QCoreApplication::translate("LocalStore",
                        "The local database %1 could not be updated: %2. Free some disk space "
                        "or close other programs using it, then start again.")
                          .arg(QDir::toNativeSeparators(m_path), m_lastError);
                return result;
            }
        }
    }
    if (!damage.isEmpty())
        return rebuild(damage);
    OpenResult result;
    result.ok = true;
    LeftoverSalvage(*this).recoverInto(result);
    return result;
}

Database::OpenResult Database::rebuild(const QString &why)
{
    qCWarning(lcStore) << "the local database is damaged:" << why;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);

    OpenResult result;
    if (isInMemory()) {
        result.rebuilt = true;
        result.message = why;
        return result;
    }
    // Its drafts and outbox are recovered from where it is moved, like any file an earlier
    // run left (LeftoverSalvage): should that not finish now, the next start does it.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = m_path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = m_path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (!renameDatabase(m_path, aside)) {
        result.message = QCoreApplication::translate("LocalStore",
            "The local database %1 is damaged and cannot be moved aside (%2). Close other "
            "programs using it, or remove it by hand.")
                             .arg(QDir::toNativeSeparators(m_path), why);
        return result;
    }
    result.movedAsidePath = aside;

    bool created = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            noteError(db.lastError());
        } else {
            makeOwnerOnly();
            created = Migrations::migrate(*this, SchemaVersion);
        }
        if (!created)
            db.close();
    }
    if (!created) {
        // No empty file is left in its place (the next start creates one); what the engineer
        // wrote waits in the file moved aside.
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_path + QLatin1String(suffix));
        result.message = QCoreApplication::translate("LocalStore",
            "The local database %1 was damaged and has been moved to %2, but a new one cannot "
            "be created: %3 Your drafts and unsent changes stay in %2 and will be recovered "
            "when Case Console next starts.")
                             .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(aside),
                                 m_lastError);
        return result;
    }
    result.ok = true;
    result.rebuilt = true;
    result.message = QCoreApplication::translate("LocalStore",
        "The local database was damaged and has been rebuilt; the cases will be fetched again.");
    LeftoverSalvage(*this).recoverInto(result);
    return result;
}

void Database::checkpoint()
{
    if (!isInMemory())
        exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    return Sqlite::handleOf(connection());
}
