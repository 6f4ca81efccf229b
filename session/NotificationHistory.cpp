#include "session/NotificationHistory.h"

#include "models/SettingsKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace {

QString kindName(CaseNews::Kind kind)
{
    switch (kind) {
    case CaseNews::Kind::UrgentIncident:
        return QStringLiteral("urgentIncident");
    case CaseNews::Kind::SlaWarning:
        return QStringLiteral("slaWarning");
    case CaseNews::Kind::ProviderMessages:
        break;
    }
    return QStringLiteral("providerMessages");
}

QJsonObject toJson(const NotificationHistory::Entry &entry)
{
    return {{QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("kind"), kindName(entry.kind)}, {QStringLiteral("caseId"), entry.caseId},
        {QStringLiteral("title"), entry.title}, {QStringLiteral("text"), entry.text},
        {QStringLiteral("read"), entry.read}};
}

NotificationHistory::Entry fromJson(const QJsonObject &json)
{
    NotificationHistory::Entry entry;
    entry.time
        = QDateTime::fromString(json.value(QLatin1String("time")).toString(), Qt::ISODateWithMs)
              .toLocalTime();
    const QString kind = json.value(QLatin1String("kind")).toString();
    entry.kind = kind == kindName(CaseNews::Kind::UrgentIncident) ? CaseNews::Kind::UrgentIncident
        : kind == kindName(CaseNews::Kind::SlaWarning)            ? CaseNews::Kind::SlaWarning
                                                       : CaseNews::Kind::ProviderMessages;
    entry.caseId = json.value(QLatin1String("caseId")).toString();
    entry.title = json.value(QLatin1String("title")).toString();
    entry.text = json.value(QLatin1String("text")).toString();
    entry.read = json.value(QLatin1String("read")).toBool();
    return entry;
}

} // namespace

NotificationHistory::NotificationHistory(QObject *parent)
    : QAbstractListModel(parent)
{ }

void NotificationHistory::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    trim();
}

void NotificationHistory::add(const CaseNews &news, const QDateTime &when)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend({when, news.kind, news.caseId, news.title, news.text, false});
    endInsertRows();
    trim();
    save();
    emit unreadCountChanged(unreadCount());
}

void NotificationHistory::trim()
{
    if (m_entries.size() <= m_capacity)
        return;
    beginRemoveRows({}, m_capacity, int(m_entries.size()) - 1);
    m_entries.resize(m_capacity);
    endRemoveRows();
}

int NotificationHistory::unreadCount() const
{
    return int(std::count_if(
        m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) { return !entry.read; }));
}

void NotificationHistory::setRead(int row, bool read)
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).read == read)
        return;
    m_entries[row].read = read;
    emit dataChanged(index(row), index(row), {ReadRole});
    save();
    emit unreadCountChanged(unreadCount());
}

void NotificationHistory::markAllRead()
{
    if (unreadCount() == 0)
        return;
    for (Entry &entry : m_entries)
        entry.read = true;
    emit dataChanged(index(0), index(int(m_entries.size()) - 1), {ReadRole});
    save();
    emit unreadCountChanged(0);
}

void NotificationHistory::markCaseRead(const QString &caseId)
{
    bool changed = false;
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &entry = m_entries[row];
        if (entry.read || entry.caseId != caseId)
            continue;
        entry.read = true;
        changed = true;
        emit dataChanged(index(row), index(row), {ReadRole});
    }
    if (!changed)
        return;
    save();
    emit unreadCountChanged(unreadCount());
}

void NotificationHistory::keepIn(const QString &group)
{
    m_group = group;
    QSettings settings;
    settings.beginGroup(group);
    const QJsonArray stored
        = QJsonDocument::fromJson(settings.value(SettingsKeys::NoticeHistory).toByteArray())
              .array();
    QList<Entry> entries;
    for (const QJsonValue &value : stored) {
        if (Entry entry = fromJson(value.toObject()); !entry.caseId.isEmpty())
            entries.append(entry);
    }
    // What this run noticed before stays on top.
    beginResetModel();
    m_entries.append(entries);
    endResetModel();
    trim();
    emit unreadCountChanged(unreadCount());
}

void NotificationHistory::save() const
{
    if (m_group.isEmpty())
        return;
    QJsonArray entries;
    for (const Entry &entry : m_entries)
        entries.append(toJson(entry));
    QSettings settings;
    settings.beginGroup(m_group);
    settings.setValue(
        SettingsKeys::NoticeHistory, QJsonDocument(entries).toJson(QJsonDocument::Compact));
}

int NotificationHistory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant NotificationHistory::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.title;
    case Qt::ToolTipRole:
    case TextRole:
        return entry.text;
    case CaseIdRole:
        return entry.caseId;
    case KindRole:
        return int(entry.kind);
    case TimeRole:
        return entry.time;
    case ReadRole:
        return entry.read;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationHistory::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CaseIdRole, "caseId");
    names.insert(KindRole, "kind");
    names.insert(TimeRole, "time");
    names.insert(TextRole, "text");
    names.insert(ReadRole, "read");
    return names;
}
