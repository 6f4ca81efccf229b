#include "models/RepositoryEntryModel.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace {

constexpr int LastColumn = RepositoryEntryModel::ColumnCount - 1;

} // namespace

RepositoryEntryModel::RepositoryEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int RepositoryEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RepositoryEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RepositoryEntryModel::displayDate(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat);
}

QVariant RepositoryEntryModel::displayData(const RepositoryEntry &e, int column) const
{
    switch (column) {
    case StatusColumn:
        return RepositoryStatuses::builtIn().label(e.status);
    case CaseTypeColumn:
        return e.caseType;
    case ClientTypeColumn:
        return e.clientType;
    case ClientIdColumn:
        return e.clientId;
    case BusinessKeyColumn:
        return e.businessKey;
    case SourceColumn:
        return e.source;
    case UpdatedColumn:
        return displayDate(e.updateDate);
    case CreatedColumn:
        return displayDate(e.creationDate);
    case DescriptionColumn:
        // One line in the table; the detail pane shows all of it.
        return QString(e.statusDescription).replace(u'\n', u' ');
    }
    return {};
}

QVariant RepositoryEntryModel::sortData(const RepositoryEntry &e, int column) const
{
    switch (column) {
    case StatusColumn:
        return e.status;
    case UpdatedColumn:
        return e.updateDate;
    case CreatedColumn:
        return e.creationDate;
    case DescriptionColumn:
        return e.statusDescription;
    default:
        return displayData(e, column);
    }
}

QVariant RepositoryEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RepositoryEntry &e = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(e, column);
    case Qt::ToolTipRole:
        if (column == StatusColumn) {
            return RepositoryStatuses::builtIn().isOpen(e.status)
                ? tr("%1 (%2): open").arg(RepositoryStatuses::builtIn().label(e.status), e.status)
                : tr("%1 (%2): closed")
                      .arg(RepositoryStatuses::builtIn().label(e.status), e.status);
        }
        if (column == DescriptionColumn && !e.statusDescription.isEmpty())
            return e.statusDescription;
        if (column == UpdatedColumn || column == CreatedColumn) {
            const QDateTime dt = column == UpdatedColumn ? e.updateDate : e.creationDate;
            return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::LongFormat)
                                : QVariant();
        }
        return {};
    case CaseIdRole:
        return e.caseId;
    case StatusRole:
        return e.status;
    case IsOpenRole:
        return RepositoryStatuses::builtIn().isOpen(e.status);
    case SortRole:
        return sortData(e, column);
    case EntryRole:
        return QVariant::fromValue(e);
    default:
        return {};
    }
}

QVariant RepositoryEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::InitialSortOrderRole) {
        // Newest first is what one looks for in dates; names read best A to Z.
        if (section == UpdatedColumn || section == CreatedColumn)
            return int(Qt::DescendingOrder);
        return int(Qt::AscendingOrder);
    }
    if (role == Qt::ToolTipRole && sortField(section).isEmpty())
        return tr("The Case Repository cannot sort by this column.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case CaseTypeColumn:
        return tr("Case type");
    case ClientTypeColumn:
        return tr("Client type");
    case ClientIdColumn:
        return tr("Client ID");
    case BusinessKeyColumn:
        return tr("Business key");
    case SourceColumn:
        return tr("Source");
    case UpdatedColumn:
        return tr("Updated");
    case CreatedColumn:
        return tr("Created");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

QHash<int, QByteArray> RepositoryEntryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CaseIdRole, "caseId");
    names.insert(StatusRole, "status");
    names.insert(IsOpenRole, "isOpen");
    names.insert(SortRole, "sortValue");
    names.insert(EntryRole, "entry");
    return names;
}

