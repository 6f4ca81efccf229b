#pragma once

#include "Command.h"
#include "models/RepositoryEntry.h"

// casectl status search [filters] [--page N] [--size N] [--sort FIELD[,asc|desc]] [--all]
// [--json]: Case Repository entries, a page of them or (--all) every page; a summary on stderr.
class StatusSearchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Casectl)

public:
    StatusSearchCommand();
    int run(CommandContext &context) override;

private:
    // Each reads options into `query`; returns a usage error's exit code, or nullopt.
    static std::optional<int> readFilters(CommandContext &context, RepositoryQuery &query);
    static std::optional<int> readDates(CommandContext &context, RepositoryQuery &query);
    static std::optional<int> readPaging(CommandContext &context, RepositoryQuery &query);
    static std::optional<int> readSort(CommandContext &context, RepositoryQuery &query);

    static void searchPage(CommandContext &context, const RepositoryQuery &query);
    // Reads the pages from query.page on, then prints what `found` and they hold.
    static void searchAll(
        CommandContext &context, RepositoryQuery query, QList<RepositoryEntry> found);
    static void printAll(CommandContext &context, const QList<RepositoryEntry> &found);
};
