// The session's poll -> store -> list sync, its news and its publishing decisions, without
// widgets: a real store on a throw-away file, a poller and an outbox that are never started (the
// test hands the sync each "poll" itself), and a repository client that is never asked.

#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "api/RepositoryClient.h"
#include "models/CaseListModel.h"
#include "models/ProviderWords.h"
#include "session/CaseSync.h"
#include "session/NewsDetector.h"
#include "session/RepositoryPublisher.h"
#include "store/StoreThread.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

Communication message(const QString &text, const QString &when, const QString &type)
{
    return {text, type, *Timestamp::parse(when), QStringLiteral("Provider NOC")};
}

Case makeCase(const QString &id, const QString &modified, const char *priority = "P3")
{
    Case c;
    c.id = id;
    c.subject = QStringLiteral("ServiceDown");
    c.type = QStringLiteral("Incident");
    c.priority = QString::fromLatin1(priority);
    c.status = QStringLiteral("InProgress");
    c.createdDate = *Timestamp::parse(u"2026-11-20T08:00:00Z");
    c.lastModifiedDate = *Timestamp::parse(modified);
    c.serviceId = QStringLiteral("SVC-1");
    c.serviceName = QStringLiteral("Internet 500M");
    c.communications = {message(QStringLiteral("Fibre cut."),
        QStringLiteral("2026-11-20T08:00:00Z"), QStringLiteral("CustomerMessage"))};
    return c;
}

StoreThread::Opened openStore(StoreThread &store)
{
    std::optional<StoreThread::Opened> answer;
    QObject context;
    QObject::connect(&store, &StoreThread::opened, &context,
        [&](const StoreThread::Opened &opened) { answer = opened; });
    store.open();
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15'000))
        qWarning("the store did not open within 15 s");
    return answer.value_or(StoreThread::Opened());
}

// A sync over a store on `path`, its list under a model tester.
struct Sync
{
    explicit Sync(const QString &path)
        : store(path)
        , poller(connection.api())
        , sync(&store, &poller, &cases)
        , tester(new QAbstractItemModelTester(
              &cases, QAbstractItemModelTester::FailureReportingMode::QtTest, &cases))
    { }

    ProviderConnection connection;
    StoreThread store;
    CasePoller poller;
    CaseListModel cases;
    CaseSync sync;
    QAbstractItemModelTester *tester;
};

} // namespace

class TestSessionSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aPollGoesToTheStoreThenToTheList();
    void withoutAStoreThePollGoesToMemoryAndTheList();
    void newsIsWhatChangedSinceLastHeard();
    void publishesCreatedAndChangedCasesOnly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSessionSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSessionSync::aPollGoesToTheStoreThenToTheList()
{
    Sync s(m_dir->filePath(QStringLiteral("sync.db")));
    const StoreThread::Opened opened = openStore(s.store);
    QVERIFY(opened.ok);
    s.sync.storeOpened(opened.ok, opened.summaries, opened.lastSync);
    QVERIFY(s.sync.isLoaded());
    QVERIFY(s.sync.isStoreUsable());
    QVERIFY(s.sync.isBaseline(true)); // an empty store: the first full sync is the baseline
    QVERIFY(!s.sync.isBaseline(false));

    QSignalSpy received(&s.sync, &CaseSync::received);
    QSignalSpy applied(&s.sync, &CaseSync::applied);
    const Case first = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"));
    s.sync.apply({first}, true);
    // The poll's cases as they came, at once; the list once the store has saved them.
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<QList<Case>>(), QList<Case>({first}));
    QVERIFY(s.sync.lastReceived(QStringLiteral("CS-1")));
    QVERIFY(!s.sync.isBaseline(true)); // it has data now
    QVERIFY(applied.wait(15'000));
    QCOMPARE(s.cases.rowCount(), 1);
    QCOMPARE(s.sync.lastReceived(QStringLiteral("CS-1")), s.cases.caseById(QStringLiteral("CS-1")));

    // A newer copy not yet saved is what the next poll compares with.
    Case newer = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T10:00:00Z"));
    newer.status = QStringLiteral("Resolved");
    s.sync.apply({newer}, false);
    QCOMPARE(s.sync.lastReceived(QStringLiteral("CS-1"))->status, QStringLiteral("Resolved"));
    QVERIFY(applied.wait(15'000));
    QCOMPARE(s.cases.rowCount(), 1);
    QCOMPARE(s.cases.caseById(QStringLiteral("CS-1"))->status, QStringLiteral("Resolved"));
    QVERIFY(s.sync.inMemory(QStringLiteral("CS-1")).id.isEmpty()); // the store keeps it

    // The next run shows what the store holds.
    Sync again(m_dir->filePath(QStringLiteral("sync.db")));
    const StoreThread::Opened reopened = openStore(again.store);
    again.sync.storeOpened(reopened.ok, reopened.summaries, reopened.lastSync);
    QCOMPARE(again.cases.rowCount(), 1);
    QVERIFY(!again.sync.isBaseline(true));
}

void TestSessionSync::withoutAStoreThePollGoesToMemoryAndTheList()
{
    Sync s(m_dir->filePath(QStringLiteral("unused.db")));
    s.sync.storeOpened(false, {}, {});
    QVERIFY(!s.sync.isStoreUsable());
    QSignalSpy received(&s.sync, &CaseSync::received);
    Case c = makeCase(QStringLiteral("CS-7"), QStringLiteral("2026-11-20T09:00:00Z"));
    c.communications.append(message(QStringLiteral("Crew on site."),
        QStringLiteral("2026-11-20T08:30:00Z"), QStringLiteral("ProviderMessage")));
    s.sync.apply({c}, true);
    QCOMPARE(received.size(), 1);
    QCOMPARE(s.cases.rowCount(), 1);
    // Nothing to mark as unread without a store: what the poll shows counts as seen.
    QCOMPARE(s.cases.caseById(QStringLiteral("CS-7"))->unreadCommunications(), 0);
    QCOMPARE(s.sync.inMemory(QStringLiteral("CS-7")).communications.size(), 2);
}

void TestSessionSync::newsIsWhatChangedSinceLastHeard()
{
    QHash<QString, CaseSummary> known;
    const NewsDetector news([&](const QString &id) -> const CaseSummary * {
        const auto it = known.constFind(id);
        return it == known.cend() ? nullptr : &it.value();
    });
    const ProviderWords words;

    // A new P1 incident is news; a new P3 is not.
    const Case p1 = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"), "P1");
    const Case p3 = makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-20T09:00:00Z"), "P3");
    QList<CaseNews> items = news.newsIn({p1, p3}, {}, words);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().kind, CaseNews::Kind::UrgentIncident);
    QCOMPARE(items.first().caseId, QStringLiteral("CS-1"));
    known.insert(p1.id, CaseSummary::of(p1));
    known.insert(p3.id, CaseSummary::of(p3));

    // The same copies again (overlapping poll windows): nothing.
    QVERIFY(news.newsIn({p1, p3}, {QStringLiteral("CS-2")}, words).isEmpty());

    // A provider message on a watched case, and the urgent one's new status.
    Case p3Later = p3;
    p3Later.lastModifiedDate = *Timestamp::parse(u"2026-11-20T10:00:00Z");
    p3Later.communications.append(message(QStringLiteral("Splicing done, please test."),
        QStringLiteral("2026-11-20T09:59:00Z"), QStringLiteral("ProviderMessage")));
    Case p1Later = p1;
    p1Later.lastModifiedDate = *Timestamp::parse(u"2026-11-20T10:00:00Z");
    p1Later.status = QStringLiteral("Resolved");
    items = news.newsIn({p1Later, p3Later}, {QStringLiteral("CS-2")}, words);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).kind, CaseNews::Kind::UrgentIncident);
    QCOMPARE(items.at(0).caseId, QStringLiteral("CS-1"));
    QCOMPARE(items.at(1).kind, CaseNews::Kind::ProviderMessages);
    QCOMPARE(items.at(1).caseId, QStringLiteral("CS-2"));
    QCOMPARE(items.at(1).text, QStringLiteral("Splicing done, please test."));
    // Not watched: the message is no news.
    QVERIFY(news.newsIn({p3Later}, {}, words).isEmpty());

    // An incident raised from P3 to P1 is news that names the priority it had.
    known.insert(p3.id, CaseSummary::of(p3));
    Case raised = p3;
    raised.lastModifiedDate = *Timestamp::parse(u"2026-11-20T11:00:00Z");
    raised.priority = QStringLiteral("P1");
    items = news.newsIn({raised}, {}, words);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().priority, QStringLiteral("P1"));
    QCOMPARE(items.first().previousPriority, QStringLiteral("P3"));
    QVERIFY(!items.first().newIncident);
}

