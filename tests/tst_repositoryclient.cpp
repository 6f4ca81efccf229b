// The Case Repository client against the real sandbox: the whole create/get/update/search/
// history/delete cycle, paging, AND of filters, and every kind of refusal in words.

#include "HostileServer.h"
#include "SandboxServer.h"
#include "TestSupport.h"
#include "api/RepositoryClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

namespace {

RepositoryEntry newEntry(const QString &businessKey)
{
    RepositoryEntry e;
    e.caseType = QStringLiteral("NetworkIncident");
    e.clientId = QStringLiteral("5252344078");
    e.clientType = QStringLiteral("NIP");
    e.status = QStringLiteral("OPEN");
    e.statusDescription = QStringLiteral("Link down at the Warsaw depot");
    e.businessKey = businessKey;
    e.source = QStringLiteral("case-console");
    return e;
}

QString uniqueKey()
{
    return QStringLiteral("CS-T%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
}

} // namespace

class TestRepositoryClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createGetUpdateSearchHistoryDelete();
    void createFollowsThePublishedContract();
    void createSaysWhatIsRequired();
    void pagesThroughResults();
    void filtersCombineWithAnd();
    void refusalsAreTypedAndInWords();
    void refusesPlainHttpToARemoteHost();
    void serverFailuresAreRetryable();
    void caseIdsReachTheServerExactly_data();
    void caseIdsReachTheServerExactly();
    void redirectIsNotFollowedAndNamed();
    void answersAreBounded_data();
    void answersAreBounded();
    void rateLimitRetryAfterIsParsedAndCapped();

private:
    RepositoryClient *client(const QString &user = QStringLiteral("demo-publisher"),
        const QString &password = QStringLiteral("demo-password"));

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<RepositoryClient>> m_clients;
};

void TestRepositoryClient::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->caseRepositoryUrl().isValid());
}

RepositoryClient *TestRepositoryClient::client(const QString &user, const QString &password)
{
    m_clients.push_back(m_server->repositoryClient(&m_network, user, password));
    return m_clients.back().get();
}

void TestRepositoryClient::createGetUpdateSearchHistoryDelete()
{
    RepositoryClient *repo = client();
    const QString key = uniqueKey();

    auto *created = waitFor(repo->create(newEntry(key)));
    QVERIFY2(!created->error().isError(), qPrintable(created->error().userMessage()));
    const RepositoryEntry entry = created->entry();
    QVERIFY(!QUuid::fromString(entry.caseId).isNull());
    QVERIFY(entry.creationDate.isValid());
    QCOMPARE(entry.creationDate.timeSpec(), Qt::UTC);
    QCOMPARE(entry.status, QStringLiteral("OPEN"));
    QCOMPARE(entry.businessKey, key);

    auto *got = waitFor(repo->get(entry.caseId));
    QVERIFY(!got->error().isError());
    QCOMPARE(got->entry(), entry);

    // Only what changed is sent; a cleared description goes as null.
    RepositoryEntry edited = entry;
    edited.status = QStringLiteral("IN_PROGRESS");
    edited.statusDescription.clear();
    const QJsonObject changes = entry.changesTo(edited);
    QCOMPARE(changes.keys(),
        (QStringList {QStringLiteral("status"), QStringLiteral("statusDescription")}));
    QVERIFY(changes.value(QLatin1String("statusDescription")).isNull());
    auto *updated = waitFor(repo->update(entry.caseId, changes));
    QVERIFY2(!updated->error().isError(), qPrintable(updated->error().userMessage()));
    QCOMPARE(updated->entry().status, QStringLiteral("IN_PROGRESS"));
    QVERIFY(updated->entry().statusDescription.isEmpty());
    QCOMPARE(updated->entry().caseType, entry.caseType);

    RepositoryQuery byKey;
    byKey.businessKey = key;
    byKey.source = QStringLiteral("case-console");
    auto *found = waitFor(repo->search(byKey));
    QVERIFY(!found->error().isError());
    QCOMPARE(found->page().totalElements, 1);
    QCOMPARE(found->page().content.first().caseId, entry.caseId);

    auto *history = waitFor(repo->history(entry.caseId));
    QVERIFY(!history->error().isError());
    QCOMPARE(history->changes().size(), 2);
    QCOMPARE(history->changes().at(0).action, QStringLiteral("CREATED"));
    const RepositoryEntryChange &update = history->changes().at(1);
    QCOMPARE(update.action, QStringLiteral("UPDATED"));
    QCOMPARE(update.user, QStringLiteral("demo-publisher"));
    bool sawStatus = false;
    for (const auto &field : update.changes) {
        if (field.name == QLatin1String("status")) {
            sawStatus = true;
            QCOMPARE(field.from, QStringLiteral("OPEN"));
            QCOMPARE(field.to, QStringLiteral("IN_PROGRESS"));
        }
    }
    QVERIFY(sawStatus);

    // Deleted means gone everywhere.
    auto *removed = waitFor(repo->remove(entry.caseId));
    QVERIFY2(!removed->error().isError(), qPrintable(removed->error().userMessage()));
    auto *gone = waitFor(repo->get(entry.caseId));
    QCOMPARE(gone->error().httpStatus(), 404);
    QCOMPARE(gone->error().code(), QStringLiteral("CASE_NOT_FOUND"));
    QVERIFY(gone->error().userMessage().contains(QLatin1String("no such case status")));
    QCOMPARE(waitFor(repo->search(byKey))->page().totalElements, 0);
    QCOMPARE(waitFor(repo->history(entry.caseId))->error().httpStatus(), 404);
}

