// The Case Repository results model under QAbstractItemModelTester: labels and roles from the
// one status table, and setEntries() changing rows in place (insert, remove, move, dataChanged)
// so that a refreshed page keeps the selection.

#include "models/RepositoryEntryModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

RepositoryEntry entry(const QString &id, const QString &status, const QString &key = {})
{
    RepositoryEntry e;
    e.caseId = id;
    e.caseType = QStringLiteral("NetworkIncident");
    e.clientId = QStringLiteral("5252344078");
    e.clientType = QStringLiteral("NIP");
    e.status = status;
    e.businessKey = key;
    e.source = QStringLiteral("case-console");
    e.creationDate = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    e.updateDate = QDateTime(QDate(2026, 11, 21), QTime(10, 30), Qt::UTC);
    return e;
}

QStringList ids(const RepositoryEntryModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(RepositoryEntryModel::CaseIdRole).toString();
    return out;
}

} // namespace

class TestRepositoryEntryModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsLabelsAndRoles();
    void sortFieldsAreTheServersOnly();
    void setEntriesDiffsByCaseId_data();
    void setEntriesDiffsByCaseId();
    void refreshKeepsTheSelectionAndChangesOnlyWhatChanged();
    void updateAndRemoveOneEntry();

private:
    std::unique_ptr<RepositoryEntryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRepositoryEntryModel::init()
{
    m_model = std::make_unique<RepositoryEntryModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestRepositoryEntryModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestRepositoryEntryModel::showsLabelsAndRoles()
{
    RepositoryEntry done
        = entry(QStringLiteral("a"), QStringLiteral("COMPLETED"), QStringLiteral("CS-1"));
    done.statusDescription = QStringLiteral("Fixed.\nCustomer confirmed.");
    m_model->setEntries({entry(QStringLiteral("b"), QStringLiteral("IN_PROGRESS")), done,
        entry(QStringLiteral("c"), QStringLiteral("SOMETHING_NEW"))});
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(RepositoryEntryModel::ColumnCount));

    const auto at = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    using M = RepositoryEntryModel;
    QCOMPARE(at(0, M::StatusColumn).toString(), QStringLiteral("In progress"));
    QCOMPARE(at(0, M::StatusColumn, M::StatusRole).toString(), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(at(0, M::StatusColumn, M::IsOpenRole).toBool(), true);
    QCOMPARE(at(1, M::StatusColumn).toString(), QStringLiteral("Completed"));
    QCOMPARE(at(1, M::StatusColumn, M::IsOpenRole).toBool(), false);
    QVERIFY(at(1, M::StatusColumn, Qt::ToolTipRole).toString().contains(QLatin1String("closed")));
    // An unknown value is shown as it is, and as open.
    QCOMPARE(at(2, M::StatusColumn).toString(), QStringLiteral("SOMETHING_NEW"));
    QCOMPARE(at(2, M::StatusColumn, M::IsOpenRole).toBool(), true);

    QCOMPARE(at(1, M::BusinessKeyColumn).toString(), QStringLiteral("CS-1"));
    QCOMPARE(at(1, M::ClientTypeColumn).toString(), QStringLiteral("NIP"));
    QCOMPARE(at(1, M::ClientIdColumn).toString(), QStringLiteral("5252344078"));
    QCOMPARE(at(1, M::CaseTypeColumn).toString(), QStringLiteral("NetworkIncident"));
    QCOMPARE(at(1, M::SourceColumn).toString(), QStringLiteral("case-console"));
    QCOMPARE(at(1, M::DescriptionColumn).toString(), QStringLiteral("Fixed. Customer confirmed."));
    QCOMPARE(at(1, M::DescriptionColumn, Qt::ToolTipRole).toString(), done.statusDescription);
    // Dates: local time for reading, the QDateTime for sorting.
    QCOMPARE(at(1, M::UpdatedColumn, M::SortRole).toDateTime(), done.updateDate);
    QCOMPARE(at(1, M::CreatedColumn, M::SortRole).toDateTime(), done.creationDate);
    QCOMPARE(at(1, M::UpdatedColumn).toString(),
        QLocale().toString(done.updateDate.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(at(1, 0, M::CaseIdRole).toString(), QStringLiteral("a"));
    QCOMPARE(at(1, 0, M::EntryRole).value<RepositoryEntry>(), done);
    QCOMPARE(m_model->entryAt(1), done);
    QCOMPARE(m_model->entryAt(7), RepositoryEntry());
    QCOMPARE(m_model->rowOf(QStringLiteral("c")), 2);
    QVERIFY(m_model->roleNames().value(M::IsOpenRole) == "isOpen");
    QCOMPARE(m_model->headerData(M::UpdatedColumn, Qt::Horizontal).toString(),
        QStringLiteral("Updated"));
}

void TestRepositoryEntryModel::sortFieldsAreTheServersOnly()
{
    using M = RepositoryEntryModel;
    const QStringList allowed {QStringLiteral("creationDate"), QStringLiteral("updateDate"),
        QStringLiteral("caseType"), QStringLiteral("clientId"), QStringLiteral("clientType"),
        QStringLiteral("status"), QStringLiteral("businessKey"), QStringLiteral("source")};
    QStringList offered;
    for (int column = 0; column < M::ColumnCount; ++column) {
        const QString field = M::sortField(column);
        if (!field.isEmpty()) {
            offered << field;
            QCOMPARE(M::columnForSortField(field), column);
        }
    }
    offered.sort();
    QStringList expected = allowed;
    expected.sort();
    QCOMPARE(offered, expected);
    QVERIFY(M::sortField(M::DescriptionColumn).isEmpty());
    QCOMPARE(M::columnForSortField(QStringLiteral("statusDescription")), -1);
}

void TestRepositoryEntryModel::setEntriesDiffsByCaseId_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("moved");
    const auto l
        = [](const char *s) { return QString::fromLatin1(s).split(u',', Qt::SkipEmptyParts); };
    QTest::newRow("same") << l("a,b,c") << l("a,b,c") << 0 << 0 << 0;
    QTest::newRow("from empty") << l("") << l("a,b,c") << 1 << 0 << 0;
    QTest::newRow("to empty") << l("a,b,c") << l("") << 0 << 1 << 0;
    QTest::newRow("one new on top") << l("a,b,c") << l("n,a,b") << 1 << 1 << 0;
    QTest::newRow("one gone in the middle") << l("a,b,c,d") << l("a,c,d,e") << 1 << 1 << 0;
    QTest::newRow("moved to the top") << l("a,b,c") << l("c,a,b") << 0 << 0 << 1;
    QTest::newRow("reversed") << l("a,b,c,d") << l("d,c,b,a") << 0 << 0 << 3;
    QTest::newRow("another page") << l("a,b,c") << l("x,y,z") << 1 << 1 << 0;
    QTest::newRow("duplicate id kept once") << l("a") << l("a,b,b,c") << 1 << 0 << 0;
}

void TestRepositoryEntryModel::setEntriesDiffsByCaseId()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(int, inserted);
    QFETCH(int, removed);
    QFETCH(int, moved);
    QList<RepositoryEntry> first;
    for (const QString &id : before)
        first << entry(id, QStringLiteral("OPEN"));
    m_model->setEntries(first);
    QCOMPARE(ids(*m_model), before);

    QSignalSpy insertSpy(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removeSpy(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy moveSpy(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy resetSpy(m_model.get(), &QAbstractItemModel::modelReset);
    QList<RepositoryEntry> second;
    for (const QString &id : after)
        second << entry(id, QStringLiteral("OPEN"));
    m_model->setEntries(second);
    after.removeDuplicates();
    QCOMPARE(ids(*m_model), after);
    QCOMPARE(insertSpy.size(), inserted);
    QCOMPARE(removeSpy.size(), removed);
    QCOMPARE(moveSpy.size(), moved);
    QCOMPARE(resetSpy.size(), 0);
}

void TestRepositoryEntryModel::refreshKeepsTheSelectionAndChangesOnlyWhatChanged()
{
    m_model->setEntries({entry(QStringLiteral("a"), QStringLiteral("OPEN")),
        entry(QStringLiteral("b"), QStringLiteral("OPEN")),
        entry(QStringLiteral("c"), QStringLiteral("OPEN"))});
    QItemSelectionModel selection(m_model.get());
    selection.setCurrentIndex(
        m_model->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // b was edited (newer update, new status) and moves to the top, as updateDate,desc sorts.
    RepositoryEntry edited = entry(QStringLiteral("b"), QStringLiteral("COMPLETED"));
    edited.updateDate = edited.updateDate.addSecs(60);
    QSignalSpy changedSpy(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setEntries({edited, entry(QStringLiteral("a"), QStringLiteral("OPEN")),
        entry(QStringLiteral("c"), QStringLiteral("OPEN"))}));
    QCOMPARE(changedSpy.size(), 1);
    QCOMPARE(changedSpy.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(selection.currentIndex().row(), 0);
    QCOMPARE(selection.currentIndex().data(RepositoryEntryModel::CaseIdRole).toString(),
        QStringLiteral("b"));
    QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("Completed"));
    QVERIFY(selection.isRowSelected(0));

    // The same again changes nothing.
    changedSpy.clear();
    QVERIFY(!m_model->setEntries(m_model->entries()));
    QCOMPARE(changedSpy.size(), 0);
}

void TestRepositoryEntryModel::updateAndRemoveOneEntry()
{
    m_model->setEntries({entry(QStringLiteral("a"), QStringLiteral("OPEN")),
        entry(QStringLiteral("b"), QStringLiteral("OPEN"))});
    QSignalSpy changedSpy(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->updateEntry(entry(QStringLiteral("b"), QStringLiteral("REJECTED"))));
    QCOMPARE(changedSpy.size(), 1);
    QCOMPARE(m_model->index(1, 0).data(RepositoryEntryModel::IsOpenRole).toBool(), false);
    QVERIFY(!m_model->updateEntry(entry(QStringLiteral("zz"), QStringLiteral("OPEN"))));
    QVERIFY(m_model->removeEntry(QStringLiteral("a")));
    QVERIFY(!m_model->removeEntry(QStringLiteral("a")));
    QCOMPARE(ids(*m_model), QStringList {QStringLiteral("b")});
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRepositoryEntryModel)
#include "tst_repositoryentrymodel.moc"
