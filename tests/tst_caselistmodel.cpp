#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

CaseSummary makeCase(const QString &id, const QString &modified, const QString &subject = {})
{
    CaseSummary c;
    c.id = id;
    c.subject = subject.isEmpty() ? QStringLiteral("ServiceDown") : subject;
    c.type = QStringLiteral("Incident");
    c.priority = QStringLiteral("P2");
    c.status = QStringLiteral("InProgress");
    c.createdDate = *Timestamp::parse(u"2026-11-01T08:00:00Z");
    c.lastModifiedDate = *Timestamp::parse(modified);
    c.communicationCount = 1;
    c.seenCommunicationCount = 1;
    c.seenModified = c.lastModifiedDate;
    return c;
}

} // namespace

class TestCaseListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertsNewCases();
    void sameCaseTwiceIsNotDuplicated();
    void changedCaseUpdatesInPlace();
    void olderVersionNeverOverwritesNewer();
    void duplicateIdsInOneBatchKeepNewest();
    void removeRow();
    void rolesAndSortValues();
    void unreadAndNewMessages();
    void ageOfOpenIncidents();
    void resetOnlyForLoading();
    void watchedRoleChangesInPlace();
    void heldOrderKeepsRowsUntilReleased();
    void theOpenCaseStaysInTheUnreadList();
    void slaColumnsChangeOnlyTheirRows();
    void runsAtStartNameCasesByPosition();
    void nextBreachSortsBreachedFirstThenByDueTime();
    void everyReportAtStartIsOneSignal();
    void slaReportsStayWithTheirCases();
    void theStoresDigestChangesNoRow();

private:
    // The Next breach cell of case `id`.
    QString nextBreach(const QString &id) const
    {
        return m_model->index(m_model->rowOf(id), CaseListModel::NextBreachColumn)
            .data()
            .toString();
    }

    std::unique_ptr<CaseListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCaseListModel::watchedRoleChangesInPlace()
{
    // Watched before its row arrives (the store's watch list comes before the poll's cases).
    m_model->setWatchedCases({QStringLiteral("CS-2")});
    m_model->upsert({makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T08:00:00Z")),
        makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-02T09:00:00Z"))});
    const int row1 = m_model->rowOf(QStringLiteral("CS-1"));
    const int row2 = m_model->rowOf(QStringLiteral("CS-2"));
    QCOMPARE(m_model->index(row1, 0).data(CaseListModel::WatchedRole).toBool(), false);
    QCOMPARE(
        m_model->index(row2, CaseListModel::StatusColumn).data(CaseListModel::WatchedRole).toBool(),
        true);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->setWatched(QStringLiteral("CS-1"), true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), row1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().column(), CaseListModel::ColumnCount - 1);
    QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int> {CaseListModel::WatchedRole});
    QCOMPARE(m_model->index(row1, 0).data(CaseListModel::WatchedRole).toBool(), true);
    // The same again changes nothing; a case not in the list changes no row.
    m_model->setWatched(QStringLiteral("CS-1"), true);
    m_model->setWatched(QStringLiteral("CS-9"), true);
    QCOMPARE(changed.count(), 1);
    // A new watch list: only the rows whose state changed.
    changed.clear();
    m_model->setWatchedCases({QStringLiteral("CS-1"), QStringLiteral("CS-9")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row2);
    QCOMPARE(m_model->index(row2, 0).data(CaseListModel::WatchedRole).toBool(), false);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_model->roleNames().value(CaseListModel::WatchedRole), QByteArray("watched"));
}

