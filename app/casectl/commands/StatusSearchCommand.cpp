#include "StatusSearchCommand.h"

#include "../CommandContext.h"
#include "../ExitCode.h"
#include "../Options.h"
#include "../Output.h"
#include "../RepositoryOutput.h"
#include "../Secrets.h"
#include "api/RepositoryClient.h"

#include <QSet>

namespace {

const QStringList SortFields {QStringLiteral("creationDate"), QStringLiteral("updateDate"),
    QStringLiteral("caseType"), QStringLiteral("clientId"), QStringLiteral("clientType"),
    QStringLiteral("status"), QStringLiteral("businessKey"), QStringLiteral("source")};

// --updated-from/--updated-to: ISO 8601, local time unless the text has a zone; a date alone is
// the start (or the end) of that day.
std::optional<QDateTime> parseWhen(const QString &value, bool endOfDay)
{
    const QString text = value.trimmed();
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return endOfDay ? date.endOfDay() : date.startOfDay();
    }
    const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODate);
    if (!dateTime.isValid())
        return std::nullopt;
    return dateTime;
}

} // namespace

StatusSearchCommand::StatusSearchCommand()
    : Command(QStringLiteral("status search"),
        {QStringLiteral("repository-client"), QStringLiteral("client-id"),
            QStringLiteral("client-type"), QStringLiteral("case-type"), QStringLiteral("status"),
            QStringLiteral("business-key"), QStringLiteral("source"),
            QStringLiteral("updated-from"), QStringLiteral("updated-to"), QStringLiteral("page"),
            QStringLiteral("size"), QStringLiteral("sort"), QStringLiteral("all"),
            QStringLiteral("json")},
        Needs::Repository, 0)
{ }

int StatusSearchCommand::run(CommandContext &context)
{
    RepositoryQuery query;
    for (const auto read : {&readFilters, &readDates, &readPaging, &readSort}) {
        if (const auto ended = read(context, query))
            return *ended;
    }
    const bool all = context.options().isSet("all");
    Secrets::withRepositoryPassword(context, [&context, query, all] {
        if (!all) {
            searchPage(context, query);
            return;
        }
        RepositoryQuery first = query;
        first.page = 0;
        first.size = RepositoryQuery::MaximumSize;
        searchAll(context, first, {});
    });
    return Exit::Later;
}

std::optional<int> StatusSearchCommand::readFilters(CommandContext &context, RepositoryQuery &query)
{
    const struct
    {
        const char *option;
        QString RepositoryQuery::*field;
    } filters[] {{"repository-client", &RepositoryQuery::clientId},
        {"client-type", &RepositoryQuery::clientType}, {"case-type", &RepositoryQuery::caseType},
        {"status", &RepositoryQuery::status}, {"business-key", &RepositoryQuery::businessKey},
        {"source", &RepositoryQuery::source}};
    for (const auto &filter : filters) {
        if (!context.options().isSet(filter.option))
            continue;
        // An empty filter would match everything: surely not what was meant.
        const QString value = context.options().value(filter.option);
        if (value.isEmpty())
            return context.output().usageError(
                tr("--%1 is empty").arg(QLatin1String(filter.option)));
        query.*filter.field = value;
    }
    return std::nullopt;
}

std::optional<int> StatusSearchCommand::readDates(CommandContext &context, RepositoryQuery &query)
{
    const Options &options = context.options();
    for (const bool end : {false, true}) {
        const QString option = end ? QStringLiteral("updated-to") : QStringLiteral("updated-from");
        if (!options.isSet(option))
            continue;
        const auto when = parseWhen(options.value(option), end);
        if (!when)
            return context.output().usageError(
                tr("--%1 is not an ISO 8601 date and time").arg(option));
        (end ? query.updatedTo : query.updatedFrom) = *when;
    }
    if (query.updatedFrom.isValid() && query.updatedTo.isValid()
        && query.updatedFrom > query.updatedTo)
        return context.output().usageError(tr("--updated-from is later than --updated-to"));
    return std::nullopt;
}

