#pragma once

#include "models/RepositoryEntry.h"

#include <QCoreApplication>
#include <QJsonObject>

class Output;
class RepositoryEntryReply;

// The Case Repository's entries as a person reads them (times in local time) or as JSON
// (--json): one entry, a table of entries, a page, an entry's history; and an entry's error.
class RepositoryOutput
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    // `json`: print JSON instead of text.
    RepositoryOutput(Output &output, bool json);

    void printEntry(const RepositoryEntry &entry);
    // A page or every entry found; its summary (on stderr) is the command's.
    void printEntries(const QList<RepositoryEntry> &entries);
    void printPage(const RepositoryPage &page);
    void printHistory(const QString &caseId, const QList<RepositoryEntryChange> &changes);
    // Reports the error of a failed entry reply, naming the entry a duplicate key belongs to;
    // returns its exit code.
    int failEntry(RepositoryEntryReply *reply);

private:
    void printTable(const QList<RepositoryEntry> &entries);
    void printChange(const RepositoryEntryChange &change);

    Output &m_output;
    bool m_json;
};
