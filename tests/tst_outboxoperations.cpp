// The outbox's typed operations: each kind's payload to and from the JSON the store keeps (and
// the JSON earlier versions wrote), OutboxOperation::of for every kind, what each does without
// a server, the handle, and every state in words (session/OutboxStates).

#include "api/CaseApi.h"
#include "api/outbox/CreateCaseOperation.h"
#include "api/outbox/CustomerReferenceOperation.h"
#include "api/outbox/OutboxOperation.h"
#include "api/outbox/PublishOperation.h"
#include "api/outbox/ReplyOperation.h"
#include "api/outbox/RepositoryOperation.h"
#include "models/OutboxHandle.h"
#include "models/OutboxPayloads.h"
#include "session/OutboxStates.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(OutboxItem::Kind)
Q_DECLARE_METATYPE(OutboxItem::State)
Q_DECLARE_METATYPE(OutboxOperation::Lane)

namespace {

constexpr std::array allKinds {OutboxItem::Kind::CreateCase, OutboxItem::Kind::ReplyToCase,
    OutboxItem::Kind::AddCustomerReference, OutboxItem::Kind::CreateRepositoryEntry,
    OutboxItem::Kind::UpdateRepositoryEntry, OutboxItem::Kind::DeleteRepositoryEntry,
    OutboxItem::Kind::PublishToRepository};
constexpr std::array allStates {OutboxItem::State::Pending, OutboxItem::State::Sending,
    OutboxItem::State::Uncertain, OutboxItem::State::Failed, OutboxItem::State::Done};

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// The JSON as the code before the typed payloads wrote it, by hand, key by key.
QJsonObject legacyReply()
{
    return {{QStringLiteral("caseId"), QStringLiteral("CS-4100901")},
        {QStringLiteral("message"), QStringLiteral("Still down.")},
        {QStringLiteral("sentBy"), QStringLiteral("Ann")}};
}

RepositoryEntry entry()
{
    RepositoryEntry e;
    e.caseType = QStringLiteral("NetworkIncident");
    e.clientType = QStringLiteral("NIP");
    e.clientId = QStringLiteral("5252344078");
    e.status = QStringLiteral("OPEN");
    e.statusDescription = QStringLiteral("Link down");
    e.businessKey = QStringLiteral("CS-4100901");
    e.source = QStringLiteral("caseconsole");
    return e;
}

OutboxItem itemIn(OutboxItem::Kind kind, OutboxItem::State state, int attempts = 0)
{
    OutboxItem item = OutboxItem::create(kind,
        {{QStringLiteral("caseId"), QStringLiteral("CS-1")},
            {QStringLiteral("businessKey"), QStringLiteral("CS-1")},
            {QStringLiteral("subject"), QStringLiteral("ServiceDown")}});
    item.state = state;
    item.attempts = attempts;
    item.lastError = QStringLiteral("<timeout>");
    item.resultId = QStringLiteral("CS-2");
    return item;
}

} // namespace

class TestOutboxOperations : public QObject
{
    Q_OBJECT

private slots:
    void createCasePayloadRoundTrips();
    void replyPayloadRoundTrips();
    void referencePayloadRoundTrips();
    void repositoryPayloadsRoundTrip();
    void legacyStoredJsonIsRead();
    void typedPayloadsWriteTheStoredFormat();
    void operationForEveryKind_data();
    void operationForEveryKind();
    void lookUpWithoutAServerSendsAgain_data();
    void lookUpWithoutAServerSendsAgain();
    void onlyDeletingTakesNotFoundForDone();
    void onlyPublishingRetriesRefusedOnStart();
    void repositoryChangeWithoutARepositoryFailsSayingWhy();
    void handleReportsItsItem();
    void everyStateHasWords_data();
    void everyStateHasWords();
    void wordsAreTheOnesShownBefore();
};

void TestOutboxOperations::createCasePayloadRoundTrips()
{
    CreateCasePayload p;
    p.draft.type = QStringLiteral("Incident");
    p.draft.priority = QStringLiteral("P2");
    p.draft.subject = QStringLiteral("ServiceDown");
    p.draft.serviceId = QStringLiteral("SVC-1");
    p.draft.message = QStringLiteral("Down since 9:00.");
    p.draft.customerReference = QStringLiteral("REF-1");
    p.draft.sentBy = QStringLiteral("Ann");
    p.draft.startOfIncident = Timestamp::parse(QStringLiteral("2025-01-10T09:00:00Z")).value();
    QCOMPARE(CreateCasePayload::fromJson(p.toJson()), p);
    QCOMPARE(p.toJson(), p.draft.toJson());
}