QString RepositoryEntryModel::sortField(int column)
{
    switch (column) {
    case StatusColumn:
        return QStringLiteral("status");
    case CaseTypeColumn:
        return QStringLiteral("caseType");
    case ClientTypeColumn:
        return QStringLiteral("clientType");
    case ClientIdColumn:
        return QStringLiteral("clientId");
    case BusinessKeyColumn:
        return QStringLiteral("businessKey");
    case SourceColumn:
        return QStringLiteral("source");
    case UpdatedColumn:
        return QStringLiteral("updateDate");
    case CreatedColumn:
        return QStringLiteral("creationDate");
    default:
        return {};
    }
}

QString RepositoryEntryModel::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels {
        {QStringLiteral("caseType"), QT_TR_NOOP("Case type")},
        {QStringLiteral("clientId"), QT_TR_NOOP("Client ID")},
        {QStringLiteral("clientType"), QT_TR_NOOP("Client type")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("statusDescription"), QT_TR_NOOP("Description")},
        {QStringLiteral("businessKey"), QT_TR_NOOP("Business key")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("creationDate"), QT_TR_NOOP("Created")},
        {QStringLiteral("updateDate"), QT_TR_NOOP("Updated")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

int RepositoryEntryModel::columnForSortField(const QString &field)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (!field.isEmpty() && sortField(column) == field)
            return column;
    }
    return -1;
}

RepositoryEntry RepositoryEntryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : RepositoryEntry();
}

int RepositoryEntryModel::rowOf(const QString &caseId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).caseId == caseId)
            return row;
    }
    return -1;
}

bool RepositoryEntryModel::setEntries(const QList<RepositoryEntry> &given)
{
    // A page holds at most 200 rows: linear look-ups are cheaper than keeping an index right
    // through moves.
    QList<RepositoryEntry> entries;
    QSet<QString> wanted;
    for (const RepositoryEntry &e : given) {
        if (!wanted.contains(e.caseId)) {
            wanted.insert(e.caseId);
            entries.append(e);
        }
    }
    bool changed = false;

    // 1. Rows that go, in runs from the bottom.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_entries.at(row).caseId))
            continue;
        const int last = row;
        while (row > 0 && !wanted.contains(m_entries.at(row - 1).caseId))
            --row;
        beginRemoveRows({}, row, last);
        m_entries.remove(row, last - row + 1);
        endRemoveRows();
        changed = true;
    }

    // 2. Walk the new order: keep, move up or insert (runs of new rows at once).
    QSet<QString> present;
    for (const RepositoryEntry &e : std::as_const(m_entries))
        present.insert(e.caseId);
    for (int i = 0; i < entries.size(); ++i) {
        const RepositoryEntry &e = entries.at(i);
        if (!present.contains(e.caseId)) {
            int end = i + 1;
            while (end < entries.size() && !present.contains(entries.at(end).caseId))
                ++end;
            beginInsertRows({}, i, end - 1);
            for (int k = i; k < end; ++k) {
                m_entries.insert(k, entries.at(k));
                present.insert(entries.at(k).caseId);
            }
            endInsertRows();
            changed = true;
            i = end - 1;
            continue;
        }
        if (m_entries.at(i).caseId != e.caseId) {
            int from = i + 1;
            while (m_entries.at(from).caseId != e.caseId)
                ++from;
            beginMoveRows({}, from, from, {}, i);
            m_entries.move(from, i);
            endMoveRows();
            changed = true;
        }
        if (m_entries.at(i) != e) {
            m_entries[i] = e;
            emit dataChanged(index(i, 0), index(i, LastColumn));
            changed = true;
        }
    }
    return changed;
}

bool RepositoryEntryModel::updateEntry(const RepositoryEntry &entry)
{
    const int row = rowOf(entry.caseId);
    if (row < 0)
        return false;
    if (m_entries.at(row) != entry) {
        m_entries[row] = entry;
        emit dataChanged(index(row, 0), index(row, LastColumn));
    }
    return true;
}

bool RepositoryEntryModel::removeEntry(const QString &caseId)
{
    const int row = rowOf(caseId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    return true;
}

void RepositoryEntryModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}
