#include "models/CaseTimelineModel.h"

#include <QDateTime>

namespace {

// A message on one line: the timeline is a list; the thread shows it whole.
QString oneLine(const QString &text)
{
    return text.simplified();
}

QString valueOrNone(const QString &value)
{
    return value.isEmpty() ? CaseTimelineModel::tr("(none)") : value;
}

} // namespace

CaseTimelineModel::CaseTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int CaseTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CaseTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const TimelineEntry *CaseTimelineModel::at(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QString CaseTimelineModel::kindText(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::IncidentStart:
        return tr("Start of incident");
    case TimelineEntry::Kind::Created:
        return tr("Created");
    case TimelineEntry::Kind::Message:
        return tr("Message");
    case TimelineEntry::Kind::StatusUpdate:
        return tr("Status update");
    case TimelineEntry::Kind::ObservedStatus:
        return tr("Status seen");
    case TimelineEntry::Kind::ObservedPriority:
        return tr("Priority seen");
    case TimelineEntry::Kind::IncidentEnd:
        return tr("End of incident");
    }
    return {};
}

QString CaseTimelineModel::timeText(const Timestamp &at)
{
    const QDateTime local = at.toDateTime().toLocalTime();
    const int offset = local.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("−") : QStringLiteral("+");
    const int minutes = qAbs(offset) / 60;
    return tr("%1 (UTC%2%3:%4)")
        .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString CaseTimelineModel::detailsText(const TimelineEntry &entry)
{
    const QString seen = entry.at.toDateTime().toLocalTime().toString(QStringLiteral("HH:mm"));
    switch (entry.kind) {
    case TimelineEntry::Kind::Message:
    case TimelineEntry::Kind::StatusUpdate:
        return tr("%1: %2").arg(entry.senderLabel(), oneLine(entry.text));
    case TimelineEntry::Kind::ObservedStatus:
        return tr("Status %1 → %2 (seen %3)")
            .arg(valueOrNone(entry.from), valueOrNone(entry.to), seen);
    case TimelineEntry::Kind::ObservedPriority:
        return tr("Priority %1 → %2 (seen %3)")
            .arg(valueOrNone(entry.from), valueOrNone(entry.to), seen);
    default:
        return {};
    }
}

QVariant CaseTimelineModel::data(const QModelIndex &index, int role) const
{
    const TimelineEntry *entry = index.isValid() ? at(index.row()) : nullptr;
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(entry->at);
        case KindColumn:
            return kindText(entry->kind);
        case DetailsColumn:
            return detailsText(*entry);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // The whole message, as it came (a view shows it literally: ui/PlainTextDelegate).
        if (index.column() == DetailsColumn && !entry->text.isEmpty())
            return tr("%1:\n%2").arg(entry->senderLabel(), entry->text);
        return {};
    case KindRole:
        return int(entry->kind);
    case TimestampRole:
        return entry->at.toDateTime();
    case IsFromProviderRole:
        return entry->fromProvider;
    default:
        return {};
    }
}

QVariant CaseTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When (local time)");
    case KindColumn:
        return tr("What");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseTimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(TimestampRole, "timestamp");
    names.insert(IsFromProviderRole, "isFromProvider");
    return names;
}

void CaseTimelineModel::setTimeline(const QString &caseId, const QList<TimelineEntry> &entries)
{
    if (caseId != m_caseId) {
        beginResetModel();
        m_caseId = caseId;
        m_entries = entries;
        endResetModel();
        return;
    }
    // What the two share from the start stays; the rest is updated, inserted or removed.
    const int oldSize = int(m_entries.size());
    const int newSize = int(entries.size());
    int same = 0;
    while (same < oldSize && same < newSize && m_entries.at(same) == entries.at(same))
        ++same;
    const int overlap = qMin(oldSize, newSize);
    if (newSize < oldSize) {
        beginRemoveRows({}, newSize, oldSize - 1);
        m_entries.resize(newSize);
        endRemoveRows();
    }
    for (int row = same; row < overlap; ++row)
        m_entries[row] = entries.at(row);
    if (same < overlap)
        emit dataChanged(index(same, 0), index(overlap - 1, ColumnCount - 1));
    if (newSize > oldSize) {
        beginInsertRows({}, oldSize, newSize - 1);
        m_entries.append(entries.mid(oldSize));
        endInsertRows();
    }
}