void TestOutboxOperations::replyPayloadRoundTrips()
{
    const ReplyPayload p {QStringLiteral("CS-1"), QStringLiteral("hello\nthere"), {}};
    QCOMPARE(ReplyPayload::fromJson(p.toJson()), p);
}

void TestOutboxOperations::referencePayloadRoundTrips()
{
    const CustomerReferencePayload p {QStringLiteral("CS-1"), QStringLiteral("PO 7")};
    QCOMPARE(CustomerReferencePayload::fromJson(p.toJson()), p);
}

void TestOutboxOperations::repositoryPayloadsRoundTrip()
{
    const CreateRepositoryEntryPayload created {entry()};
    QCOMPARE(CreateRepositoryEntryPayload::fromJson(created.toJson()), created);
    const PublishPayload published {entry()};
    QCOMPARE(PublishPayload::fromJson(published.toJson()), published);
    const UpdateRepositoryEntryPayload update {QStringLiteral("uuid-1"),
        QJsonObject {{QStringLiteral("status"), QStringLiteral("CLOSED")},
            {QStringLiteral("clientId"), QJsonValue::Null}},
        QStringLiteral("NIP 5252344078")};
    QCOMPARE(UpdateRepositoryEntryPayload::fromJson(update.toJson()), update);
    const DeleteRepositoryEntryPayload deletion {QStringLiteral("uuid-1"), QStringLiteral("x")};
    QCOMPARE(DeleteRepositoryEntryPayload::fromJson(deletion.toJson()), deletion);
}

void TestOutboxOperations::legacyStoredJsonIsRead()
{
    const ReplyPayload reply = ReplyPayload::fromJson(
        json(R"({"caseId":"CS-4100901","message":"Still down.","sentBy":"Ann"})"));
    QCOMPARE(reply.caseId, QStringLiteral("CS-4100901"));
    QCOMPARE(reply.message, QStringLiteral("Still down."));
    QCOMPARE(reply.sentBy, QStringLiteral("Ann"));
    // Written before a reply had a sender.
    QCOMPARE(ReplyPayload::fromJson(json(R"({"caseId":"CS-1","message":"hi"})")).sentBy, QString());

    const CustomerReferencePayload reference = CustomerReferencePayload::fromJson(
        json(R"({"caseId":"CS-1","customerReference":"PO 7"})"));
    QCOMPARE(reference.customerReference, QStringLiteral("PO 7"));

    const CaseDraft draft = CreateCasePayload::fromJson(
        json(R"({"type":"Incident","priority":"P2","subject":"ServiceDown","serviceId":"SVC-1",
                 "message":"Down.","customerReference":"","sentBy":"",
                 "startOfIncident":"2025-01-10T09:00:00Z","endOfIncident":null})"))
                                .draft;
    QCOMPARE(draft.subject, QStringLiteral("ServiceDown"));
    QCOMPARE(draft.serviceId, QStringLiteral("SVC-1"));
    QVERIFY(draft.startOfIncident.isValid());
    QVERIFY(!draft.endOfIncident.isValid());

    const UpdateRepositoryEntryPayload update = UpdateRepositoryEntryPayload::fromJson(
        json(R"({"caseId":"uuid-1","changes":{"status":"CLOSED"},"label":"NIP 1"})"));
    QCOMPARE(update.caseId, QStringLiteral("uuid-1"));
    QCOMPARE(update.changes.value(QLatin1String("status")).toString(), QStringLiteral("CLOSED"));
    QCOMPARE(update.label, QStringLiteral("NIP 1"));

    const DeleteRepositoryEntryPayload deletion
        = DeleteRepositoryEntryPayload::fromJson(json(R"({"caseId":"uuid-1","label":"NIP 1"})"));
    QCOMPARE(deletion.caseId, QStringLiteral("uuid-1"));
    QCOMPARE(deletion.label, QStringLiteral("NIP 1"));

    const char *body = R"({"caseType":"NetworkIncident","clientType":"NIP","status":"OPEN",
        "businessKey":"CS-4100901","clientId":"5252344078","statusDescription":"Link down",
        "source":"caseconsole"})";
    QCOMPARE(PublishPayload::fromJson(json(body)).entry, entry());
    QCOMPARE(CreateRepositoryEntryPayload::fromJson(json(body)).entry, entry());
    // No business key: null in the body, empty when read.
    QCOMPARE(CreateRepositoryEntryPayload::fromJson(
                 json(R"({"caseType":"T","clientType":"NIP","status":"OPEN","businessKey":null})"))
                 .entry.businessKey,
        QString());
}

