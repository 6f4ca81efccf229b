// ProviderWords: the default tables, normalisation, the override, learning from the console's
// own confirmed messages, and unknown words.

#include "models/Case.h"
#include "models/CaseDraft.h"
#include "models/OutboxItem.h"
#include "models/ProviderWords.h"
#include "store/SqliteStore.h"

#include <QTest>

Q_DECLARE_METATYPE(ProviderWords::StatusKind)

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

Communication message(
    const QString &text, const QString &type, const char *when, const QString &sentBy = {})
{
    return {text, type, Timestamp::fromDateTime(at(when)), sentBy};
}

OutboxItem confirmedReply(const QString &caseId, const QString &text, const QString &sentBy)
{
    OutboxItem item = OutboxItem::create(OutboxItem::Kind::ReplyToCase,
        {{QStringLiteral("caseId"), caseId}, {QStringLiteral("message"), text},
            {QStringLiteral("sentBy"), sentBy}});
    item.state = OutboxItem::State::Done;
    return item;
}

} // namespace

class TestProviderWords : public QObject
{
    Q_OBJECT

private slots:
    void defaultsTellSidesApart_data();
    void defaultsTellSidesApart();
    void defaultsTellClosedStatuses_data();
    void defaultsTellClosedStatuses();
    void normalisationIgnoresCaseSpacesUnderscoresAndHyphens();
    void overrideWinsOverLearnedOverDefaults();
    void closedOverrideDecidesAndKindsFollow();
    void learnsOurTypeWordAndSenderEchoFromAConfirmedReply();
    void learnsFromACreatedCase();
    void learnsThatTheProviderReplacesTheSender();
    void aMessageOlderThanTheConfirmationTeachesNothing();
    void noSenderSentTeachesNothingAboutEchoes();
    void staleExpectationsAreDropped();
    void jsonRoundTrip();
    void storeKeepsLearnedWordsAndMergesAnotherProcesss();
};

void TestProviderWords::defaultsTellSidesApart_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("ours");
    QTest::addColumn<bool>("statusUpdate");
    // The sandbox's words.
    QTest::newRow("CustomerMessage") << "CustomerMessage" << true << false;
    QTest::newRow("ProviderMessage") << "ProviderMessage" << false << false;
    QTest::newRow("StatusUpdate") << "StatusUpdate" << false << true;
    // The plain vocabulary.
    QTest::newRow("Customer") << "Customer" << true << false;
    QTest::newRow("Provider") << "Provider" << false << false;
    QTest::newRow("System") << "System" << false << true;
    // Others of the table.
    QTest::newRow("Client") << "Client" << true << false;
    QTest::newRow("customer_reply") << "customer_reply" << true << false;
    QTest::newRow("Status") << "Status" << false << true;
    // Unknown words are the provider's, kept as they are.
    QTest::newRow("unknown") << "Engineer" << false << false;
    QTest::newRow("empty") << "" << false << false;
}

void TestProviderWords::defaultsTellSidesApart()
{
    QFETCH(QString, type);
    QFETCH(bool, ours);
    QFETCH(bool, statusUpdate);
    const ProviderWords words;
    QCOMPARE(words.isOurs(type), ours);
    QCOMPARE(words.isFromProvider(type), !ours);
    QCOMPARE(words.isStatusUpdate(type), statusUpdate);
    Communication m;
    m.type = type;
    QCOMPARE(m.isFromProvider(words), !ours);
}

