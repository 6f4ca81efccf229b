#include "store/SqliteStore.h"
#include "store/StoreThread.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

Communication message(const QString &text, const QString &when,
    const QString &type = QStringLiteral("ProviderMessage"))
{
    return {text, type, *Timestamp::parse(when), QStringLiteral("Provider NOC")};
}

Case makeCase(const QString &id, const QString &modified)
{
    Case c;
    c.id = id;
    c.subject = QStringLiteral("ServiceDown");
    c.type = QStringLiteral("Incident");
    c.priority = QStringLiteral("P1");
    c.status = QStringLiteral("InProgress");
    c.origin = QStringLiteral("Portal");
    c.createdDate = *Timestamp::parse(u"2026-11-20T08:00:00.1234567+01:00");
    c.lastModifiedDate = *Timestamp::parse(modified);
    c.startOfIncident = *Timestamp::parse(u"2026-11-20T07:55:00+01:00");
    c.serviceId = QStringLiteral("SVC-1");
    c.serviceName = QStringLiteral("Internet 500M - Rotterdam DC");
    c.siteId = QStringLiteral("SITE-NL-1");
    c.siteName = QStringLiteral("Rotterdam DC");
    c.communications = {message(
        QStringLiteral("Fibre cut near Rotterdam; splicing crew on the way."),
        QStringLiteral("2026-11-20T08:00:00.1234567+01:00"), QStringLiteral("CustomerMessage"))};
    return c;
}

// Writes to the database file as an older version did, on a connection of its own: checks that
// the file is at `version`, then runs `statements`; the last one's first value (for a check) goes
// to `answer`. Returns what went wrong, empty on success.
QString writeAsVersion(
    const QString &path, int version, const QStringList &statements, QVariant *answer = nullptr)
{
    QString error;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (!db.open())
            error = db.lastError().text();
        else if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()
            || q.value(0).toInt() != version)
            error = QStringLiteral("not a version-%1 file").arg(version);
        for (const QString &sql : statements) {
            q.finish();
            if (error.isEmpty() && !q.exec(sql))
                error = sql + QStringLiteral(": ") + q.lastError().text();
        }
        if (error.isEmpty() && answer)
            *answer = q.next() ? q.value(0) : QVariant();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return error;
}

// Damages a database file so that it still opens but fails PRAGMA quick_check: an index is
// pointed at another table's b-tree. `before` runs first on the same connection. Returns what
// went wrong, empty on success.
QString damage(const QString &path, const QString &before = {},
    const QString &index = QStringLiteral("sqlite_autoindex_cases_1"))
{
    QString error;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        const auto run = [&](const QString &sql) {
            if (error.isEmpty() && !q.exec(sql))
                error = sql + QStringLiteral(": ") + q.lastError().text();
        };
        if (!db.open())
            error = db.lastError().text();
        if (!before.isEmpty())
            run(before);
        run(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'drafts'"));
        const int draftsRoot = error.isEmpty() && q.next() ? q.value(0).toInt() : 0;
        run(QStringLiteral("PRAGMA writable_schema = ON"));
        run(QStringLiteral("UPDATE sqlite_master SET rootpage = %1 WHERE name = '%2'")
                .arg(draftsRoot)
                .arg(index));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    return error;
}

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void insertsAndReloadsExactly();
    void onlyItsOwnerCanReadIt();
    void overlappingPollsNeverDuplicateCommunications();
    void olderAnswerNeverOverwritesNewer();
    void readState();
    void ourOwnMessagesAreNeverNew(); // and our reference
    void search();
    void searchTakesSyntaxLiterally();
    void prefixOfManyWords();
    void migratesFromVersion6();
    void commonWordIsPagedNewestFirst();
    void longSearchIsShortenedAndSaysSo();
    void draftsAndOutbox();
    void providerCapabilitiesAreCached();
    void pollCursorIsKeptApartFromTheCases();
    void migratesFromVersion1();
    void migratesFromVersion3();
    void migratesFromVersion4();
    void statusChangeLeavesTheSearchRowAlone();
    void openChecksTheListAndLaterEverything();
    void openWalksTheCasesAndLaterComparesTheirIndexes();
    void openWalksEveryIndexOfTheCases();
    void garbageFileIsMovedAsideAndRebuilt();
    void damagedFileKeepsDraftsAndOutbox();
    void newerSchemaIsRefusedWithoutLoss();
    void damagedVersion2FileKeepsItsOutbox();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("cases.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLocalStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLocalStore::insertsAndReloadsExactly()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    Case c = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00.0000001+01:00"));
    c.communications.append(message(QStringLiteral("Engineer dispatched."),
        QStringLiteral("2026-11-20T08:30:00.0000002+01:00")));
    const auto change = store.applyCases({c});
    QVERIFY(change);
    QCOMPARE(change->inserted.size(), 1);
    QCOMPARE(change->updated.size(), 0);
    QCOMPARE(change->inserted.first().communicationCount, 2);
    QCOMPARE(change->newCommunications.value(QStringLiteral("CS-1")), 2);
    // What a change reports is what the store holds.
    QCOMPARE(change->inserted.first(), store.loadSummary(QStringLiteral("CS-1")).value());
    // Everything round-trips, offsets and ticks included.
    const auto loaded = store.loadCase(QStringLiteral("CS-1"));
    QVERIFY(loaded);
    QCOMPARE(*loaded, c);
    QCOMPARE(
        loaded->createdDate.toIsoString(), QStringLiteral("2026-11-20T08:00:00.1234567+01:00"));
    // Same answer again: nothing changes.
    const auto again = store.applyCases({c});
    QVERIFY(again && again->isEmpty());
    QVERIFY(again->newCommunications.isEmpty());
    QCOMPARE(store.loadSummaries().size(), 1);
}