void TestRepositoryClient::createFollowsThePublishedContract()
{
    // What goes on the wire: businessKey always (null when there is none), clientId only when
    // there is one, as Eximee's published OpenAPI for POST /v1 has it.
    HostileServer recorder;
    QVERIFY(recorder.listen());
    recorder.setHandler(HostileServer::respond(200, {{"Content-Type", "application/json"}},
        R"({"caseId":"3b2f0c1e-8a4d-4c1e-9a57-2f1e0c9d8b7a","status":"OPEN"})"));
    RepositoryClient recorded(&m_network);
    QVERIFY(recorded
                .configure(recorder.url(QStringLiteral("/api/case-repository")),
                    QStringLiteral("demo-publisher"))
                .isEmpty());
    RepositoryEntry bare = newEntry(QString());
    bare.clientId.clear();
    bare.statusDescription.clear();
    bare.source.clear();
    QVERIFY(!waitFor(recorded.create(bare))->error().isError());
    RepositoryEntry full = newEntry(QStringLiteral("CS-4100056"));
    QVERIFY(!waitFor(recorded.create(full))->error().isError());
    QCOMPARE(recorder.requests().size(), 2);
    const QJsonObject sentBare = QJsonDocument::fromJson(recorder.requests().at(0).body).object();
    QCOMPARE(sentBare.keys(),
        (QStringList {QStringLiteral("businessKey"), QStringLiteral("caseType"),
            QStringLiteral("clientType"), QStringLiteral("status")}));
    QVERIFY(sentBare.value(QLatin1String("businessKey")).isNull());
    const QJsonObject sentFull = QJsonDocument::fromJson(recorder.requests().at(1).body).object();
    QCOMPARE(sentFull.value(QLatin1String("businessKey")).toString(), full.businessKey);
    QCOMPARE(sentFull.value(QLatin1String("clientId")).toString(), full.clientId);

    // The sandbox keeps to the same contract: such an entry is accepted, without a client id
    // and without a business key.
    RepositoryClient *repo = client();
    auto *created = waitFor(repo->create(bare));
    QVERIFY2(!created->error().isError(), qPrintable(created->error().userMessage()));
    const RepositoryEntry entry = created->entry();
    QVERIFY(entry.clientId.isEmpty());
    QVERIFY(entry.businessKey.isEmpty());
    QCOMPARE(entry.toJson().value(QLatin1String("clientId")), QJsonValue(QJsonValue::Null));
    QCOMPARE(waitFor(repo->get(entry.caseId))->entry(), entry);

    // A client id given later can be removed again: sent as null.
    RepositoryEntry withClient = entry;
    withClient.clientId = QStringLiteral("5252344078");
    auto *given = waitFor(repo->update(entry.caseId, entry.changesTo(withClient)));
    QVERIFY2(!given->error().isError(), qPrintable(given->error().userMessage()));
    QCOMPARE(given->entry().clientId, withClient.clientId);
    const QJsonObject clearing = given->entry().changesTo(entry);
    QCOMPARE(clearing.keys(), QStringList {QStringLiteral("clientId")});
    QVERIFY(clearing.value(QLatin1String("clientId")).isNull());
    auto *cleared = waitFor(repo->update(entry.caseId, clearing));
    QVERIFY2(!cleared->error().isError(), qPrintable(cleared->error().userMessage()));
    QVERIFY(cleared->entry().clientId.isEmpty());
    QVERIFY(!waitFor(repo->remove(entry.caseId))->error().isError());
}

