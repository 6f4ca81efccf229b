// casectl's Case Repository commands ("status ..."), the real binary against the real sandbox.

#include "CasectlProcess.h"
#include "SandboxServer.h"
#include "api/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

using Result = CasectlResult;

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

class TestCasectlRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createGetUpdateSearchHistoryDelete();
    void createFollowsThePublishedContract();
    void searchPagesAndAll();
    void searchFiltersCombineWithAnd();
    void deleteWithoutYesIsRefused();
    void errors_data();
    void errors();
    void duplicateBusinessKey();
    void usesTheProfilesRepository();
    void helpDocumentsTheStatusCommands();
    void passwordFromTheKeychain();
    void theCasesClientHasAnOptionOfItsOwn();
    void caseIdsIgnoreCase();

private:
    Result run(const QStringList &arguments, const QProcessEnvironment &extra = {},
        const QByteArray &input = {});
    QStringList repository(const QString &user = QStringLiteral("demo-publisher")) const;
    QString create(const QStringList &extra = {});

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_config;
};

void TestCasectlRepository::initTestCase()
{
    QVERIFY(m_config.isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

QStringList TestCasectlRepository::repository(const QString &user) const
{
    return {QStringLiteral("--repository"), m_server->caseRepositoryUrl().toString(),
        QStringLiteral("--repository-user"), user};
}

Result TestCasectlRepository::run(
    const QStringList &arguments, const QProcessEnvironment &extra, const QByteArray &input)
{
    return runCasectl(m_config.path(), arguments, input, extra);
}

// Creates an entry with a business key of its own and returns its caseId.
QString TestCasectlRepository::create(const QStringList &extra)
{
    const Result created = run(repository()
        << QStringLiteral("status") << QStringLiteral("create") << QStringLiteral("--case-type")
        << QStringLiteral("NetworkIncident") << QStringLiteral("--repository-client")
        << QStringLiteral("5252344078") << QStringLiteral("--client-type") << QStringLiteral("NIP")
        << QStringLiteral("--status") << QStringLiteral("OPEN") << extra);
    if (created.exitCode != 0)
        qWarning() << created.err;
    return QString::fromUtf8(created.out).trimmed();
}

void TestCasectlRepository::createGetUpdateSearchHistoryDelete()
{
    const QString key = QStringLiteral("CTL-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString source = QStringLiteral("casectl-test");

    // create --json: the new entry.
    const Result created = run(repository()
        << QStringLiteral("status") << QStringLiteral("create") << QStringLiteral("--case-type")
        << QStringLiteral("NetworkIncident") << QStringLiteral("--repository-client")
        << QStringLiteral("5252344078") << QStringLiteral("--client-type") << QStringLiteral("NIP")
        << QStringLiteral("--status") << QStringLiteral("OPEN") << QStringLiteral("--business-key")
        << key << QStringLiteral("--source") << source << QStringLiteral("--json"));
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QJsonObject entry = created.object();
    const QString id = text(entry, "caseId");
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(text(entry, "status"), QStringLiteral("OPEN"));
    QCOMPARE(text(entry, "businessKey"), key);
    QCOMPARE(text(entry, "source"), source);
    QVERIFY(entry.value(QLatin1String("statusDescription")).isNull());
    QVERIFY(!text(entry, "creationDate").isEmpty());

    // get: the same entry, as JSON and for people.
    const Result got = run(repository()
        << QStringLiteral("status") << QStringLiteral("get") << id << QStringLiteral("--json"));
    QVERIFY2(got.exitCode == 0, qPrintable(got.err));
    QCOMPARE(got.object(), entry);
    const Result shown
        = run(repository() << QStringLiteral("status") << QStringLiteral("get") << id);
    QCOMPARE(shown.exitCode, 0);
    const QString human = QString::fromUtf8(shown.out);
    QVERIFY2(human.contains(QStringLiteral("Status:       Open (OPEN), open")), qPrintable(human));
    QVERIFY(human.contains(QStringLiteral("Case ID:      ") + id));
    QVERIFY(human.contains(QStringLiteral("Business key: ") + key));

    // update: only what changed is sent; the answer is the entry after the change.
    const Result updated
        = run(repository() << QStringLiteral("status") << QStringLiteral("update") << id
                           << QStringLiteral("--status") << QStringLiteral("IN_PROGRESS")
                           << QStringLiteral("--description") << QStringLiteral("Engineer on site")
                           << QStringLiteral("--source") << source << QStringLiteral("--json"));
    QVERIFY2(updated.exitCode == 0, qPrintable(updated.err));
    QCOMPARE(text(updated.object(), "status"), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(text(updated.object(), "statusDescription"), QStringLiteral("Engineer on site"));
    QCOMPARE(text(updated.object(), "businessKey"), key);

    // The same values again: nothing to change, no history record.
    const Result again = run(repository()
        << QStringLiteral("status") << QStringLiteral("update") << id << QStringLiteral("--status")
        << QStringLiteral("IN_PROGRESS") << QStringLiteral("--json"));
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(QLatin1String("nothing to change")), qPrintable(again.err));
    QCOMPARE(again.object(), updated.object());

    // search by business key and source finds it, and only it.
    const Result found = run(repository()
        << QStringLiteral("status") << QStringLiteral("search") << QStringLiteral("--business-key")
        << key << QStringLiteral("--source") << source << QStringLiteral("--json"));
    QVERIFY2(found.exitCode == 0, qPrintable(found.err));
    const QJsonArray content = found.object().value(QLatin1String("content")).toArray();
    QCOMPARE(content.size(), 1);
    QCOMPARE(content.first().toObject(), updated.object());
    QCOMPARE(found.object()
                 .value(QLatin1String("page"))
                 .toObject()
                 .value(QLatin1String("totalElements"))
                 .toInt(),
        1);

    // clear the description: sent as null.
    const Result cleared
        = run(repository() << QStringLiteral("status") << QStringLiteral("update") << id
                           << QStringLiteral("--clear-description") << QStringLiteral("--json"));
    QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.err));
    QVERIFY(cleared.object().value(QLatin1String("statusDescription")).isNull());

    // history: created, updated, description cleared, oldest first.
    const Result history = run(repository()
        << QStringLiteral("status") << QStringLiteral("history") << id << QStringLiteral("--json"));
    QVERIFY2(history.exitCode == 0, qPrintable(history.err));
    const QJsonArray records = history.object().value(QLatin1String("entries")).toArray();
    QCOMPARE(records.size(), 3);
    QCOMPARE(text(records.at(0).toObject(), "action"), QStringLiteral("CREATED"));
    const QJsonObject second = records.at(1).toObject();
    QCOMPARE(text(second, "action"), QStringLiteral("UPDATED"));
    QCOMPARE(text(second, "user"), QStringLiteral("demo-publisher"));
    const QJsonObject changes = second.value(QLatin1String("changes")).toObject();
    QCOMPARE(changes.keys(),
        (QStringList {QStringLiteral("status"), QStringLiteral("statusDescription")}));
    QCOMPARE(changes.value(QLatin1String("status")).toObject(),
        (QJsonObject {{QStringLiteral("from"), QStringLiteral("OPEN")},
            {QStringLiteral("to"), QStringLiteral("IN_PROGRESS")}}));
    QVERIFY(changes.value(QLatin1String("statusDescription"))
                .toObject()
                .value(QLatin1String("from"))
                .isNull());
    const Result lines
        = run(repository() << QStringLiteral("status") << QStringLiteral("history") << id);
    QCOMPARE(lines.exitCode, 0);
    const QStringList said = QString::fromUtf8(lines.out).trimmed().split(u'\n');
    QCOMPARE(said.size(), 3);
    QVERIFY2(said.at(1).contains(QStringLiteral("UPDATED")), qPrintable(said.at(1)));
    QVERIFY(said.at(1).contains(QStringLiteral("demo-publisher")));
    QVERIFY(said.at(1).contains(source));
    QVERIFY(said.at(1).contains(
        QStringLiteral("status: OPEN \u2192 IN_PROGRESS; statusDescription: (none) \u2192 "
                       "Engineer on site")));

    // delete --yes: gone, history and all.
    const Result deleted = run(repository()
        << QStringLiteral("status") << QStringLiteral("delete") << id << QStringLiteral("--yes"));
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
    const Result gone
        = run(repository() << QStringLiteral("status") << QStringLiteral("get") << id);
    QCOMPARE(gone.exitCode, 4);
    QVERIFY2(gone.err.contains(QLatin1String("no such case status")), qPrintable(gone.err));
    // The id asked for is not "the existing entry": there is none.
    QVERIFY2(!gone.err.contains(QLatin1String("existing entry")), qPrintable(gone.err));
    QCOMPARE(gone.err.count(u'\n'), 1);
    QCOMPARE(
        run(repository() << QStringLiteral("status") << QStringLiteral("history") << id).exitCode,
        4);
    const Result none = run(repository()
        << QStringLiteral("status") << QStringLiteral("search") << QStringLiteral("--business-key")
        << key << QStringLiteral("--source") << source);
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.err.contains(QLatin1String("no entries")));
}

