#include "models/CaseTimeline.h"
#include "models/SlaClock.h"
#include "store/SqliteStore.h"
#include "store/StoreThread.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The status and priority changes the store sees between polls (issue 14, item 2): recorded in
// the batch that writes the case, never for a case seen the first time, read back per case.
namespace {

Case makeCase(const QString &id, const QString &modified, const QString &status,
    const QString &priority = QStringLiteral("P2"))
{
    Case c;
    c.id = id;
    c.subject = QStringLiteral("ServiceDown");
    c.type = QStringLiteral("Incident");
    c.priority = priority;
    c.status = status;
    c.createdDate = *Timestamp::parse(u"2026-11-20T08:00:00Z");
    c.lastModifiedDate = *Timestamp::parse(modified);
    c.serviceId = QStringLiteral("SVC-1");
    return c;
}

} // namespace

class TestObservedChanges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void firstSightRecordsNothing();
    void statusAndPriorityChangesAreRecordedWhenSeen();
    void olderOrSameAnswerRecordsNothing();
    void changesComeInTheBatchChange();
    void failedBatchRecordsNothing();
    void readsAllCasesForTheClocks();
    void migratesFromVersion7();
    void storeThreadOpensWithThem();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("cases.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestObservedChanges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestObservedChanges::firstSightRecordsNothing()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    const auto change
        = store.applyCases({makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"),
                               QStringLiteral("Resolved"))},
            true);
    QVERIFY(change);
    QVERIFY(change->observed.isEmpty());
    QVERIFY(store.observedChanges(QStringLiteral("CS-1")).isEmpty());
}

void TestObservedChanges::statusAndPriorityChangesAreRecordedWhenSeen()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    QVERIFY(store.applyCases({makeCase(
        QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"), QStringLiteral("New"))}));
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(store.applyCases({makeCase(QStringLiteral("CS-1"),
        QStringLiteral("2026-11-20T10:00:00Z"), QStringLiteral("InProgress"))}));
    QVERIFY(
        store.applyCases({makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T11:00:00Z"),
            QStringLiteral("Resolved"), QStringLiteral("P1"))}));
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);

    const QList<ObservedChange> changes = store.observedChanges(QStringLiteral("CS-1"));
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes[0].caseId, QStringLiteral("CS-1"));
    QCOMPARE(changes[0].field, ObservedChange::Field::Status);
    QCOMPARE(changes[0].from, QStringLiteral("New"));
    QCOMPARE(changes[0].to, QStringLiteral("InProgress"));
    QCOMPARE(changes[1].field, ObservedChange::Field::Status);
    QCOMPARE(changes[1].from, QStringLiteral("InProgress"));
    QCOMPARE(changes[1].to, QStringLiteral("Resolved"));
    QCOMPARE(changes[2].field, ObservedChange::Field::Priority);
    QCOMPARE(changes[2].from, QStringLiteral("P2"));
    QCOMPARE(changes[2].to, QStringLiteral("P1"));
    // `at` is when the console saw it, not the case's lastModifiedDate.
    for (const ObservedChange &c : changes) {
        QVERIFY(c.at.isValid());
        QVERIFY2(c.at.toDateTime() >= before && c.at.toDateTime() <= after,
            qPrintable(c.at.toIsoString()));
    }
    QVERIFY(changes[0].at <= changes[1].at);
    // Another case's history is its own.
    QVERIFY(store.observedChanges(QStringLiteral("CS-2")).isEmpty());
    // The clocks read the status changes.
    // (first the status before the first change seen, from the beginning)
    const QList<StatusChange> status = statusChangesFrom(changes);
    QCOMPARE(status.size(), 3);
    QCOMPARE(status[0].status, changes[0].from);
    QCOMPARE(status[2].status, QStringLiteral("Resolved"));
}

void TestObservedChanges::olderOrSameAnswerRecordsNothing()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    QVERIFY(store.applyCases({makeCase(QStringLiteral("CS-1"),
        QStringLiteral("2026-11-20T10:00:00Z"), QStringLiteral("InProgress"))}));
    // An older answer loses (the store keeps the newer case): no change was seen.
    QVERIFY(store.applyCases({makeCase(
        QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"), QStringLiteral("New"))}));
    // The same values again (a poll's overlap): nothing.
    QVERIFY(store.applyCases({makeCase(QStringLiteral("CS-1"),
        QStringLiteral("2026-11-20T10:00:00Z"), QStringLiteral("InProgress"))}));
    QVERIFY(store.observedChanges(QStringLiteral("CS-1")).isEmpty());
}

void TestObservedChanges::changesComeInTheBatchChange()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    QVERIFY(store.applyCases({makeCase(QStringLiteral("CS-1"),
                                  QStringLiteral("2026-11-20T09:00:00Z"), QStringLiteral("New")),
        makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-20T09:00:00Z"),
            QStringLiteral("New"))}));
    const auto change
        = store.applyCases({makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T10:00:00Z"),
                                QStringLiteral("OnHold")),
            makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-20T10:00:00Z"),
                QStringLiteral("New"), QStringLiteral("P4"))});
    QVERIFY(change);
    QCOMPARE(change->observed.size(), 2);
    QCOMPARE(change->observed[0], store.observedChanges(QStringLiteral("CS-1")).value(0));
    QCOMPARE(change->observed[1], store.observedChanges(QStringLiteral("CS-2")).value(0));
    QCOMPARE(change->observed[1].field, ObservedChange::Field::Priority);
}

