// The session's drafts, watch list and outbox facade, without widgets, over a real store on a
// throw-away file: what this run typed or (un)watched before the store answered wins over what
// an earlier run left, and an outbox item taken back returns to its draft.

#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "models/CaseDraft.h"
#include "session/Drafts.h"
#include "session/Outgoing.h"
#include "session/WatchedCases.h"
#include "store/StoreThread.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

namespace {

// The store's answer to open(), as the session gets it; what `meanwhile` does happens after open()
// was asked for and before the answer is handled (as the engineer types while the store opens).
StoreThread::Opened openStore(StoreThread &store, const std::function<void()> &meanwhile = {})
{
    std::optional<StoreThread::Opened> answer;
    QObject context;
    QObject::connect(&store, &StoreThread::opened, &context,
        [&](const StoreThread::Opened &opened) { answer = opened; });
    store.open();
    if (meanwhile)
        meanwhile();
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15'000))
        qWarning("the store did not open within 15 s");
    return answer.value_or(StoreThread::Opened());
}

CaseDraft someDraft(const QString &subject)
{
    CaseDraft draft;
    draft.type = QStringLiteral("NonIncident");
    draft.subject = subject;
    draft.serviceId = QStringLiteral("SVC-1");
    draft.message = QStringLiteral("Please send the utilisation report.");
    return draft;
}

QByteArray bytesOf(const CaseDraft &draft)
{
    return QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSessionDrafts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void draftsOfAnEarlierRunJoinWithoutUndoingThisRun();
    void aConfirmedCaseForgetsTheDraftItWasSentFrom();
    void watchListKeepsWhatThisRunChangedFirst();
    void aReplyTakenBackReturnsToItsDraft();
    void outgoingListsTheItemsOfACase();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("drafts.db")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSessionDrafts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSessionDrafts::draftsOfAnEarlierRunJoinWithoutUndoingThisRun()
{
    {
        StoreThread store(dbPath());
        Drafts drafts(&store);
        drafts.storeOpened(openStore(store).drafts);
        drafts.save(QStringLiteral("reply/CS-1"), "earlier reply");
        drafts.save(QStringLiteral("reply/CS-2"), "removed later");
        drafts.save(QStringLiteral("reply/CS-3"), "kept");
    }
    {
        StoreThread store(dbPath());
        Drafts drafts(&store);
        QSignalSpy ready(&drafts, &Drafts::ready);
        // Typed and removed before the store answered.
        const StoreThread::Opened opened = openStore(store, [&] {
            drafts.save(QStringLiteral("reply/CS-1"), "typed now");
            drafts.remove(QStringLiteral("reply/CS-2"));
        });
        QVERIFY(!drafts.isReady());
        drafts.storeOpened(opened.drafts);
        QCOMPARE(ready.size(), 1);
        QVERIFY(drafts.isReady());
        QCOMPARE(drafts.draft(QStringLiteral("reply/CS-1")), QByteArray("typed now"));
        QVERIFY(drafts.draft(QStringLiteral("reply/CS-2")).isEmpty());
        QCOMPARE(drafts.draft(QStringLiteral("reply/CS-3")), QByteArray("kept"));
    }
    // Saved as typed: the next run has them (the store has written everything when it goes).
    StoreThread again(dbPath());
    const StoreThread::Opened reopened = openStore(again);
    QCOMPARE(reopened.drafts.value(QStringLiteral("reply/CS-1")), QByteArray("typed now"));
    QVERIFY(!reopened.drafts.contains(QStringLiteral("reply/CS-2")));
}

void TestSessionDrafts::aConfirmedCaseForgetsTheDraftItWasSentFrom()
{
    StoreThread store(dbPath());
    Drafts drafts(&store);
    drafts.storeOpened(openStore(store).drafts);
    const CaseDraft sent = someDraft(QStringLiteral("UtilizationReport"));
    drafts.save(Drafts::createDraftKey(), bytesOf(sent));

    // A reply's confirmation, or another case's, leaves the form alone.
    OutboxItem reply = OutboxItem::create(OutboxItem::Kind::ReplyToCase, sent.toJson());
    drafts.forgetDraftOf(reply);
    QVERIFY(!drafts.draft(Drafts::createDraftKey()).isEmpty());
    drafts.forgetDraftOf(OutboxItem::create(
        OutboxItem::Kind::CreateCase, someDraft(QStringLiteral("Other")).toJson()));
    QVERIFY(!drafts.draft(Drafts::createDraftKey()).isEmpty());
    // The case it holds exists now: the draft has done its job.
    drafts.forgetDraftOf(OutboxItem::create(OutboxItem::Kind::CreateCase, sent.toJson()));
    QVERIFY(drafts.draft(Drafts::createDraftKey()).isEmpty());
}

void TestSessionDrafts::watchListKeepsWhatThisRunChangedFirst()
{
    {
        StoreThread store(dbPath());
        WatchedCases watched(&store);
        watched.storeOpened(openStore(store).watched);
        watched.setWatched(QStringLiteral("CS-1"), true);
        watched.setWatched(QStringLiteral("CS-2"), true);
    }
    {
        StoreThread store(dbPath());
        WatchedCases watched(&store);
        QSignalSpy changed(&watched, &WatchedCases::watchChanged);
        const StoreThread::Opened opened = openStore(store, [&] {
            // Before the store answered (a reply sent at once watches its case).
            watched.setWatched(QStringLiteral("CS-3"), true);
            watched.setWatched(QStringLiteral("CS-3"), true); // no change: no signal
        });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toString(), QStringLiteral("CS-3"));
        QCOMPARE(changed.first().at(1).toBool(), true);
        watched.storeOpened(opened.watched);
        QVERIFY(watched.isWatched(QStringLiteral("CS-1")));
        QVERIFY(watched.isWatched(QStringLiteral("CS-2")));
        QVERIFY(watched.isWatched(QStringLiteral("CS-3")));
        QVERIFY(!watched.isWatched({}));
        watched.setWatched(QStringLiteral("CS-1"), false);
        QCOMPARE(changed.size(), 2);
        QVERIFY(!watched.isWatched(QStringLiteral("CS-1")));
    }
    StoreThread again(dbPath());
    QStringList stored = openStore(again).watched;
    stored.sort();
    QCOMPARE(stored, QStringList({QStringLiteral("CS-2"), QStringLiteral("CS-3")}));
}

void TestSessionDrafts::aReplyTakenBackReturnsToItsDraft()
{
    StoreThread store(dbPath());
    Drafts drafts(&store);
    drafts.storeOpened(openStore(store).drafts);
    ProviderConnection connection; // never started: nothing is sent
    Outbox outbox(connection.api(), &store);
    Outgoing outgoing(&outbox, &drafts);
    QSignalSpy changed(&outgoing, &Outgoing::itemChanged);
    QSignalSpy removed(&outgoing, &Outgoing::itemRemoved);

    const QString key = outgoing.submitReply(
        QStringLiteral("CS-1"), QStringLiteral("The link is up again."), QStringLiteral("Ann"));
    QVERIFY(!key.isEmpty());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(outgoing.unsentCount(), 1);
    QVERIFY(outgoing.item(key).has_value());
    drafts.save(Drafts::replyDraftKey(QStringLiteral("CS-1")), "Typed since.");

    QCOMPARE(outgoing.takeBack(key), Outgoing::TakeBack::BackInDraft);
    QCOMPARE(QString::fromUtf8(drafts.draft(Drafts::replyDraftKey(QStringLiteral("CS-1")))),
        QStringLiteral("Typed since.\n\nThe link is up again."));
    QCOMPARE(outgoing.unsentCount(), 0);
    QVERIFY(!outgoing.item(key).has_value());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(outgoing.takeBack(key), Outgoing::TakeBack::Unknown);

    // A customer reference has no draft: taken back, it is only dropped.
    const QString reference
        = outgoing.submitCustomerReference(QStringLiteral("CS-1"), QStringLiteral("REF-9"));
    QCOMPARE(outgoing.takeBack(reference), Outgoing::TakeBack::Discarded);
    QCOMPARE(outgoing.unsentCount(), 0);
}

void TestSessionDrafts::outgoingListsTheItemsOfACase()
{
    StoreThread store(dbPath());
    Drafts drafts(&store);
    drafts.storeOpened(openStore(store).drafts);
    ProviderConnection connection;
    Outbox outbox(connection.api(), &store);
    Outgoing outgoing(&outbox, &drafts);

    const CaseDraft draft = someDraft(QStringLiteral("UtilizationReport"));
    const QString created = outgoing.submitCase(draft);
    const QString reply = outgoing.submitReply(
        QStringLiteral("CS-1"), QStringLiteral("Any news?"), QStringLiteral("Ann"));
    outgoing.submitReply(QStringLiteral("CS-2"), QStringLiteral("Other case."), {});
    const QString reference
        = outgoing.submitCustomerReference(QStringLiteral("CS-1"), QStringLiteral("REF-1"));
    QCOMPARE(outgoing.unsentCount(), 4);
    QCOMPARE(outgoing.items().size(), 4);

    const QList<OutboxItem> ofCase = outgoing.itemsFor(QStringLiteral("CS-1"));
    QCOMPARE(ofCase.size(), 2);
    QCOMPARE(ofCase.at(0).key, reply);
    QCOMPARE(ofCase.at(1).key, reference);
    QCOMPARE(outgoing.pendingCreateKeyFor(draft), created);
    QVERIFY(outgoing.pendingCreateKeyFor(someDraft(QStringLiteral("Other"))).isEmpty());
    QVERIFY(outgoing.discard(created));
    QVERIFY(outgoing.pendingCreateKeyFor(draft).isEmpty());
    QVERIFY(!outgoing.retry(QStringLiteral("no-such-key")));
}

QTEST_GUILESS_MAIN(TestSessionDrafts)
#include "tst_sessiondrafts.moc"