void TestLocalStore::providerCapabilitiesAreCached()
{
    // The store keeps the bytes it is given (api/ProviderCapabilities' JSON) across a restart,
    // and the GUI's store hands them over with what it opened.
    const QByteArray json = R"({"discoveredAt":"2026-12-01T10:00:00.000Z","parts":{}})";
    {
        SqliteStore store(dbPath());
        QVERIFY(store.open().ok);
        QVERIFY(store.providerCapabilities().isEmpty());
        QVERIFY(store.setProviderCapabilities("{}"));
        QVERIFY(store.setProviderCapabilities(json));
    }
    SqliteStore again(dbPath());
    QVERIFY(again.open().ok);
    QCOMPARE(again.providerCapabilities(), json);

    StoreThread gui(dbPath());
    std::optional<QByteArray> handedOver;
    connect(&gui, &StoreThread::opened, this,
        [&](const StoreThread::Opened &opened) { handedOver = opened.providerCapabilities; });
    gui.open();
    QTRY_VERIFY_WITH_TIMEOUT(handedOver.has_value(), 15'000);
    QCOMPARE(*handedOver, json);
}

void TestLocalStore::pollCursorIsKeptApartFromTheCases()
{
    // casectl poll's cursor: marks by case id, moved on for some cases at a time, kept across
    // a restart, and not moved by what the console stores.
    const Timestamp t1 = *Timestamp::parse(QStringLiteral("2026-12-01T10:00:00.1234567+01:00"));
    const Timestamp t2 = *Timestamp::parse(QStringLiteral("2026-12-01T11:00:00Z"));
    {
        SqliteStore store(dbPath());
        QVERIFY(store.open().ok);
        QVERIFY(store.pollCursor().isEmpty());
        QVERIFY(store.advancePollCursor(
            {{QStringLiteral("CS-1"), {QStringLiteral("New"), QStringLiteral("P2"), t1, 1}},
                {QStringLiteral("CS-2"), {QStringLiteral("InProgress"), QString(), t1, 3}}}));
        QVERIFY(store.advancePollCursor(
            {{QStringLiteral("CS-1"), {QStringLiteral("Resolved"), QStringLiteral("P2"), t2, 2}}}));
    }
    SqliteStore again(dbPath());
    QVERIFY(again.open().ok);
    const QHash<QString, Store::PollMark> cursor = again.pollCursor();
    QCOMPARE(cursor.size(), 2);
    QCOMPARE(cursor.value(QStringLiteral("CS-1")).status, QStringLiteral("Resolved"));
    QCOMPARE(cursor.value(QStringLiteral("CS-1")).lastModified, t2);
    QCOMPARE(cursor.value(QStringLiteral("CS-1")).communications, 2);
    QCOMPARE(cursor.value(QStringLiteral("CS-2")).status, QStringLiteral("InProgress"));
    QCOMPARE(cursor.value(QStringLiteral("CS-2")).lastModified, t1);
    QCOMPARE(cursor.value(QStringLiteral("CS-2")).communications, 3);
    QVERIFY(cursor.value(QStringLiteral("CS-2")).priority.isEmpty());
    QCOMPARE(again.caseCount(), 0);
}

void TestLocalStore::onlyItsOwnerCanReadIt()
{
    // Another account on the machine reads neither the cases nor the drafts.
    const QString path = m_dir->filePath(QStringLiteral("profiles/p/cases.db"));
    {
        SqliteStore store(path);
        QVERIFY(store.open().ok);
        QVERIFY(store.applyCases(
            {makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"))}));
        constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const char *suffix : {"", "-wal"}) {
            const QString file = path + QLatin1String(suffix);
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QVERIFY2(!(QFile::permissions(file) & others), qPrintable(file));
            QVERIFY(QFile::permissions(file) & ownerOnly);
        }
        QVERIFY(!(QFile::permissions(QFileInfo(path).absolutePath()) & others));
    }
    // An existing file left readable by an older version is made private at the next open.
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther);
    SqliteStore again(path);
    QVERIFY(again.open().ok);
    QVERIFY(!(QFile::permissions(path) & QFileDevice::ReadOther));
}

void TestLocalStore::overlappingPollsNeverDuplicateCommunications()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    Case c = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"));
    store.applyCases({c});
    // The next window returns the full history again, plus one message.
    c.lastModifiedDate = *Timestamp::parse(u"2026-11-20T10:00:00Z");
    c.communications.append(message(
        QStringLiteral("Splice done, monitoring."), QStringLiteral("2026-11-20T10:00:00Z")));
    const auto change = store.applyCases({c, c});
    QVERIFY(change);
    QCOMPARE(change->updated.size(), 1);
    QCOMPARE(change->newCommunications.value(QStringLiteral("CS-1")), 1);
    QCOMPARE(store.loadThread(QStringLiteral("CS-1")).size(), 2);
    QCOMPARE(change->updated.first(), store.loadSummary(QStringLiteral("CS-1")).value());
    QCOMPARE(store.loadSummary(QStringLiteral("CS-1"))->communicationCount, 2);
    // And once more, out of order within the batch.
    store.applyCases({c});
    QCOMPARE(store.loadThread(QStringLiteral("CS-1")).size(), 2);
    QCOMPARE(store.loadThread(QStringLiteral("CS-1")).last().message,
        QStringLiteral("Splice done, monitoring."));
}

void TestLocalStore::olderAnswerNeverOverwritesNewer()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    Case newer = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T10:00:00Z"));
    newer.status = QStringLiteral("Resolved");
    store.applyCases({newer});
    const auto change = store.applyCases(
        {makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"))});
    QVERIFY(change && change->isEmpty());
    QCOMPARE(store.loadSummary(QStringLiteral("CS-1"))->status, QStringLiteral("Resolved"));
}

void TestLocalStore::readState()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    // The first sync is the baseline: nothing is new yet.
    Case c = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"));
    const auto first = store.applyCases({c}, true);
    QVERIFY(!first->inserted.first().isUnread());
    QCOMPARE(first->inserted.first().unreadCommunications(), 0);
    // A provider reply makes it unread with one new message.
    c.lastModifiedDate = *Timestamp::parse(u"2026-11-20T10:00:00Z");
    c.communications.append(
        message(QStringLiteral("Any update?"), QStringLiteral("2026-11-20T10:00:00Z")));
    const auto second = store.applyCases({c});
    QVERIFY(second->updated.first().isUnread());
    QCOMPARE(second->updated.first(), store.loadSummary(QStringLiteral("CS-1")).value());
    QCOMPARE(second->updated.first().unreadCommunications(), 1);
    // Read, then unread again by hand.
    const auto read = store.setRead(QStringLiteral("CS-1"), true);
    QVERIFY(read && !read->isUnread() && read->unreadCommunications() == 0);
    const auto unread = store.setRead(QStringLiteral("CS-1"), false);
    QVERIFY(unread && unread->isUnread());
    QCOMPARE(unread->unreadCommunications(), 1);
    QVERIFY(!store.setRead(QStringLiteral("CS-404"), true));
}

void TestLocalStore::ourOwnMessagesAreNeverNew()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    const ProviderWords words;
    Case c = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"));
    QVERIFY(store.applyCases({c}, true));
    // Our reply comes back with a poll: the case stays read.
    c.lastModifiedDate = *Timestamp::parse(u"2026-11-20T10:00:00Z");
    c.communications.append(message(QStringLiteral("Rebooted the CPE."),
        QStringLiteral("2026-11-20T10:00:00Z"), QStringLiteral("CustomerMessage")));
    const auto ours = store.applyCases({c}, false, words);
    QVERIFY(ours && !ours->updated.first().isUnread());
    QCOMPARE(ours->updated.first().unreadCommunications(), 0);
    QCOMPARE(ours->updated.first(), store.loadSummary(QStringLiteral("CS-1")).value());
    // A case we created (only our message in it) is not new to us.
    const Case created = makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-20T10:30:00Z"));
    const auto inserted = store.applyCases({created}, false, words);
    QVERIFY(inserted && !inserted->inserted.first().isUnread());
    // The provider's answer is new; so is our reply together with a status change.
    c.lastModifiedDate = *Timestamp::parse(u"2026-11-20T11:00:00Z");
    c.communications.append(message(QStringLiteral("CPE is back."),
        QStringLiteral("2026-11-20T11:00:00Z"), QStringLiteral("ProviderMessage")));
    const auto theirs = store.applyCases({c}, false, words);
    QVERIFY(theirs && theirs->updated.first().isUnread());
    QCOMPARE(theirs->updated.first().unreadCommunications(), 1);
    QVERIFY(store.setRead(QStringLiteral("CS-1"), true));
    c.lastModifiedDate = *Timestamp::parse(u"2026-11-20T12:00:00Z");
    c.status = QStringLiteral("Resolved");
    c.communications.append(message(QStringLiteral("Thanks."),
        QStringLiteral("2026-11-20T12:00:00Z"), QStringLiteral("CustomerMessage")));
    const auto resolved = store.applyCases({c}, false, words);
    QVERIFY(resolved && resolved->updated.first().isUnread());

    // Our reference (addCustomerReference) comes back with a poll: the case stays read.
    QVERIFY(store.setRead(QStringLiteral("CS-1"), true));
    c.lastModifiedDate = *Timestamp::parse(u"2026-11-20T13:00:00Z");
    c.customerReference = QStringLiteral("NOC-4711");
    const auto referenced = store.applyCases({c}, false, words);
    QVERIFY(referenced && !referenced->updated.isEmpty());
    QCOMPARE(referenced->updated.first().customerReference, QStringLiteral("NOC-4711"));
    QVERIFY(!referenced->updated.first().isUnread());
    QCOMPARE(referenced->updated.first(), store.loadSummary(QStringLiteral("CS-1")).value());
    // A change of time alone is still new (the provider changed something), and so is a
    // reference together with the provider's status change.
    c.lastModifiedDate = *Timestamp::parse(u"2026-11-20T14:00:00Z");
    const auto touched = store.applyCases({c}, false, words);
    QVERIFY(touched && touched->updated.first().isUnread());
    QVERIFY(store.setRead(QStringLiteral("CS-1"), true));
    c.lastModifiedDate = *Timestamp::parse(u"2026-11-20T15:00:00Z");
    c.customerReference = QStringLiteral("NOC-4712");
    c.status = QStringLiteral("Closed");
    const auto closed = store.applyCases({c}, false, words);
    QVERIFY(closed && closed->updated.first().isUnread());
}