void TestCasectlRepository::searchPagesAndAll()
{
    const QStringList search = repository() << QStringLiteral("status") << QStringLiteral("search");
    const Result first = run(QStringList(search)
        << QStringLiteral("--size") << QStringLiteral("7") << QStringLiteral("--json"));
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QJsonObject page = first.object().value(QLatin1String("page")).toObject();
    const int total = page.value(QLatin1String("totalElements")).toInt();
    QVERIFY(total >= 200); // the demo seed's 300, more than one page of --all
    QCOMPARE(page.value(QLatin1String("size")).toInt(), 7);
    QCOMPARE(page.value(QLatin1String("number")).toInt(), 0);
    QCOMPARE(page.value(QLatin1String("totalPages")).toInt(), (total + 6) / 7);
    QCOMPARE(first.object().value(QLatin1String("content")).toArray().size(), 7);

    // --page counts from 1; the next page holds other entries.
    const Result second = run(QStringList(search)
        << QStringLiteral("--size") << QStringLiteral("7") << QStringLiteral("--page")
        << QStringLiteral("2") << QStringLiteral("--json"));
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(
        second.object().value(QLatin1String("page")).toObject().value(QLatin1String("number")), 1);
    QSet<QString> ids;
    for (const Result *r : {&first, &second}) {
        for (const QJsonValue &v : r->object().value(QLatin1String("content")).toArray())
            ids.insert(text(v.toObject(), "caseId"));
    }
    QCOMPARE(ids.size(), 14);

    // The table, with the page on stderr.
    const Result table
        = run(QStringList(search) << QStringLiteral("--size") << QStringLiteral("7")
                                  << QStringLiteral("--page") << QStringLiteral("2"));
    QCOMPARE(table.exitCode, 0);
    const QStringList rows = QString::fromUtf8(table.out).trimmed().split(u'\n');
    QCOMPARE(rows.size(), 8);
    QVERIFY(rows.first().startsWith(QLatin1String("CASE ID")));
    for (const char *column :
        {"STATUS", "CASE TYPE", "CLIENT", "BUSINESS KEY", "SOURCE", "UPDATED"})
        QVERIFY2(rows.first().contains(QLatin1String(column)), column);
    QVERIFY2(table.err.contains(
                 QStringLiteral("page 2 of %1, %2 entries").arg((total + 6) / 7).arg(total)),
        qPrintable(table.err));

    // --all: every entry once.
    const Result all
        = run(QStringList(search) << QStringLiteral("--all") << QStringLiteral("--json"));
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    const QJsonArray everything = all.array();
    QCOMPARE(everything.size(), total);
    QSet<QString> unique;
    for (const QJsonValue &v : everything)
        unique.insert(text(v.toObject(), "caseId"));
    QCOMPARE(unique.size(), total);
    QVERIFY(all.err.contains(QStringLiteral("%1 entries").arg(total)));

    // A sort of our own, checked on the page.
    const Result sorted = run(QStringList(search)
        << QStringLiteral("--sort") << QStringLiteral("clientId,desc") << QStringLiteral("--size")
        << QStringLiteral("50") << QStringLiteral("--json"));
    QCOMPARE(sorted.exitCode, 0);
    QString previous;
    for (const QJsonValue &v : sorted.object().value(QLatin1String("content")).toArray()) {
        const QString clientId = text(v.toObject(), "clientId");
        QVERIFY(previous.isEmpty() || clientId <= previous);
        previous = clientId;
    }
}

