#include "models/CaseTimeline.h"
#include "models/CaseTypeMatrix.h"
#include "models/OutboxPayloads.h"
#include "models/ProviderWords.h"
#include "models/RfoRequest.h"
#include "models/SlaClock.h"
#include "models/SlaPolicy.h"
#include "store/SqliteStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Request RFO (issue 14 item 4) below the windows: the request's draft and refusals
// (models/RfoRequest) and the store's links between an incident and its request (case_links,
// schema version 9), written when the request's create is confirmed.
namespace {

CaseHeader closedIncident()
{
    CaseHeader c;
    c.id = QStringLiteral("CS-123");
    c.type = QStringLiteral("Incident");
    c.subject = QStringLiteral("ServiceDown");
    c.priority = QStringLiteral("P1");
    c.status = QStringLiteral("Closed");
    c.serviceId = QStringLiteral("SVC-204871");
    c.customerReference = QStringLiteral("NOC-118");
    c.createdDate = *Timestamp::parse(u"2026-11-20T08:10:00Z");
    c.startOfIncident = *Timestamp::parse(u"2026-11-20T08:00:00+01:00");
    c.endOfIncident = *Timestamp::parse(u"2026-11-20T11:30:00+01:00");
    return c;
}

OutboxItem rfoItem(OutboxItem::State state, const QString &resultId)
{
    OutboxItem item;
    item.key = QStringLiteral("rfo-1");
    item.kind = OutboxItem::Kind::CreateCase;
    item.payload = CreateCasePayload {RfoRequest::draft(closedIncident()), QStringLiteral("CS-123")}
                       .toJson();
    item.state = state;
    item.resultId = resultId;
    item.createdAt = QDateTime::currentDateTimeUtc();
    return item;
}

} // namespace