// The proxy over the list: while held, a change moves no row and a new case comes at the end;
// released, the order and the filters are applied at once. Incremental throughout.
void TestCaseListModel::heldOrderKeepsRowsUntilReleased()
{
    m_model->upsert({makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-01T09:00:00Z")),
        makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-01T10:00:00Z")),
        makeCase(QStringLiteral("CS-3"), QStringLiteral("2026-11-01T11:00:00Z"))});
    CaseFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.sort(CaseListModel::LastModifiedColumn, Qt::DescendingOrder);
    const auto ids = [&] {
        QStringList list;
        for (int row = 0; row < proxy.rowCount(); ++row)
            list << proxy.index(row, 0).data(CaseListModel::CaseIdRole).toString();
        return list;
    };
    QCOMPARE(ids(),
        (QStringList {QStringLiteral("CS-3"), QStringLiteral("CS-2"), QStringLiteral("CS-1")}));
    proxy.setOrderHeld(true);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    CaseSummary newest = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-01T12:00:00Z"));
    m_model->upsert(
        {newest, makeCase(QStringLiteral("CS-4"), QStringLiteral("2026-11-01T13:00:00Z"))});
    QCOMPARE(ids(),
        (QStringList {QStringLiteral("CS-3"), QStringLiteral("CS-2"), QStringLiteral("CS-1"),
            QStringLiteral("CS-4")}));
    proxy.setOrderHeld(false);
    QCOMPARE(ids(),
        (QStringList {QStringLiteral("CS-4"), QStringLiteral("CS-1"), QStringLiteral("CS-3"),
            QStringLiteral("CS-2")}));
    QCOMPARE(reset.count(), 0);
}

// With "Unread only", the open case stays once read, until another case is opened or a filter
// changes.
void TestCaseListModel::theOpenCaseStaysInTheUnreadList()
{
    CaseSummary a = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-01T09:00:00Z"));
    CaseSummary b = makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-01T10:00:00Z"));
    a.seenModified = b.seenModified = *Timestamp::parse(u"2026-11-01T08:00:00Z");
    m_model->upsert({a, b});
    CaseFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.setUnreadOnly(true);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setOpenCase(a.id);
    a.seenModified = a.lastModifiedDate; // read
    m_model->upsert({a});
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setOpenCase(b.id);
    QCOMPARE(proxy.rowCount(), 1);
    b.seenModified = b.lastModifiedDate;
    m_model->upsert({b});
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(QStringLiteral("CS-"));
    QCOMPARE(proxy.rowCount(), 0);
}

namespace {

SlaClock clock(SlaClock::State state, qint64 target, qint64 elapsed, const QString &due = {})
{
    SlaClock c;
    c.state = state;
    c.targetSeconds = target;
    c.elapsedSeconds = elapsed;
    if (!due.isEmpty())
        c.due = *Timestamp::parse(due);
    return c;
}

// A first response 12 minutes from its target, and a restore 1 h 5 min over it.
SlaReport soonReport()
{
    SlaReport soon;
    soon.firstResponse
        = clock(SlaClock::State::Running, 900, 180, QStringLiteral("2026-11-02T09:12:00Z"));
    return soon;
}

SlaReport overReport()
{
    SlaReport over;
    over.restore = clock(SlaClock::State::Breached, 900, 900 + 65 * 60);
    return over;
}

} // namespace