void TestProviderWords::defaultsTellClosedStatuses_data()
{
    using K = ProviderWords::StatusKind;
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<ProviderWords::StatusKind>("kind");
    QTest::newRow("New") << "New" << false << K::Open;
    QTest::newRow("InProgress") << "InProgress" << false << K::InProgress;
    QTest::newRow("PendingCustomer") << "PendingCustomer" << false << K::WaitingOnUs;
    QTest::newRow("OnHold") << "OnHold" << false << K::OnHold;
    QTest::newRow("Resolved") << "Resolved" << true << K::Resolved;
    QTest::newRow("Closed") << "Closed" << true << K::Closed;
    QTest::newRow("Cancelled") << "Cancelled" << true << K::Cancelled;
    QTest::newRow("Open") << "Open" << false << K::Open;
    QTest::newRow("In Progress") << "In Progress" << false << K::InProgress;
    QTest::newRow("Pending Customer") << "Pending Customer" << false << K::WaitingOnUs;
    QTest::newRow("On Hold") << "On Hold" << false << K::OnHold;
    QTest::newRow("Solved") << "Solved" << true << K::Resolved;
    QTest::newRow("Canceled") << "Canceled" << true << K::Cancelled;
    QTest::newRow("completed") << "completed" << true << K::Closed;
    QTest::newRow("DONE") << "DONE" << true << K::Closed;
    // Unknown: open, shown as it came.
    QTest::newRow("unknown") << "Awaiting Parts Delivery" << false << K::Unknown;
}

void TestProviderWords::defaultsTellClosedStatuses()
{
    QFETCH(QString, status);
    QFETCH(bool, closed);
    QFETCH(ProviderWords::StatusKind, kind);
    const ProviderWords words;
    QCOMPARE(words.isClosed(status), closed);
    QCOMPARE(words.statusKind(status), kind);
    CaseHeader c;
    c.status = status;
    QCOMPARE(c.isOpen(words), !closed);
}

void TestProviderWords::normalisationIgnoresCaseSpacesUnderscoresAndHyphens()
{
    QCOMPARE(ProviderWords::normalised(QStringLiteral("In Progress")),
        ProviderWords::normalised(QStringLiteral("in_progress")));
    QCOMPARE(ProviderWords::normalised(QStringLiteral("ON-HOLD")),
        ProviderWords::normalised(QStringLiteral("OnHold")));
    QCOMPARE(ProviderWords::normalised(QStringLiteral(" Customer\tMessage ")),
        QStringLiteral("customermessage"));
    QVERIFY(ProviderWords().isOurs(QStringLiteral("customer-message")));
    QVERIFY(ProviderWords().isClosed(QStringLiteral("  resolved ")));
}

void TestProviderWords::overrideWinsOverLearnedOverDefaults()
{
    LearnedWords learned;
    learned.ourTypes = {QStringLiteral("Inbound")};
    const ProviderWords byLearning({}, learned);
    QVERIFY(byLearning.isOurs(QStringLiteral("inbound")));
    // Learned replaces the default table: the provider's word for us is known now.
    QVERIFY(!byLearning.isOurs(QStringLiteral("CustomerMessage")));
    QCOMPARE(byLearning.ourTypesSource(), ProviderWords::Source::Learned);
    QCOMPARE(byLearning.ourTypes(), QStringList {QStringLiteral("Inbound")});

    WordOverrides overrides;
    overrides.ourTypes = {QStringLiteral("Requester Note"), QStringLiteral("Portal")};
    const ProviderWords byOverride(overrides, learned);
    QVERIFY(byOverride.isOurs(QStringLiteral("requester_note")));
    QVERIFY(byOverride.isOurs(QStringLiteral("PORTAL")));
    QVERIFY(!byOverride.isOurs(QStringLiteral("Inbound")));
    QCOMPARE(byOverride.ourTypesSource(), ProviderWords::Source::Override);

    // Blank words in an override do not count as one.
    overrides.ourTypes = {QStringLiteral("  ")};
    QCOMPARE(ProviderWords(overrides, {}).ourTypesSource(), ProviderWords::Source::Default);
    QVERIFY(ProviderWords(overrides, {}).isOurs(QStringLiteral("Customer")));
}