void TestOutboxOperations::typedPayloadsWriteTheStoredFormat()
{
    QCOMPARE(ReplyPayload::fromJson(legacyReply()).toJson(), legacyReply());
    const QJsonObject reference = json(R"({"caseId":"CS-1","customerReference":"PO 7"})");
    QCOMPARE(CustomerReferencePayload::fromJson(reference).toJson(), reference);
    const QJsonObject update
        = json(R"({"caseId":"uuid-1","changes":{"clientId":null,"status":"CLOSED"},"label":"L"})");
    QCOMPARE(UpdateRepositoryEntryPayload::fromJson(update).toJson(), update);
    const QJsonObject deletion = json(R"({"caseId":"uuid-1","label":"L"})");
    QCOMPARE(DeleteRepositoryEntryPayload::fromJson(deletion).toJson(), deletion);
    QCOMPARE(PublishPayload {entry()}.toJson(), entry().createBody());
    QCOMPARE(CreateRepositoryEntryPayload {entry()}.toJson(), entry().createBody());
}

void TestOutboxOperations::operationForEveryKind_data()
{
    QTest::addColumn<OutboxItem::Kind>("kind");
    QTest::addColumn<OutboxOperation::Lane>("lane");
    QTest::addColumn<QString>("className");
    const auto provider = OutboxOperation::Lane::Provider;
    const auto repository = OutboxOperation::Lane::Repository;
    QTest::newRow("create case") << OutboxItem::Kind::CreateCase << provider
                                 << QStringLiteral("CreateCaseOperation");
    QTest::newRow("reply") << OutboxItem::Kind::ReplyToCase << provider
                           << QStringLiteral("ReplyOperation");
    QTest::newRow("reference") << OutboxItem::Kind::AddCustomerReference << provider
                               << QStringLiteral("CustomerReferenceOperation");
    QTest::newRow("create entry") << OutboxItem::Kind::CreateRepositoryEntry << repository
                                  << QStringLiteral("CreateRepositoryEntryOperation");
    QTest::newRow("update entry") << OutboxItem::Kind::UpdateRepositoryEntry << repository
                                  << QStringLiteral("UpdateRepositoryEntryOperation");
    QTest::newRow("delete entry") << OutboxItem::Kind::DeleteRepositoryEntry << repository
                                  << QStringLiteral("DeleteRepositoryEntryOperation");
    QTest::newRow("publish") << OutboxItem::Kind::PublishToRepository << repository
                             << QStringLiteral("PublishOperation");
}

void TestOutboxOperations::operationForEveryKind()
{
    QFETCH(OutboxItem::Kind, kind);
    QFETCH(OutboxOperation::Lane, lane);
    QFETCH(QString, className);
    const std::unique_ptr<OutboxOperation> op = OutboxOperation::of(kind);
    QVERIFY(op);
    QCOMPARE(op->kind(), kind);
    QCOMPARE(op->lane(), lane);
    const OutboxOperation *raw = op.get();
    const QHash<QString, bool> is {
        {QStringLiteral("CreateCaseOperation"), dynamic_cast<const CreateCaseOperation *>(raw)},
        {QStringLiteral("ReplyOperation"), dynamic_cast<const ReplyOperation *>(raw)},
        {QStringLiteral("CustomerReferenceOperation"),
            dynamic_cast<const CustomerReferenceOperation *>(raw)},
        {QStringLiteral("CreateRepositoryEntryOperation"),
            dynamic_cast<const CreateRepositoryEntryOperation *>(raw)},
        {QStringLiteral("UpdateRepositoryEntryOperation"),
            dynamic_cast<const UpdateRepositoryEntryOperation *>(raw)},
        {QStringLiteral("DeleteRepositoryEntryOperation"),
            dynamic_cast<const DeleteRepositoryEntryOperation *>(raw)},
        {QStringLiteral("PublishOperation"), dynamic_cast<const PublishOperation *>(raw)},
    };
    QVERIFY2(is.value(className), qPrintable(className));
    QCOMPARE(std::count(is.cbegin(), is.cend(), true), 1);
}