void TestCasectlRepository::searchFiltersCombineWithAnd()
{
    const QStringList search = repository() << QStringLiteral("status") << QStringLiteral("search")
                                            << QStringLiteral("--all") << QStringLiteral("--json");
    const QJsonArray bySource
        = run(QStringList(search) << QStringLiteral("--source") << QStringLiteral("case-console"))
              .array();
    const QJsonArray byStatus
        = run(QStringList(search) << QStringLiteral("--status") << QStringLiteral("IN_PROGRESS"))
              .array();
    const Result both
        = run(QStringList(search) << QStringLiteral("--source") << QStringLiteral("case-console")
                                  << QStringLiteral("--status") << QStringLiteral("IN_PROGRESS"));
    QVERIFY2(both.exitCode == 0, qPrintable(both.err));
    int expected = 0;
    for (const QJsonValue &v : bySource)
        expected += text(v.toObject(), "status") == QLatin1String("IN_PROGRESS") ? 1 : 0;
    QVERIFY(expected > 0);
    QVERIFY(bySource.size() > expected && byStatus.size() > expected);
    QCOMPARE(both.array().size(), expected);
    for (const QJsonValue &v : both.array()) {
        QCOMPARE(text(v.toObject(), "source"), QStringLiteral("case-console"));
        QCOMPARE(text(v.toObject(), "status"), QStringLiteral("IN_PROGRESS"));
    }

    // A time window: everything updated in it, nothing outside.
    const Result recent = run(QStringList(search)
        << QStringLiteral("--updated-from") << QStringLiteral("2000-01-01T00:00:00Z")
        << QStringLiteral("--updated-to") << QStringLiteral("2000-01-02"));
    QCOMPARE(recent.exitCode, 0);
    QCOMPARE(recent.array().size(), 0);
}

