// The local database when the disk is not well: full, locked, or a damaged copy left behind by an
// earlier run. Only real damage moves a file aside; everything else fails the operation, says
// what to do, and keeps what the engineer wrote.

#include "FullDiskVfs.h"
#include "store/SqliteStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

Case makeCase(const QString &id)
{
    Case c;
    c.id = id;
    c.subject = QStringLiteral("ServiceDown");
    c.type = QStringLiteral("Incident");
    c.priority = QStringLiteral("P1");
    c.status = QStringLiteral("InProgress");
    c.createdDate = *Timestamp::parse(u"2026-11-20T08:00:00Z");
    c.lastModifiedDate = *Timestamp::parse(u"2026-11-20T09:00:00Z");
    c.communications
        = {{QStringLiteral("Fibre cut near Rotterdam."), QStringLiteral("ProviderMessage"),
            *Timestamp::parse(u"2026-11-20T08:00:00Z"), QStringLiteral("Provider NOC")}};
    return c;
}

OutboxItem reply(const QString &text)
{
    return OutboxItem::create(OutboxItem::Kind::ReplyToCase,
        {{QStringLiteral("caseId"), QStringLiteral("CS-1")}, {QStringLiteral("message"), text}});
}

// Runs `statements` on a connection of its own; returns what went wrong, empty on success.
QString runSql(const QString &path, const QStringList &statements)
{
    QString error;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (!db.open())
            error = db.lastError().text();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (error.isEmpty() && !q.exec(sql))
                error = sql + QStringLiteral(": ") + q.lastError().text();
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return error;
}

// Damage quick_check finds: the case ids' index pointed at the drafts' b-tree.
QString damage(const QString &path)
{
    return runSql(path,
        {QStringLiteral("PRAGMA writable_schema = ON"),
            QStringLiteral(
                "UPDATE sqlite_master SET rootpage = (SELECT rootpage FROM sqlite_master "
                "WHERE name = 'drafts') WHERE name = 'sqlite_autoindex_cases_1'")});
}

QStringList captured;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg)
        captured << QString::fromLatin1(context.category) + u' ' + text;
}

} // namespace