std::optional<int> StatusSearchCommand::readPaging(CommandContext &context, RepositoryQuery &query)
{
    const Options &options = context.options();
    Output &output = context.output();
    if (options.isSet("all") && (options.isSet("page") || options.isSet("size")))
        return output.usageError(tr("--all reads every page; it takes no --page or --size"));
    if (options.isSet("page")) {
        bool ok = false;
        const int page = options.value("page").toInt(&ok);
        if (!ok || page < 1)
            return output.usageError(tr("--page takes a page number, from 1"));
        query.page = page - 1;
    }
    if (options.isSet("size")) {
        bool ok = false;
        const int size = options.value("size").toInt(&ok);
        if (!ok || size < 1 || size > RepositoryQuery::MaximumSize)
            return output.usageError(
                tr("--size takes a number from 1 to %1").arg(RepositoryQuery::MaximumSize));
        query.size = size;
    }
    return std::nullopt;
}

std::optional<int> StatusSearchCommand::readSort(CommandContext &context, RepositoryQuery &query)
{
    const Options &options = context.options();
    if (options.isSet("sort")) {
        const QStringList parts = options.value("sort").split(u',');
        const QString direction = parts.value(1).toLower();
        if (parts.size() > 2 || !SortFields.contains(parts.constFirst())
            || (parts.size() == 2 && direction != QLatin1String("asc")
                && direction != QLatin1String("desc")))
            return context.output().usageError(
                tr("--sort takes one of %1, optionally with ,asc or ,desc")
                    .arg(SortFields.join(QStringLiteral(", "))));
        query.sortField = parts.constFirst();
        query.sortDescending = direction == QLatin1String("desc"); // the repository's default: asc
    } else if (options.isSet("all")) {
        // Entries updated while the pages are read would move between pages when sorted by
        // update date; by creation date they stay put and new ones come last.
        query.sortField = QStringLiteral("creationDate");
        query.sortDescending = false;
    }
    return std::nullopt;
}

void StatusSearchCommand::searchPage(CommandContext &context, const RepositoryQuery &query)
{
    RepositoryPageReply *reply = context.repository()->search(query);
    context.whenDone(reply, [&context, reply] {
        const RepositoryPage page = reply->page();
        RepositoryOutput(context.output(), context.options().isSet("json")).printPage(page);
        QTextStream &err = context.output().err();
        if (page.totalElements == 0)
            err << tr("no entries") << Qt::endl;
        else
            err << tr("page %1 of %2, %n entries", nullptr, page.totalElements)
                       .arg(page.number + 1)
                       .arg(page.totalPages)
                << Qt::endl;
        context.done(Exit::Ok);
    });
}

void StatusSearchCommand::searchAll(
    CommandContext &context, RepositoryQuery query, QList<RepositoryEntry> found)
{
    RepositoryPageReply *reply = context.repository()->search(query);
    context.whenDone(reply, [&context, reply, query, found]() mutable {
        const RepositoryPage page = reply->page();
        found += page.content;
        if (!page.content.isEmpty() && query.page + 1 < page.totalPages) {
            ++query.page;
            searchAll(context, query, found);
            return;
        }
        printAll(context, found);
    });
}

void StatusSearchCommand::printAll(CommandContext &context, const QList<RepositoryEntry> &found)
{
    // An entry created or deleted meanwhile shifts the pages by one: each entry once (its
    // caseId, a UUID, ignoring case as the Case Repository does).
    QList<RepositoryEntry> entries;
    QSet<QString> seen;
    for (const RepositoryEntry &e : found) {
        if (!seen.contains(e.caseId.toLower())) {
            seen.insert(e.caseId.toLower());
            entries.append(e);
        }
    }
    RepositoryOutput(context.output(), context.options().isSet("json")).printEntries(entries);
    context.output().err() << tr("%n entries", nullptr, int(entries.size())) << Qt::endl;
    context.done(Exit::Ok);
}
