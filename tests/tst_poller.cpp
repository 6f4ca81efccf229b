// The poller and token lifetime against the real sandbox server.

#include "SandboxServer.h"
#include "api/CaseApi.h"
#include "api/CasePoller.h"
#include "api/ProviderConnection.h"
#include "api/TokenProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

class TestPoller : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void updatePollWithoutChangesReturnsNothing();
    void neverTwoPollsAtOnce();
    void recoversAfterServerFaults_data();
    void recoversAfterServerFaults();
    void honoursRetryAfter();
    void capsAHugeRetryAfter();
    void pausesWhileOfflineAndCatchesUp();
    void renewsTheTokenBeforeItExpires();
    void renewsOnceWhenTheServerSaysExpired();
    void anUnreadableCaseIsLeftOutAndFetchedAgain();

private:
    std::unique_ptr<ProviderConnection> connectTo(const SandboxServer &server);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ProviderConnection> m_connection;
    std::unique_ptr<CasePoller> m_poller;
};

namespace {

// Stands between the client and the sandbox's GraphQL endpoint (one request per connection) and
// writes `badDate` into the createdDate of the case `caseId` in every answer: a provider that
// sends one unreadable date. Records each request's operation and variables.
class DateSpoiler : public QObject
{
public:
    DateSpoiler(const QUrl &target)
        : m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/graphql").arg(m_server.serverPort()));
    }

    QString caseId;
    QString badDate;
    QList<QJsonObject> requests;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        QNetworkRequest request(m_target);
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(headerEnd).split('\n').mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "authorization" || name == "content-type" || name == "accept")
                request.setRawHeader(name, value);
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        requests.append(QJsonDocument::fromJson(body).object());
        QNetworkReply *reply = m_network.post(request, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, socket] {
            reply->deleteLater();
            const QByteArray answer = spoil(reply->readAll());
            socket->write("HTTP/1.1 "
                + QByteArray::number(
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
                + " X\r\nContent-Type: "
                + reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()
                + "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(answer.size())
                + "\r\n\r\n" + answer);
            socket->disconnectFromHost();
        });
    }

    QByteArray spoil(const QByteArray &body) const
    {
        QJsonObject root = QJsonDocument::fromJson(body).object();
        QJsonObject data = root.value(QLatin1String("data")).toObject();
        QJsonObject viewer = data.value(QLatin1String("viewer")).toObject();
        QJsonObject account = viewer.value(QLatin1String("account")).toObject();
        QJsonArray cases = account.value(QLatin1String("cases")).toArray();
        if (caseId.isEmpty() || cases.isEmpty())
            return body;
        for (qsizetype i = 0; i < cases.size(); ++i) {
            QJsonObject c = cases.at(i).toObject();
            if (c.value(QLatin1String("id")).toString() == caseId) {
                c.insert(QStringLiteral("createdDate"), badDate);
                cases.replace(i, c);
            }
        }
        account.insert(QStringLiteral("cases"), cases);
        viewer.insert(QStringLiteral("account"), account);
        data.insert(QStringLiteral("viewer"), viewer);
        root.insert(QStringLiteral("data"), data);
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }

    QUrl m_target;
    QTcpServer m_server;
    QNetworkAccessManager m_network;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// The caseconsole.api warnings logged while it lives.
class ApiWarnings
{
public:
    ApiWarnings()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                if (type == QtWarningMsg && qstrcmp(context.category, "caseconsole.api") == 0)
                    s_lines.append(message);
            });
    }
    ~ApiWarnings() { qInstallMessageHandler(m_previous); }
    QStringList lines() const { return s_lines; }

private:
    static inline QStringList s_lines;
    QtMessageHandler m_previous;
};

QStringList idsOf(const QList<Case> &cases)
{
    QStringList ids;
    for (const Case &c : cases)
        ids.append(c.id);
    return ids;
}

} // namespace

std::unique_ptr<ProviderConnection> TestPoller::connectTo(const SandboxServer &server)
{
    auto connection = std::make_unique<ProviderConnection>();
    if (!connection->configure(server.demoProfile()).isEmpty())
        return nullptr;
    connection->setClientSecret(SandboxServer::demoSecret());
    connection->setTimeout(5000);
    return connection;
}

void TestPoller::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestPoller::init()
{
    QVERIFY(!m_server->control("POST", QStringLiteral("/reset")).contains(QLatin1String("error")));
    m_connection = connectTo(*m_server);
    QVERIFY(m_connection);
    m_poller = std::make_unique<CasePoller>(m_connection->api());
    m_poller->setInterval(3600);
}

