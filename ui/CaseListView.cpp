#include "ui/CaseListView.h"

#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "models/SettingsKeys.h"
#include "ui/CaseColumnWidths.h"
#include "ui/CaseListOrderHold.h"
#include "ui/CaseRowDelegate.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>

CaseListView::CaseListView(QAbstractItemModel *cases, QWidget *parent)
    : QTableView(parent)
{
    // Connected before the selection model is: when the model takes the current row away, the
    // selection model moves the current row to a neighbour, which opens no case (the real
    // cause of "one click marks every unread case read": each case opened, read and filtered
    // out moved the current row on to the next one).
    connect(cases, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { ++m_modelMoving; });
    connect(cases, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { ++m_modelMoving; });
    connect(cases, &QAbstractItemModel::modelAboutToBeReset, this, [this] { ++m_modelMoving; });
    setModel(cases);
    // ...and after it.
    connect(cases, &QAbstractItemModel::rowsRemoved, this, &CaseListView::afterModelMoved);
    connect(cases, &QAbstractItemModel::layoutChanged, this, &CaseListView::afterModelMoved);
    connect(cases, &QAbstractItemModel::modelReset, this, &CaseListView::afterModelMoved);
    if (auto *proxy = qobject_cast<CaseFilterProxyModel *>(cases))
        new CaseListOrderHold(this, proxy);
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

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CaseListView::onCurrentRowChanged);
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

void CaseListView::onCurrentRowChanged()
{
    if (m_modelMoving > 0 || m_quiet)
        return; // the model moved it, not the engineer
    const QString caseId = currentIndex().data(CaseListModel::CaseIdRole).toString();
    if (caseId == m_openCaseId)
        return setOpenCaseHidden(false); // selected again: open already
    if (m_openCaseHidden && m_selectWhenSeen == m_openCaseId)
        m_selectWhenSeen.clear(); // another case is opened: the hidden one is not awaited
    m_openCaseId = caseId;
    setOpenCaseHidden(false);
    emit currentCaseChanged(caseId);
}

void CaseListView::contextMenuEvent(QContextMenuEvent *event)
{
    // A right-click is about the row under the pointer: it becomes the current row (the case
    // opens) before the menu shows, so the menu's actions act on it. The keys: the current row.
    const bool byKey = event->reason() == QContextMenuEvent::Keyboard;
    const QModelIndex index = byKey ? currentIndex() : indexAt(event->pos());
    if (!index.isValid())
        return;
    if (index.row() != currentIndex().row())
        selectRowOf(index.row());
    const QRect row = visualRect(index);
    emit caseMenuRequested(
        byKey ? viewport()->mapToGlobal(QPoint(row.left(), row.bottom())) : event->globalPos());
}

void CaseListView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, QPoint(), mapToGlobal(QPoint()));
        contextMenuEvent(&menu);
        return;
    }
    QTableView::keyPressEvent(event);
}

void CaseListView::afterModelMoved()
{
    m_modelMoving = qMax(0, m_modelMoving - 1);
    if (m_modelMoving > 0 || m_openCaseId.isEmpty())
        return;
    if (currentIndex().data(CaseListModel::CaseIdRole).toString() == m_openCaseId)
        return setOpenCaseHidden(false);
    // The open case's row went: no other row stands for it (the thread still shows it).
    m_quiet = true;
    selectionModel()->clear();
    m_quiet = false;
    m_selectWhenSeen = m_openCaseId;
    setOpenCaseHidden(true);
}

void CaseListView::setOpenCaseHidden(bool hidden)
{
    if (hidden == m_openCaseHidden)
        return;
    m_openCaseHidden = hidden;
    emit openCaseHiddenChanged(m_openCaseId, hidden);
}

void CaseListView::selectCase(const QString &caseId)
{
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (model()->index(row, 0).data(CaseListModel::CaseIdRole).toString() == caseId) {
            m_selectWhenSeen.clear();
            // The open case back in the list: selected again, not opened again.
            m_quiet = m_openCaseHidden && caseId == m_openCaseId;
            selectRowOf(row);
            m_quiet = false;
            if (caseId == m_openCaseId)
                setOpenCaseHidden(false);
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

int CaseListView::widthThrough(int column) const
{
    const QHeaderView *header = horizontalHeader();
    int width = 0;
    for (int visual = 0; visual <= header->visualIndex(column); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            width += header->sectionSize(logical);
    }
    // Some room for a column that widens when the provider's data arrives (a longer status).
    const int slack = fontMetrics().averageCharWidth() * 2;
    return width + verticalScrollBar()->sizeHint().width() + 2 * frameWidth() + slack;
}
