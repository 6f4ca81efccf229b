#pragma once

#include "session/NewsDetector.h"

#include <QAbstractListModel>
#include <QDateTime>

// The last notices the console gave (the news of the polls the profile's notification choices
// want), newest first: for a desktop without a tray, and for what a notification that came and
// went said. Each entry has its time, kind, case and whether the engineer has read it; at most
// capacity() are kept, the oldest go. With keepIn() they live in the settings too, so a restart
// finds them again.
class NotificationHistory : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1, // QString: the case the notice is about
        KindRole, // int: CaseNews::Kind
        TimeRole, // QDateTime: when the console noticed it (local time)
        TextRole, // QString: the detail under the title (DisplayRole)
        ReadRole, // bool: opened from the history, or marked read
    };
    Q_ENUM(Role)

    struct Entry
    {
        QDateTime time;
        CaseNews::Kind kind = CaseNews::Kind::ProviderMessages;
        QString caseId;
        QString title;
        QString text;
        bool read = false;
    };

    explicit NotificationHistory(QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);

    void add(const CaseNews &news, const QDateTime &when = QDateTime::currentDateTime());
    const Entry &at(int row) const { return m_entries.at(row); }
    int unreadCount() const;
    void setRead(int row, bool read = true);
    void markAllRead();
    // The case was opened, however: its notices were seen.
    void markCaseRead(const QString &caseId);

    // Restores what the settings hold under `group` (one per profile) and saves every change
    // there from now on.
    void keepIn(const QString &group);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void unreadCountChanged(int unread);

private:
    void trim();
    void save() const;

    QList<Entry> m_entries; // newest first
    int m_capacity = 100;
    QString m_group;
};