void TestLocalStore::search()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    Case a = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"));
    Case b = makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-20T09:00:00Z"));
    b.subject = QStringLiteral("ChangeRequest");
    b.type = QStringLiteral("NonIncident");
    b.customerReference = QStringLiteral("CHG0045121");
    b.serviceName = QStringLiteral("MPLS 100M - Kraków Office");
    b.communications = {message(QStringLiteral("Please raise the BGP prefix limit to 200."),
        QStringLiteral("2026-11-20T08:00:00Z"), QStringLiteral("CustomerMessage"))};
    store.applyCases({a, b});

    const auto ids = [&store](const QString &text) {
        QStringList found;
        for (const auto &hit : store.search(text))
            found << hit.caseId;
        return found;
    };
    QCOMPARE(ids(QStringLiteral("splicing")), QStringList {QStringLiteral("CS-1")});
    QCOMPARE(ids(QStringLiteral("splic")), QStringList {QStringLiteral("CS-1")}); // prefix
    QCOMPARE(ids(QStringLiteral("bgp prefix")), QStringList {QStringLiteral("CS-2")});
    QCOMPARE(ids(QStringLiteral("bgp splicing")), QStringList()); // all words must match
    QCOMPARE(ids(QStringLiteral("CHG0045121")), QStringList {QStringLiteral("CS-2")}); // reference
    QCOMPARE(
        ids(QStringLiteral("krakow")), QStringList {QStringLiteral("CS-2")}); // service, diacritics
    QCOMPARE(ids(QStringLiteral("change request")), QStringList {QStringLiteral("CS-2")}); // label
    QCOMPARE(ids(QStringLiteral("rotterdam")).size(), 2);
    const auto hits = store.search(QStringLiteral("splicing"));
    QVERIFY2(hits.first().snippet.contains(QStringLiteral("\u0002splicing\u0003")),
        qPrintable(hits.first().snippet));
    // New messages are searchable as they arrive.
    a.lastModifiedDate = *Timestamp::parse(u"2026-11-20T11:00:00Z");
    a.communications.append(message(
        QStringLiteral("Traceroute shows loss at hop 7."), QStringLiteral("2026-11-20T11:00:00Z")));
    store.applyCases({a});
    QCOMPARE(ids(QStringLiteral("traceroute")), QStringList {QStringLiteral("CS-1")});
    QCOMPARE(ids(QStringLiteral("tracer")), QStringList {QStringLiteral("CS-1")}); // new word
    QCOMPARE(ids(QStringLiteral("Tracé")), QStringList {QStringLiteral("CS-1")}); // folded
    QCOMPARE(ids(QStringLiteral("cs-2")), QStringList {QStringLiteral("CS-2")}); // two tokens
    QCOMPARE(ids(QStringLiteral("hop 7")), QStringList {QStringLiteral("CS-1")});
}