void TestOutboxOperations::lookUpWithoutAServerSendsAgain_data()
{
    QTest::addColumn<OutboxItem::Kind>("kind");
    // Safe to repeat; and a new repository entry without a repository to ask.
    QTest::newRow("reference") << OutboxItem::Kind::AddCustomerReference;
    QTest::newRow("create entry") << OutboxItem::Kind::CreateRepositoryEntry;
    QTest::newRow("update entry") << OutboxItem::Kind::UpdateRepositoryEntry;
    QTest::newRow("delete entry") << OutboxItem::Kind::DeleteRepositoryEntry;
    QTest::newRow("publish") << OutboxItem::Kind::PublishToRepository;
}

void TestOutboxOperations::lookUpWithoutAServerSendsAgain()
{
    QFETCH(OutboxItem::Kind, kind);
    const OutboxItem item = itemIn(kind, OutboxItem::State::Uncertain, 1);
    std::optional<OutboxLookup::Result> result;
    OutboxOperation::of(kind)->lookUp(
        item, {}, {}, this, [&](const OutboxLookup::Result &r) { result = r; });
    QVERIFY(result);
    QCOMPARE(result->outcome, OutboxLookup::Outcome::NotThere);
}

void TestOutboxOperations::onlyDeletingTakesNotFoundForDone()
{
    const ApiError notFound(ApiError::Kind::InvalidRequest, QStringLiteral("gone"), 404,
        QStringLiteral("CASE_NOT_FOUND"));
    for (OutboxItem::Kind kind : allKinds) {
        QCOMPARE(OutboxOperation::of(kind)->isDoneDespite(notFound),
            kind == OutboxItem::Kind::DeleteRepositoryEntry);
    }
    QVERIFY(!OutboxOperation::of(OutboxItem::Kind::DeleteRepositoryEntry)
                 ->isDoneDespite(ApiError(ApiError::Kind::InvalidRequest, QStringLiteral("no"))));
}

void TestOutboxOperations::onlyPublishingRetriesRefusedOnStart()
{
    for (OutboxItem::Kind kind : allKinds) {
        QCOMPARE(OutboxOperation::of(kind)->retriesRefusedOnStart(),
            kind == OutboxItem::Kind::PublishToRepository);
    }
}

void TestOutboxOperations::repositoryChangeWithoutARepositoryFailsSayingWhy()
{
    for (OutboxItem::Kind kind :
        {OutboxItem::Kind::CreateRepositoryEntry, OutboxItem::Kind::UpdateRepositoryEntry,
            OutboxItem::Kind::DeleteRepositoryEntry, OutboxItem::Kind::PublishToRepository}) {
        OutboxServers servers;
        servers.owner = this;
        ApiReply *reply
            = OutboxOperation::of(kind)->send(itemIn(kind, OutboxItem::State::Sending), servers);
        QVERIFY(reply);
        QSignalSpy finished(reply, &ApiReply::finished);
        QVERIFY(finished.wait());
        QCOMPARE(reply->error().kind(), ApiError::Kind::InvalidRequest);
        QVERIFY(reply->error().userMessage().contains(QLatin1String("Case Repository")));
        delete reply;
    }
}

void TestOutboxOperations::handleReportsItsItem()
{
    const OutboxItem item = itemIn(OutboxItem::Kind::ReplyToCase, OutboxItem::State::Pending);
    QPointer<OutboxHandle> handle = new OutboxHandle(item, this);
    QCOMPARE(handle->key(), item.key);
    QSignalSpy changed(handle.data(), &OutboxHandle::changed);
    QSignalSpy finished(handle.data(), &OutboxHandle::finished);
    QSignalSpy removed(handle.data(), &OutboxHandle::removed);
    OutboxItem sending = item;
    sending.state = OutboxItem::State::Sending;
    handle->reportChanged(sending);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(handle->item().state, OutboxItem::State::Sending);
    OutboxItem done = item;
    done.state = OutboxItem::State::Done;
    handle->reportFinished(done);
    QCOMPARE(finished.size(), 1);
    handle->reportRemoved();
    QCOMPARE(removed.size(), 1);
    QTRY_VERIFY(handle.isNull()); // gone with its item
}