class TestStoreTrouble : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fullDiskKeepsAHealthyFile();
    void fullDiskFailsWritesAndSaysWhatToFree();
    void lockedFileIsNotMovedAside();
    void unwritableFolderKeepsTheFile();
    void leftoverDamagedFileIsRecoveredOnce();
    void recoveryMessageTellsWhatWasRecovered();
    void damagedOutboxRowIsLoggedAndFails();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("cases.db")); }
    // Files beside cases.db other than its own log and shared memory.
    QStringList besides() const
    {
        QStringList names = QDir(m_dir->path()).entryList(QDir::Files, QDir::Name);
        for (const char *own : {"cases.db", "cases.db-wal", "cases.db-shm"})
            names.removeAll(QString::fromLatin1(own));
        return names;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreTrouble::initTestCase()
{
    QVERIFY(FullDiskVfs::install());
}

void TestStoreTrouble::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreTrouble::fullDiskKeepsAHealthyFile()
{
    const OutboxItem unsent = reply(QStringLiteral("Any update?"));
    {
        SqliteStore store(dbPath());
        QVERIFY(store.open().ok);
        QVERIFY(store.applyCases({makeCase(QStringLiteral("CS-1"))}));
        QVERIFY(store.saveDraft(QStringLiteral("reply:CS-1"), "half a reply"));
        QVERIFY(store.saveOutboxItem(unsent));
    }
    const qint64 size = QFileInfo(dbPath()).size();
    QVERIFY(size > 0);
    {
        // Reading a database in WAL mode needs its shared-memory index, which a full disk
        // cannot hold: SQLite answers with an I/O error. That is no damage in the file.
        FullDiskVfs::FullDisk full;
        SqliteStore store(dbPath());
        const auto opened = store.open();
        QVERIFY(!opened.rebuilt);
        QVERIFY2(opened.movedAsidePath.isEmpty(), qPrintable(opened.movedAsidePath));
        QCOMPARE(besides(), QStringList());
        QCOMPARE(QFileInfo(dbPath()).size(), size);
        QVERIFY(!opened.ok);
        // What happened, where, and what to do.
        QVERIFY2(opened.message.contains(QDir::toNativeSeparators(dbPath())),
            qPrintable(opened.message));
        QVERIFY2(opened.message.contains(QLatin1String("full")), qPrintable(opened.message));
        QVERIFY2(
            opened.message.contains(QLatin1String("Free some space")), qPrintable(opened.message));
        QVERIFY2(!opened.message.contains(QLatin1String("damaged")), qPrintable(opened.message));
    }
    // Room again: everything is there, and the file is sound.
    SqliteStore store(dbPath());
    const auto opened = store.open();
    QVERIFY(opened.ok);
    QVERIFY2(opened.message.isEmpty(), qPrintable(opened.message));
    QCOMPARE(store.loadSummaries().size(), 1);
    QCOMPARE(store.draft(QStringLiteral("reply:CS-1")).value_or(QByteArray()),
        QByteArray("half a reply"));
    QCOMPARE(store.outbox().size(), 1);
    QCOMPARE(store.outbox().first().key, unsent.key);
    QVERIFY(store.checkEverything());
}

void TestStoreTrouble::fullDiskFailsWritesAndSaysWhatToFree()
{
    {
        SqliteStore store(dbPath());
        QVERIFY(store.open().ok);
        QVERIFY(store.applyCases({makeCase(QStringLiteral("CS-1"))}));
        QVERIFY(store.saveDraft(QStringLiteral("reply:CS-1"), "kept"));
        {
            FullDiskVfs::FullDisk full;
            // Larger than the log written so far: the write must grow a file.
            QVERIFY(!store.saveDraft(QStringLiteral("reply:CS-2"), QByteArray(1 << 20, 'x')));
            QVERIFY2(store.lastError().contains(QDir::toNativeSeparators(dbPath())),
                qPrintable(store.lastError()));
            QVERIFY2(store.lastError().contains(QLatin1String("is full")),
                qPrintable(store.lastError()));
            QVERIFY2(store.lastError().contains(QLatin1String("Free some space")),
                qPrintable(store.lastError()));
            OutboxItem big = reply(QString(1 << 20, u'y'));
            QVERIFY(!store.saveOutboxItem(big));
            QVERIFY(store.lastError().contains(QLatin1String("is full")));
            Case grown = makeCase(QStringLiteral("CS-2"));
            grown.communications.first().message = QString(1 << 20, u'z');
            QVERIFY(!store.applyCases({grown}));
            QVERIFY(store.lastError().contains(QLatin1String("is full")));
            // A check that cannot run finds no damage, and marks nothing.
            QVERIFY(store.checkEverything());
        }
        QVERIFY(store.saveDraft(QStringLiteral("reply:CS-2"), "room again"));
    }
    SqliteStore store(dbPath());
    const auto opened = store.open();
    QVERIFY(opened.ok);
    QVERIFY(!opened.rebuilt);
    QCOMPARE(besides(), QStringList());
    QCOMPARE(store.draft(QStringLiteral("reply:CS-1")).value_or(QByteArray()), QByteArray("kept"));
    QCOMPARE(
        store.draft(QStringLiteral("reply:CS-2")).value_or(QByteArray()), QByteArray("room again"));
    QCOMPARE(store.loadSummaries().size(), 1);
}

void TestStoreTrouble::lockedFileIsNotMovedAside()
{
    {
        SqliteStore store(dbPath());
        QVERIFY(store.open().ok);
        QVERIFY(store.saveDraft(QStringLiteral("reply:CS-1"), "half a reply"));
    }
    // Another program holds the file locked (exclusive locking mode keeps its lock).
    QSqlDatabase other
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
    other.setDatabaseName(dbPath());
    QVERIFY(other.open());
    {
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY2(
            q.exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('x', 'y')")),
            qPrintable(q.lastError().text()));
    }
    {
        SqliteStore store(dbPath());
        const auto opened = store.open(); // waits for the lock a while, then gives up
        QVERIFY(!opened.ok);
        QVERIFY(!opened.rebuilt);
        QCOMPARE(besides(), QStringList());
        QVERIFY2(opened.message.contains(QLatin1String("locked by another program")),
            qPrintable(opened.message));
    }
    other.close();
    other = {};
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    QCOMPARE(store.draft(QStringLiteral("reply:CS-1")).value_or(QByteArray()),
        QByteArray("half a reply"));
}

void TestStoreTrouble::unwritableFolderKeepsTheFile()
{
    if (geteuid() == 0)
        QSKIP("root writes whatever the permissions say; lockedFileIsNotMovedAside and the full "
              "disk tests hold the same behaviour as root");
    {
        SqliteStore store(dbPath());
        QVERIFY(store.open().ok);
        QVERIFY(store.saveDraft(QStringLiteral("reply:CS-1"), "half a reply"));
    }
    // The folder and the file read-only: no log nor shared memory can be made beside it.
    QFile::setPermissions(dbPath(), QFileDevice::ReadOwner);
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    {
        SqliteStore store(dbPath());
        const auto opened = store.open();
        QVERIFY(!opened.rebuilt);
        QVERIFY(opened.movedAsidePath.isEmpty());
        if (!opened.ok)
            QVERIFY2(opened.message.contains(QDir::toNativeSeparators(dbPath())),
                qPrintable(opened.message));
    }
    QFile::setPermissions(
        m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(dbPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(besides(), QStringList());
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    QCOMPARE(store.draft(QStringLiteral("reply:CS-1")).value_or(QByteArray()),
        QByteArray("half a reply"));
}

void TestStoreTrouble::leftoverDamagedFileIsRecoveredOnce()
{
    // An earlier run moved its damaged file aside and could not recover from it (it crashed,
    // or the disk was full then).
    const QString leftover = dbPath() + QStringLiteral(".damaged-20261120-093000");
    const OutboxItem unsent = reply(QStringLiteral("Any update?"));
    OutboxItem confirmed = reply(QStringLiteral("Thanks"));
    confirmed.state = OutboxItem::State::Done;
    {
        // The database in use: it already holds one of the items, and a newer draft.
        SqliteStore now(dbPath());
        QVERIFY(now.open().ok);
        QVERIFY(now.saveOutboxItem(unsent));
        QVERIFY(now.saveDraft(QStringLiteral("reply:CS-2"), "typed since"));
    }
    {
        SqliteStore old(leftover);
        QVERIFY(old.open().ok);
        QVERIFY(old.applyCases({makeCase(QStringLiteral("CS-1"))}));
        QVERIFY(old.saveDraft(QStringLiteral("reply:CS-1"), "from before the crash"));
        QVERIFY(old.saveDraft(QStringLiteral("reply:CS-2"), "older text"));
        QVERIFY(old.saveOutboxItem(unsent));
        QVERIFY(old.saveOutboxItem(confirmed));
    }
    QCOMPARE(damage(leftover), QString());
    const QString salvaged = dbPath() + QStringLiteral(".salvaged-20261120-093000");
    {
        SqliteStore store(dbPath());
        const auto opened = store.open();
        QVERIFY2(opened.ok, qPrintable(opened.message));
        QVERIFY(!opened.rebuilt);
        QVERIFY2(opened.message.contains(QLatin1String("earlier run")), qPrintable(opened.message));
        QVERIFY2(opened.message.contains(QLatin1String("drafts (2) and unsent changes (1) were "
                                                       "recovered")),
            qPrintable(opened.message));
        QVERIFY2(opened.message.contains(QDir::toNativeSeparators(salvaged)),
            qPrintable(opened.message));
        QCOMPARE(store.draft(QStringLiteral("reply:CS-1")).value_or(QByteArray()),
            QByteArray("from before the crash"));
        QCOMPARE(store.draft(QStringLiteral("reply:CS-2")).value_or(QByteArray()),
            QByteArray("typed since"));
        const QList<OutboxItem> items = store.outbox();
        QCOMPARE(items.size(), 2); // by key: the item both files hold is there once
        QCOMPARE(items.at(0).key, unsent.key);
        QCOMPARE(items.at(1).key, confirmed.key);
        QCOMPARE(items.at(1).state, OutboxItem::State::Done);
        // Sent since, and removed: must not come back from the file.
        QVERIFY(store.removeOutboxItem(unsent.key));
    }
    QVERIFY(!QFile::exists(leftover));
    QVERIFY(QFile::exists(salvaged));
    // The same file under its old name again (a copy restored by hand, a rename that failed):
    // the database knows it was recovered.
    QVERIFY(QFile::copy(salvaged, leftover));
    SqliteStore store(dbPath());
    const auto opened = store.open();
    QVERIFY(opened.ok);
    QVERIFY2(opened.message.isEmpty(), qPrintable(opened.message));
    QCOMPARE(store.outbox().size(), 1);
    QVERIFY(!store.outboxItem(unsent.key));
}

void TestStoreTrouble::recoveryMessageTellsWhatWasRecovered()
{
    const OutboxItem unsent = reply(QStringLiteral("Any update?"));
    {
        SqliteStore store(dbPath());
        QVERIFY(store.open().ok);
        QVERIFY(store.saveDraft(QStringLiteral("reply:CS-1"), "half a reply"));
        QVERIFY(store.saveOutboxItem(unsent));
    }
    // The drafts' table points at an index's b-tree; the outbox is sound.
    QCOMPARE(runSql(dbPath(),
                 {QStringLiteral("PRAGMA writable_schema = ON"),
                     QStringLiteral("UPDATE sqlite_master SET rootpage = (SELECT rootpage FROM "
                                    "sqlite_master WHERE name = 'sqlite_autoindex_cases_1') "
                                    "WHERE name = 'drafts'")}),
        QString());
    SqliteStore store(dbPath());
    const auto opened = store.open();
    QVERIFY(opened.ok);
    QVERIFY(opened.rebuilt);
    QCOMPARE(store.outbox().size(), 1);
    QCOMPARE(store.outbox().first().key, unsent.key);
    // It says so, and does not say the unsent changes were lost.
    QVERIFY2(opened.message.contains(QLatin1String("unsent changes (1) were recovered")),
        qPrintable(opened.message));
    QVERIFY2(opened.message.contains(QLatin1String("drafts could not all be read")),
        qPrintable(opened.message));
    QVERIFY2(!opened.message.contains(QLatin1String("unsent changes could not")),
        qPrintable(opened.message));
    QVERIFY(opened.message.contains(QDir::toNativeSeparators(opened.movedAsidePath)));
}

void TestStoreTrouble::damagedOutboxRowIsLoggedAndFails()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    const OutboxItem sound = reply(QStringLiteral("Any update?"));
    QVERIFY(store.saveOutboxItem(sound));
    QCOMPARE(runSql(dbPath(),
                 {QStringLiteral("INSERT INTO outbox (key, kind, payload, state, created) VALUES "
                                 "('broken-1', 'replyToCase', '{\"message\":\"Dear NOC, the "
                                 "secret', 'pending', '2026-11-20T09:00:00Z')"),
                     QStringLiteral("INSERT INTO outbox (key, kind, payload, state, created) "
                                    "VALUES ('broken-2', 'teleport', '{}', 'pending', "
                                    "'2026-11-20T09:00:00Z')")}),
        QString());
    captured.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    const QList<OutboxItem> items = store.outbox();
    qInstallMessageHandler(previous);
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).state, OutboxItem::State::Pending);
    for (int i : {1, 2}) {
        QCOMPARE(items.at(i).state, OutboxItem::State::Failed);
        QVERIFY(!items.at(i).lastError.isEmpty());
    }
    // One line each, with the item's key and why; never the engineer's text.
    QCOMPARE(captured.size(), 2);
    QVERIFY2(captured.at(0).startsWith(QLatin1String("caseconsole.store"))
            && captured.at(0).contains(QLatin1String("broken-1"))
            && captured.at(0).contains(QLatin1String("JSON")),
        qPrintable(captured.at(0)));
    QVERIFY2(captured.at(1).contains(QLatin1String("broken-2"))
            && captured.at(1).contains(QLatin1String("teleport")),
        qPrintable(captured.at(1)));
    for (const QString &line : std::as_const(captured))
        QVERIFY2(!line.contains(QLatin1String("secret")), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestStoreTrouble)
#include "tst_storetrouble.moc"