void TestObservedChanges::failedBatchRecordsNothing()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    QVERIFY(store.applyCases({makeCase(
        QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"), QStringLiteral("New"))}));
    // A case the database refuses fails the batch half-way: the change seen before it is
    // rolled back with the case's write.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(
            QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON cases WHEN NEW.id = 'CS-9' "
                           "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
    const auto change
        = store.applyCases({makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T10:00:00Z"),
                                QStringLiteral("Resolved")),
            makeCase(QStringLiteral("CS-9"), QStringLiteral("2026-11-20T10:00:00Z"),
                QStringLiteral("New"))});
    QVERIFY(!change);
    QVERIFY(store.observedChanges(QStringLiteral("CS-1")).isEmpty());
    QCOMPARE(store.loadSummary(QStringLiteral("CS-1"))->status, QStringLiteral("New"));
}

void TestObservedChanges::readsAllCasesForTheClocks()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    QVERIFY(store.applyCases({makeCase(QStringLiteral("CS-1"),
                                  QStringLiteral("2026-11-20T09:00:00Z"), QStringLiteral("New")),
        makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-20T09:00:00Z"),
            QStringLiteral("New"))}));
    QVERIFY(store.applyCases({makeCase(QStringLiteral("CS-2"),
        QStringLiteral("2026-11-20T10:00:00Z"), QStringLiteral("InProgress"))}));
    QVERIFY(store.applyCases({makeCase(QStringLiteral("CS-1"),
        QStringLiteral("2026-11-20T10:00:00Z"), QStringLiteral("Resolved"))}));
    QVERIFY(store.applyCases({makeCase(QStringLiteral("CS-2"),
        QStringLiteral("2026-11-20T11:00:00Z"), QStringLiteral("Closed"))}));
    const QHash<QString, QList<ObservedChange>> all = store.allObservedChanges();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.value(QStringLiteral("CS-1")).size(), 1);
    QCOMPARE(all.value(QStringLiteral("CS-2")).size(), 2);
    QCOMPARE(all.value(QStringLiteral("CS-2")).last().to, QStringLiteral("Closed"));
    QCOMPARE(all.value(QStringLiteral("CS-2")), store.observedChanges(QStringLiteral("CS-2")));
}

void TestObservedChanges::migratesFromVersion7()
{
    {
        SqliteStore old(dbPath());
        QVERIFY(old.open(7).ok);
    }
    {
        // A case as version 7 stored it.
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO cases (id, type, status, priority, "
                                      "last_modified, last_modified_ticks) VALUES "
                                      "('CS-1', 'Incident', 'New', 'P2', ?, ?)"));
        const Timestamp modified = *Timestamp::parse(u"2026-11-20T09:00:00Z");
        insert.addBindValue(modified.toIsoString());
        insert.addBindValue(modified.ticks());
        QVERIFY(insert.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v7"));
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    QVERIFY(SqliteStore::SchemaVersion >= 8);
    QVERIFY(store.observedChanges(QStringLiteral("CS-1")).isEmpty());
    QVERIFY(store.applyCases({makeCase(QStringLiteral("CS-1"),
        QStringLiteral("2026-11-20T10:00:00Z"), QStringLiteral("Resolved"))}));
    const QList<ObservedChange> changes = store.observedChanges(QStringLiteral("CS-1"));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().from, QStringLiteral("New"));
}

void TestObservedChanges::storeThreadOpensWithThem()
{
    {
        SqliteStore store(dbPath());
        QVERIFY(store.open().ok);
        QVERIFY(store.applyCases({makeCase(QStringLiteral("CS-1"),
            QStringLiteral("2026-11-20T09:00:00Z"), QStringLiteral("New"))}));
        QVERIFY(store.applyCases({makeCase(QStringLiteral("CS-1"),
            QStringLiteral("2026-11-20T10:00:00Z"), QStringLiteral("InProgress"))}));
    }
    StoreThread thread(dbPath());
    QSignalSpy opened(&thread, &StoreThread::opened);
    thread.open();
    QVERIFY(opened.wait());
    const auto result = opened.first().first().value<StoreThread::Opened>();
    QCOMPARE(result.observed.value(QStringLiteral("CS-1")).size(), 1);
    QCOMPARE(
        result.observed.value(QStringLiteral("CS-1")).first().to, QStringLiteral("InProgress"));
    // A later batch's changes come with casesApplied().
    QSignalSpy applied(&thread, &StoreThread::casesApplied);
    thread.applyCases({makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T11:00:00Z"),
                          QStringLiteral("Resolved"))},
        false, {});
    QVERIFY(applied.wait());
    const auto change = applied.first().first().value<Store::Change>();
    QCOMPARE(change.observed.size(), 1);
    QCOMPARE(change.observed.first().from, QStringLiteral("InProgress"));
}

QTEST_GUILESS_MAIN(TestObservedChanges)
#include "tst_observedchanges.moc"
