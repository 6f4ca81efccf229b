#pragma once

#include "store/Store.h"

#include <QString>
#include <QStringList>

class Database;
struct SalvagedRows;

// Recovers the drafts and outbox items of the damaged copies of a database lying beside it
// (<file>.damaged-*: moved aside by Database::open() now or by an earlier run that crashed or
// found the disk full) into that database, once each: a copy recovered from is renamed
// <file>.salvaged-* and noted in the meta table ("salvaged:<name>"), so it is never recovered
// twice. Rows already in the database (same key) are kept as they are.
class LeftoverSalvage
{
public:
    explicit LeftoverSalvage(Database &db);

    // Recovers what it can; what it did is added to `result.message` (and movedAsidePath
    // follows the copy's rename).
    void recoverInto(Store::OpenResult &result);

private:
    // The damaged copies beside the database, by name (their -wal, -shm and -journal aside).
    QStringList damagedCopies() const;
    // Whether the copy `name` was recovered from before (it then only gets its new name).
    bool wasRecovered(const QString &name);
    // One copy: a sentence for the engineer on what was (or could not yet be) recovered.
    QString recoverCopy(const QString &name, Store::OpenResult &result);
    // The rows and the mark that they were recovered, in one transaction; counts the unsent.
    bool copyRows(const SalvagedRows &rows, const QString &name, int *unsent);
    bool copyDrafts(const SalvagedRows &rows);
    bool copyOutbox(const SalvagedRows &rows, int *unsent);
    bool markRecovered(const QString &name);
    QString salvagedName(const QString &name) const;

    Database &m_db;
};