void TestCasectlRepository::deleteWithoutYesIsRefused()
{
    const QString id = create();
    QVERIFY(!id.isEmpty());
    const Result refused
        = run(repository() << QStringLiteral("status") << QStringLiteral("delete") << id);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("irreversibly")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QLatin1String("history")));
    QVERIFY(refused.err.contains(QLatin1String("--yes")));
    QCOMPARE(refused.err.count(u'\n'), 1);
    // Nothing was deleted.
    const Result still = run(repository()
        << QStringLiteral("status") << QStringLiteral("get") << id << QStringLiteral("--json"));
    QCOMPARE(still.exitCode, 0);
    QCOMPARE(text(still.object(), "caseId"), id);
    QCOMPARE(run(repository() << QStringLiteral("status") << QStringLiteral("delete") << id
                              << QStringLiteral("--yes"))
                 .exitCode,
        0);
}

void TestCasectlRepository::createFollowsThePublishedContract()
{
    // What Eximee publishes for POST /v1: case type, client type and status required; without
    // --business-key the key goes as null, and --repository-client may be left out.
    const Result created = run(repository()
        << QStringLiteral("status") << QStringLiteral("create") << QStringLiteral("--case-type")
        << QStringLiteral("ServiceRequest") << QStringLiteral("--client-type")
        << QStringLiteral("REGON") << QStringLiteral("--status") << QStringLiteral("OPEN")
        << QStringLiteral("--json"));
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QJsonObject entry = created.object();
    const QString id = text(entry, "caseId");
    QVERIFY(!QUuid::fromString(id).isNull());
    QVERIFY(entry.value(QLatin1String("clientId")).isNull());
    QVERIFY(entry.value(QLatin1String("businessKey")).isNull());
    QCOMPARE(text(entry, "clientType"), QStringLiteral("REGON"));

    // Shown without a client id; one given later, and cleared again.
    const Result shown
        = run(repository() << QStringLiteral("status") << QStringLiteral("get") << id);
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(!QString::fromUtf8(shown.out).contains(QLatin1String("Client ID:")));
    const Result given
        = run(repository() << QStringLiteral("status") << QStringLiteral("update") << id
                           << QStringLiteral("--repository-client") << QStringLiteral("123456785")
                           << QStringLiteral("--json"));
    QVERIFY2(given.exitCode == 0, qPrintable(given.err));
    QCOMPARE(text(given.object(), "clientId"), QStringLiteral("123456785"));
    const Result cleared = run(repository()
        << QStringLiteral("status") << QStringLiteral("update") << id
        << QStringLiteral("--clear-repository-client") << QStringLiteral("--json"));
    QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.err));
    QVERIFY(cleared.object().value(QLatin1String("clientId")).isNull());
    QCOMPARE(run(repository() << QStringLiteral("status") << QStringLiteral("delete") << id
                              << QStringLiteral("--yes"))
                 .exitCode,
        0);
}