void TestRepositoryClient::createSaysWhatIsRequired()
{
    // Refused before anything is sent, in words that say what is required and what is not.
    HostileServer recorder;
    QVERIFY(recorder.listen());
    recorder.setHandler(HostileServer::respond(500, {}));
    RepositoryClient repo(&m_network);
    QVERIFY(repo.configure(recorder.url(QStringLiteral("/api/case-repository")),
                    QStringLiteral("demo-publisher"))
                .isEmpty());
    RepositoryEntry noClientType = newEntry(uniqueKey());
    noClientType.clientType = QStringLiteral("  ");
    auto *reply = waitFor(repo.create(noClientType));
    QCOMPARE(reply->error().kind(), ApiError::Kind::InvalidRequest);
    const QString words = reply->error().userMessage();
    QVERIFY2(words.contains(QLatin1String("needs a case type, a client type and a status"))
            && words.contains(QLatin1String("the client type is missing"))
            && words.contains(QLatin1String("business key and the client id may be left empty")),
        qPrintable(words));
    RepositoryEntry nothing;
    const QString all = waitFor(repo.create(nothing))->error().userMessage();
    QVERIFY2(all.contains(QLatin1String("the case type, the client type and the status are")),
        qPrintable(all));
    QVERIFY(recorder.requests().isEmpty());
}

void TestRepositoryClient::pagesThroughResults()
{
    RepositoryClient *repo = client();
    RepositoryQuery query;
    query.size = 7;
    auto *first = waitFor(repo->search(query));
    QVERIFY(!first->error().isError());
    const int total = first->page().totalElements;
    QVERIFY(total > 50);
    QCOMPARE(first->page().totalPages, (total + 6) / 7);
    QCOMPARE(first->page().content.size(), 7);

    // Every entry once, newest change first, across all pages.
    QSet<QString> seen;
    QDateTime previous;
    for (int page = 0; page < first->page().totalPages; ++page) {
        query.page = page;
        auto *reply = waitFor(repo->search(query));
        QVERIFY(!reply->error().isError());
        QCOMPARE(reply->page().number, page);
        const int expected = page + 1 < first->page().totalPages ? 7 : total - 7 * page;
        QCOMPARE(reply->page().content.size(), expected);
        for (const RepositoryEntry &e : reply->page().content) {
            QVERIFY(!seen.contains(e.caseId));
            seen.insert(e.caseId);
            if (previous.isValid())
                QVERIFY(e.updateDate <= previous);
            previous = e.updateDate;
        }
    }
    QCOMPARE(seen.size(), total);

    // Past the end: empty, with the true totals.
    query.page = first->page().totalPages;
    auto *past = waitFor(repo->search(query));
    QVERIFY(past->page().content.isEmpty());
    QCOMPARE(past->page().totalElements, total);

    // The size limits.
    query.page = 0;
    query.size = RepositoryQuery::MaximumSize;
    QVERIFY(!waitFor(repo->search(query))->error().isError());
    query.size = RepositoryQuery::MaximumSize + 1;
    auto *tooBig = waitFor(repo->search(query));
    QCOMPARE(tooBig->error().kind(), ApiError::Kind::Validation);
    QVERIFY(tooBig->error().userMessage().contains(QLatin1String("size")));
}

void TestRepositoryClient::filtersCombineWithAnd()
{
    RepositoryClient *repo = client();
    RepositoryQuery open;
    open.status = QStringLiteral("OPEN");
    open.size = 200;
    RepositoryQuery nip = open;
    nip.status.clear();
    nip.clientType = QStringLiteral("NIP");
    RepositoryQuery both = open;
    both.clientType = QStringLiteral("NIP");
    const int openCount = waitFor(repo->search(open))->page().totalElements;
    const int nipCount = waitFor(repo->search(nip))->page().totalElements;
    auto *reply = waitFor(repo->search(both));
    QVERIFY(!reply->error().isError());
    const int bothCount = reply->page().totalElements;
    QVERIFY(bothCount > 0);
    QVERIFY(bothCount < openCount);
    QVERIFY(bothCount < nipCount);
    for (const RepositoryEntry &e : reply->page().content) {
        QCOMPARE(e.status, QStringLiteral("OPEN"));
        QCOMPARE(e.clientType, QStringLiteral("NIP"));
    }
}