void TestProviderWords::closedOverrideDecidesAndKindsFollow()
{
    WordOverrides overrides;
    overrides.closedStatuses = {QStringLiteral("Closed"), QStringLiteral("Archived by NOC")};
    const ProviderWords words(overrides, {});
    QVERIFY(words.isClosed(QStringLiteral("archived_by_noc")));
    QVERIFY(words.isClosed(QStringLiteral("closed")));
    // Not in the override: open, whatever the default table says.
    QVERIFY(words.isOpen(QStringLiteral("Solved")));
    QCOMPARE(
        words.statusKind(QStringLiteral("Archived by NOC")), ProviderWords::StatusKind::Closed);
    QCOMPARE(words.statusKind(QStringLiteral("Solved")), ProviderWords::StatusKind::Unknown);
    QCOMPARE(
        words.statusKind(QStringLiteral("In Progress")), ProviderWords::StatusKind::InProgress);
    QCOMPARE(words.closedStatusesSource(), ProviderWords::Source::Override);
    QVERIFY(ProviderWords().closedStatuses().contains(QStringLiteral("Canceled")));
}

void TestProviderWords::learnsOurTypeWordAndSenderEchoFromAConfirmedReply()
{
    LearnedWords learned;
    QVERIFY(learned.expect(confirmedReply(QStringLiteral("CS-1"), QStringLiteral(" Any news? "),
                               QStringLiteral("Ann")),
        at("2026-11-20T10:00:00Z")));
    QVERIFY(!learned.expect(OutboxItem::create(OutboxItem::Kind::AddCustomerReference, {}),
        at("2026-11-20T10:00:00Z")));
    QCOMPARE(learned.expected.size(), 1);

    Case other;
    other.id = QStringLiteral("CS-2");
    other.communications = {
        message(QStringLiteral("Any news?"), QStringLiteral("Customer"), "2026-11-20T10:00:01Z")};
    QVERIFY(!learned.learnFrom(other)); // another case teaches nothing
    Case c;
    c.id = QStringLiteral("CS-1");
    c.communications = {message(QStringLiteral("On it."), QStringLiteral("Agent"),
                            "2026-11-20T09:00:00Z", QStringLiteral("NOC")),
        message(QStringLiteral("Any news?"), QStringLiteral("Requester Note"),
            "2026-11-20T09:59:58Z", QStringLiteral("Ann"))};
    QVERIFY(learned.learnFrom(c));
    QCOMPARE(learned.ourTypes, QStringList {QStringLiteral("Requester Note")});
    QCOMPARE(learned.echoesSender, std::optional<bool>(true));
    QVERIFY(learned.expected.isEmpty());
    QVERIFY(!learned.learnFrom(c)); // learned once

    const ProviderWords words({}, learned);
    QVERIFY(words.isOurs(QStringLiteral("RequesterNote")));
    QVERIFY(words.isFromProvider(QStringLiteral("Agent")));
    QVERIFY(words.echoesSender());
}

void TestProviderWords::learnsFromACreatedCase()
{
    CaseDraft draft;
    draft.type = QStringLiteral("NonIncident");
    draft.message = QStringLiteral("Please send the utilisation report.");
    OutboxItem item = OutboxItem::create(OutboxItem::Kind::CreateCase, draft.toJson());
    item.resultId = QStringLiteral("CS-9");
    LearnedWords learned;
    QVERIFY(learned.expect(item, at("2026-11-20T10:00:00Z")));
    Case c;
    c.id = QStringLiteral("CS-9");
    c.communications = {message(draft.message, QStringLiteral("Client"), "2026-11-20T10:00:00Z")};
    QVERIFY(learned.learnFrom(c));
    QCOMPARE(learned.ourTypes, QStringList {QStringLiteral("Client")});
    QVERIFY(!learned.echoesSender.has_value()); // no sender was sent
}

void TestProviderWords::learnsThatTheProviderReplacesTheSender()
{
    LearnedWords learned;
    learned.expect(confirmedReply(QStringLiteral("CS-1"), QStringLiteral("Rebooted the CPE."),
                       QStringLiteral("Ann")),
        at("2026-11-20T10:00:00Z"));
    Case c;
    c.id = QStringLiteral("CS-1");
    c.communications = {message(QStringLiteral("Rebooted the CPE."), QStringLiteral("Customer"),
        "2026-11-20T10:00:00Z", QStringLiteral("API"))};
    QVERIFY(learned.learnFrom(c));
    QCOMPARE(learned.echoesSender, std::optional<bool>(false));
    QVERIFY(!ProviderWords({}, learned).echoesSender());
}

