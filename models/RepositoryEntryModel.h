#pragma once

#include "models/RepositoryEntry.h"

#include <QAbstractTableModel>
#include <QList>

// One page of Case Repository search results as a table. The server sorts and pages; the model
// shows what it was given in that order. setEntries() turns the rows it holds into the new ones
// by caseId (rows removed, moved, inserted, changed in place), so refreshing the same page after
// an edit keeps the selection and scroll position; a new page simply replaces the rows the same
// way. Status labels and open/closed come from RepositoryStatuses::builtIn().
class RepositoryEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        CaseTypeColumn,
        ClientTypeColumn,
        ClientIdColumn,
        BusinessKeyColumn,
        SourceColumn,
        UpdatedColumn,
        CreatedColumn,
        DescriptionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        CaseIdRole = Qt::UserRole + 1, // QString: the entry's caseId (a UUID)
        StatusRole, // QString: the raw status value, e.g. IN_PROGRESS
        IsOpenRole, // bool: the status counts as open (unknown values do)
        SortRole, // the column's value in its natural order (QDateTime for the dates)
        EntryRole, // RepositoryEntry: the whole row
    };
    Q_ENUM(Role)

    explicit RepositoryEntryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Makes the rows exactly `entries`, in that order, with row-level signals (a caseId that
    // appears twice is kept once). Returns whether anything changed.
    bool setEntries(const QList<RepositoryEntry> &entries);
    // Updates the row of `entry.caseId` in place; false when no row has it.
    bool updateEntry(const RepositoryEntry &entry);
    bool removeEntry(const QString &caseId);
    void clear();

    const QList<RepositoryEntry> &entries() const { return m_entries; }
    // The row's entry; an empty entry for a row out of range.
    RepositoryEntry entryAt(int row) const;
    int rowOf(const QString &caseId) const;

    // The repository's sort field for a column (RepositoryQuery::sortField), empty for a column
    // the server cannot sort by; and back (-1 for an unknown field).
    static QString sortField(int column);
    static int columnForSortField(const QString &field);
    // A field of the repository's JSON ("statusDescription") in words ("Description").
    static QString fieldLabel(const QString &field);
    // Text shown for a repository date: local time, the locale's short format.
    static QString displayDate(const QDateTime &dateTime);

private:
    QVariant displayData(const RepositoryEntry &e, int column) const;
    QVariant sortData(const RepositoryEntry &e, int column) const;

    QList<RepositoryEntry> m_entries;
};
