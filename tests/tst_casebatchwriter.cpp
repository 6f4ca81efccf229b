// The seams of the store's split: CaseBatchWriter's steps (what it decides and what change it
// reports) and the schema's steps in Migrations, below what tst_localstore checks through
// SqliteStore.

#include "store/CaseBatchWriter.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/SqliteStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

Communication message(const QString &text, const QString &when)
{
    return {text, QStringLiteral("ProviderMessage"), *Timestamp::parse(when),
        QStringLiteral("Provider NOC")};
}

Case makeCase(const QString &id, const QString &modified)
{
    Case c;
    c.id = id;
    c.subject = QStringLiteral("ServiceDown");
    c.type = QStringLiteral("Incident");
    c.priority = QStringLiteral("P1");
    c.status = QStringLiteral("InProgress");
    c.lastModifiedDate = *Timestamp::parse(modified);
    c.serviceName = QStringLiteral("Internet 500M - Rotterdam DC");
    c.communications = {message(
        QStringLiteral("Fibre cut near Rotterdam."), QStringLiteral("2026-11-20T08:00:00+01:00"))};
    return c;
}

CaseSummary summaryOf(const Case &c, int count, int seen)
{
    CaseSummary s;
    static_cast<CaseHeader &>(s) = c;
    s.communicationCount = count;
    s.seenCommunicationCount = seen;
    s.lastCommunicationAt
        = c.communications.isEmpty() ? Timestamp() : c.communications.last().timestamp;
    return s;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestCaseBatchWriter : public QObject
{
    Q_OBJECT

private slots:
    void olderAnswersAreNotNewer();
    void collectsANewCase();
    void collectsNothingForAnUnchangedCase();
    void collectsNewCommunicationsAndBaseline();
    void writesAndAppendsOnce();
    void headerIndexedOnlyWhenItsTextChanges();
    void failedStepWritesNothing();
    void everyMigrationStepHasStatements();
    void migratesFromVersion2();
};

void TestCaseBatchWriter::olderAnswersAreNotNewer()
{
    const Case stored = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"));
    CaseBatchWriter::Existing existing {7, summaryOf(stored, 1, 1)};
    QVERIFY(CaseBatchWriter::isNewer(stored, existing)); // the same answer again
    QVERIFY(!CaseBatchWriter::isNewer(
        makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T08:59:59Z")), existing));
    QVERIFY(CaseBatchWriter::isNewer(
        makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:01Z")), existing));
    QVERIFY(CaseBatchWriter::isNewer(stored, CaseBatchWriter::Existing {}));
}

void TestCaseBatchWriter::collectsANewCase()
{
    const Case c = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"));
    CaseBatchWriter::Written written {true, 1, c.communications.first().timestamp};
    Store::Change change;
    CaseBatchWriter::collectChange(c, {}, written, false, change);
    QCOMPARE(change.inserted.size(), 1);
    QVERIFY(change.updated.isEmpty());
    QCOMPARE(change.inserted.first().communicationCount, 1);
    QCOMPARE(change.inserted.first().seenCommunicationCount, 0);
    QCOMPARE(change.inserted.first().lastCommunicationAt, c.communications.first().timestamp);
    QCOMPARE(change.newCommunications.value(QStringLiteral("CS-1")), 1);
}

void TestCaseBatchWriter::collectsNothingForAnUnchangedCase()
{
    const Case c = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"));
    Store::Change change;
    CaseBatchWriter::collectChange(c, {3, summaryOf(c, 1, 0)}, {}, false, change);
    QVERIFY(change.isEmpty());
    QVERIFY(change.newCommunications.isEmpty());
}

void TestCaseBatchWriter::collectsNewCommunicationsAndBaseline()
{
    const Case c = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"));
    const Timestamp later = *Timestamp::parse(u"2026-11-20T10:00:00Z");
    Store::Change change;
    CaseBatchWriter::collectChange(c, {3, summaryOf(c, 1, 0)}, {false, 2, later}, false, change);
    QCOMPARE(change.updated.size(), 1);
    QCOMPARE(change.updated.first().communicationCount, 3);
    QCOMPARE(change.updated.first().seenCommunicationCount, 0);
    QCOMPARE(change.updated.first().lastCommunicationAt, later);
    QCOMPARE(change.newCommunications.value(QStringLiteral("CS-1")), 2);

    // A baseline counts everything as seen, even with nothing new.
    Store::Change baseline;
    CaseBatchWriter::collectChange(c, {3, summaryOf(c, 1, 0)}, {}, true, baseline);
    QCOMPARE(baseline.updated.size(), 1);
    QCOMPARE(baseline.updated.first().seenCommunicationCount, 1);
    QCOMPARE(baseline.updated.first().seenModified, c.lastModifiedDate);
}

void TestCaseBatchWriter::writesAndAppendsOnce()
{
    Database db(QStringLiteral(":memory:"));
    QVERIFY(db.open().ok);
    Case c = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"));
    auto change = CaseBatchWriter(db).write({c, c}, false);
    QVERIFY(change);
    QCOMPARE(change->inserted.size(), 1);
    QCOMPARE(change->newCommunications.value(QStringLiteral("CS-1")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM communications")), 1);

    c.lastModifiedDate = *Timestamp::parse(u"2026-11-20T10:00:00Z");
    c.communications.append(
        message(QStringLiteral("Splice done."), QStringLiteral("2026-11-20T10:00:00Z")));
    change = CaseBatchWriter(db).write({c}, false);
    QVERIFY(change);
    QCOMPARE(change->updated.size(), 1);
    QCOMPARE(change->updated.first().communicationCount, 2);
    QCOMPARE(change->newCommunications.value(QStringLiteral("CS-1")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM communications")), 2);
    QCOMPARE(count(db, QStringLiteral("SELECT communication_count FROM cases")), 2);
    // One row per message and one for the header.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM search")), 3);
}

void TestCaseBatchWriter::headerIndexedOnlyWhenItsTextChanges()
{
    Database db(QStringLiteral(":memory:"));
    QVERIFY(db.open().ok);
    Case c = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"));
    QVERIFY(CaseBatchWriter(db).write({c}, false));
    const auto headerRowid
        = [&] { return count(db, QStringLiteral("SELECT rowid FROM search WHERE rowid < 0")); };
    const int header = headerRowid();
    QVERIFY(header < 0);
    // The status is not searched (schema 5): its row stays as it is.
    c.status = QStringLiteral("Resolved");
    c.lastModifiedDate = *Timestamp::parse(u"2026-11-20T10:00:00Z");
    const auto change = CaseBatchWriter(db).write({c}, false);
    QVERIFY(change);
    QCOMPARE(change->updated.size(), 1);
    SearchIndex index(db);
    QVERIFY(index.searchPage(QStringLiteral("Resolved"), {}, 10).hits.isEmpty());
    // A new reference is searched for.
    c.customerReference = QStringLiteral("TICKET-4711");
    c.lastModifiedDate = *Timestamp::parse(u"2026-11-20T11:00:00Z");
    QVERIFY(CaseBatchWriter(db).write({c}, false));
    QCOMPARE(index.searchPage(QStringLiteral("TICKET"), {}, 10).hits.size(), 1);
    QCOMPARE(headerRowid(), header);
}

void TestCaseBatchWriter::failedStepWritesNothing()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("cases.db")));
    QVERIFY(db.open().ok);
    // A trigger refuses every message, after the case's row is written: the batch is undone.
    QVERIFY(db.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON communications "
                                   "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    const Case c = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"));
    QVERIFY(!CaseBatchWriter(db).write({c}, false));
    QVERIFY(db.lastError().contains(QLatin1String("refused")));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM cases")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM search")), 0);
}

void TestCaseBatchWriter::everyMigrationStepHasStatements()
{
    QVERIFY(Migrations::stepTo(0).isEmpty());
    for (int version = 1; version <= Database::SchemaVersion; ++version)
        QVERIFY2(!Migrations::stepTo(version).isEmpty(), qPrintable(QString::number(version)));
    QVERIFY(Migrations::stepTo(Database::SchemaVersion + 1).isEmpty());
}

void TestCaseBatchWriter::migratesFromVersion2()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.db"));
    {
        Database v2(path);
        QVERIFY(v2.open(2).ok);
        // An outbox item as version 2 wrote it: without a key.
        QVERIFY(v2.exec(QStringLiteral(
            "INSERT INTO outbox (kind, payload, state, created) VALUES ('replyToCase', "
            "'{\"caseId\":\"CS-1\"}', 'pending', '2026-11-20T09:00:00Z')")));
    }
    SqliteStore store(path);
    const auto opened = store.open();
    QVERIFY(opened.ok);
    QVERIFY(!opened.rebuilt);
    const QList<OutboxItem> items = store.outbox();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().key, QStringLiteral("legacy-1"));
    QCOMPARE(items.first().state, OutboxItem::State::Pending);
}

QTEST_GUILESS_MAIN(TestCaseBatchWriter)
#include "tst_casebatchwriter.moc"
