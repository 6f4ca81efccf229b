#include "models/CaseFilterProxyModel.h"

#include "models/CaseListModel.h"

CaseFilterProxyModel::CaseFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CaseListModel::SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

// Each setter re-filters only when the value changed (Qt 6.4 has no begin/endFilterChange).
void CaseFilterProxyModel::setStatuses(const QStringList &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateRowsFilter();
}

void CaseFilterProxyModel::setTypes(const QStringList &types)
{
    if (types == m_types)
        return;
    m_types = types;
    invalidateRowsFilter();
}

void CaseFilterProxyModel::setPriorities(const QStringList &priorities)
{
    if (priorities == m_priorities)
        return;
    m_priorities = priorities;
    invalidateRowsFilter();
}

void CaseFilterProxyModel::setServiceId(const QString &serviceId)
{
    if (serviceId == m_serviceId)
        return;
    m_serviceId = serviceId;
    invalidateRowsFilter();
}

void CaseFilterProxyModel::setUnreadOnly(bool unreadOnly)
{
    if (unreadOnly == m_unreadOnly)
        return;
    m_unreadOnly = unreadOnly;
    invalidateRowsFilter();
}

void CaseFilterProxyModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void CaseFilterProxyModel::setSearchHits(const std::optional<QSet<QString>> &caseIds)
{
    if (caseIds == m_searchHits)
        return;
    m_searchHits = caseIds;
    invalidateRowsFilter();
}

bool CaseFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto value = [&index](int role) { return index.data(role); };
    if (m_searchHits && !m_searchHits->contains(value(CaseListModel::CaseIdRole).toString()))
        return false;
    if (m_unreadOnly && !value(CaseListModel::UnreadRole).toBool())
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(value(CaseListModel::StatusRole).toString()))
        return false;
    if (!m_types.isEmpty() && !m_types.contains(value(CaseListModel::TypeRole).toString()))
        return false;
    if (!m_priorities.isEmpty()
        && !m_priorities.contains(value(CaseListModel::PriorityRole).toString()))
        return false;
    if (!m_serviceId.isEmpty() && value(CaseListModel::ServiceIdRole).toString() != m_serviceId)
        return false;
    if (!m_text.isEmpty()
        && !value(CaseListModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}
