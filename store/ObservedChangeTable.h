#pragma once

#include "models/CaseTimeline.h"

#include <QHash>
#include <QList>
#include <QString>

class Database;

// The status and priority changes the console saw between polls (observed_changes, a row per
// change, gone with its case). Written by CaseBatchWriter in the transaction that writes the
// case; read here, oldest first.
class ObservedChangeTable
{
public:
    explicit ObservedChangeTable(Database &db);

    QList<ObservedChange> load(const QString &caseId);
    // Every case's, by case id.
    QHash<QString, QList<ObservedChange>> loadAll();

    // How a field is stored.
    static QString fieldName(ObservedChange::Field field);

private:
    QList<ObservedChange> read(const QString &where, const QString &caseId);

    Database &m_db;
};