// A prefix that begins more words than are worth an OR (a letter typed) is still searched,
// as FTS5's prefix query; one that begins a few, as those words.
void TestLocalStore::prefixOfManyWords()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    QStringList words;
    for (int i = 0; i < 200; ++i)
        words << QStringLiteral("zq%1").arg(i, 3, 10, QLatin1Char('0'));
    Case c = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"));
    c.communications = {message(words.join(u' '), QStringLiteral("2026-11-20T08:00:00Z"))};
    QVERIFY(store.applyCases({c}));
    for (const QString &prefix : {QStringLiteral("zq"), QStringLiteral("zq1"),
             QStringLiteral("zq19"), QStringLiteral("zq199")}) {
        const auto hits = store.search(prefix);
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().snippet.contains(u'\u0002' + prefix), qPrintable(prefix));
    }
    QVERIFY(store.search(QStringLiteral("zq2")).isEmpty());
}

// Version 7 keeps the words of the index for prefix search: a store written before knows the
// words it had indexed, and learns new ones as it indexes them.
void TestLocalStore::migratesFromVersion6()
{
    Case c = makeCase(QStringLiteral("CS-6"), QStringLiteral("2026-11-20T10:00:00Z"));
    c.communications = {message(QStringLiteral("Splicing the fibre at the manhole."),
        QStringLiteral("2026-11-20T09:30:00Z"))};
    {
        SqliteStore v6(dbPath());
        QVERIFY(v6.open(6).ok);
        QVERIFY(v6.applyCases({c}));
        QCOMPARE(v6.search(QStringLiteral("manh")).size(), 1);
    }
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    QCOMPARE(store.search(QStringLiteral("manh")).size(), 1);
    QCOMPARE(store.search(QStringLiteral("splic")).size(), 1);
    c.lastModifiedDate = *Timestamp::parse(u"2026-11-20T11:00:00Z");
    c.communications.append(
        message(QStringLiteral("Xylograph attached."), QStringLiteral("2026-11-20T11:00:00Z")));
    QVERIFY(store.applyCases({c}));
    QCOMPARE(store.search(QStringLiteral("xylo")).size(), 1);
}

// A word in every case: the first page is the newest cases (not the best scored: the older
// ones say it more often), the next page goes on below it, without a case twice.
void TestLocalStore::commonWordIsPagedNewestFirst()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    QStringList newestFirst;
    for (int i = 0; i < 12; ++i) {
        const QString when
            = QStringLiteral("2026-11-20T%1:00:00Z").arg(8 + i, 2, 10, QLatin1Char('0'));
        Case c = makeCase(QStringLiteral("CS-%1").arg(100 + i), when);
        c.communications = {message(
            QStringLiteral("traceroute ").repeated(12 - i) + QStringLiteral("shows loss"), when)};
        QVERIFY(store.applyCases({c})); // one poll each, oldest first
        newestFirst.prepend(c.id);
    }
    const auto ids = [](const QList<Store::SearchHit> &hits) {
        QStringList found;
        for (const auto &hit : hits)
            found << hit.caseId;
        return found;
    };
    QCOMPARE(ids(store.search(QStringLiteral("traceroute"), 5)), newestFirst.mid(0, 5));

    const Store::SearchPage first = store.searchPage(QStringLiteral("tracer"), {}, 5);
    QCOMPARE(ids(first.hits), newestFirst.mid(0, 5));
    QVERIFY(first.more);
    const Store::SearchPage second = store.searchPage(QStringLiteral("tracer"), first.next, 5);
    QCOMPARE(ids(second.hits), newestFirst.mid(5, 5));
    QVERIFY(second.more);
    const Store::SearchPage last = store.searchPage(QStringLiteral("tracer"), second.next, 5);
    QCOMPARE(ids(last.hits), newestFirst.mid(10));
    QVERIFY(!last.more);
    QVERIFY(store.searchPage(QStringLiteral("tracer"), last.next, 5).hits.isEmpty());

    // A case with a new matching message comes first; an older message of a case already
    // returned does not bring it back on a later page.
    Case old = makeCase(newestFirst.last(), QStringLiteral("2026-11-21T08:00:00Z"));
    old.communications.append(message(
        QStringLiteral("Second traceroute clean."), QStringLiteral("2026-11-21T08:00:00Z")));
    QVERIFY(store.applyCases({old}));
    const Store::SearchPage again = store.searchPage(QStringLiteral("traceroute"), {}, 11);
    QCOMPARE(ids(again.hits).first(), newestFirst.last());
    QCOMPARE(ids(again.hits).mid(1), newestFirst.mid(0, 10));
    const Store::SearchPage rest = store.searchPage(QStringLiteral("traceroute"), again.next, 11);
    QCOMPARE(ids(rest.hits), newestFirst.mid(10, 1));
}

