#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

class StoreThread;

// The cases the engineer watches: told about new provider messages on them. Kept in memory and
// in the store (store/WatchList); the store's list joins once it is open (storeOpened()),
// without undoing what this run changed before.
class WatchedCases : public QObject
{
    Q_OBJECT

public:
    explicit WatchedCases(StoreThread *store, QObject *parent = nullptr);

    bool isWatched(const QString &caseId) const { return m_watched.contains(caseId); }
    const QSet<QString> &ids() const { return m_watched; }
    void setWatched(const QString &caseId, bool watched);

    // The cases the store holds as watched (before the first poll: its news must know them).
    void storeOpened(const QStringList &stored);

signals:
    void watchChanged(const QString &caseId, bool watched);

private:
    StoreThread *m_store;
    QSet<QString> m_watched;
    // (Un)watched before the store said what it holds: what it then says of them is older.
    QSet<QString> m_changedEarly;
    bool m_loaded = false;
};
