#include "ui/CaseListView.h"

#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "models/SettingsKeys.h"
#include "ui/CaseColumnChooser.h"
#include "ui/CaseColumnWidths.h"
#include "ui/CaseListOrderHold.h"
#include "ui/CaseRowDelegate.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMetaEnum>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTimer>

#include <algorithm>
#include <iterator>
#include <utility>

namespace {

// Shown only when the engineer asks for them.
constexpr int DefaultHidden[] = {CaseListModel::SiteColumn, CaseListModel::CustomerReferenceColumn,
    CaseListModel::CreatedColumn, CaseListModel::TurnColumn};
// Left out first when the list is too narrow for its columns (until they are chosen).
constexpr int LowValue[] = {CaseListModel::MessagesColumn, CaseListModel::AgeColumn,
    CaseListModel::TypeColumn, CaseListModel::ServiceColumn, CaseListModel::NextBreachColumn};

} // namespace

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
    setSelectionMode(QAbstractItemView::ExtendedSelection); // several cases: one dossier
    setSortingEnabled(true);
    sortByColumn(CaseListModel::LastModifiedColumn, Qt::DescendingOrder);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(CaseRowDelegate::rowHeight(font(), false));
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setHighlightSections(false);
    // Tab leaves the list (to the thread, then the filters); the arrows move inside it.
    setTabKeyNavigation(false);
    CaseColumnWidths::fit(this);
    // The time of the last change (the order of the list) beside the status, in sight.
    horizontalHeader()->moveSection(
        horizontalHeader()->visualIndex(CaseListModel::LastModifiedColumn),
        horizontalHeader()->visualIndex(CaseListModel::ServiceColumn));
    for (int column : DefaultHidden)
        hideColumn(column);

    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](QPoint at) {
        CaseColumnChooser::menu(this, this)->popup(horizontalHeader()->mapToGlobal(at));
    });
    createViewActions();

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
    // The current row moved off the open case (a row above it left): the open case's row is
    // the highlighted one again, and nothing else is opened.
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (model()->index(row, 0).data(CaseListModel::CaseIdRole).toString() == m_openCaseId) {
            m_quiet = true;
            selectRowOf(row);
            m_quiet = false;
            return setOpenCaseHidden(false);
        }
    }
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
    // That row alone, whatever keys are held: QTableView::selectRow() reads the keyboard's
    // modifiers, so a case selected by the program (one just created, with Ctrl still down
    // after Ctrl+Return) was added to the selection instead of replacing it.
    const QModelIndex index = model()->index(row, 0);
    selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void CaseListView::restoreLayout(const QSettings &settings)
{
    const QByteArray header = settings.value(SettingsKeys::CaseColumns).toByteArray();
    if (!header.isEmpty())
        horizontalHeader()->restoreState(header);
    m_columnsLeftOut.clear();
    if (const QStringList shown = settings.value(SettingsKeys::CaseColumnsShown).toStringList();
        !shown.isEmpty()) {
        m_columnsChosen = true;
        applyColumnsShown(shown);
    } else {
        // The default, whatever a narrow window of the last run left out.
        for (int column = 0; column < model()->columnCount(); ++column)
            setColumnHidden(column,
                std::find(std::begin(DefaultHidden), std::end(DefaultHidden), column)
                    != std::end(DefaultHidden));
        fitColumnsToWidth();
    }
    CaseColumnWidths::widenToContent(this); // a layout saved before they were measured
    setCompactRows(settings.value(SettingsKeys::CompactRows, false).toBool());
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

namespace {

QMetaEnum columnEnum()
{
    return QMetaEnum::fromType<CaseListModel::Column>();
}

} // namespace

bool CaseListView::canHideColumn(int column)
{
    return column != CaseListModel::IdColumn;
}

int CaseListView::lastShownColumn() const
{
    const QHeaderView *header = horizontalHeader();
    for (int visual = header->count() - 1; visual >= 0; --visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            return header->logicalIndex(visual);
    }
    return CaseListModel::IdColumn;
}

void CaseListView::applyColumnsShown(const QStringList &names)
{
    for (int column = 0; column < model()->columnCount(); ++column) {
        const char *name = columnEnum().valueToKey(column);
        setColumnHidden(
            column, canHideColumn(column) && name && !names.contains(QLatin1String(name)));
    }
}

void CaseListView::setColumnShown(int column, bool shown)
{
    if (!canHideColumn(column) || isColumnHidden(column) == !shown)
        return;
    // From now on the columns are the engineer's: none left out for want of room.
    m_columnsChosen = true;
    m_columnsLeftOut.removeAll(column);
    setColumnHidden(column, !shown);
    if (shown && columnWidth(column) < fontMetrics().averageCharWidth() * 4) // never sized
        setColumnWidth(column,
            qMax(CaseColumnWidths::contentWidth(this, column),
                fontMetrics().averageCharWidth() * 16));
    QStringList names;
    for (int c = 0; c < model()->columnCount(); ++c) {
        if (!isColumnHidden(c))
            names << QLatin1String(columnEnum().valueToKey(c));
    }
    QSettings settings;
    settings.beginGroup(SettingsKeys::WindowGroup);
    settings.setValue(SettingsKeys::CaseColumnsShown, names);
    fitPane();
    emit columnsShownChanged();
}

void CaseListView::fitPane()
{
    // Beside the thread in a splitter: as wide as the columns shown, as far as the thread keeps
    // its readable width; a hidden column gives its room to the thread.
    auto *splitter = qobject_cast<QSplitter *>(parentWidget());
    if (!splitter || splitter->count() != 2 || splitter->indexOf(this) != 0)
        return;
    const QList<int> sizes = splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const QWidget *thread = splitter->widget(1);
    const int threadMinimum = qMax(thread->minimumWidth(), thread->minimumSizeHint().width());
    const int list = qMax(qMin(widthThrough(lastShownColumn()), total - threadMinimum), total / 3);
    splitter->setSizes({list, total - list});
}

bool CaseListView::compactRows() const
{
    return static_cast<CaseRowDelegate *>(itemDelegate())->isCompact();
}

void CaseListView::setCompactRows(bool compact)
{
    static_cast<CaseRowDelegate *>(itemDelegate())->setCompact(compact);
    verticalHeader()->setDefaultSectionSize(CaseRowDelegate::rowHeight(font(), compact));
    m_viewActions.at(1)->setChecked(compact);
    QSettings settings;
    settings.beginGroup(SettingsKeys::WindowGroup);
    settings.setValue(SettingsKeys::CompactRows, compact);
}

void CaseListView::createViewActions()
{
    auto *columns = new QAction(tr("Col&umns…"), this);
    columns->setObjectName(QStringLiteral("caseColumnsAction"));
    columns->setToolTip(tr("Choose the columns of the case list"));
    connect(columns, &QAction::triggered, this, [this] {
        auto *dialog = new CaseColumnChooser::Dialog(this, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *compact = new QAction(tr("Comp&act Rows"), this);
    compact->setObjectName(QStringLiteral("compactRowsAction"));
    compact->setCheckable(true);
    compact->setToolTip(tr("Smaller rows in the case list: more cases in sight"));
    connect(compact, &QAction::triggered, this, &CaseListView::setCompactRows);
    m_viewActions = {columns, compact};
}

void CaseListView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumnsToWidth();
}

void CaseListView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    fitColumnsToWidth(); // its first size came before it was visible
}

void CaseListView::fitColumnsToWidth()
{
    if (m_columnsChosen || !isVisible())
        return; // sized when shown
    const int room = width();
    if (m_subjectWidth > 0) // narrowed for an earlier width
        setColumnWidth(CaseListModel::SubjectColumn, std::exchange(m_subjectWidth, 0));
    // Back first, the most valuable first, each that fits.
    for (auto it = std::rbegin(LowValue); it != std::rend(LowValue); ++it) {
        if (!m_columnsLeftOut.contains(*it))
            continue;
        setColumnHidden(*it, false);
        if (widthThrough(lastShownColumn()) > room)
            setColumnHidden(*it, true); // a narrower one may fit
        else
            m_columnsLeftOut.removeAll(*it);
    }
    for (int column : LowValue) {
        if (widthThrough(lastShownColumn()) <= room)
            break;
        if (!isColumnHidden(column)) {
            setColumnHidden(column, true);
            m_columnsLeftOut << column;
        }
    }
    // Still too narrow: the subject is elided, down to a dozen characters. Room to spare (less
    // than the next column needs): the subject takes it, rather than a blank strip at the end.
    const int over = widthThrough(lastShownColumn()) - room;
    const int subject = columnWidth(CaseListModel::SubjectColumn);
    if (over != 0 && !isColumnHidden(CaseListModel::SubjectColumn)) {
        m_subjectWidth = subject;
        setColumnWidth(CaseListModel::SubjectColumn,
            qMax(fontMetrics().averageCharWidth() * 12, subject - over));
    }
}
