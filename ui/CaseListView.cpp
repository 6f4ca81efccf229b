#include "ui/CaseListView.h"

#include "models/CaseListModel.h"
#include "models/SettingsKeys.h"
#include "ui/CaseColumnWidths.h"
#include "ui/CaseRowDelegate.h"

#include <QHeaderView>
#include <QSettings>
#include <QTimer>

CaseListView::CaseListView(QAbstractItemModel *cases, QWidget *parent)
    : QTableView(parent)
{
    setModel(cases);
    setObjectName(QStringLiteral("caseView"));
    setAccessibleName(tr("Cases"));
    setItemDelegate(new CaseRowDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSortingEnabled(true);
    sortByColumn(CaseListModel::LastModifiedColumn, Qt::DescendingOrder);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setHighlightSections(false);
    // Tab leaves the list (to the thread, then the filters); the arrows move inside it.
    setTabKeyNavigation(false);
    CaseColumnWidths::fit(this);
    // The time of the last change (the order of the list) beside the status, in sight.
    horizontalHeader()->moveSection(
        horizontalHeader()->visualIndex(CaseListModel::LastModifiedColumn),
        horizontalHeader()->visualIndex(CaseListModel::ServiceColumn));
    for (int column : {CaseListModel::SiteColumn, CaseListModel::CustomerReferenceColumn,
             CaseListModel::CreatedColumn})
        hideColumn(column);

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        emit currentCaseChanged(currentIndex().data(CaseListModel::CaseIdRole).toString());
    });
    // A case the engineer asked for (just created, or selected when the window closed) is
    // selected as soon as it is in the list.
    const auto selectWhenSeen = [this] {
        if (!m_selectWhenSeen.isEmpty())
            QTimer::singleShot(0, this, [this] {
                if (!m_selectWhenSeen.isEmpty())
                    selectCase(m_selectWhenSeen);
            });
    };
    connect(cases, &QAbstractItemModel::rowsInserted, this, selectWhenSeen);
    connect(cases, &QAbstractItemModel::modelReset, this, selectWhenSeen);
    connect(cases, &QAbstractItemModel::layoutChanged, this, selectWhenSeen);
}

void CaseListView::selectCase(const QString &caseId)
{
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (model()->index(row, 0).data(CaseListModel::CaseIdRole).toString() == caseId) {
            m_selectWhenSeen.clear();
            selectRowOf(row);
            return;
        }
    }
    m_selectWhenSeen = caseId;
}

bool CaseListView::selectNextUnread(int step)
{
    const int rows = model()->rowCount();
    const int start = currentIndex().isValid() ? currentIndex().row() : -1;
    for (int i = 1; i <= rows; ++i) {
        const int row = ((start + step * i) % rows + rows) % rows;
        if (model()->index(row, 0).data(CaseListModel::UnreadRole).toBool()) {
            selectRowOf(row);
            return true;
        }
    }
    return false;
}

bool CaseListView::selectLongestThread()
{
    const auto count = [this](int row) {
        return model()->index(row, 0).data(CaseListModel::CommunicationCountRole).toInt();
    };
    int best = -1;
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (best < 0 || count(row) > count(best))
            best = row;
    }
    if (best >= 0)
        selectRowOf(best);
    return best >= 0;
}

void CaseListView::selectRowOf(int row)
{
    selectRow(row);
    scrollTo(model()->index(row, 0));
}

void CaseListView::restoreLayout(const QSettings &settings)
{
    const QByteArray header = settings.value(SettingsKeys::CaseColumns).toByteArray();
    if (!header.isEmpty())
        horizontalHeader()->restoreState(header);
    CaseColumnWidths::widenToContent(this); // a layout saved before they were measured
    m_selectWhenSeen = settings.value(SettingsKeys::SelectedCase).toString();
}

void CaseListView::saveLayout(QSettings &settings, const QString &openCaseId) const
{
    settings.setValue(SettingsKeys::CaseColumns, horizontalHeader()->saveState());
    // A selected case still waiting for its data is kept as it was.
    settings.setValue(
        SettingsKeys::SelectedCase, openCaseId.isEmpty() ? m_selectWhenSeen : openCaseId);
}