void TestCasectlRepository::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QStringList search {QStringLiteral("status"), QStringLiteral("search")};
    const QStringList create {QStringLiteral("status"), QStringLiteral("create"),
        QStringLiteral("--case-type"), QStringLiteral("ServiceRequest"),
        QStringLiteral("--repository-client"), QStringLiteral("5252344078"),
        QStringLiteral("--client-type"), QStringLiteral("NIP"), QStringLiteral("--status"),
        QStringLiteral("OPEN")};
    QTest::newRow("wrong password") << search << QStringLiteral("wr0ng-passw0rd-9") << 3
                                    << "did not accept the user name or password";
    QTest::newRow("read-only user creates")
        << (QStringList {QStringLiteral("--repository-user"), QStringLiteral("demo-viewer")}
               + create)
        << QString() << 3 << "may only read";
    QTest::newRow("read-only user searches")
        << (QStringList {QStringLiteral("--repository-user"), QStringLiteral("demo-viewer")}
               + search + QStringList {QStringLiteral("--size"), QStringLiteral("1")})
        << QString() << 0 << "page 1 of";
    QTest::newRow("no subcommand")
        << QStringList {QStringLiteral("status")} << QString() << 2 << "'status' needs a command";
    QTest::newRow("unknown subcommand")
        << QStringList {QStringLiteral("status"), QStringLiteral("frob")} << QString() << 2
        << "unknown command 'status frob'";
    QTest::newRow("missing fields")
        << QStringList {QStringLiteral("status"), QStringLiteral("create"),
               QStringLiteral("--status"), QStringLiteral("OPEN")}
        << QString() << 2 << "needs --case-type, --client-type (the Case Repository requires";
    QTest::newRow("missing client type")
        << QStringList {QStringLiteral("status"), QStringLiteral("create"),
               QStringLiteral("--case-type"), QStringLiteral("ServiceRequest"),
               QStringLiteral("--repository-client"), QStringLiteral("5252344078"),
               QStringLiteral("--business-key"), QStringLiteral("K-1"), QStringLiteral("--status"),
               QStringLiteral("OPEN")}
        << QString() << 2
        << "needs --client-type (the Case Repository requires the case type, the client type "
           "and the status; --repository-client and --business-key may be left out)";
    QTest::newRow("both client id options") << QStringList {QStringLiteral("status"),
        QStringLiteral("update"), QStringLiteral("x"), QStringLiteral("--repository-client"),
        QStringLiteral("1"), QStringLiteral("--clear-repository-client")}
                                            << QString() << 2 << "exclude each other";
    QTest::newRow("provider option") << (search
        + QStringList {QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1/")})
                                     << QString() << 2 << "does not take --endpoint";
    QTest::newRow("option of another subcommand") << QStringList {QStringLiteral("status"),
        QStringLiteral("get"), QStringLiteral("x"),
        QStringLiteral("--all")} << QString() << 2 << "'status get' does not take --all";
    QTest::newRow("no caseId") << QStringList {QStringLiteral("status"), QStringLiteral("history")}
                               << QString() << 2 << "takes a CASEID";
    QTest::newRow("nothing to update")
        << QStringList {QStringLiteral("status"), QStringLiteral("update"), QStringLiteral("x")}
        << QString() << 2 << "at least one field";
    QTest::newRow("both description options") << QStringList {QStringLiteral("status"),
        QStringLiteral("update"), QStringLiteral("x"), QStringLiteral("--description"),
        QStringLiteral("d"), QStringLiteral("--clear-description")}
                                              << QString() << 2 << "exclude each other";
    QTest::newRow("size too big") << (search
        + QStringList {QStringLiteral("--size"), QStringLiteral("201")})
                                  << QString() << 2 << "1 to 200";
    QTest::newRow("page zero") << (search
        + QStringList {QStringLiteral("--page"), QStringLiteral("0")})
                               << QString() << 2 << "from 1";
    QTest::newRow("all with page") << (search
        + QStringList {QStringLiteral("--all"), QStringLiteral("--page"), QStringLiteral("2")})
                                   << QString() << 2 << "--all";
    QTest::newRow("bad sort") << (search
        + QStringList {QStringLiteral("--sort"), QStringLiteral("caseId,up")})
                              << QString() << 2 << "--sort takes one of";
    QTest::newRow("bad date") << (search
        + QStringList {QStringLiteral("--updated-from"), QStringLiteral("yesterday")})
                              << QString() << 2 << "ISO 8601";
    QTest::newRow("empty filter") << (search + QStringList {QStringLiteral("--status"), QString()})
                                  << QString() << 2 << "--status is empty";
    QTest::newRow("unknown case") << QStringList {QStringLiteral("status"), QStringLiteral("get"),
        QStringLiteral("00000000-0000-4000-8000-000000000000")}
                                  << QString() << 4 << "no such case status";
    QTest::newRow("not a case id")
        << QStringList {QStringLiteral("status"), QStringLiteral("get"), QStringLiteral("nope")}
        << QString() << 4 << "caseId";
    QTest::newRow("server refuses a value") << QStringList {QStringLiteral("status"),
        QStringLiteral("create"), QStringLiteral("--case-type"), QString(101, u'x'),
        QStringLiteral("--repository-client"), QStringLiteral("1"), QStringLiteral("--client-type"),
        QStringLiteral("NIP"), QStringLiteral("--status"), QStringLiteral("OPEN")}
                                            << QString() << 4 << "caseType";
}

void TestCasectlRepository::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, password);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcessEnvironment env;
    if (!password.isEmpty())
        env.insert(QStringLiteral("CASECTL_REPOSITORY_PASSWORD"), password);
    // A later --repository-user wins over the one repository() gives.
    const Result result = run(repository() + arguments, env);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1); // one clear line
    for (const char *secret : {"demo-password", "viewer-password"})
        QVERIFY(!result.err.contains(QLatin1String(secret)));
    if (!password.isEmpty())
        QVERIFY(!result.err.contains(password));
}

