// LeftoverSalvage: reading what a damaged copy still gives up, and copying it in.

#include "store/LeftoverSalvage.h"

#include "store/Database.h"
#include "store/Logging.h"
#include "store/SqliteErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

// Messages for the engineer keep the translation context "LocalStore", the class they were
// written in, so their translations still apply.

using namespace SqliteErrors;

struct SalvagedRows
{
    QList<QList<QVariant>> drafts;
    QList<QList<QVariant>> outbox;
    bool draftsRead = false; // every row of the table was read
    bool outboxRead = false;
    int errorCode = SQLITE_OK; // why a table could not be read (the first failure)
    QString error;

    void fail(const QSqlError &e)
    {
        if (errorCode == SQLITE_OK) {
            errorCode = codeOf(e);
            error = textOf(e);
        }
    }
};

namespace {

// Reads whatever drafts and outbox rows a damaged file still gives up.
SalvagedRows salvageFrom(const QString &path)
{
    SalvagedRows salvage;
    const QString name = QStringLiteral("salvage-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery drafts(db);
            if (drafts.exec(QStringLiteral("SELECT key, payload, updated FROM drafts"))) {
                while (drafts.next())
                    salvage.drafts.append({drafts.value(0), drafts.value(1), drafts.value(2)});
                // next() is false at the end and on an error alike.
                salvage.draftsRead = !drafts.lastError().isValid();
            }
            if (!salvage.draftsRead)
                salvage.fail(drafts.lastError());
            drafts.finish();
            QSqlQuery outbox(db);
            // Files from before version 3 have no keys: make them as the migration would.
            const bool hasKeys = outbox.exec(QStringLiteral("SELECT key FROM outbox LIMIT 1"));
            outbox.finish();
            if (outbox.exec(QStringLiteral("SELECT kind, payload, state, attempts, created, "
                                           "next_attempt, last_error, result_id, %1 FROM outbox "
                                           "ORDER BY num")
                                .arg(hasKeys ? QStringLiteral("key")
                                             : QStringLiteral("'legacy-' || num")))) {
                while (outbox.next()) {
                    QList<QVariant> row;
                    for (int i = 0; i < 9; ++i)
                        row.append(outbox.value(i));
                    salvage.outbox.append(row);
                }
                salvage.outboxRead = !outbox.lastError().isValid();
            }
            if (!salvage.outboxRead)
                salvage.fail(outbox.lastError());
        } else {
            salvage.fail(db.lastError());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return salvage;
}

// What was recovered from the file now at `kept`, for the engineer.
QString recoveredText(const SalvagedRows &salvage, int unsent, const QString &kept)
{
    const QString file = QDir::toNativeSeparators(kept);
    const int drafts = int(salvage.drafts.size());
    if (salvage.draftsRead && salvage.outboxRead) {
        return QCoreApplication::translate(
            "LocalStore", "Your drafts (%1) and unsent changes (%2) were recovered from %3.")
            .arg(drafts)
            .arg(unsent)
            .arg(file);
    }
    if (salvage.draftsRead) {
        return QCoreApplication::translate("LocalStore",
            "Your drafts (%1) were recovered from %2; its unsent changes could not all be read "
            "(%3 recovered).")
            .arg(drafts)
            .arg(file)
            .arg(unsent);
    }
    if (salvage.outboxRead) {
        return QCoreApplication::translate("LocalStore",
            "Your unsent changes (%1) were recovered from %2; its drafts could not all be read "
            "(%3 recovered).")
            .arg(unsent)
            .arg(file)
            .arg(drafts);
    }
    if (drafts == 0 && salvage.outbox.isEmpty()) {
        return QCoreApplication::translate(
            "LocalStore", "Drafts and unsent changes could not be recovered from %1.")
            .arg(file);
    }
    return QCoreApplication::translate(
        "LocalStore", "Only some drafts (%1) and unsent changes (%2) could be recovered from %3.")
        .arg(drafts)
        .arg(unsent)
        .arg(file);
}

} // namespace

LeftoverSalvage::LeftoverSalvage(Database &db)
    : m_db(db)
{ }

QStringList LeftoverSalvage::damagedCopies() const
{
    const QFileInfo self(m_db.path());
    const QString prefix = self.fileName() + QStringLiteral(".damaged-");
    QStringList files = self.dir().entryList({prefix + u'*'}, QDir::Files, QDir::Name);
    files.removeIf([](const QString &name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"))
            || name.endsWith(QLatin1String("-journal"));
    });
    return files;
}

QString LeftoverSalvage::salvagedName(const QString &name) const
{
    const QFileInfo self(m_db.path());
    const QString prefix = self.fileName() + QStringLiteral(".damaged-");
    return self.dir().filePath(
        self.fileName() + QStringLiteral(".salvaged-") + name.mid(prefix.size()));
}

bool LeftoverSalvage::wasRecovered(const QString &name)
{
    QSqlQuery done(m_db.connection());
    done.prepare(QStringLiteral("SELECT 1 FROM meta WHERE key = ?"));
    done.addBindValue(QStringLiteral("salvaged:") + name);
    const bool found = m_db.exec(done) && done.next();
    done.finish();
    return found;
}

void LeftoverSalvage::recoverInto(Store::OpenResult &result)
{
    if (m_db.isInMemory())
        return;
    const QDir folder = QFileInfo(m_db.path()).dir();
    QStringList said;
    bool earlier = false;
    for (const QString &name : damagedCopies()) {
        const QString path = folder.filePath(name);
        if (wasRecovered(name)) {
            // Recovered before, but the file kept its name: never twice.
            renameDatabase(path, salvagedName(name));
            continue;
        }
        earlier = earlier || path != result.movedAsidePath;
        said << recoverCopy(name, result);
    }
    if (said.isEmpty())
        return;
    if (earlier) {
        said.prepend(QCoreApplication::translate(
            "LocalStore", "An earlier run left a damaged copy of the local database behind."));
    }
    if (!result.message.isEmpty())
        said.prepend(result.message);
    result.message = said.join(u' ');
}

QString LeftoverSalvage::recoverCopy(const QString &name, Store::OpenResult &result)
{
    const QString path = QFileInfo(m_db.path()).dir().filePath(name);
    const SalvagedRows salvage = salvageFrom(path);
    if ((!salvage.draftsRead || !salvage.outboxRead) && isDiskTrouble(salvage.errorCode)) {
        // Not the file's damage but the disk's or a lock: all of it may be readable later.
        qCWarning(lcStore) << "cannot recover from" << name << "now:" << salvage.error;
        return QCoreApplication::translate("LocalStore",
            "Drafts and unsent changes in %1 could not be recovered yet: %2 Case Console "
            "will try again when it next starts.")
            .arg(QDir::toNativeSeparators(path), describe(salvage.errorCode, path, salvage.error));
    }
    int unsent = 0;
    if (!copyRows(salvage, name, &unsent)) {
        qCWarning(lcStore) << "cannot recover from" << name << "now:" << m_db.lastError();
        return QCoreApplication::translate("LocalStore",
            "Drafts and unsent changes in %1 could not be recovered yet: %2 Case Console "
            "will try again when it next starts.")
            .arg(QDir::toNativeSeparators(path), m_db.lastError());
    }
    QString kept = path;
    if (renameDatabase(path, salvagedName(name)))
        kept = salvagedName(name);
    else
        qCWarning(lcStore) << "recovered from" << name << "but cannot rename it";
    if (path == result.movedAsidePath)
        result.movedAsidePath = kept;
    qCInfo(lcStore) << "recovered" << salvage.drafts.size() << "drafts and" << salvage.outbox.size()
                    << "outbox items from" << name;
    return recoveredText(salvage, unsent, kept);
}

bool LeftoverSalvage::copyRows(const SalvagedRows &rows, const QString &name, int *unsent)
{
    // One transaction: the rows and the mark that they were recovered. An item already here
    // (same key: recovered by an earlier run, or never lost) is kept as it is, and so is a
    // draft typed since.
    QSqlDatabase db = m_db.connection();
    bool ok = db.transaction();
    if (!ok)
        m_db.noteError(db.lastError());
    ok = ok && copyDrafts(rows);
    ok = ok && copyOutbox(rows, unsent);
    ok = ok && markRecovered(name);
    if (ok && !db.commit()) {
        m_db.noteError(db.lastError());
        ok = false;
    }
    if (!ok)
        db.rollback();
    return ok;
}

bool LeftoverSalvage::copyDrafts(const SalvagedRows &rows)
{
    QSqlQuery insert(m_db.connection());
    insert.prepare(
        QStringLiteral("INSERT OR IGNORE INTO drafts (key, payload, updated) VALUES (?, ?, ?)"));
    for (const auto &row : rows.drafts) {
        for (int i = 0; i < 3; ++i)
            insert.bindValue(i, row.at(i));
        if (!m_db.exec(insert))
            return false;
    }
    return true;
}

bool LeftoverSalvage::copyOutbox(const SalvagedRows &rows, int *unsent)
{
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO outbox (kind, payload, state, attempts, created, "
        "next_attempt, last_error, result_id, key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const auto &row : rows.outbox) {
        for (int i = 0; i < 9; ++i)
            insert.bindValue(i, row.at(i));
        if (!m_db.exec(insert))
            return false;
        // Confirmed items are kept a while for lookups, not unsent.
        if (row.at(2).toString() != OutboxItem::stateName(OutboxItem::State::Done))
            ++*unsent;
    }
    return true;
}

bool LeftoverSalvage::markRecovered(const QString &name)
{
    QSqlQuery marking(m_db.connection());
    marking.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    marking.addBindValue(QStringLiteral("salvaged:") + name);
    marking.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return m_db.exec(marking);
}
