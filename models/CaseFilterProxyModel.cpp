#include "models/CaseFilterProxyModel.h"

#include "models/CaseListModel.h"
#include "models/CaseTypeMatrix.h"

#include <utility>

CaseFilterProxyModel::CaseFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CaseListModel::SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

// Each setter re-filters only when the value changed (Qt 6.4 has no begin/endFilterChange).
//
// A new filter is applied as one layout change (the mapping rebuilt: every row filtered once,
// the accepted ones sorted), not invalidateRowsFilter()'s row removals and insertions: those
// go interval by interval, each rebuilding the mapping after it, so a keystroke that drops or
// brings back rows scattered over a sorted view of 100k cases took 0.1-1.4 s instead of
// 10-60 ms. Selection and current row are kept through persistent indexes either way.
void CaseFilterProxyModel::refilter()
{
    m_keptOpen.clear(); // the filters changed: the open case is judged like any other now
    invalidate();
}

void CaseFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    disconnect(m_heldChanges);
    m_list = qobject_cast<const CaseListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
    if (model) {
        m_heldChanges = connect(model, &QAbstractItemModel::dataChanged, this, [this] {
            if (m_held)
                m_changedWhileHeld = true;
        });
    }
}

void CaseFilterProxyModel::setOpenCase(const QString &caseId)
{
    if (caseId == m_keptOpen)
        return;
    const QString before = std::exchange(m_keptOpen, caseId);
    // The case read before leaves an "Unread only" list now: only the rows whose verdict
    // changed come or go (rowsRemoved), the others keep their places.
    if (m_unreadOnly && !before.isEmpty())
        invalidateRowsFilter();
}

void CaseFilterProxyModel::setOrderHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    // Off, a source's dataChanged neither moves nor filters rows (new rows still come, at the
    // end); on again, the rows are sorted once (one layout change).
    setDynamicSortFilter(!held);
    if (!held && std::exchange(m_changedWhileHeld, false))
        invalidateRowsFilter(); // the rows whose verdict changed meanwhile come or go
}

void CaseFilterProxyModel::setStatuses(const QStringList &statuses)
{
    QSet<QString> set(statuses.cbegin(), statuses.cend());
    if (set == m_statuses)
        return;
    m_statuses = std::move(set);
    refilter();
}

void CaseFilterProxyModel::setOpenOnly(bool openOnly)
{
    if (openOnly == m_openOnly)
        return;
    m_openOnly = openOnly;
    refilter();
}

void CaseFilterProxyModel::setTypes(const QStringList &types)
{
    if (types == m_types)
        return;
    m_types = types;
    refilter();
}

void CaseFilterProxyModel::setPriorities(const QStringList &priorities)
{
    if (priorities == m_priorities)
        return;
    m_priorities = priorities;
    refilter();
}

void CaseFilterProxyModel::setServiceIds(const QStringList &serviceIds)
{
    QSet<QString> set(serviceIds.cbegin(), serviceIds.cend());
    if (set == m_serviceIds)
        return;
    m_serviceIds = std::move(set);
    refilter();
}

void CaseFilterProxyModel::setUnreadOnly(bool unreadOnly)
{
    if (unreadOnly == m_unreadOnly)
        return;
    m_unreadOnly = unreadOnly;
    refilter();
}

void CaseFilterProxyModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_textMatcher.setPattern(m_text.toCaseFolded());
    refilter();
}

void CaseFilterProxyModel::setSearchHits(const std::optional<QSet<QString>> &caseIds)
{
    if (caseIds == m_searchHits)
        return;
    m_searchHits = caseIds;
    m_moreSearchHits = false;
    refilter();
}

void CaseFilterProxyModel::addSearchHits(const QSet<QString> &caseIds)
{
    if (!m_searchHits || caseIds.isEmpty())
        return;
    m_searchHits->unite(caseIds);
    // Only rows come: the others, the open case and the selection stay as they are.
    invalidateRowsFilter();
}

void CaseFilterProxyModel::setMoreSearchHits(bool more)
{
    m_moreSearchHits = more && isSearching();
}

bool CaseFilterProxyModel::canFetchMore(const QModelIndex &parent) const
{
    if (isSearching())
        return !parent.isValid() && m_moreSearchHits;
    return QSortFilterProxyModel::canFetchMore(parent);
}

void CaseFilterProxyModel::fetchMore(const QModelIndex &parent)
{
    if (!isSearching()) {
        QSortFilterProxyModel::fetchMore(parent);
        return;
    }
    if (parent.isValid() || !m_moreSearchHits)
        return;
    m_moreSearchHits = false; // until the page comes
    emit moreSearchHitsWanted();
}

bool CaseFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // The case list is read directly: no QVariant per role and row on every keystroke.
    const CaseListModel *list = m_list.data();
    const CaseSummary *c = list ? list->caseAt(sourceRow) : nullptr;
    if (!c)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (m_searchHits && !m_searchHits->contains(c->id))
        return false;
    if (m_unreadOnly && !c->isUnread() && c->id != m_keptOpen)
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(c->status))
        return false;
    if (m_openOnly && !c->isOpen(list->words()))
        return false;
    if (!m_types.isEmpty() && !m_types.contains(c->type))
        return false;
    if (!m_priorities.isEmpty() && !m_priorities.contains(effectivePriority(*c)))
        return false;
    if (!m_serviceIds.isEmpty() && !m_serviceIds.contains(c->serviceId))
        return false;
    // The fields are one per line in the key, so a text without a line break never matches
    // across two of them; one with a line break matches no field.
    if (!m_text.isEmpty()
        && (m_text.contains(u'\n') || m_textMatcher.indexIn(list->searchKey(sourceRow)) < 0))
        return false;
    return true;
}

bool CaseFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_list)
        return m_list->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

void CaseFilterProxyModel::setDefaultPriority(const QString &priority)
{
    if (priority == m_defaultPriority)
        return;
    m_defaultPriority = priority;
    refilter();
}

QString CaseFilterProxyModel::effectivePriority(const CaseSummary &c) const
{
    if (!c.priority.isEmpty())
        return c.priority;
    if (!m_defaultPriority.isEmpty())
        return m_defaultPriority;
    const CaseTypeMatrix::Type *type = CaseTypeMatrix::builtIn().type(c.type);
    return type ? type->defaultPriority : QString();
}