void TestPoller::cleanup()
{
    m_poller.reset();
    m_connection.reset();
}

void TestPoller::updatePollWithoutChangesReturnsNothing()
{
    // Move the sandbox a day ahead so no seeded change falls in a short window.
    m_server->control("POST", QStringLiteral("/clock"), {{QStringLiteral("advanceMinutes"), 1440}});
    QSignalSpy received(m_poller.get(), &CasePoller::casesReceived);
    QSignalSpy states(m_poller.get(), &CasePoller::stateChanged);
    m_poller->start();
    QVERIFY(received.wait(15'000));
    QVERIFY(received.at(0).at(0).value<QList<Case>>().size() >= 40);
    QCOMPARE(m_poller->state(), CasePoller::State::Idle);
    QCOMPARE(states.first().at(0).value<CasePoller::State>(), CasePoller::State::Polling);
    m_poller->pollNow();
    QVERIFY(received.wait(15'000));
    QCOMPARE(received.at(1).at(1).toBool(), false);
    QVERIFY(received.at(1).at(0).value<QList<Case>>().isEmpty());
}

void TestPoller::neverTwoPollsAtOnce()
{
    m_server->control("POST", QStringLiteral("/faults"),
        {{QStringLiteral("kind"), QStringLiteral("latency")}, {QStringLiteral("ms"), 1500},
            {QStringLiteral("count"), 1}, {QStringLiteral("path"), QStringLiteral("/graphql")}});
    QSignalSpy started(m_poller.get(), &CasePoller::pollStarted);
    QSignalSpy succeeded(m_poller.get(), &CasePoller::pollSucceeded);
    m_poller->start();
    m_poller->pollNow();
    m_poller->pollNow();
    m_poller->pollNow();
    QCOMPARE(started.count(), 1);
    QVERIFY(m_poller->isPolling());
    QVERIFY(succeeded.wait(15'000));
    // Asked for while the first was on its way (whose answer may predate what the caller
    // wants to see): one more poll, right after, not two, and not one interval later.
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 2, 15'000);
    QCOMPARE(started.count(), 2);
    QTest::qWait(300);
    QCOMPARE(started.count(), 2);
}

void TestPoller::recoversAfterServerFaults_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    const auto fault = [](const char *kind, QJsonObject extra = {}) {
        extra.insert(QStringLiteral("kind"), QLatin1String(kind));
        extra.insert(QStringLiteral("count"), 1);
        extra.insert(QStringLiteral("path"), QStringLiteral("/graphql"));
        return extra;
    };
    QTest::newRow("500") << fault("http", {{QStringLiteral("status"), 500}})
                         << ApiError::Kind::Server;
    QTest::newRow("502") << fault("http", {{QStringLiteral("status"), 502}})
                         << ApiError::Kind::Server;
    QTest::newRow("503") << fault("http", {{QStringLiteral("status"), 503}})
                         << ApiError::Kind::Server;
    QTest::newRow("dropped") << fault("drop") << ApiError::Kind::Network;
    QTest::newRow("truncated") << fault("truncate") << ApiError::Kind::MalformedReply;
}

void TestPoller::recoversAfterServerFaults()
{
    QFETCH(QJsonObject, fault);
    QFETCH(ApiError::Kind, kind);
    QVERIFY(!m_server->control("POST", QStringLiteral("/faults"), fault)
                 .contains(QLatin1String("error")));
    QSignalSpy failed(m_poller.get(), &CasePoller::pollFailed);
    QSignalSpy received(m_poller.get(), &CasePoller::casesReceived);
    // Measured when the failure is told, not when this test gets to run again.
    QDateTime failedAt;
    connect(m_poller.get(), &CasePoller::pollFailed, this,
        [&failedAt] { failedAt = QDateTime::currentDateTime(); });
    m_poller->setInterval(1);
    m_poller->start();
    QVERIFY(failed.wait(15'000));
    QCOMPARE(failed.first().at(0).value<ApiError>().kind(), kind);
    QCOMPARE(m_poller->state(), CasePoller::State::WaitingToRetry);
    // Backoff starts at the interval, with up to 20 % jitter.
    const qint64 wait = failedAt.msecsTo(m_poller->nextPoll());
    QVERIFY2(wait >= 700 && wait <= 1'300, qPrintable(QString::number(wait)));
    QCOMPARE(received.count(), 0);
    // The retry succeeds, and is still the first (full) sync.
    QVERIFY(received.wait(15'000));
    QCOMPARE(received.first().at(1).toBool(), true);
    QCOMPARE(m_poller->state(), CasePoller::State::Idle);
}

void TestPoller::honoursRetryAfter()
{
    m_server->control("POST", QStringLiteral("/faults"),
        {{QStringLiteral("kind"), QStringLiteral("rate-limit")},
            {QStringLiteral("retryAfter"), 120}, {QStringLiteral("count"), 1},
            {QStringLiteral("path"), QStringLiteral("/graphql")}});
    m_poller->setInterval(5);
    QSignalSpy failed(m_poller.get(), &CasePoller::pollFailed);
    m_poller->start();
    QVERIFY(failed.wait(15'000));
    const ApiError error = failed.first().at(0).value<ApiError>();
    QCOMPARE(error.httpStatus(), 429);
    QCOMPARE(error.retryAfterSeconds(), 120);
    const qint64 wait = QDateTime::currentDateTime().secsTo(m_poller->nextPoll());
    QVERIFY2(wait >= 118, qPrintable(QString::number(wait)));
}

void TestPoller::capsAHugeRetryAfter()
{
    // 3,000,000 s overflowed `seconds * 1000` in int into a retry after a few seconds; obeyed,
    // it would be 35 days. It is capped at an hour, and the poller says when it tries again.
    m_server->control("POST", QStringLiteral("/faults"),
        {{QStringLiteral("kind"), QStringLiteral("rate-limit")},
            {QStringLiteral("retryAfter"), 3'000'000}, {QStringLiteral("count"), 1},
            {QStringLiteral("path"), QStringLiteral("/graphql")}});
    m_poller->setInterval(5);
    QSignalSpy failed(m_poller.get(), &CasePoller::pollFailed);
    m_poller->start();
    QVERIFY(failed.wait(15'000));
    const ApiError error = failed.first().at(0).value<ApiError>();
    QCOMPARE(error.httpStatus(), 429);
    QCOMPARE(error.retryAfterSeconds(), 3600);
    const QDateTime next = failed.first().at(1).toDateTime();
    QCOMPARE(next, m_poller->nextPoll());
    const qint64 wait = QDateTime::currentDateTime().secsTo(next);
    QVERIFY2(wait >= 3590 && wait <= 3600, qPrintable(QString::number(wait)));
}

void TestPoller::pausesWhileOfflineAndCatchesUp()
{
    QSignalSpy received(m_poller.get(), &CasePoller::casesReceived);
    m_poller->start();
    QVERIFY(received.wait(15'000));
    m_poller->setNetworkReachable(false);
    QCOMPARE(m_poller->state(), CasePoller::State::Offline);
    QVERIFY(!m_poller->nextPoll().isValid());
    QSignalSpy started(m_poller.get(), &CasePoller::pollStarted);
    m_poller->setNetworkReachable(true);
    QCOMPARE(started.count(), 1); // at once, not at the next interval
    QCOMPARE(started.first().at(0).toBool(), false);
    QVERIFY(received.wait(15'000));
    QCOMPARE(m_poller->state(), CasePoller::State::Idle);
}

void TestPoller::renewsTheTokenBeforeItExpires()
{
    // A server whose tokens live 2 s: the client renews ahead of expiry, never meeting a 401.
    SandboxServer shortLived({QStringLiteral("--token-ttl"), QStringLiteral("2")});
    QVERIFY2(shortLived.start(), qPrintable(shortLived.errorString()));
    auto connection = connectTo(shortLived);
    QSignalSpy renewed(connection->tokens(), &TokenProvider::tokenRenewed);
    // No request may meet a refused token: count the transport's "refused" notes.
    static int refusals = 0;
    refusals = 0;
    QLoggingCategory::setFilterRules(QStringLiteral("caseconsole.api.info=true"));
    const QtMessageHandler previous
        = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) {
              if (message.contains(QLatin1String("was refused its token")))
                  ++refusals;
          });
    const auto restore = qScopeGuard([previous] {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
    });
    for (int i = 0; i < 3; ++i) {
        CasesReply *reply = connection->api()->fetchUpdatedCases(1);
        QSignalSpy finished(reply, &ApiReply::finished);
        QVERIFY(finished.wait(15'000));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().serverMessage()));
        QTest::qWait(1'100);
    }
    QCOMPARE(renewed.count(), 3);
    QCOMPARE(refusals, 0);
}

void TestPoller::renewsOnceWhenTheServerSaysExpired()
{
    // The server's clock runs past the token's lifetime while the client still trusts it.
    QSignalSpy renewed(m_connection->tokens(), &TokenProvider::tokenRenewed);
    QSignalSpy received(m_poller.get(), &CasePoller::casesReceived);
    m_poller->start();
    QVERIFY(received.wait(15'000));
    m_server->control("POST", QStringLiteral("/clock"), {{QStringLiteral("advanceMinutes"), 120}});
    m_poller->pollNow();
    QVERIFY(received.wait(15'000));
    QCOMPARE(renewed.count(), 2);
}

void TestPoller::anUnreadableCaseIsLeftOutAndFetchedAgain()
{
    // Every case, straight from the sandbox, to pick one to spoil.
    CasesReply *all = m_connection->api()->fetchUpdatedCases(0);
    QSignalSpy allFinished(all, &ApiReply::finished);
    QVERIFY(allFinished.wait(15'000));
    const QStringList ids = idsOf(all->cases());
    QVERIFY(ids.size() > 10);
    const QString victim = ids.at(3);

    // The same sandbox through a provider that sends one unreadable date (month 13).
    DateSpoiler spoiler(m_server->graphqlUrl());
    spoiler.caseId = victim;
    spoiler.badDate = QStringLiteral("2026-13-01T10:00:00Z");
    Profile profile = m_server->demoProfile();
    profile.endpoint = spoiler.url();
    ProviderConnection connection;
    QVERIFY(connection.configure(profile).isEmpty());
    connection.setClientSecret(SandboxServer::demoSecret());
    connection.setTimeout(5000);
    CasePoller poller(connection.api());
    poller.setInterval(3600);
    QSignalSpy received(&poller, &CasePoller::casesReceived);
    QSignalSpy failed(&poller, &CasePoller::pollFailed);

    // The poll succeeds with every other case; the spoiled one is logged by id, not its text.
    ApiWarnings warnings;
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(received.count() + failed.count() > 0, 15'000);
    QCOMPARE(failed.count(), 0);
    QStringList expected = ids;
    expected.removeOne(victim);
    QCOMPARE(idsOf(received.takeFirst().at(0).value<QList<Case>>()), expected);
    QCOMPARE(poller.pendingCaseIds(), QStringList {victim});
    QCOMPARE(warnings.lines().size(), 1);
    QVERIFY2(
        warnings.lines().constFirst().contains(victim), qPrintable(warnings.lines().join(u'\n')));
    QVERIFY(warnings.lines().constFirst().contains(QLatin1String("createdDate")));
    QVERIFY(!warnings.lines().constFirst().contains(spoiler.badDate));

    // A lookup (the outbox's, casectl's) must not take "unreadable" for "not there": it fails.
    CasesReply *lookup = connection.api()->fetchUpdatedCases(0);
    QSignalSpy lookupFinished(lookup, &ApiReply::finished);
    QVERIFY(lookupFinished.wait(15'000));
    QCOMPARE(lookup->error().kind(), ApiError::Kind::MalformedReply);
    QVERIFY(lookup->error().serverMessage().contains(spoiler.badDate));

    // Still unreadable at the next poll: fetched by id, left out again, still pending.
    spoiler.requests.clear();
    poller.pollNow();
    QVERIFY(received.wait(15'000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!idsOf(received.takeFirst().at(0).value<QList<Case>>()).contains(victim));
    QCOMPARE(poller.pendingCaseIds(), QStringList {victim});
    const auto fetchedById = [&] {
        return std::any_of(spoiler.requests.cbegin(), spoiler.requests.cend(), [&](const auto &r) {
            return r.value(QLatin1String("operationName")).toString()
                == QLatin1String("RetrieveCase")
                && r.value(QLatin1String("variables")).toObject().value(QLatin1String("id"))
                == victim;
        });
    };
    QVERIFY(fetchedById());

    // Readable again: the next poll fetches it by id and delivers it; nothing is pending.
    spoiler.caseId.clear();
    spoiler.requests.clear();
    poller.pollNow();
    QVERIFY(received.wait(15'000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(idsOf(received.takeFirst().at(0).value<QList<Case>>()).contains(victim));
    QVERIFY(fetchedById());
    QVERIFY(poller.pendingCaseIds().isEmpty());
}

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