void TestProviderWords::aMessageOlderThanTheConfirmationTeachesNothing()
{
    // The same words written an hour before (an earlier identical reply) are not this one.
    LearnedWords learned;
    learned.expect(confirmedReply(QStringLiteral("CS-1"), QStringLiteral("Thanks."), {}),
        at("2026-11-20T10:00:00Z"));
    Case c;
    c.id = QStringLiteral("CS-1");
    c.communications
        = {message(QStringLiteral("Thanks."), QStringLiteral("Agent"), "2026-11-20T09:00:00Z")};
    QVERIFY(!learned.learnFrom(c));
    QVERIFY(learned.ourTypes.isEmpty());
    QCOMPARE(learned.expected.size(), 1); // still waiting for it
}

void TestProviderWords::noSenderSentTeachesNothingAboutEchoes()
{
    LearnedWords learned;
    learned.echoesSender = true;
    learned.expect(confirmedReply(QStringLiteral("CS-1"), QStringLiteral("Ping."), {}),
        at("2026-11-20T10:00:00Z"));
    Case c;
    c.id = QStringLiteral("CS-1");
    c.communications = {message(QStringLiteral("Ping."), QStringLiteral("CustomerMessage"),
        "2026-11-20T10:00:00Z", QStringLiteral("API"))};
    QVERIFY(learned.learnFrom(c));
    QCOMPARE(learned.echoesSender, std::optional<bool>(true));
}

void TestProviderWords::staleExpectationsAreDropped()
{
    LearnedWords learned;
    learned.expect(confirmedReply(QStringLiteral("CS-1"), QStringLiteral("Old."), {}),
        at("2026-11-01T10:00:00Z"));
    learned.expect(confirmedReply(QStringLiteral("CS-2"), QStringLiteral("New."), {}),
        at("2026-11-20T10:00:00Z"));
    QCOMPARE(learned.expected.size(), 1);
    QCOMPARE(learned.expected.constFirst().caseId, QStringLiteral("CS-2"));
}

void TestProviderWords::jsonRoundTrip()
{
    LearnedWords learned;
    learned.ourTypes = {QStringLiteral("Customer")};
    learned.echoesSender = false;
    learned.expect(
        confirmedReply(QStringLiteral("CS-1"), QStringLiteral("Hi."), QStringLiteral("Ann")),
        at("2026-11-20T10:00:00.123Z"));
    QCOMPARE(LearnedWords::fromJson(learned.toJson()), learned);
    QCOMPARE(LearnedWords::fromJson("not json"), LearnedWords());
    QCOMPARE(LearnedWords::fromJson(R"({"ourTypes":[1," ","Client"],"expected":[{}]})").ourTypes,
        QStringList {QStringLiteral("Client")});
}

void TestProviderWords::storeKeepsLearnedWordsAndMergesAnotherProcesss()
{
    SqliteStore store(QStringLiteral(":memory:"));
    QVERIFY(store.open().ok);
    QCOMPARE(store.learnedWords(), LearnedWords());
    LearnedWords casectl;
    casectl.ourTypes = {QStringLiteral("Customer")};
    casectl.echoesSender = true;
    QVERIFY(store.saveLearnedWords(casectl));
    QCOMPARE(store.learnedWords(), casectl);
    // The console, which had not heard of it, saves its own expectation: what casectl learned
    // stays.
    LearnedWords console;
    console.expect(confirmedReply(QStringLiteral("CS-1"), QStringLiteral("Hi."), {}),
        QDateTime::currentDateTimeUtc());
    QVERIFY(store.saveLearnedWords(console));
    const LearnedWords stored = store.learnedWords();
    QCOMPARE(stored.ourTypes, casectl.ourTypes);
    QCOMPARE(stored.echoesSender, casectl.echoesSender);
    QCOMPARE(stored.expected, console.expected);
}

QTEST_GUILESS_MAIN(TestProviderWords)
#include "tst_providerwords.moc"