void TestOutboxOperations::everyStateHasWords_data()
{
    QTest::addColumn<OutboxItem::Kind>("kind");
    QTest::addColumn<OutboxItem::State>("state");
    QTest::addColumn<int>("attempts");
    for (OutboxItem::Kind kind : allKinds) {
        for (OutboxItem::State state : allStates) {
            for (int attempts : {0, 2}) {
                QTest::addRow("%s %s %d", qPrintable(OutboxItem::kindName(kind)),
                    qPrintable(OutboxItem::stateName(state)), attempts)
                    << kind << state << attempts;
            }
        }
    }
}

void TestOutboxOperations::everyStateHasWords()
{
    QFETCH(OutboxItem::Kind, kind);
    QFETCH(OutboxItem::State, state);
    QFETCH(int, attempts);
    const OutboxItem item = itemIn(kind, state, attempts);
    QVERIFY(!OutboxOperation::of(kind)->stateText(item).isEmpty());
    QVERIFY(!OutboxStates::formText(item).isEmpty());
    QVERIFY(!OutboxStates::threadText(item).isEmpty());
    QVERIFY(!OutboxStates::progressText(item).isEmpty());
    QCOMPARE(OutboxStates::lineText(item).isEmpty(), state == OutboxItem::State::Done);
    QVERIFY(!OutboxStates::word(state).isEmpty());
}

void TestOutboxOperations::wordsAreTheOnesShownBefore()
{
    using K = OutboxItem::Kind;
    using S = OutboxItem::State;
    // The case form: rich text, the server's words escaped.
    QCOMPARE(OutboxStates::formText(itemIn(K::CreateCase, S::Sending)),
        QStringLiteral("Creating the case with the provider…"));
    QCOMPARE(OutboxStates::formText(itemIn(K::CreateCase, S::Failed)),
        QStringLiteral("<b>The provider did not accept the case:</b> &lt;timeout&gt;"));
    QCOMPARE(
        OutboxStates::formText(itemIn(K::CreateCase, S::Done)), QStringLiteral("Created CS-2."));
    QCOMPARE(OutboxStates::formText(itemIn(K::CreateCase, S::Pending)),
        QStringLiteral("Waiting to send…"));
    // The repository entry form.
    QCOMPARE(OutboxStates::formText(itemIn(K::UpdateRepositoryEntry, S::Uncertain)),
        QStringLiteral("No answer from the Case Repository (&lt;timeout&gt;). Checking whether "
                       "the change arrived before trying again."));
    QCOMPARE(OutboxStates::formText(itemIn(K::CreateRepositoryEntry, S::Done)),
        QStringLiteral("Saved."));
    // The thread: plain text.
    QCOMPARE(OutboxStates::threadText(itemIn(K::ReplyToCase, S::Pending)),
        QStringLiteral("Waiting to send"));
    QCOMPARE(OutboxStates::threadText(itemIn(K::AddCustomerReference, S::Pending, 1)),
        QStringLiteral("Not sent yet (<timeout>); trying again automatically"));
    QCOMPARE(OutboxStates::threadText(itemIn(K::ReplyToCase, S::Failed)),
        QStringLiteral("Not accepted: <timeout>"));
    // Publishing.
    QCOMPARE(OutboxStates::progressText(itemIn(K::PublishToRepository, S::Pending)),
        QStringLiteral("waiting to be published"));
    QCOMPARE(OutboxStates::progressText(itemIn(K::PublishToRepository, S::Pending, 3)),
        QStringLiteral("not published yet: <timeout>"));
    QCOMPARE(OutboxStates::progressText(itemIn(K::PublishToRepository, S::Sending)),
        QStringLiteral("publishing…"));
    QCOMPARE(OutboxStates::progressText(itemIn(K::PublishToRepository, S::Uncertain)),
        QStringLiteral("no answer yet; publishing again"));
    // The repository panel's status line, and casectl's list.
    const OutboxItem deletion = itemIn(K::DeleteRepositoryEntry, S::Sending);
    QCOMPARE(OutboxStates::lineText(deletion), deletion.title() + QStringLiteral(": sending…"));
    QCOMPARE(OutboxStates::lineText(itemIn(K::DeleteRepositoryEntry, S::Failed)),
        deletion.title() + QStringLiteral(" was refused: <timeout>"));
    QCOMPARE(OutboxStates::word(S::Pending), QStringLiteral("waiting"));
    QCOMPARE(OutboxStates::word(S::Uncertain), QStringLiteral("unknown"));
    QCOMPARE(OutboxStates::word(S::Failed), QStringLiteral("refused"));
}

QTEST_GUILESS_MAIN(TestOutboxOperations)
#include "tst_outboxoperations.moc"