void TestLocalStore::searchTakesSyntaxLiterally()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    store.applyCases({makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"))});
    for (const QString &odd :
        {QStringLiteral("\"unbalanced"), QStringLiteral("NEAR(a b)"), QStringLiteral("a OR"),
            QStringLiteral("*"), QStringLiteral("col:value"), QStringLiteral("   ")}) {
        store.search(odd); // must not fail the store
        QVERIFY2(store.search(QStringLiteral("fibre")).size() == 1, qPrintable(odd));
    }
}

void TestLocalStore::longSearchIsShortenedAndSaysSo()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    store.applyCases({makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"))});
    // A pasted page: every word would be a pass over the index. Only the first words count,
    // and the answer says the text was shortened.
    QStringList words;
    for (int i = 0; i < Store::MaxSearchWords; ++i)
        words << QStringLiteral("fibre");
    for (int i = 0; i < 1000; ++i)
        words << QStringLiteral("absent%1").arg(i);
    bool shortened = false;
    auto hits = store.search(words.join(u' ').left(Store::MaxSearchLength), 200, &shortened);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().caseId, QStringLiteral("CS-1"));
    QVERIFY(shortened);
    // Past the length, too: one endless word.
    hits = store.search(QStringLiteral("fibre ") + QString(100'000, u'x'), 200, &shortened);
    QVERIFY(shortened);
    QCOMPARE(hits.size(), 0); // "fibre" and the word's first characters
    // Short enough: said so.
    hits = store.search(QStringLiteral("fibre rotterdam"), 200, &shortened);
    QCOMPARE(hits.size(), 1);
    QVERIFY(!shortened);
    QCOMPARE(store.search(words.join(u' ')).size(), 1);
}

void TestLocalStore::draftsAndOutbox()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    QVERIFY(store.saveDraft(QStringLiteral("reply/CS-1"), "Half a sentence"));
    QCOMPARE(store.draft(QStringLiteral("reply/CS-1")).value(), QByteArray("Half a sentence"));
    QCOMPARE(store.draftKeys(), QStringList {QStringLiteral("reply/CS-1")});
    QVERIFY(store.removeDraft(QStringLiteral("reply/CS-1")));
    QVERIFY(!store.draft(QStringLiteral("reply/CS-1")));

    const OutboxItem first = OutboxItem::create(OutboxItem::Kind::ReplyToCase,
        {{QStringLiteral("caseId"), QStringLiteral("CS-1")},
            {QStringLiteral("message"), QStringLiteral("hi")}});
    const OutboxItem second = OutboxItem::create(
        OutboxItem::Kind::CreateCase, {{QStringLiteral("type"), QStringLiteral("Incident")}});
    QVERIFY(store.saveOutboxItem(first));
    QVERIFY(store.saveOutboxItem(second));
    auto items = store.outbox();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.first().key, first.key);
    QCOMPARE(items.first().kind, OutboxItem::Kind::ReplyToCase);
    QCOMPARE(items.first().state, OutboxItem::State::Pending);
    QCOMPARE(
        items.first().payload.value(QLatin1String("message")).toString(), QStringLiteral("hi"));
    OutboxItem item = items.first();
    item.state = OutboxItem::State::Uncertain;
    item.attempts = 2;
    item.lastError = QStringLiteral("timeout");
    item.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(30);
    QVERIFY(store.saveOutboxItem(item)); // an update: same key, same place
    QCOMPARE(store.outbox().size(), 2);
    const auto reloaded = store.outboxItem(item.key);
    QCOMPARE(reloaded->state, OutboxItem::State::Uncertain);
    QCOMPARE(reloaded->attempts, 2);
    QCOMPARE(reloaded->lastError, QStringLiteral("timeout"));
    QCOMPARE(store.outbox().first().key, first.key);
    QVERIFY(store.removeOutboxItem(item.key));
    QVERIFY(!store.removeOutboxItem(item.key));
    QCOMPARE(store.outbox().size(), 1);
}

void TestLocalStore::migratesFromVersion1()
{
    {
        SqliteStore v1(dbPath());
        QVERIFY(v1.open(1).ok);
    }
    // A version-1 database with a case in it, written as version 1 wrote it.
    const QString written = writeAsVersion(dbPath(), 1,
        {QStringLiteral(
            "INSERT INTO cases (id, subject, type, priority, status, last_modified, "
            "last_modified_ticks, communication_count) VALUES ('CS-9', 'ServiceDown', 'Incident', "
            "'P2', 'New', '2026-11-20T09:00:00.0000000+00:00', 17956332000000000, 3)")});
    QVERIFY2(written.isEmpty(), qPrintable(written));
    SqliteStore store(dbPath());
    const auto opened = store.open();
    QVERIFY(opened.ok);
    QVERIFY(!opened.rebuilt);
    const auto summary = store.loadSummary(QStringLiteral("CS-9"));
    QVERIFY(summary);
    QCOMPARE(summary->priority, QStringLiteral("P2"));
    // What was stored before read tracking counts as seen.
    QCOMPARE(summary->seenCommunicationCount, 3);
    QVERIFY(!summary->isUnread());
}

void TestLocalStore::migratesFromVersion3()
{
    {
        SqliteStore v3(dbPath());
        QVERIFY(v3.open(3).ok);
    }
    // A version-3 database with a case in it, its dates only as text, as version 3 wrote them:
    // 7 fractional digits, offsets, a date that is not set.
    const QString written = writeAsVersion(dbPath(), 3,
        {QStringLiteral("INSERT INTO cases (id, subject, type, priority, status, origin, "
                        "customer_reference, created, last_modified, last_modified_ticks, "
                        "start_of_incident, end_of_incident, service_id, service_name, site_id, "
                        "site_name, communication_count, last_communication, seen_count, "
                        "seen_modified) VALUES ('CS-7', 'ServiceDown', 'Incident', 'P1', "
                        "'InProgress', 'Portal', 'INC42', '2026-11-20T08:00:00.1234567+01:00', "
                        "'2026-11-20T09:30:00.0000001-05:30', 17951868000000001, "
                        "'2026-11-20T07:55:00.0000000+01:00', NULL, 'SVC-1', 'Internet', "
                        "'SITE-1', 'Rotterdam DC', 4, '2026-11-20T09:29:59.9999999Z', 3, "
                        "'2026-11-20T09:00:00.0000000+00:00')")});
    QVERIFY2(written.isEmpty(), qPrintable(written));
    SqliteStore store(dbPath());
    const auto opened = store.open();
    QVERIFY(opened.ok);
    QVERIFY(!opened.rebuilt);
    const auto summary = store.loadSummary(QStringLiteral("CS-7"));
    QVERIFY(summary);
    // Every date read from the new columns is the instant and offset the text said.
    const auto same = [](const Timestamp &t, const char16_t *iso) {
        const Timestamp expected = *Timestamp::parse(iso);
        return t == expected && t.offsetSeconds() == expected.offsetSeconds();
    };
    QVERIFY(same(summary->createdDate, u"2026-11-20T08:00:00.1234567+01:00"));
    QVERIFY(same(summary->lastModifiedDate, u"2026-11-20T09:30:00.0000001-05:30"));
    QVERIFY(same(summary->startOfIncident, u"2026-11-20T07:55:00+01:00"));
    QVERIFY(!summary->endOfIncident.isValid());
    QVERIFY(same(summary->lastCommunicationAt, u"2026-11-20T09:29:59.9999999Z"));
    QVERIFY(same(summary->seenModified, u"2026-11-20T09:00:00+00:00"));
    QCOMPARE(summary->lastModifiedDate.toIsoString(),
        QStringLiteral("2026-11-20T09:30:00.0000001-05:30"));
    QCOMPARE(summary->communicationCount, 4);
    QCOMPARE(summary->seenCommunicationCount, 3);
    QCOMPARE(summary->customerReference, QStringLiteral("INC42"));
    QCOMPARE(store.loadSummaries(), QList<CaseSummary> {*summary});
    // Read state after the migration writes the new columns too.
    const auto read = store.setRead(QStringLiteral("CS-7"), true);
    QVERIFY(read);
    QVERIFY(same(read->seenModified, u"2026-11-20T09:30:00.0000001-05:30"));
    QVERIFY(!read->isUnread());
    const auto unread = store.setRead(QStringLiteral("CS-7"), false);
    QVERIFY(unread && !unread->seenModified.isValid() && unread->isUnread());
}

void TestLocalStore::migratesFromVersion4()
{
    Case c = makeCase(QStringLiteral("CS-5"), QStringLiteral("2026-11-20T10:00:00Z"));
    c.customerReference = QStringLiteral("INC42");
    // Stored before the older message: the thread is still read in time order.
    c.communications.prepend(message(
        QStringLiteral("Crew on site, splice under way."), QStringLiteral("2026-11-20T09:30:00Z")));
    {
        SqliteStore v4(dbPath());
        QVERIFY(v4.open(4).ok);
        QVERIFY(v4.applyCases({c}));
    }
    // The case's search row as version 4 wrote it: the status at its end.
    QVariant matches;
    const QString written = writeAsVersion(dbPath(), 4,
        {QStringLiteral("UPDATE search SET body = body || ' InProgress' WHERE rowid < 0"),
            QStringLiteral("SELECT count(*) FROM search WHERE search MATCH 'inprogress'")},
        &matches);
    QVERIFY2(written.isEmpty(), qPrintable(written));
    QCOMPARE(matches.toInt(), 1);
    const auto ids = [](Store &store, const QString &text) {
        QStringList found;
        for (const auto &hit : store.search(text))
            found << hit.caseId;
        return found;
    };
    SqliteStore store(dbPath());
    const auto opened = store.open();
    QVERIFY(opened.ok);
    QVERIFY(!opened.rebuilt);
    QVERIFY(store.checkEverything());
    // The status has left the search row; everything else is still found.
    QCOMPARE(ids(store, QStringLiteral("inprogress")), QStringList());
    QCOMPARE(ids(store, QStringLiteral("INC42")), QStringList {QStringLiteral("CS-5")});
    QCOMPARE(ids(store, QStringLiteral("CS-5 rotterdam")), QStringList {QStringLiteral("CS-5")});
    QCOMPARE(ids(store, QStringLiteral("splice")), QStringList {QStringLiteral("CS-5")});
    // The thread index is gone; the thread still comes in time order.
    const QList<Communication> thread = store.loadThread(QStringLiteral("CS-5"));
    QCOMPARE(thread.size(), 2);
    QVERIFY(thread.at(0).timestamp < thread.at(1).timestamp);
    QCOMPARE(store.loadCase(QStringLiteral("CS-5"))->communications.size(), 2);
    // Without the index by modification the list still comes newest change first, the later
    // stored first among equals.
    QVERIFY(
        store.applyCases({makeCase(QStringLiteral("CS-6"), QStringLiteral("2026-11-20T11:00:00Z")),
            makeCase(QStringLiteral("CS-4"), QStringLiteral("2026-11-20T09:00:00Z")),
            makeCase(QStringLiteral("CS-3"), QStringLiteral("2026-11-20T10:00:00Z"))}));
    QStringList order;
    for (const CaseSummary &s : store.loadSummaries())
        order << s.id;
    QCOMPARE(order,
        QStringList({QStringLiteral("CS-6"), QStringLiteral("CS-3"), QStringLiteral("CS-5"),
            QStringLiteral("CS-4")}));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                      "('communications_by_case', 'cases_by_modification')"))
            && q.next() && q.value(0).toInt() == 0);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next()
            && q.value(0).toInt() == SqliteStore::SchemaVersion);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));
}

