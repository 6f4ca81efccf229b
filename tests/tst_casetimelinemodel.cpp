#include "models/Case.h"
#include "models/CaseTimelineModel.h"
#include "models/ProviderWords.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <ctime>

// The open case's timeline as a model (issue 14, item 2): a row per entry in words, another case
// resets it, a poll's new entry is inserted, never a reset.
namespace {

Case incident()
{
    Case c;
    c.id = QStringLiteral("CS-1");
    c.type = QStringLiteral("Incident");
    c.subject = QStringLiteral("ServiceDown");
    c.status = QStringLiteral("InProgress");
    c.priority = QStringLiteral("P1");
    c.startOfIncident = *Timestamp::parse(u"2026-11-20T07:55:00Z");
    c.createdDate = *Timestamp::parse(u"2026-11-20T08:00:00Z");
    c.lastModifiedDate = *Timestamp::parse(u"2026-11-20T09:00:00Z");
    c.communications = {{QStringLiteral("<b>Fibre</b>\ncut."), QStringLiteral("ProviderMessage"),
        *Timestamp::parse(u"2026-11-20T08:10:00Z"), QStringLiteral("Provider NOC")}};
    return c;
}

ObservedChange seen(const QString &from, const QString &to, const char *at)
{
    return {QStringLiteral("CS-1"), ObservedChange::Field::Status, from, to,
        *Timestamp::parse(QString::fromLatin1(at))};
}

} // namespace

class TestCaseTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsInWords();
    void anotherCaseResetsAPollInserts();
    void aChangedEntryIsUpdatedInPlace();

private:
    ProviderWords m_words;
};

void TestCaseTimelineModel::initTestCase()
{
    // Local time two hours ahead of UTC all year (no daylight saving in the test).
    qputenv("TZ", "UTC-02:00");
    tzset();
}

void TestCaseTimelineModel::rowsInWords()
{
    CaseTimelineModel model;
    auto *tester = new QAbstractItemModelTester(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    Q_UNUSED(tester)
    const Case c = incident();
    model.setTimeline(c.id,
        buildTimeline(c,
            {seen(QStringLiteral("New"), QStringLiteral("InProgress"), "2026-11-20T08:05:00Z")},
            m_words));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 3);
    auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, CaseTimelineModel::KindColumn), QStringLiteral("Start of incident"));
    QCOMPARE(
        text(0, CaseTimelineModel::TimeColumn), QStringLiteral("2026-11-20 09:55 (UTC+02:00)"));
    QCOMPARE(text(1, CaseTimelineModel::KindColumn), QStringLiteral("Created"));
    QCOMPARE(text(2, CaseTimelineModel::DetailsColumn),
        QStringLiteral("Status New → InProgress (seen 10:05)"));
    QCOMPARE(text(2, CaseTimelineModel::KindColumn), QStringLiteral("Status seen"));
    // The server's text as it came (on one line): no markup is read.
    QCOMPARE(text(3, CaseTimelineModel::DetailsColumn),
        QStringLiteral("Provider NOC: <b>Fibre</b> cut."));
    // The whole message, lines and all, in the tooltip.
    QCOMPARE(model.index(3, CaseTimelineModel::DetailsColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Provider NOC:\n<b>Fibre</b>\ncut."));
    QVERIFY(model.index(3, 0).data(CaseTimelineModel::IsFromProviderRole).toBool());
    QCOMPARE(model.index(2, 0).data(CaseTimelineModel::KindRole).toInt(),
        int(TimelineEntry::Kind::ObservedStatus));

    // Without a sender, the side names it, as in the thread: a status update was shown as
    // "StatusUpdate: Status changed…" (its type word; an Xvfb walk-through).
    Case unsigned_ = c;
    unsigned_.communications.append({QStringLiteral("Status changed from New to Resolved."),
        QStringLiteral("StatusUpdate"), *Timestamp::parse(u"2026-11-20T09:00:00Z"), QString()});
    unsigned_.communications.append({QStringLiteral("Still down."),
        QStringLiteral("CustomerMessage"), *Timestamp::parse(u"2026-11-20T09:30:00Z"), QString()});
    model.setTimeline(c.id, buildTimeline(unsigned_, {}, m_words));
    QCOMPARE(text(model.rowCount() - 2, CaseTimelineModel::DetailsColumn),
        QStringLiteral("Provider: Status changed from New to Resolved."));
    QCOMPARE(text(model.rowCount() - 1, CaseTimelineModel::DetailsColumn),
        QStringLiteral("Us: Still down."));
}

void TestCaseTimelineModel::anotherCaseResetsAPollInserts()
{
    CaseTimelineModel model;
    new QAbstractItemModelTester(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    Case c = incident();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTimeline(c.id, buildTimeline(c, {}, m_words));
    QCOMPARE(reset.count(), 1);
    const int before = model.rowCount();

    // A poll: the provider resolved it, the console saw it.
    c.status = QStringLiteral("Resolved");
    c.communications.append({QStringLiteral("Spliced."), QStringLiteral("ProviderMessage"),
        *Timestamp::parse(u"2026-11-20T10:00:00Z"), QStringLiteral("Provider NOC")});
    model.setTimeline(c.id,
        buildTimeline(c,
            {seen(
                QStringLiteral("InProgress"), QStringLiteral("Resolved"), "2026-11-20T10:01:00Z")},
            m_words));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(inserted.first().at(1).toInt(), before);
    QCOMPARE(model.rowCount(), before + 2);
    QCOMPARE(model.index(before + 1, CaseTimelineModel::DetailsColumn).data().toString(),
        QStringLiteral("Status InProgress → Resolved (seen 12:01)"));

    // The same timeline again: nothing.
    model.setTimeline(c.id,
        buildTimeline(c,
            {seen(
                QStringLiteral("InProgress"), QStringLiteral("Resolved"), "2026-11-20T10:01:00Z")},
            m_words));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 0);

    // Another case: a reset.
    Case other = incident();
    other.id = QStringLiteral("CS-2");
    model.setTimeline(other.id, buildTimeline(other, {}, m_words));
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.caseId(), QStringLiteral("CS-2"));
}

void TestCaseTimelineModel::aChangedEntryIsUpdatedInPlace()
{
    CaseTimelineModel model;
    new QAbstractItemModelTester(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    Case c = incident();
    model.setTimeline(c.id, buildTimeline(c, {}, m_words));
    const int before = model.rowCount();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    // A message read anew under other words: the row changes in place.
    c.communications.first().sentBy = QStringLiteral("NOC Paris");
    model.setTimeline(c.id, buildTimeline(c, {}, m_words));
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), before - 1);
    // An entry gone (a start of incident the provider took back): the tail is removed.
    c.startOfIncident = Timestamp();
    model.setTimeline(c.id, buildTimeline(c, {}, m_words));
    QCOMPARE(model.rowCount(), before - 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(
        model.index(0, CaseTimelineModel::KindColumn).data().toString(), QStringLiteral("Created"));
}

QTEST_GUILESS_MAIN(TestCaseTimelineModel)
#include "tst_casetimelinemodel.moc"