void TestCasectlRepository::duplicateBusinessKey()
{
    const QString key
        = QStringLiteral("CTL-DUP-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QStringList withKey {QStringLiteral("--business-key"), key, QStringLiteral("--source"),
        QStringLiteral("casectl-test")};
    const QString first = create(withKey);
    QVERIFY(!first.isEmpty());
    const Result second = run(repository()
        << QStringLiteral("status") << QStringLiteral("create") << QStringLiteral("--case-type")
        << QStringLiteral("ServiceRequest") << QStringLiteral("--repository-client")
        << QStringLiteral("1") << QStringLiteral("--client-type") << QStringLiteral("NIP")
        << QStringLiteral("--status") << QStringLiteral("OPEN") << withKey);
    QCOMPARE(second.exitCode, 4);
    QVERIFY2(
        second.err.contains(QLatin1String("already has a status entry with this business key")),
        qPrintable(second.err));
    QVERIFY(second.err.contains(QLatin1String("DUPLICATE_BUSINESS_KEY")));
    QVERIFY(second.err.contains(first)); // which entry has the key
    QCOMPARE(second.err.count(u'\n'), 1);
    QVERIFY(second.out.isEmpty());
    // Nothing was created.
    const Result found = run(repository()
        << QStringLiteral("status") << QStringLiteral("search") << QStringLiteral("--business-key")
        << key << QStringLiteral("--all") << QStringLiteral("--json"));
    QCOMPARE(found.array().size(), 1);
}

