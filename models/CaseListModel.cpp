#include "models/CaseListModel.h"

#include "models/CaseTypeMatrix.h"

#include <QLocale>

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Case &c = m_cases.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(c, index.column());
    case Qt::ToolTipRole:
        return index.column() == SubjectColumn
            ? QVariant(c.communications.isEmpty() ? QString()
                                                  : c.communications.constFirst().message.left(300))
            : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == MessagesColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                : QVariant();
    case CaseIdRole:
        return c.id;
    case SortRole:
        return sortData(c, index.column());
    case IsIncidentRole:
        return c.isIncident();
    case IsOpenRole:
        return c.isOpen();
    case PriorityRole:
        return c.priority;
    case StatusRole:
        return c.status;
    case LastModifiedRole:
        return c.lastModifiedDate.toDateTime();
    case CommunicationCountRole:
        return int(c.communications.size());
    default:
        return {};
    }
}

QVariant CaseListModel::displayData(const Case &c, int column) const
{
    const auto localTime = [](const Timestamp &t) -> QVariant {
        if (!t.isValid())
            return {};
        return QLocale().toString(t.toDateTime().toLocalTime(), QLocale::ShortFormat);
    };
    switch (column) {
    case IdColumn:
        return c.id;
    case SubjectColumn:
        return CaseTypeMatrix::builtIn().subjectLabel(c.subject);
    case TypeColumn:
        return CaseTypeMatrix::builtIn().typeLabel(c.type);
    case PriorityColumn:
        return c.priority;
    case StatusColumn:
        return c.status;
    case ServiceColumn:
        return c.serviceName.isEmpty() ? c.serviceId : c.serviceName;
    case SiteColumn:
        return c.siteName.isEmpty() ? c.siteId : c.siteName;
    case CustomerReferenceColumn:
        return c.customerReference;
    case CreatedColumn:
        return localTime(c.createdDate);
    case LastModifiedColumn:
        return localTime(c.lastModifiedDate);
    case MessagesColumn:
        return int(c.communications.size());
    default:
        return {};
    }
}

QVariant CaseListModel::sortData(const Case &c, int column) const
{
    switch (column) {
    case CreatedColumn:
        return c.createdDate.ticks();
    case LastModifiedColumn:
        return c.lastModifiedDate.ticks();
    case MessagesColumn:
        return int(c.communications.size());
    default:
        return displayData(c, column);
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Case");
    case SubjectColumn:
        return tr("Subject");
    case TypeColumn:
        return tr("Type");
    case PriorityColumn:
        return tr("Priority");
    case StatusColumn:
        return tr("Status");
    case ServiceColumn:
        return tr("Service");
    case SiteColumn:
        return tr("Site");
    case CustomerReferenceColumn:
        return tr("Reference");
    case CreatedColumn:
        return tr("Created");
    case LastModifiedColumn:
        return tr("Last modified");
    case MessagesColumn:
        return tr("Messages");
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(CaseIdRole, "caseId");
    names.insert(SortRole, "sortValue");
    names.insert(IsIncidentRole, "isIncident");
    names.insert(IsOpenRole, "isOpen");
    names.insert(PriorityRole, "priority");
    names.insert(StatusRole, "status");
    names.insert(LastModifiedRole, "lastModified");
    names.insert(CommunicationCountRole, "communicationCount");
    return names;
}

int CaseListModel::upsert(const QList<Case> &cases)
{
    int changed = 0;
    QList<Case> fresh;
    for (const Case &incoming : cases) {
        const auto it = m_rowById.constFind(incoming.id);
        if (it == m_rowById.constEnd()) {
            fresh.append(incoming);
            continue;
        }
        const int row = *it;
        Case &existing = m_cases[row];
        if (incoming.lastModifiedDate < existing.lastModifiedDate || incoming == existing)
            continue;
        existing = incoming;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        ++changed;
    }
    // One id may appear twice in a reply; keep the newest.
    QHash<QString, int> freshIndex;
    QList<Case> unique;
    for (const Case &c : std::as_const(fresh)) {
        const auto it = freshIndex.constFind(c.id);
        if (it == freshIndex.constEnd()) {
            freshIndex.insert(c.id, int(unique.size()));
            unique.append(c);
        } else if (unique[*it].lastModifiedDate < c.lastModifiedDate) {
            unique[*it] = c;
        }
    }
    if (!unique.isEmpty()) {
        const int first = int(m_cases.size());
        beginInsertRows({}, first, first + int(unique.size()) - 1);
        for (const Case &c : std::as_const(unique)) {
            m_rowById.insert(c.id, int(m_cases.size()));
            m_cases.append(c);
        }
        endInsertRows();
        changed += int(unique.size());
    }
    return changed;
}

bool CaseListModel::remove(const QString &caseId)
{
    const int row = rowOf(caseId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_cases.removeAt(row);
    m_rowById.remove(caseId);
    for (int r = row; r < m_cases.size(); ++r)
        m_rowById[m_cases.at(r).id] = r;
    endRemoveRows();
    return true;
}

void CaseListModel::reset(const QList<Case> &cases)
{
    beginResetModel();
    m_cases.clear();
    m_rowById.clear();
    endResetModel();
    upsert(cases);
}

const Case *CaseListModel::caseAt(int row) const
{
    return row >= 0 && row < m_cases.size() ? &m_cases.at(row) : nullptr;
}

const Case *CaseListModel::caseById(const QString &caseId) const
{
    return caseAt(rowOf(caseId));
}

int CaseListModel::rowOf(const QString &caseId) const
{
    return m_rowById.value(caseId, -1);
}
