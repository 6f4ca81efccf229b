#include "models/CommunicationThreadModel.h"

CommunicationThreadModel::CommunicationThreadModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int CommunicationThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_thread.size());
}

QVariant CommunicationThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Communication &m = m_thread.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole:
        return m.message;
    case TypeRole:
        return m.type;
    case TimestampRole:
        return m.timestamp.toDateTime();
    case SentByRole:
        return m.sentBy;
    case IsFromProviderRole:
        return m.isFromProvider(m_words);
    case IsStatusUpdateRole:
        return m_words.isStatusUpdate(m.type);
    case IsNewRole:
        // News is what the provider added: our own messages are never new to us.
        return index.row() >= m_seenCount && m.isFromProvider(m_words);
    default:
        return {};
    }
}

QHash<int, QByteArray> CommunicationThreadModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(MessageRole, "message");
    names.insert(TypeRole, "type");
    names.insert(TimestampRole, "timestamp");
    names.insert(SentByRole, "sentBy");
    names.insert(IsFromProviderRole, "isFromProvider");
    names.insert(IsStatusUpdateRole, "isStatusUpdate");
    names.insert(IsNewRole, "isNew");
    return names;
}

void CommunicationThreadModel::setThread(
    const QString &caseId, const QList<Communication> &thread, int seenCount)
{
    beginResetModel();
    m_caseId = caseId;
    m_thread = thread;
    m_keys.clear();
    for (const Communication &m : thread)
        m_keys.insert(m.identityKey());
    m_seenCount = qBound(0, seenCount, int(thread.size()));
    endResetModel();
}

int CommunicationThreadModel::merge(const QString &caseId, const QList<Communication> &thread)
{
    if (caseId != m_caseId)
        return 0;
    QList<Communication> added;
    for (const Communication &m : thread) {
        const QString key = m.identityKey();
        if (!m_keys.contains(key)) {
            m_keys.insert(key);
            added.append(m);
        }
    }
    if (added.isEmpty())
        return 0;
    // The provider's history only grows, and new messages come after what is shown; keep
    // time order all the same if one arrives out of order.
    std::stable_sort(added.begin(), added.end(),
        [](const Communication &a, const Communication &b) { return a.timestamp < b.timestamp; });
    const int first = int(m_thread.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_thread.append(added);
    endInsertRows();
    return int(added.size());
}

void CommunicationThreadModel::clear()
{
    setThread({}, {}, 0);
}

const Communication *CommunicationThreadModel::at(int row) const
{
    return row >= 0 && row < m_thread.size() ? &m_thread.at(row) : nullptr;
}

void CommunicationThreadModel::setWords(const ProviderWords &words)
{
    const bool same = words.decidesAs(m_words);
    m_words = words;
    if (!same && !m_thread.isEmpty())
        emit dataChanged(
            index(0), index(int(m_thread.size()) - 1), {IsFromProviderRole, IsStatusUpdateRole});
}
