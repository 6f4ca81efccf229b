#pragma once

#include "models/Case.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The cases of one profile as a table. Changes arrive as upserts: a poll inserts new cases and
// updates changed ones in place (dataChanged), so selection and scroll position survive it.
// Only a profile switch resets the model (reset()).
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        SubjectColumn,
        TypeColumn,
        PriorityColumn,
        StatusColumn,
        ServiceColumn,
        SiteColumn,
        CustomerReferenceColumn,
        CreatedColumn,
        LastModifiedColumn,
        MessagesColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        CaseIdRole = Qt::UserRole + 1, // QString: the provider's case id
        SortRole, // a value that sorts the column correctly (ticks, P-rank)
        IsIncidentRole, // bool: type is Incident
        IsOpenRole, // bool: not Resolved, Closed or Cancelled
        PriorityRole, // QString: P1 to P5
        StatusRole, // QString: the provider's status value
        LastModifiedRole, // QDateTime (UTC): last modification
        CommunicationCountRole, // int: messages in the thread
    };
    Q_ENUM(Role)

    explicit CaseListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Inserts cases not yet known and updates known ones whose content changed; an older
    // lastModifiedDate never overwrites a newer one. Returns how many rows changed or appeared.
    int upsert(const QList<Case> &cases);
    bool remove(const QString &caseId);
    // Replaces everything; for a profile switch only.
    void reset(const QList<Case> &cases);

    const Case *caseAt(int row) const;
    const Case *caseById(const QString &caseId) const;
    int rowOf(const QString &caseId) const;

private:
    QVariant displayData(const Case &c, int column) const;
    QVariant sortData(const Case &c, int column) const;

    QList<Case> m_cases;
    QHash<QString, int> m_rowById;
};