void TestRepositoryClient::refusalsAreTypedAndInWords()
{
    // A wrong password.
    auto *denied = waitFor(client(QStringLiteral("demo-publisher"), QStringLiteral("nope"))
                               ->search(RepositoryQuery()));
    QCOMPARE(denied->error().kind(), ApiError::Kind::Authentication);
    QVERIFY(denied->error().userMessage().contains(QLatin1String("user name or password")));

    // A read-only user writing.
    auto *viewer = waitFor(client(QStringLiteral("demo-viewer"), QStringLiteral("viewer-password"))
                               ->create(newEntry(uniqueKey())));
    QCOMPARE(viewer->error().kind(), ApiError::Kind::Authorization);

    // The same business key twice: refused, with the entry that has it.
    RepositoryClient *repo = client();
    const QString key = uniqueKey();
    auto *first = waitFor(repo->create(newEntry(key)));
    QVERIFY(!first->error().isError());
    auto *second = waitFor(repo->create(newEntry(key)));
    QCOMPARE(second->error().httpStatus(), 409);
    QCOMPARE(second->conflictingCaseId(), first->entry().caseId);
    QVERIFY(second->error().userMessage().contains(QLatin1String("business key")));

    // A value the repository refuses, named.
    RepositoryEntry tooLong = newEntry(uniqueKey());
    tooLong.status = QString(65, u'X');
    auto *invalid = waitFor(repo->create(tooLong));
    QCOMPARE(invalid->error().kind(), ApiError::Kind::Validation);
    QVERIFY2(invalid->error().userMessage().contains(QStringLiteral("“status”")),
        qPrintable(invalid->error().userMessage()));
    QVERIFY(!invalid->error().isRetryable());

    // Nothing changed: the entry as it was, no error.
    auto *nothing
        = waitFor(repo->update(first->entry().caseId, first->entry().changesTo(first->entry())));
    QCOMPARE(nothing->error().kind(), ApiError::Kind::Validation); // an empty PATCH is refused
}

