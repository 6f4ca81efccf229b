#include "session/ObservedHistory.h"

ObservedHistory::ObservedHistory(QObject *parent)
    : QObject(parent)
{ }

QList<StatusChange> ObservedHistory::statusChangesOf(const QString &caseId) const
{
    return statusChangesFrom(m_changes.value(caseId));
}

QHash<QString, QList<StatusChange>> ObservedHistory::allStatusChanges() const
{
    QHash<QString, QList<StatusChange>> all;
    for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it) {
        if (QList<StatusChange> changes = statusChangesFrom(*it); !changes.isEmpty())
            all.insert(it.key(), changes);
    }
    return all;
}

void ObservedHistory::storeOpened(const QHash<QString, QList<ObservedChange>> &changes)
{
    m_changes = changes;
}

void ObservedHistory::add(const QList<ObservedChange> &changes)
{
    QStringList told;
    for (const ObservedChange &change : changes) {
        m_changes[change.caseId].append(change);
        if (!told.contains(change.caseId))
            told.append(change.caseId);
    }
    for (const QString &caseId : told)
        emit this->changed(caseId);
}