void TestLocalStore::statusChangeLeavesTheSearchRowAlone()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    Case c = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"));
    c.customerReference = QStringLiteral("INC42");
    QVERIFY(store.applyCases({c}));
    const auto ids = [&store](const QString &text) {
        QStringList found;
        for (const auto &hit : store.search(text))
            found << hit.caseId;
        return found;
    };
    // Status and dates change: found as before, not by the status.
    c.status = QStringLiteral("Resolved");
    c.lastModifiedDate = *Timestamp::parse(u"2026-11-20T10:00:00Z");
    const auto resolved = store.applyCases({c});
    QVERIFY(resolved && resolved->updated.size() == 1);
    QCOMPARE(resolved->updated.first().status, QStringLiteral("Resolved"));
    QCOMPARE(ids(QStringLiteral("resolved")), QStringList());
    QCOMPARE(ids(QStringLiteral("INC42")), QStringList {QStringLiteral("CS-1")});
    // A new reference replaces the old one in the search row.
    c.customerReference = QStringLiteral("CHG77");
    c.lastModifiedDate = *Timestamp::parse(u"2026-11-20T11:00:00Z");
    QVERIFY(store.applyCases({c}));
    QCOMPARE(ids(QStringLiteral("CHG77")), QStringList {QStringLiteral("CS-1")});
    QCOMPARE(ids(QStringLiteral("INC42")), QStringList());
    QVERIFY(store.checkEverything());
}