void TestCaseListModel::slaColumnsChangeOnlyTheirRows()
{
    m_model->upsert({makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T08:00:00Z")),
        makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-02T09:00:00Z")),
        makeCase(QStringLiteral("CS-3"), QStringLiteral("2026-11-02T10:00:00Z"))});
    QCOMPARE(m_model->headerData(CaseListModel::NextBreachColumn, Qt::Horizontal).toString(),
        QStringLiteral("Next breach"));
    QCOMPARE(m_model->headerData(CaseListModel::TurnColumn, Qt::Horizontal).toString(),
        QStringLiteral("Turn"));
    const int row2 = m_model->rowOf(QStringLiteral("CS-2"));
    QCOMPARE(m_model->index(row2, CaseListModel::NextBreachColumn).data().toString(), QString());

    SlaReport report;
    report.firstResponse
        = clock(SlaClock::State::Running, 900, 180, QStringLiteral("2026-11-02T09:12:00Z"));
    report.turn = SlaReport::Turn::Provider;
    report.turnSince = *Timestamp::parse(u"2026-11-02T09:00:00Z");
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setSlaReports({{QStringLiteral("CS-2"), report}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), row2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(CaseListModel::NextBreachColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(CaseListModel::TurnColumn));
    const QModelIndex next = m_model->index(row2, CaseListModel::NextBreachColumn);
    QCOMPARE(next.data().toString(), QStringLiteral("12 min left"));
    QCOMPARE(next.data(CaseListModel::SlaStateRole).toInt(), int(CaseListModel::SlaRunning));
    QVERIFY(next.data(Qt::ToolTipRole).toString().contains(QLatin1String("First response")));
    const QModelIndex turn = m_model->index(row2, CaseListModel::TurnColumn);
    QVERIFY2(turn.data().toString().startsWith(QLatin1String("Waiting on provider since")),
        qPrintable(turn.data().toString()));

    // The same report again changes nothing; a breach changes the row again.
    changed.clear();
    m_model->setSlaReports({{QStringLiteral("CS-2"), report}});
    QCOMPARE(changed.size(), 0);
    report.firstResponse = clock(SlaClock::State::Breached, 900, 900 + 65 * 60);
    m_model->setSlaReports({{QStringLiteral("CS-2"), report}, {QStringLiteral("CS-9"), report}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(next.data().toString(), QStringLiteral("1 h 5 min over"));
    QCOMPARE(next.data(CaseListModel::SlaStateRole).toInt(), int(CaseListModel::SlaBreached));
    // A report for a case that arrives later is shown when it does.
    m_model->upsert({makeCase(QStringLiteral("CS-9"), QStringLiteral("2026-11-02T11:00:00Z"))});
    QCOMPARE(m_model->index(m_model->rowOf(QStringLiteral("CS-9")), CaseListModel::NextBreachColumn)
                 .data()
                 .toString(),
        QStringLiteral("1 h 5 min over"));
}

// The list keeps the reports by row (sorting by Next breach reads them n log n times): they
// follow their cases when a row goes, through a reset, and when they come before their case.
void TestCaseListModel::slaReportsStayWithTheirCases()
{
    const SlaReport soon = soonReport(), over = overReport();
    // Reported before the list has them (the clocks were quicker than the store's answer).
    m_model->setSlaReports({{QStringLiteral("CS-2"), soon}, {QStringLiteral("CS-3"), over}});
    QVERIFY(m_model->slaBrief(QStringLiteral("CS-3")));
    m_model->reset({makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T08:00:00Z")),
        makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-02T09:00:00Z")),
        makeCase(QStringLiteral("CS-3"), QStringLiteral("2026-11-02T10:00:00Z"))});
    QCOMPARE(nextBreach(QStringLiteral("CS-1")), QString());
    QCOMPARE(nextBreach(QStringLiteral("CS-2")), QStringLiteral("12 min left"));
    QCOMPARE(nextBreach(QStringLiteral("CS-3")), QStringLiteral("1 h 5 min over"));
    QVERIFY(!m_model->slaBrief(QStringLiteral("CS-4")));

    // A row removed: the rows after it keep their own reports.
    QVERIFY(m_model->remove(QStringLiteral("CS-2")));
    QCOMPARE(nextBreach(QStringLiteral("CS-1")), QString());
    QCOMPARE(nextBreach(QStringLiteral("CS-3")), QStringLiteral("1 h 5 min over"));

    // A reset keeps the reports of the cases it keeps, wherever their rows go.
    m_model->reset({makeCase(QStringLiteral("CS-5"), QStringLiteral("2026-11-02T08:00:00Z")),
        makeCase(QStringLiteral("CS-3"), QStringLiteral("2026-11-02T10:00:00Z"))});
    QCOMPARE(nextBreach(QStringLiteral("CS-5")), QString());
    QCOMPARE(nextBreach(QStringLiteral("CS-3")), QStringLiteral("1 h 5 min over"));

    // One case twice in one delivery: the later report wins, its row changes once.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setSlaReports({{QStringLiteral("CS-3"), over}, {QStringLiteral("CS-3"), soon}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(nextBreach(QStringLiteral("CS-3")), QStringLiteral("12 min left"));
}

void TestCaseListModel::runsAtStartNameCasesByPosition()
{
    // The clocks at start hand runs of briefs by position in the summaries they were loaded
    // with (one run per thread); a skipped position (no digest yet) is no update.
    const SlaReport soon = soonReport(), over = overReport();
    const SlaBrief soonBrief = SlaBrief::of(soon), overBrief = SlaBrief::of(over);
    const QList<CaseSummary> basis {
        makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T08:00:00Z")),
        makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-02T09:00:00Z")),
        makeCase(QStringLiteral("CS-3"), QStringLiteral("2026-11-02T10:00:00Z")),
        makeCase(QStringLiteral("CS-4"), QStringLiteral("2026-11-02T11:00:00Z"))};
    m_model->reset(basis);
    m_model->setSlaReports({{QStringLiteral("CS-2"), over}});
    SlaUpdates start(basis);
    start.appendRun(0, {soonBrief, SlaBrief()}, {1});
    start.appendRun(2, {overBrief, soonBrief});
    QCOMPARE(start.size(), 3);
    QVERIFY(start.contains(QStringLiteral("CS-4")));
    QVERIFY(!start.contains(QStringLiteral("CS-2")));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setSlaReports(start);
    QCOMPARE(nextBreach(QStringLiteral("CS-1")), QStringLiteral("12 min left"));
    QCOMPARE(nextBreach(QStringLiteral("CS-2")), QStringLiteral("1 h 5 min over")); // skipped
    QCOMPARE(nextBreach(QStringLiteral("CS-3")), QStringLiteral("1 h 5 min over"));
    QCOMPARE(nextBreach(QStringLiteral("CS-4")), QStringLiteral("12 min left"));
    QVERIFY(!changed.isEmpty());

    // A row removed since: the positions after it name other rows, so the cases are found by id.
    QVERIFY(m_model->remove(QStringLiteral("CS-1")));
    SlaUpdates later(basis);
    later.appendRun(2, {soonBrief, overBrief});
    m_model->setSlaReports(later);
    QCOMPARE(nextBreach(QStringLiteral("CS-2")), QStringLiteral("1 h 5 min over"));
    QCOMPARE(nextBreach(QStringLiteral("CS-3")), QStringLiteral("12 min left"));
    QCOMPARE(nextBreach(QStringLiteral("CS-4")), QStringLiteral("1 h 5 min over"));
}

void TestCaseListModel::nextBreachSortsBreachedFirstThenByDueTime()
{
    m_model->upsert({makeCase(QStringLiteral("late"), QStringLiteral("2026-11-02T08:00:00Z")),
        makeCase(QStringLiteral("soon"), QStringLiteral("2026-11-02T08:00:00Z")),
        makeCase(QStringLiteral("none"), QStringLiteral("2026-11-02T08:00:00Z")),
        makeCase(QStringLiteral("paused"), QStringLiteral("2026-11-02T08:00:00Z")),
        makeCase(QStringLiteral("over"), QStringLiteral("2026-11-02T08:00:00Z")),
        makeCase(QStringLiteral("wayover"), QStringLiteral("2026-11-02T08:00:00Z")),
        makeCase(QStringLiteral("closed"), QStringLiteral("2026-11-02T08:00:00Z"))});
    SlaReport late, soon, paused, over, wayOver, closed;
    // Breached, then the case closed: after the open ones, with the paused.
    closed.firstResponse = clock(SlaClock::State::Breached, 900, 99000);
    closed.firstResponse.stoppedAt = *Timestamp::parse(u"2026-11-01T09:00:00Z");
    late.restore
        = clock(SlaClock::State::Running, 3600, 60, QStringLiteral("2026-11-02T12:00:00Z"));
    soon.updateGap
        = clock(SlaClock::State::Running, 3600, 60, QStringLiteral("2026-11-02T10:00:00Z"));
    soon.restore
        = clock(SlaClock::State::Running, 7200, 60, QStringLiteral("2026-11-02T13:00:00Z"));
    paused.firstResponse = clock(SlaClock::State::Paused, 900, 60);
    over.firstResponse = clock(SlaClock::State::Breached, 900, 1000);
    wayOver.restore = clock(SlaClock::State::Breached, 900, 9000);
    m_model->setSlaReports({{QStringLiteral("late"), late}, {QStringLiteral("soon"), soon},
        {QStringLiteral("paused"), paused}, {QStringLiteral("over"), over},
        {QStringLiteral("wayover"), wayOver}, {QStringLiteral("closed"), closed}});

    CaseFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.sort(CaseListModel::NextBreachColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, 0).data(CaseListModel::CaseIdRole).toString();
    QCOMPARE(order,
        QStringList({QStringLiteral("wayover"), QStringLiteral("over"), QStringLiteral("soon"),
            QStringLiteral("late"), QStringLiteral("paused"), QStringLiteral("closed"),
            QStringLiteral("none")}));
    QCOMPARE(
        m_model->index(m_model->rowOf(QStringLiteral("closed")), CaseListModel::NextBreachColumn)
            .data(CaseListModel::SlaStateRole)
            .toInt(),
        int(CaseListModel::SlaStopped));
}

void TestCaseListModel::everyReportAtStartIsOneSignal()
{
    // At start the clocks of every case come at once (100k): one dataChanged over the two
    // columns, not one per row.
    QList<CaseSummary> cases;
    SlaUpdates reports;
    SlaReport report;
    report.firstResponse
        = clock(SlaClock::State::Running, 900, 180, QStringLiteral("2026-11-02T09:12:00Z"));
    for (int i = 0; i < 50; ++i) {
        const QString id = QStringLiteral("CS-%1").arg(i);
        cases << makeCase(
            id, QStringLiteral("2026-11-02T08:%1:00Z").arg(i, 2, 10, QLatin1Char('0')));
        reports.append(id, SlaBrief::of(report));
    }
    m_model->reset(cases);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setSlaReports(reports);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(
        changed.at(0).at(0).toModelIndex(), m_model->index(0, CaseListModel::NextBreachColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(49, CaseListModel::TurnColumn));
    for (int row = 0; row < 50; ++row) {
        QCOMPARE(m_model->index(row, CaseListModel::NextBreachColumn).data().toString(),
            QStringLiteral("12 min left"));
    }
}

void TestCaseListModel::theStoresDigestChangesNoRow()
{
    // A first sync shows the poll's answer, then the store's summaries, the same but for the
    // SLA digest the store adds: no row changes for it.
    const CaseSummary c = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T08:00:00Z"));
    m_model->upsert({c});
    CaseSummary stored = c;
    stored.slaDigest = QByteArray("digest");
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QCOMPARE(m_model->upsert({stored}), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->caseById(QStringLiteral("CS-1"))->slaDigest, QByteArray("digest"));
}

void TestCaseListModel::init()
{
    m_model = std::make_unique<CaseListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCaseListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestCaseListModel::insertsNewCases()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QCOMPARE(
        m_model->upsert({makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T08:00:00Z")),
            makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-02T09:00:00Z"))}),
        2);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->index(1, CaseListModel::IdColumn).data().toString(), QStringLiteral("CS-2"));
}

void TestCaseListModel::sameCaseTwiceIsNotDuplicated()
{
    const CaseSummary c = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T08:00:00Z"));
    m_model->upsert({c});
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QCOMPARE(m_model->upsert({c}), 0);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestCaseListModel::changedCaseUpdatesInPlace()
{
    m_model->upsert({makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T08:00:00Z")),
        makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-02T08:00:00Z"))});
    CaseSummary updated = makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-02T10:00:00Z"));
    updated.status = QStringLiteral("Resolved");
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QCOMPARE(m_model->upsert({updated}), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(m_model->index(1, CaseListModel::StatusColumn).data().toString(),
        QStringLiteral("Resolved"));
    QCOMPARE(m_model->index(1, 0).data(CaseListModel::IsOpenRole).toBool(), false);
}

void TestCaseListModel::olderVersionNeverOverwritesNewer()
{
    CaseSummary newer = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T10:00:00Z"));
    newer.status = QStringLiteral("Resolved");
    m_model->upsert({newer});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QCOMPARE(
        m_model->upsert({makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T09:00:00Z"))}),
        0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->caseById(QStringLiteral("CS-1"))->status, QStringLiteral("Resolved"));
}

void TestCaseListModel::duplicateIdsInOneBatchKeepNewest()
{
    CaseSummary older = makeCase(QStringLiteral("CS-9"), QStringLiteral("2026-11-02T08:00:00Z"));
    CaseSummary newer = makeCase(QStringLiteral("CS-9"), QStringLiteral("2026-11-02T09:00:00Z"),
        QStringLiteral("ServiceDegradation"));
    QCOMPARE(m_model->upsert({newer, older}), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(
        m_model->caseById(QStringLiteral("CS-9"))->subject, QStringLiteral("ServiceDegradation"));
}

void TestCaseListModel::removeRow()
{
    m_model->upsert({makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T08:00:00Z")),
        makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-02T08:00:00Z")),
        makeCase(QStringLiteral("CS-3"), QStringLiteral("2026-11-02T08:00:00Z"))});
    QVERIFY(m_model->remove(QStringLiteral("CS-2")));
    QVERIFY(!m_model->remove(QStringLiteral("CS-2")));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(QStringLiteral("CS-3")), 1);
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("CS-3"));
}

void TestCaseListModel::rolesAndSortValues()
{
    CaseSummary a
        = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T08:00:00.0000001Z"));
    CaseSummary b
        = makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-02T08:00:00.0000002Z"));
    m_model->upsert({a, b});
    const auto sortValue = [this](int row) {
        return m_model->index(row, CaseListModel::LastModifiedColumn)
            .data(CaseListModel::SortRole)
            .toLongLong();
    };
    QVERIFY(sortValue(0) < sortValue(1));
    QCOMPARE(
        m_model->index(0, 0).data(CaseListModel::CaseIdRole).toString(), QStringLiteral("CS-1"));
    QCOMPARE(m_model->index(0, 0).data(CaseListModel::CommunicationCountRole).toInt(), 1);
    QVERIFY(m_model->roleNames().contains(CaseListModel::PriorityRole));
    // Subject and type ids are shown by their matrix labels.
    QCOMPARE(m_model->index(0, CaseListModel::SubjectColumn).data().toString(),
        QStringLiteral("Service down"));
    QCOMPARE(
        m_model->index(0, CaseListModel::TypeColumn).data().toString(), QStringLiteral("Incident"));
    QCOMPARE(m_model->headerData(CaseListModel::SubjectColumn, Qt::Horizontal).toString(),
        QStringLiteral("Subject"));
}

void TestCaseListModel::unreadAndNewMessages()
{
    CaseSummary c = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T08:00:00Z"));
    m_model->upsert({c});
    const QModelIndex row = m_model->index(0, CaseListModel::MessagesColumn);
    QCOMPARE(row.data(CaseListModel::UnreadRole).toBool(), false);
    QCOMPARE(row.data().toString(), QStringLiteral("1"));
    // A poll brings two provider messages.
    c.lastModifiedDate = *Timestamp::parse(u"2026-11-02T09:00:00Z");
    c.communicationCount = 3;
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->upsert({c});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(row.data(CaseListModel::UnreadRole).toBool(), true);
    QCOMPARE(row.data(CaseListModel::UnreadCountRole).toInt(), 2);
    QCOMPARE(row.data().toString(), QStringLiteral("3 (2 new)"));
    // Read state changes apply even with the same lastModifiedDate.
    c.seenCommunicationCount = 3;
    c.seenModified = c.lastModifiedDate;
    m_model->upsert({c});
    QCOMPARE(row.data(CaseListModel::UnreadRole).toBool(), false);
}

void TestCaseListModel::ageOfOpenIncidents()
{
    CaseSummary open = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T08:00:00Z"));
    open.startOfIncident = *Timestamp::parse(u"2026-11-01T06:30:00Z");
    CaseSummary resolved = makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-02T08:00:00Z"));
    resolved.status = QStringLiteral("Resolved");
    m_model->upsert({open, resolved});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setNow(QDateTime(QDate(2026, 11, 2), QTime(10, 45), Qt::UTC));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(
        m_model->index(0, CaseListModel::AgeColumn).data().toString(), QStringLiteral("1 d 4 h"));
    QVERIFY(!m_model->index(1, CaseListModel::AgeColumn).data().isValid());
    QCOMPARE(m_model->index(0, CaseListModel::StatusColumn).data().toString(),
        QStringLiteral("In progress"));
}

void TestCaseListModel::resetOnlyForLoading()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->reset({makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T08:00:00Z")),
        makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T08:00:00Z")),
        makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-02T08:00:00Z"))});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(QStringLiteral("CS-2")), 1);
}

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