void TestCasectlRepository::usesTheProfilesRepository()
{
    // A plain http URL to another host is refused before anything is sent: Basic
    // authentication would carry the password in clear.
    const Result remote = run({QStringLiteral("--repository"),
        QStringLiteral("http://case-repository.example.com/api/case-repository"),
        QStringLiteral("--repository-user"), QStringLiteral("demo-publisher"),
        QStringLiteral("status"), QStringLiteral("search")});
    QCOMPARE(remote.exitCode, 2);
    QCOMPARE(remote.err.count(u'\n'), 1);
    QVERIFY2(remote.err.contains(QLatin1String("http")), qPrintable(remote.err));

    // Without --repository and without a profile: say what to give.
    const Result none = run({QStringLiteral("status"), QStringLiteral("search")});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(QLatin1String("--repository")), qPrintable(none.err));

    // save-profile keeps --repository and --repository-user; the status commands then use them.
    const Result saved
        = run(QStringList {QStringLiteral("--endpoint"), m_server->graphqlUrl().toString(),
                  QStringLiteral("--client-id"), QStringLiteral("demo-client")}
            + repository(QStringLiteral("demo-viewer"))
            + QStringList {QStringLiteral("save-profile"), QStringLiteral("with-repository")});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    const Result viaProfile = run({QStringLiteral("--profile"), QStringLiteral("with-repository"),
        QStringLiteral("status"), QStringLiteral("search"), QStringLiteral("--size"),
        QStringLiteral("3"), QStringLiteral("--json")});
    QVERIFY2(viaProfile.exitCode == 0, qPrintable(viaProfile.err));
    QCOMPARE(viaProfile.object().value(QLatin1String("content")).toArray().size(), 3);
    // The profile's user may only read; --repository-user overrides it.
    const QStringList createArguments {QStringLiteral("status"), QStringLiteral("create"),
        QStringLiteral("--case-type"), QStringLiteral("ServiceRequest"),
        QStringLiteral("--repository-client"), QStringLiteral("1"), QStringLiteral("--client-type"),
        QStringLiteral("NIP"), QStringLiteral("--status"), QStringLiteral("OPEN")};
    QCOMPARE(run(QStringList {QStringLiteral("--profile"), QStringLiteral("with-repository")}
                 + createArguments)
                 .exitCode,
        3);
    const Result asPublisher
        = run(QStringList {QStringLiteral("--profile"), QStringLiteral("with-repository"),
                  QStringLiteral("--repository-user"), QStringLiteral("demo-publisher")}
            + createArguments);
    QVERIFY2(asPublisher.exitCode == 0, qPrintable(asPublisher.err));
    QVERIFY(!QUuid::fromString(QString::fromUtf8(asPublisher.out).trimmed()).isNull());
}

void TestCasectlRepository::helpDocumentsTheStatusCommands()
{
    const Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command :
        {"status create", "status get CASEID", "status update CASEID", "status delete CASEID",
            "status search", "status history CASEID", "store-repository-password",
            "--repository <url>", "--repository-user <user>", "CASECTL_REPOSITORY_PASSWORD"})
        QVERIFY2(help.out.contains(command), command);
}