void TestLocalStore::openChecksTheListAndLaterEverything()
{
    {
        SqliteStore store(dbPath());
        QVERIFY(store.open().ok);
        QVERIFY(store.applyCases(
            {makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"))}));
        QVERIFY(store.saveDraft(QStringLiteral("reply:CS-1"), "half a reply"));
    }
    // Damage in the threads' index: the quick open does not look there...
    QCOMPARE(damage(dbPath(), {}, QStringLiteral("sqlite_autoindex_communications_1")), QString());
    {
        // Closing (a profile switch) cancels the full check: it reports no damage it did not
        // finish looking for, and marks nothing (the next open is not a rebuild).
        SqliteStore store(dbPath());
        QVERIFY(store.open().ok);
        store.cancelCheck();
        QVERIFY(store.checkEverything());
    }
    {
        SqliteStore store(dbPath());
        const auto opened = store.open();
        QVERIFY(opened.ok);
        QVERIFY(!opened.rebuilt);
        QCOMPARE(store.loadSummaries().size(), 1);
        // ...the full check after it does, and says so.
        QVERIFY(!store.checkEverything());
        QVERIFY(!store.lastError().isEmpty());
    }
    // The next open checks everything and replaces the file, keeping the draft.
    SqliteStore store(dbPath());
    const auto opened = store.open();
    QVERIFY(opened.ok);
    QVERIFY(opened.rebuilt);
    QVERIFY(QFile::exists(opened.movedAsidePath));
    QCOMPARE(store.loadSummaries().size(), 0);
    QCOMPARE(store.draft(QStringLiteral("reply:CS-1")).value_or(QByteArray()),
        QByteArray("half a reply"));
    QVERIFY(store.checkEverything());
}

void TestLocalStore::openWalksTheCasesAndLaterComparesTheirIndexes()
{
    {
        SqliteStore store(dbPath());
        QVERIFY(store.open().ok);
        QList<Case> cases;
        for (const char *id : {"CS-a", "CS-B", "CS-c", "CS-D"})
            cases << makeCase(QString::fromLatin1(id), QStringLiteral("2026-11-20T09:00:00Z"));
        QVERIFY(store.applyCases(cases));
        QVERIFY(store.saveDraft(QStringLiteral("reply:CS-B"), "half a reply"));
    }
    // The index of the case ids no longer matches the rows: the schema now says it is ordered
    // without regard to case, its entries are ordered by their bytes. Every page is sound and
    // the counts agree, so the walk at open passes...
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = ON")));
        QVERIFY2(q.exec(QStringLiteral(
                     "UPDATE sqlite_master SET sql = replace(sql, 'id TEXT NOT NULL UNIQUE', "
                     "'id TEXT NOT NULL UNIQUE COLLATE NOCASE') WHERE name = 'cases'")),
            qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    {
        SqliteStore store(dbPath());
        const auto opened = store.open();
        QVERIFY(opened.ok);
        QVERIFY(!opened.rebuilt);
        QCOMPARE(store.loadSummaries().size(), 4);
        // ...and the full check after it compares the index with the rows, and says so.
        QVERIFY(!store.checkEverything());
        QVERIFY(!store.lastError().isEmpty());
    }
    // The next open checks everything and replaces the file, keeping the draft.
    SqliteStore store(dbPath());
    const auto opened = store.open();
    QVERIFY(opened.ok);
    QVERIFY(opened.rebuilt);
    QCOMPARE(store.draft(QStringLiteral("reply:CS-B")).value_or(QByteArray()),
        QByteArray("half a reply"));
    QVERIFY(store.checkEverything());
}

void TestLocalStore::openWalksEveryIndexOfTheCases()
{
    // Each index of the cases pointed at another table's b-tree is found at open, not only the
    // one SQLite would pick to count the rows (a version-4 file has two).
    for (const QString &index :
        {QStringLiteral("sqlite_autoindex_cases_1"), QStringLiteral("cases_by_modification")}) {
        const int version = index == QLatin1String("cases_by_modification") ? 4 : 5;
        const QString path = m_dir->filePath(index + QStringLiteral(".db"));
        {
            SqliteStore store(path);
            QVERIFY(store.open(version).ok);
            QVERIFY(store.applyCases(
                {makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"))}));
            QVERIFY(store.saveDraft(QStringLiteral("reply:CS-1"), "half a reply"));
        }
        QCOMPARE(damage(path, {}, index), QString());
        SqliteStore store(path);
        const auto opened = store.open();
        QVERIFY2(opened.ok && opened.rebuilt, qPrintable(index));
        QCOMPARE(store.draft(QStringLiteral("reply:CS-1")).value_or(QByteArray()),
            QByteArray("half a reply"));
    }
}

void TestLocalStore::garbageFileIsMovedAsideAndRebuilt()
{
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    SqliteStore store(dbPath());
    const auto opened = store.open();
    QVERIFY(opened.ok);
    QVERIFY(opened.rebuilt);
    QVERIFY(QFile::exists(opened.movedAsidePath));
    QVERIFY2(opened.message.contains(QLatin1String("could not be recovered")),
        qPrintable(opened.message));
    QVERIFY(opened.message.contains(opened.movedAsidePath));
    QVERIFY(store.applyCases(
        {makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"))}));
    QCOMPARE(store.loadSummaries().size(), 1);
}

void TestLocalStore::damagedFileKeepsDraftsAndOutbox()
{
    {
        SqliteStore store(dbPath());
        QVERIFY(store.open().ok);
        store.applyCases(
            {makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"))});
        store.saveDraft(QStringLiteral("reply/CS-1"), "Still typing");
        store.saveOutboxItem(OutboxItem::create(
            OutboxItem::Kind::ReplyToCase, {{QStringLiteral("caseId"), QStringLiteral("CS-1")}}));
        // Confirmed a moment ago: kept for lookups, and not an unsent change.
        OutboxItem confirmed = OutboxItem::create(
            OutboxItem::Kind::ReplyToCase, {{QStringLiteral("caseId"), QStringLiteral("CS-1")}});
        confirmed.state = OutboxItem::State::Done;
        store.saveOutboxItem(confirmed);
    }
    const QString broken = damage(dbPath());
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    SqliteStore store(dbPath());
    const auto opened = store.open();
    QVERIFY(opened.ok);
    QVERIFY(opened.rebuilt);
    QVERIFY2(opened.message.contains(QLatin1String("were recovered")), qPrintable(opened.message));
    QVERIFY2(
        opened.message.contains(QLatin1String("unsent changes (1)")), qPrintable(opened.message));
    QCOMPARE(store.draft(QStringLiteral("reply/CS-1")).value_or(QByteArray()),
        QByteArray("Still typing"));
    QCOMPARE(store.outbox().size(), 2);
    QCOMPARE(store.loadSummaries().size(), 0); // cases come back with the next full sync
}

void TestLocalStore::newerSchemaIsRefusedWithoutLoss()
{
    {
        SqliteStore store(dbPath());
        QVERIFY(store.open().ok);
        store.saveDraft(QStringLiteral("k"), "v");
    }
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    SqliteStore store(dbPath());
    const auto opened = store.open();
    QVERIFY(!opened.ok);
    QVERIFY(opened.message.contains(QLatin1String("newer version")));
    QVERIFY(QFile::exists(dbPath())); // untouched
}

void TestLocalStore::damagedVersion2FileKeepsItsOutbox()
{
    // A version-2 file (outbox items without keys) that is damaged: its unsent changes still
    // come back, keyed as the migration would key them.
    {
        SqliteStore v2(dbPath());
        QVERIFY(v2.open(2).ok);
    }
    const QString broken = damage(dbPath(),
        QStringLiteral("INSERT INTO outbox (kind, payload, state, created) VALUES ('replyToCase', "
                       "'{\"caseId\":\"CS-1\"}', 'pending', '2026-11-20T09:00:00Z')"));
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    SqliteStore store(dbPath());
    const auto opened = store.open();
    QVERIFY(opened.ok && opened.rebuilt);
    QVERIFY2(opened.message.contains(QLatin1String("were recovered")), qPrintable(opened.message));
    const QList<OutboxItem> items = store.outbox();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().key, QStringLiteral("legacy-1"));
    QCOMPARE(
        items.first().payload.value(QLatin1String("caseId")).toString(), QStringLiteral("CS-1"));
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
