#include "models/CaseFilterProxyModel.h"

#include "models/CaseListModel.h"
#include "models/CaseTypeMatrix.h"

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
    m_subjectsMatchingText.clear();
    for (const CaseTypeMatrix::Type &type : CaseTypeMatrix::builtIn().types()) {
        for (const CaseTypeMatrix::Subject &subject : type.subjects) {
            if (CaseTypeMatrix::builtIn()
                    .subjectLabel(subject.id)
                    .contains(m_text, Qt::CaseInsensitive))
                m_subjectsMatchingText.insert(subject.id);
        }
    }
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
    // The case list is read directly: no QVariant per role and row on every keystroke.
    const auto *list = qobject_cast<const CaseListModel *>(sourceModel());
    const CaseSummary *c = list ? list->caseAt(sourceRow) : nullptr;
    if (!c)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (m_searchHits && !m_searchHits->contains(c->id))
        return false;
    if (m_unreadOnly && !c->isUnread())
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(c->status))
        return false;
    if (!m_types.isEmpty() && !m_types.contains(c->type))
        return false;
    if (!m_priorities.isEmpty() && !m_priorities.contains(c->priority))
        return false;
    if (!m_serviceId.isEmpty() && c->serviceId != m_serviceId)
        return false;
    if (!m_text.isEmpty()) {
        const auto has
            = [this](const QString &field) { return field.contains(m_text, Qt::CaseInsensitive); };
        if (!has(c->id) && !has(c->customerReference) && !has(c->serviceName) && !has(c->siteName)
            && !m_subjectsMatchingText.contains(c->subject))
            return false;
    }
    return true;
}

bool CaseFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const auto *list = qobject_cast<const CaseListModel *>(sourceModel()))
        return list->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}
