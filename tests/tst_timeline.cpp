// The incident timeline (issue 14, item 2): the console records each status change it sees
// between two polls of the real sandbox, in the store and in the session, and shows the open
// case's timeline. Against the sandbox server on loopback, on the offscreen platform.

#include "SandboxServer.h"
#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "models/CaseListModel.h"
#include "session/CaseSession.h"
#include "store/StoreThread.h"

#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// The console's objects as app/Console.cpp wires them, without a window.
struct Session
{
    Session(const SandboxServer &server, const QString &databasePath)
        : store(databasePath)
        , poller(connection.api())
        , outbox(connection.api(), &store)
        , session(&store, &poller, &outbox, connection.api())
    {
        Profile profile;
        profile.endpoint = server.graphqlUrl();
        profile.tokenUrl = server.tokenUrl();
        profile.clientId = QStringLiteral("demo-client");
        connection.configure(profile);
        connection.setClientSecret(SandboxServer::demoSecret());
        connection.setTimeout(15'000);
        poller.setInterval(3600);
    }

    bool storeIdle()
    {
        auto done = std::make_shared<QSemaphore>();
        store.run([done](Store &) { done->release(); });
        if (!done->tryAcquire(1, 15'000))
            return false;
        QCoreApplication::processEvents();
        return true;
    }

    ProviderConnection connection;
    StoreThread store;
    CasePoller poller;
    Outbox outbox;
    CaseSession session;
};

// An open incident of the session's list (the sandbox's seed has several).
QString openIncident(const CaseSession &session)
{
    for (int row = 0; row < session.cases()->rowCount(); ++row) {
        const CaseSummary *c = session.cases()->caseAt(row);
        if (c->isIncident() && c->isOpen(session.words()))
            return c->id;
    }
    return {};
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aStatusChangeBetweenTwoPollsIsRecordedAndKept();

private:
    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_data;
};

void TestTimeline::initTestCase()
{
    QVERIFY(m_data.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<SandboxServer>(QStringList {QStringLiteral("--control")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestTimeline::aStatusChangeBetweenTwoPollsIsRecordedAndKept()
{
    const QString path = m_data.filePath(QStringLiteral("a.db"));
    QString id;
    QString before;
    {
        Session s(*m_server, path);
        QSignalSpy succeeded(&s.poller, &CasePoller::pollSucceeded);
        s.session.start();
        QVERIFY(succeeded.wait(15'000));
        QTRY_VERIFY(s.session.cases()->rowCount() > 0);
        QTRY_VERIFY(!s.session.isIndexing());
        id = openIncident(s.session);
        QVERIFY(!id.isEmpty());
        before = s.session.cases()->caseById(id)->status;
        // The first sight of every case records nothing.
        QVERIFY(s.session.observedChanges(id).isEmpty());

        // The provider resolves it; the next poll sees it.
        const QJsonObject answer
            = m_server->control("POST", QStringLiteral("/cases/%1/status").arg(id),
                {{QStringLiteral("status"), QStringLiteral("Resolved")}});
        QVERIFY2(
            !answer.contains(QLatin1String("error")), qPrintable(answer.value(QLatin1String("error")).toString()));
        QCOMPARE(answer.value(QLatin1String("previousStatus")).toString(), before);
        const QString after = answer.value(QLatin1String("status")).toString();
        QSignalSpy changed(s.session.observedHistory(), &ObservedHistory::changed);
        const QDateTime polled = QDateTime::currentDateTimeUtc().addSecs(-1);
        s.session.pollNow();
        QVERIFY(changed.wait(15'000));
        QCOMPARE(changed.first().first().toString(), id);
        const QList<ObservedChange> seen = s.session.observedChanges(id);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().field, ObservedChange::Field::Status);
        QCOMPARE(seen.first().from, before);
        QCOMPARE(seen.first().to, after);
        QVERIFY(seen.first().at.toDateTime() >= polled);
        // The clocks read it as a status change.
        const QList<StatusChange> clocks = s.session.observedStatusChanges(id);
        QCOMPARE(clocks.size(), 1);
        QCOMPARE(clocks.first().status, after);
        QCOMPARE(clocks.first().at, seen.first().at);
        QVERIFY(s.storeIdle());
    }
    // The next run knows it from the store.
    Session again(*m_server, path);
    QSignalSpy loaded(&again.session, &CaseSession::loaded);
    again.session.start(false);
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(again.session.observedChanges(id).size(), 1);
    QCOMPARE(again.session.observedChanges(id).first().from, before);
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
