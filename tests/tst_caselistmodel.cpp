#include "models/CaseListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

Case makeCase(const QString &id, const QString &modified, const QString &subject = {})
{
    Case c;
    c.id = id;
    c.subject = subject.isEmpty() ? QStringLiteral("ServiceDown") : subject;
    c.type = QStringLiteral("Incident");
    c.priority = QStringLiteral("P2");
    c.status = QStringLiteral("InProgress");
    c.createdDate = *Timestamp::parse(u"2026-11-01T08:00:00Z");
    c.lastModifiedDate = *Timestamp::parse(modified);
    c.communications.append({QStringLiteral("Circuit down since 08:00"),
        QStringLiteral("CustomerMessage"), c.createdDate, QStringLiteral("Ann")});
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

private:
    std::unique_ptr<CaseListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

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
    const Case c = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T08:00:00Z"));
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
    Case updated = makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-02T10:00:00Z"));
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
    Case newer = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T10:00:00Z"));
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
    Case older = makeCase(QStringLiteral("CS-9"), QStringLiteral("2026-11-02T08:00:00Z"));
    Case newer = makeCase(QStringLiteral("CS-9"), QStringLiteral("2026-11-02T09:00:00Z"),
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
    Case a = makeCase(QStringLiteral("CS-1"), QStringLiteral("2026-11-02T08:00:00.0000001Z"));
    Case b = makeCase(QStringLiteral("CS-2"), QStringLiteral("2026-11-02T08:00:00.0000002Z"));
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

QTEST_GUILESS_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