class TestCaseLinks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void draftOfAClosedIncident();
    void draftWithoutStartOrEnd();
    void refusesOpenAndNonIncidents();
    void payloadKeepsTheOriginal();
    void confirmedRequestIsLinked();
    void otherCreatesLinkNothing();
    void migratesFromVersion8();
    void aRequestIsNoOutage();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("cases.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCaseLinks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCaseLinks::draftOfAClosedIncident()
{
    const CaseHeader c = closedIncident();
    const CaseDraft d = RfoRequest::draft(c, QStringLiteral("Ops"));
    QCOMPARE(d.type, QStringLiteral("Incident"));
    QCOMPARE(d.subject, QStringLiteral("RfoRequest"));
    QCOMPARE(d.priority, QStringLiteral("P3")); // the type's default, not the outage's P1
    QCOMPARE(d.serviceId, c.serviceId);
    QCOMPARE(d.startOfIncident, c.startOfIncident);
    QCOMPARE(d.endOfIncident, c.endOfIncident);
    QCOMPARE(d.customerReference, QStringLiteral("RFO-CS-123"));
    QCOMPARE(d.sentBy, QStringLiteral("Ops"));
    QVERIFY2(d.message.contains(QLatin1String("Reason for Outage (RFO) for case CS-123")),
        qPrintable(d.message));
    // Times for the provider's staff in UTC, the end named too.
    QVERIFY2(d.message.contains(QLatin1String("2026-11-20 07:00 UTC")), qPrintable(d.message));
    QVERIFY2(d.message.contains(QLatin1String("2026-11-20 10:30 UTC")), qPrintable(d.message));
    QVERIFY(d.isValid(CaseTypeMatrix::builtIn()));
}

void TestCaseLinks::draftWithoutStartOrEnd()
{
    // A provider without case.endOfIncident, a case without a start: the creation stands in
    // for the start, the end stays open (sent as null), and the message names no end.
    CaseHeader c = closedIncident();
    c.startOfIncident = {};
    c.endOfIncident = {};
    const CaseDraft d = RfoRequest::draft(c);
    QCOMPARE(d.startOfIncident, c.createdDate);
    QVERIFY(!d.endOfIncident.isValid());
    QVERIFY(d.message.contains(QLatin1String("2026-11-20 08:10 UTC")));
    QVERIFY(!d.message.contains(QLatin1String("ended")));
    QVERIFY(d.isValid(CaseTypeMatrix::builtIn()));
    // An end before the start is not copied.
    c = closedIncident();
    c.endOfIncident = *Timestamp::parse(u"2026-11-19T08:00:00Z");
    QVERIFY(!RfoRequest::draft(c).endOfIncident.isValid());
}

void TestCaseLinks::refusesOpenAndNonIncidents()
{
    const ProviderWords words;
    CaseHeader c = closedIncident();
    QVERIFY(RfoRequest::refusal(c, words).isEmpty());
    c.status = QStringLiteral("Resolved");
    QVERIFY(RfoRequest::refusal(c, words).isEmpty());
    c.status = QStringLiteral("InProgress");
    QVERIFY(RfoRequest::refusal(c, words).contains(QLatin1String("still open")));
    c.status = QStringLiteral("Cancelled"); // not "still open": cancelled
    QVERIFY(RfoRequest::refusal(c, words).contains(QLatin1String("was cancelled")));
    c = closedIncident();
    c.type = QStringLiteral("NonIncident");
    QVERIFY(RfoRequest::refusal(c, words).contains(QLatin1String("not an incident")));
    // The profile's words decide what is closed: "Parked" closed by an override.
    c = closedIncident();
    c.status = QStringLiteral("Parked");
    WordOverrides overrides;
    overrides.closedStatuses = {QStringLiteral("Parked")};
    QVERIFY(RfoRequest::refusal(c, ProviderWords(overrides, {})).isEmpty());
    QVERIFY(!RfoRequest::refusal(c, words).isEmpty());
}

void TestCaseLinks::payloadKeepsTheOriginal()
{
    const OutboxItem item = rfoItem(OutboxItem::State::Pending, {});
    QCOMPARE(item.payload.value(QLatin1String("rfoFor")).toString(), QStringLiteral("CS-123"));
    const CreateCasePayload back = CreateCasePayload::fromJson(item.payload);
    QCOMPARE(back.rfoFor, QStringLiteral("CS-123"));
    QCOMPARE(back.draft, RfoRequest::draft(closedIncident()));
    // Any other create's JSON is as before: no rfoFor key.
    const QJsonObject plain = CreateCasePayload {CaseDraft(), {}}.toJson();
    QVERIFY(!plain.contains(QLatin1String("rfoFor")));
}

void TestCaseLinks::confirmedRequestIsLinked()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    QVERIFY(store.saveOutboxItem(rfoItem(OutboxItem::State::Pending, {})));
    QVERIFY(store.saveOutboxItem(rfoItem(OutboxItem::State::Uncertain, {})));
    QVERIFY(store.caseLinks().isEmpty());
    QVERIFY(store.saveOutboxItem(rfoItem(OutboxItem::State::Done, QStringLiteral("CS-456"))));
    QList<CaseLink> links = store.caseLinks();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().originalId, QStringLiteral("CS-123"));
    QCOMPARE(links.first().rfoId, QStringLiteral("CS-456"));
    QVERIFY(qAbs(links.first().created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // Saved done again (another process, a restart): still one link.
    QVERIFY(store.saveOutboxItem(rfoItem(OutboxItem::State::Done, QStringLiteral("CS-456"))));
    QCOMPARE(store.caseLinks().size(), 1);
    QCOMPARE(store.outboxItem(QStringLiteral("rfo-1"))->state, OutboxItem::State::Done);
    // Kept across a reopen.
    SqliteStore again(dbPath());
    QVERIFY(again.open().ok);
    QCOMPARE(again.caseLinks(), links);
}

void TestCaseLinks::otherCreatesLinkNothing()
{
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    OutboxItem item = rfoItem(OutboxItem::State::Done, QStringLiteral("CS-9"));
    item.payload = CreateCasePayload {RfoRequest::draft(closedIncident()), {}}.toJson();
    QVERIFY(store.saveOutboxItem(item));
    QVERIFY(store.caseLinks().isEmpty());
}

void TestCaseLinks::migratesFromVersion8()
{
    {
        SqliteStore old(dbPath());
        QVERIFY(old.open(8).ok);
        QVERIFY(old.saveOutboxItem(rfoItem(OutboxItem::State::Uncertain, {})));
    }
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v8"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 8);
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM case_links")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v8"));
    SqliteStore store(dbPath());
    QVERIFY(store.open().ok);
    QVERIFY(SqliteStore::SchemaVersion >= 9); // through every later step too
    QVERIFY(store.caseLinks().isEmpty());
    // The item written by version 8 is confirmed under the current version: linked.
    QVERIFY(store.saveOutboxItem(rfoItem(OutboxItem::State::Done, QStringLiteral("CS-456"))));
    QCOMPARE(store.caseLinks().size(), 1);
}

void TestCaseLinks::aRequestIsNoOutage()
{
    // The request carries the outage's times, but it is not one: no time-to-restore clock (it
    // would be breached the moment it is created) and no outage of its own (the dossier's
    // outage minutes would count the incident twice).
    Case request;
    static_cast<CaseHeader &>(request) = closedIncident();
    request.id = QStringLiteral("CS-456");
    request.subject = QStringLiteral("RfoRequest");
    request.status = QStringLiteral("New");
    request.endOfIncident = {};
    request.createdDate = *Timestamp::parse(u"2026-11-25T08:00:00Z");
    const Timestamp now = *Timestamp::parse(u"2026-11-25T09:00:00Z");
    const ProviderWords words;
    QVERIFY(!request.isOutage());
    QCOMPARE(computeSla(request, {}, SlaPolicy::defaults(), words, now).restore.state,
        SlaClock::State::None);
    QVERIFY(!outageOf(request, words, now).known);
    Case incident = request;
    incident.subject = QStringLiteral("ServiceDown");
    QVERIFY(incident.isOutage());
    QVERIFY(computeSla(incident, {}, SlaPolicy::defaults(), words, now).restore.state
        != SlaClock::State::None);
    QVERIFY(outageOf(incident, words, now).known);
}

QTEST_GUILESS_MAIN(TestCaseLinks)
#include "tst_caselinks.moc"