void TestRepositoryClient::refusesPlainHttpToARemoteHost()
{
    RepositoryClient repo(&m_network);
    QVERIFY(
        !repo.configure(QUrl(QStringLiteral("http://repository.example.com/api/case-repository")),
                 QStringLiteral("demo-publisher"))
             .isEmpty());
    QVERIFY(!repo.isConfigured());
    auto *reply = waitFor(repo.get(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QCOMPARE(reply->error().kind(), ApiError::Kind::InvalidRequest);
    QVERIFY(
        repo.configure(QUrl(QStringLiteral("https://repository.example.com/api/case-repository/")),
                QStringLiteral("demo-publisher"))
            .isEmpty());
    QCOMPARE(repo.baseUrl().path(), QStringLiteral("/api/case-repository"));
}

void TestRepositoryClient::serverFailuresAreRetryable()
{
    QVERIFY(
        !m_server
             ->control("POST", QStringLiteral("/faults"),
                 {{QStringLiteral("kind"), QStringLiteral("http")}, {QStringLiteral("status"), 503},
                     {QStringLiteral("path"), QStringLiteral("/case-repository")}})
             .contains(QLatin1String("error")));
    auto *failed = waitFor(client()->search(RepositoryQuery()));
    QCOMPARE(failed->error().kind(), ApiError::Kind::Server);
    QVERIFY(failed->error().isRetryable());
    QVERIFY(failed->error().isOutcomeUnknown());
    QVERIFY(!waitFor(client()->search(RepositoryQuery()))->error().isError());
}

void TestRepositoryClient::caseIdsReachTheServerExactly_data()
{
    QTest::addColumn<QString>("caseId");
    QTest::newRow("plus") << QStringLiteral("a+b");
    QTest::newRow("ampersand") << QStringLiteral("a&b=c");
    QTest::newRow("percent") << QStringLiteral("a%2Bb%");
    QTest::newRow("space") << QStringLiteral("a b");
    QTest::newRow("all of them") << QStringLiteral("x+y&z=%20 #?/é");
}

void TestRepositoryClient::caseIdsReachTheServerExactly()
{
    // The sandbox names the caseId it refuses: it must be the one the client was given, not
    // one with `+` read as a space or cut at `&`.
    QFETCH(QString, caseId);
    auto *reply = waitFor(client()->get(caseId));
    QCOMPARE(reply->error().httpStatus(), 400);
    const QString quoted = QString::fromUtf8(
        QJsonDocument(QJsonArray {caseId}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
    QVERIFY2(reply->error().serverMessage().contains(quoted),
        qPrintable(reply->error().serverMessage() + QStringLiteral(" lacks ") + quoted));
}

void TestRepositoryClient::redirectIsNotFollowedAndNamed()
{
    HostileServer repository, elsewhere;
    QVERIFY(repository.listen());
    QVERIFY(elsewhere.listen());
    const QUrl target = elsewhere.url(QStringLiteral("/api/case-repository/v1/search"));
    repository.setHandler(HostileServer::respond(307, {{"Location", target.toEncoded()}}));
    elsewhere.setHandler(HostileServer::respond(200, {{"Content-Type", "application/json"}},
        R"({"content":[],"page":{"size":1,"number":0,"totalElements":0,"totalPages":0}})"));
    RepositoryClient repo(&m_network);
    QVERIFY(repo.configure(repository.url(QStringLiteral("/api/case-repository")),
                    QStringLiteral("demo-publisher"))
                .isEmpty());
    repo.setPassword(QStringLiteral("demo-password"));
    auto *reply = waitFor(repo.search(RepositoryQuery()));
    QCOMPARE(reply->error().httpStatus(), 307);
    const QString message = reply->error().userMessage();
    QVERIFY2(message.contains(target.authority()) && message.contains(target.path()),
        qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("another server")), qPrintable(message));
    QCOMPARE(repository.requests().size(), 1);
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestRepositoryClient::answersAreBounded_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("endless body") << "endless" << ApiError::Kind::MalformedReply
                                  << QStringLiteral("larger than");
    QTest::newRow("Content-Length 2 GB")
        << "declares" << ApiError::Kind::MalformedReply << QStringLiteral("larger than");
    QTest::newRow("trickling body")
        << "trickle" << ApiError::Kind::Timeout << QStringLiteral("not complete within");
}

void TestRepositoryClient::answersAreBounded()
{
    QFETCH(QString, how);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, phrase);
    HostileServer hostile;
    QVERIFY(hostile.listen());
    // 64 MiB at most, so a client without a limit cannot take the test machine down.
    hostile.setHandler(how == u"endless" ? HostileServer::endless(64 * 1024 * 1024)
            : how == u"declares"         ? HostileServer::declares(2'000'000'000)
                                         : HostileServer::trickle(100'000, 150));
    RepositoryClient repo(&m_network);
    QVERIFY(repo.configure(hostile.url(QStringLiteral("/api/case-repository")),
                    QStringLiteral("demo-publisher"))
                .isEmpty());
    repo.setMaxAnswerBytes(1024 * 1024);
    repo.setTimeout(3000); // a trickle restarts it with every byte
    repo.setDeadline(how == u"trickle" ? 1500 : 60'000);
    auto *reply = waitFor(repo.search(RepositoryQuery()));
    QCOMPARE(reply->error().kind(), kind);
    QVERIFY2(
        reply->error().userMessage().contains(phrase), qPrintable(reply->error().userMessage()));
}

void TestRepositoryClient::rateLimitRetryAfterIsParsedAndCapped()
{
    QVERIFY(!m_server
                 ->control("POST", QStringLiteral("/faults"),
                     {{QStringLiteral("kind"), QStringLiteral("rate-limit")},
                         {QStringLiteral("retryAfter"), 3'000'000},
                         {QStringLiteral("path"), QStringLiteral("/case-repository")}})
                 .contains(QLatin1String("error")));
    auto *limited = waitFor(client()->search(RepositoryQuery()));
    QCOMPARE(limited->error().httpStatus(), 429);
    QCOMPARE(limited->error().retryAfterSeconds(), 3600);
}

QTEST_MAIN(TestRepositoryClient)
#include "tst_repositoryclient.moc"
