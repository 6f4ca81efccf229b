#pragma once

#include "models/CaseTimeline.h"

#include <QAbstractTableModel>

// The open case's timeline (buildTimeline()), oldest first, a row per entry: when (local time
// with its UTC offset), what, and the details (sender and text, or the observed change), all as
// plain text. Another case resets the model; a newer timeline of the same case updates it in
// place: what it shares with the last one from the start stays, changed rows get dataChanged,
// new ones are inserted (a poll's message or status change: one row at the end).
class CaseTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, DetailsColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int: TimelineEntry::Kind
        TimestampRole, // QDateTime (UTC)
        IsFromProviderRole, // bool: a message or status update of the provider's side
    };
    Q_ENUM(Role)

    explicit CaseTimelineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString caseId() const { return m_caseId; }
    void setTimeline(const QString &caseId, const QList<TimelineEntry> &entries);
    const TimelineEntry *at(int row) const;

    // The words of an entry, as the view shows them.
    static QString kindText(TimelineEntry::Kind kind);
    static QString timeText(const Timestamp &at);
    static QString detailsText(const TimelineEntry &entry);

private:
    QString m_caseId;
    QList<TimelineEntry> m_entries;
};