void TestSessionSync::publishesCreatedAndChangedCasesOnly()
{
    StoreThread store(m_dir->filePath(QStringLiteral("publish.db")));
    ProviderConnection connection; // the outbox is never started: nothing is sent
    Outbox outbox(connection.api(), &store);
    QHash<QString, CaseSummary> known;
    RepositoryPublisher publisher(&outbox, [&](const QString &id) -> const CaseSummary * {
        const auto it = known.constFind(id);
        return it == known.cend() ? nullptr : &it.value();
    });
    QNetworkAccessManager network;
    RepositoryClient repository(&network);
    QVERIFY(repository
                .configure(QUrl(QStringLiteral("http://127.0.0.1:9/api")),
                    QStringLiteral("demo-publisher"))
                .isEmpty());
    const ProviderWords words;
    Case open = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-20T09:00:00Z"));
    Case closed = makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-20T09:00:00Z"));
    closed.status = QStringLiteral("Closed");
    QVERIFY(!closed.isOpen(words));

    // Not publishing: nothing goes out.
    publisher.publishChanges({open, closed}, false, words);
    QVERIFY(!publisher.isPublishing());
    QCOMPARE(outbox.items().size(), 0);
    RepositorySettings settings;
    settings.url = QUrl(QStringLiteral("http://127.0.0.1:9/api"));
    settings.user = QStringLiteral("demo-publisher");
    settings.publish = true;
    settings.clientType = QStringLiteral("NIP");
    settings.clientId = QStringLiteral("5252344078");
    publisher.setPublishing(&repository, settings);
    QVERIFY(publisher.isPublishing());
    QCOMPARE(publisher.repository(), &repository);

    // The first sync publishes the open cases only, and says they are on their way.
    QSignalSpy stateChanged(&publisher, &RepositoryPublisher::publishStateChanged);
    publisher.publishChanges({open, closed}, true, words);
    QCOMPARE(outbox.items().size(), 1);
    QCOMPARE(outbox.items().first().kind, OutboxItem::Kind::PublishToRepository);
    QCOMPARE(outbox.items().first().payload.value(QLatin1String("businessKey")).toString(),
        QStringLiteral("CS-1"));
    QVERIFY(!stateChanged.isEmpty());
    QVERIFY(!publisher.publishState(QStringLiteral("CS-1")).pending.isEmpty());
    QVERIFY(!publisher.publishState(QStringLiteral("CS-1")).published);
    known.insert(open.id, CaseSummary::of(open));
    known.insert(closed.id, CaseSummary::of(closed));

    // Unchanged, or changed without a new status: nothing. A new status: published.
    Case touched = open;
    touched.lastModifiedDate = *Timestamp::parse(u"2026-11-20T10:00:00Z");
    publisher.publishChanges({open, touched}, false, words);
    QCOMPARE(outbox.items().size(), 1);
    touched.status = QStringLiteral("PendingCustomer");
    publisher.publishChanges({touched}, false, words);
    QCOMPARE(outbox.items().size(), 2);
    // A case first seen after the first sync is published whatever its status.
    Case lateClosed = closed;
    lateClosed.id = QStringLiteral("CS-3");
    publisher.publishChanges({lateClosed}, false, words);
    QCOMPARE(outbox.items().size(), 3);
}

QTEST_GUILESS_MAIN(TestSessionSync)
#include "tst_sessionsync.moc"