void TestCasectlRepository::passwordFromTheKeychain()
{
    // A wrong password in the keychain wins over the sandbox's demo password, so the keychain
    // is seen to be read.
    const QStringList viewer = repository(QStringLiteral("demo-viewer"));
    const Result stored
        = run(QStringList(viewer) << QStringLiteral("store-repository-password"), {}, "n0pe\n");
    if (stored.exitCode == 1 && stored.err.contains(QLatin1String("No system keychain")))
        QSKIP("no system keychain: scripts/test runs this with a private gnome-keyring");
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
    QVERIFY(!stored.out.contains("n0pe"));
    const QString key = QStringLiteral("demo-viewer@") + m_server->caseRepositoryUrl().toString();
    const auto cleanUp = qScopeGuard([key] {
        SecretStore secrets;
        bool removed = false;
        QObject context;
        secrets.remove(
            key, &context, [&](SecretStore::Status, const QString &) { removed = true; });
        if (!QTest::qWaitFor([&] { return removed; }, 15'000))
            qWarning("the keychain did not remove the test's password within 15 s");
    });
    const QStringList search {QStringLiteral("status"), QStringLiteral("search"),
        QStringLiteral("--size"), QStringLiteral("1")};
    QCOMPARE(run(viewer + search).exitCode, 3);
    // The environment wins over the keychain.
    QProcessEnvironment env;
    env.insert(QStringLiteral("CASECTL_REPOSITORY_PASSWORD"), QStringLiteral("viewer-password"));
    QCOMPARE(run(viewer + search, env).exitCode, 0);
    // Standard input with nothing on it is a usage error, and stores nothing.
    QCOMPARE(run(QStringList(viewer) << QStringLiteral("store-repository-password")).exitCode, 2);
    QCOMPARE(run(QStringList(viewer) << QStringLiteral("store-repository-password"), {},
                 "viewer-password\n")
                 .exitCode,
        0);
    const Result right = run(viewer + search);
    QVERIFY2(right.exitCode == 0, qPrintable(right.err));
}

void TestCasectlRepository::theCasesClientHasAnOptionOfItsOwn()
{
    // --repository-client names the case's client; --client-id is the OAuth client's elsewhere.
    const QString id = create();
    QVERIFY(!QUuid::fromString(id).isNull());
    const Result given
        = run(repository() << QStringLiteral("status") << QStringLiteral("update") << id
                           << QStringLiteral("--repository-client") << QStringLiteral("123456785")
                           << QStringLiteral("--json"));
    QVERIFY2(given.exitCode == 0, qPrintable(given.err));
    QVERIFY2(given.err.isEmpty(), qPrintable(given.err));
    QCOMPARE(text(given.object(), "clientId"), QStringLiteral("123456785"));
    const Result found
        = run(repository() << QStringLiteral("status") << QStringLiteral("search")
                           << QStringLiteral("--repository-client") << QStringLiteral("123456785")
                           << QStringLiteral("--all") << QStringLiteral("--json"));
    QVERIFY2(found.exitCode == 0, qPrintable(found.err));
    QVERIFY(QJsonDocument::fromJson(found.out).toJson().contains(id.toUtf8()));

    // The old name still works, with a warning on stderr naming the new one.
    const Result old
        = run(repository() << QStringLiteral("status") << QStringLiteral("update") << id
                           << QStringLiteral("--client-id") << QStringLiteral("5252344078")
                           << QStringLiteral("--json"));
    QVERIFY2(old.exitCode == 0, qPrintable(old.err));
    QCOMPARE(text(old.object(), "clientId"), QStringLiteral("5252344078"));
    QVERIFY2(old.err.contains(QLatin1String("deprecated"))
            && old.err.contains(QLatin1String("--repository-client")),
        qPrintable(old.err));
    const Result cleared
        = run(repository() << QStringLiteral("status") << QStringLiteral("update") << id
                           << QStringLiteral("--clear-client-id") << QStringLiteral("--json"));
    QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.err));
    QVERIFY(cleared.object().value(QLatin1String("clientId")).isNull());
    QVERIFY(cleared.err.contains(QLatin1String("--clear-repository-client")));

    // Both names at once: which one was meant?
    const Result both
        = run(repository() << QStringLiteral("status") << QStringLiteral("update") << id
                           << QStringLiteral("--client-id") << QStringLiteral("1")
                           << QStringLiteral("--repository-client") << QStringLiteral("2"));
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains(QLatin1String("old name")), qPrintable(both.err));

    const Result help = run({QStringLiteral("--help")});
    QVERIFY(help.out.contains("status create --case-type"));
    QVERIFY(help.out.contains("[--repository-client ID]"));
    QCOMPARE(run(repository() << QStringLiteral("status") << QStringLiteral("delete") << id
                              << QStringLiteral("--yes"))
                 .exitCode,
        0);
}

void TestCasectlRepository::caseIdsIgnoreCase()
{
    // The Case Repository's caseIds are UUIDs it compares ignoring case: so does casectl.
    const QString id = create();
    QVERIFY(!QUuid::fromString(id).isNull());
    const Result upper = run(repository() << QStringLiteral("status") << QStringLiteral("get")
                                          << id.toUpper() << QStringLiteral("--json"));
    QVERIFY2(upper.exitCode == 0, qPrintable(upper.err));
    QCOMPARE(text(upper.object(), "caseId").toLower(), id.toLower());
    QCOMPARE(run(repository() << QStringLiteral("status") << QStringLiteral("delete")
                              << id.toUpper() << QStringLiteral("--yes"))
                 .exitCode,
        0);
    // Gone, whichever case it is asked in; and it is not "the existing entry".
    const Result gone
        = run(repository() << QStringLiteral("status") << QStringLiteral("get") << id.toUpper());
    QCOMPARE(gone.exitCode, 4);
    QVERIFY2(!gone.err.contains(QLatin1String("existing entry")), qPrintable(gone.err));
}

QTEST_GUILESS_MAIN(TestCasectlRepository)
#include "tst_casectl_repository.moc"
