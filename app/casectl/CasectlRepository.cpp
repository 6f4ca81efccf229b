// casectl's Case Repository commands: "status create|get|update|delete|search|history" and
// store-repository-password. Argument handling shared with the provider's commands is in
// Casectl.cpp.

#include "Casectl.h"
#include "api/RepositoryClient.h"
#include "api/SandboxCredentials.h"
#include "api/SecretStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcessEnvironment>
#include <QSet>

namespace {

// Repository times are UTC; people read them in local time, to the second the repository keeps.
QString localTime(const QDateTime &t)
{
    return t.isValid()
        ? QLocale::c().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        : QString();
}

QString cell(const QString &text, int width)
{
    return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text.leftJustified(width);
}

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

// The fields an entry's history names, in the order of the repository's model.
const QStringList FieldOrder {QStringLiteral("caseType"), QStringLiteral("clientId"),
    QStringLiteral("clientType"), QStringLiteral("status"), QStringLiteral("statusDescription"),
    QStringLiteral("businessKey"), QStringLiteral("source")};

const QStringList SortFields {QStringLiteral("creationDate"), QStringLiteral("updateDate"),
    QStringLiteral("caseType"), QStringLiteral("clientId"), QStringLiteral("clientType"),
    QStringLiteral("status"), QStringLiteral("businessKey"), QStringLiteral("source")};

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject pageJson(const RepositoryPage &page)
{
    QJsonArray content;
    for (const RepositoryEntry &e : page.content)
        content.append(e.toJson());
    return {{QStringLiteral("content"), content},
        {QStringLiteral("page"),
            QJsonObject {{QStringLiteral("size"), page.size},
                {QStringLiteral("number"), page.number},
                {QStringLiteral("totalElements"), page.totalElements},
                {QStringLiteral("totalPages"), page.totalPages}}}};
}

QJsonObject historyJson(const QString &caseId, const QList<RepositoryEntryChange> &changes)
{
    QJsonArray entries;
    for (const RepositoryEntryChange &c : changes) {
        QJsonObject fields;
        for (const RepositoryEntryChange::Field &f : c.changes)
            fields.insert(f.name,
                QJsonObject {{QStringLiteral("from"), orNull(f.from)},
                    {QStringLiteral("to"), orNull(f.to)}});
        entries.append(QJsonObject {{QStringLiteral("time"), RepositoryEntry::formatDate(c.time)},
            {QStringLiteral("action"), c.action}, {QStringLiteral("user"), c.user},
            {QStringLiteral("source"), orNull(c.source)}, {QStringLiteral("changes"), fields}});
    }
    return {{QStringLiteral("caseId"), caseId}, {QStringLiteral("entries"), entries}};
}

} // namespace

int Casectl::startRepositoryCommand()
{
    static const QHash<QString, int> positionalCount {{QStringLiteral("status create"), 0},
        {QStringLiteral("status get"), 1}, {QStringLiteral("status update"), 1},
        {QStringLiteral("status delete"), 1}, {QStringLiteral("status search"), 0},
        {QStringLiteral("status history"), 1}, {QStringLiteral("store-repository-password"), 0}};
    const int wanted = positionalCount.value(m_command);
    if (m_positional.size() != wanted) {
        return usageError(wanted == 1 ? tr("'%1' takes a CASEID").arg(m_command)
                                      : tr("'%1' takes no arguments").arg(m_command));
    }

    // Which repository, as whom: --repository and --repository-user, or the profile's.
    RepositorySettings settings;
    if (m_parser.isSet(QStringLiteral("repository"))) {
        settings.url = QUrl::fromUserInput(m_parser.value(QStringLiteral("repository")));
        settings.user = m_parser.value(QStringLiteral("repository-user"));
        if (settings.user.isEmpty())
            return usageError(tr("--repository needs --repository-user"));
    } else {
        int code = Ok;
        const auto profile = chosenProfile(&code);
        if (!profile)
            return code;
        settings = profile->repository;
        if (m_parser.isSet(QStringLiteral("repository-user")))
            settings.user = m_parser.value(QStringLiteral("repository-user"));
        if (settings.url.isEmpty())
            return usageError(tr("profile '%1' has no Case Repository: give --repository URL and "
                                 "--repository-user USER")
                                  .arg(profile->name));
        if (settings.user.isEmpty())
            return usageError(tr("profile '%1' has no Case Repository user: give "
                                 "--repository-user USER")
                                  .arg(profile->name));
    }
    // Refuses plain http to anything but loopback: Basic authentication would send the
    // password in clear.
    if (const QString problem = m_repository->configure(settings.url, settings.user);
        !problem.isEmpty())
        return usageError(problem);
    m_repositorySettings = settings;
    if (m_parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = m_parser.value(QStringLiteral("timeout")).toInt(&ok);
        // At most a day, so the milliseconds fit an int.
        if (!ok || seconds <= 0 || seconds > 86'400)
            return usageError(tr("--timeout takes a number of seconds"));
        m_repository->setTimeout(seconds * 1000);
        m_repository->setDeadline(seconds * 1000);
    }

    static const QHash<QString, int (Casectl::*)()> commands {
        {QStringLiteral("status create"), &Casectl::runStatusCreate},
        {QStringLiteral("status get"), &Casectl::runStatusGet},
        {QStringLiteral("status update"), &Casectl::runStatusUpdate},
        {QStringLiteral("status delete"), &Casectl::runStatusDelete},
        {QStringLiteral("status search"), &Casectl::runStatusSearch},
        {QStringLiteral("status history"), &Casectl::runStatusHistory},
        {QStringLiteral("store-repository-password"), &Casectl::runStoreRepositoryPassword},
    };
    return (this->*commands.value(m_command))();
}

void Casectl::withRepositoryPassword(std::function<void()> command)
{
    const QString fromEnvironment = QProcessEnvironment::systemEnvironment().value(
        QStringLiteral("CASECTL_REPOSITORY_PASSWORD"));
    if (!fromEnvironment.isEmpty()) {
        m_repository->setPassword(fromEnvironment);
        command();
        return;
    }
    const RepositorySettings settings = m_repositorySettings;
    m_secrets->read(settings.passwordKey(), this,
        [this, settings, command](
            SecretStore::Status status, const QString &password, const QString &message) {
            if (status == SecretStore::Status::Ok && !password.isEmpty()) {
                m_repository->setPassword(password);
                command();
                return;
            }
            // The sandbox's public demo users, on loopback only.
            const QString demo
                = SandboxCredentials::demoRepositoryPasswordFor(settings.user, settings.url);
            if (!demo.isEmpty()) {
                m_repository->setPassword(demo);
                command();
                return;
            }
            QString why;
            switch (status) {
            case SecretStore::Status::Ok:
            case SecretStore::Status::NotFound:
                why = tr("none is stored in the system keychain.");
                break;
            case SecretStore::Status::NoKeychain:
                why = tr("no system keychain is available.");
                break;
            case SecretStore::Status::AccessDenied:
                why = tr("the system keychain is locked or refused access.");
                break;
            case SecretStore::Status::OtherError:
                why = message;
                break;
            }
            m_err << "casectl: "
                  << tr("No Case Repository password for %1: %2").arg(settings.user, why) << ' '
                  << tr("Set CASECTL_REPOSITORY_PASSWORD or run 'casectl "
                        "store-repository-password'.")
                  << Qt::endl;
            const bool keychainFailed = status == SecretStore::Status::AccessDenied
                || status == SecretStore::Status::OtherError;
            done(keychainFailed ? Failure : Authentication);
        });
}

void Casectl::failEntry(RepositoryEntryReply *reply)
{
    ApiError error = reply->error();
    if (!reply->conflictingCaseId().isEmpty()
        && !error.userMessage().contains(reply->conflictingCaseId()))
        error.setUserMessage(error.userMessage() + u' '
            + tr("The existing entry is %1.").arg(reply->conflictingCaseId()));
    done(fail(error));
}

void Casectl::printRepositoryEntry(const RepositoryEntry &e)
{
    if (m_parser.isSet(QStringLiteral("json"))) {
        printJson(e.toJson());
        return;
    }
    const RepositoryStatuses &statuses = RepositoryStatuses::builtIn();
    const auto line = [this](const QString &label, const QString &value) {
        if (!value.isEmpty())
            m_out << cell(label + u':', 14) << value << '\n';
    };
    line(tr("Case ID"), e.caseId);
    line(tr("Status"),
        tr("%1 (%2), %3")
            .arg(statuses.label(e.status), e.status,
                statuses.isOpen(e.status) ? tr("open") : tr("closed")));
    line(tr("Description"), e.statusDescription);
    line(tr("Case type"), e.caseType);
    line(tr("Client ID"), e.clientId);
    line(tr("Client type"), e.clientType);
    line(tr("Business key"), e.businessKey);
    line(tr("Source"), e.source);
    line(tr("Created"), localTime(e.creationDate));
    line(tr("Updated"), localTime(e.updateDate));
}

void Casectl::printStatusTable(const QList<RepositoryEntry> &entries)
{
    m_out << cell(tr("CASE ID"), 36) << ' ' << cell(tr("STATUS"), 20) << ' '
          << cell(tr("CASE TYPE"), 16) << ' ' << cell(tr("CLIENT"), 18) << ' '
          << cell(tr("BUSINESS KEY"), 16) << ' ' << cell(tr("SOURCE"), 12) << ' ' << tr("UPDATED")
          << '\n';
    for (const RepositoryEntry &e : entries) {
        m_out << cell(e.caseId, 36) << ' ' << cell(e.status, 20) << ' ' << cell(e.caseType, 16)
              << ' ' << cell(e.clientType + u' ' + e.clientId, 18) << ' ' << cell(e.businessKey, 16)
              << ' ' << cell(e.source, 12) << ' ' << localTime(e.updateDate) << '\n';
    }
}

int Casectl::runStatusCreate()
{
    RepositoryEntry entry;
    entry.caseType = m_parser.value(QStringLiteral("case-type"));
    entry.clientId = m_parser.value(QStringLiteral("client-id"));
    entry.clientType = m_parser.value(QStringLiteral("client-type"));
    entry.status = m_parser.value(QStringLiteral("status"));
    entry.statusDescription = m_parser.value(QStringLiteral("description"));
    entry.businessKey = m_parser.value(QStringLiteral("business-key"));
    entry.source = m_parser.value(QStringLiteral("source"));
    // Required as Eximee publishes POST /v1; without --business-key the key goes as null.
    QStringList missing;
    for (const char *name : {"case-type", "client-type", "status"}) {
        if (m_parser.value(QLatin1String(name)).trimmed().isEmpty())
            missing << QStringLiteral("--") + QLatin1String(name);
    }
    if (!missing.isEmpty())
        return usageError(tr("'status create' needs %1 (the Case Repository requires the case "
                             "type, the client type and the status; --client-id and "
                             "--business-key may be left out)")
                              .arg(missing.join(QStringLiteral(", "))));
    withRepositoryPassword([this, entry] {
        RepositoryEntryReply *reply = m_repository->create(entry);
        connect(reply, &ApiReply::finished, this, [this, reply] {
            reply->deleteLater();
            if (reply->error().isError()) {
                failEntry(reply);
                return;
            }
            // The id alone, so that scripts can take it: ID=$(casectl status create ...).
            if (m_parser.isSet(QStringLiteral("json")))
                printRepositoryEntry(reply->entry());
            else
                m_out << reply->entry().caseId << '\n';
            done(Ok);
        });
    });
    return -1;
}

int Casectl::runStatusGet()
{
    const QString id = m_positional.constFirst();
    withRepositoryPassword([this, id] {
        RepositoryEntryReply *reply = m_repository->get(id);
        connect(reply, &ApiReply::finished, this, [this, reply] {
            reply->deleteLater();
            if (reply->error().isError()) {
                failEntry(reply);
                return;
            }
            printRepositoryEntry(reply->entry());
            done(Ok);
        });
    });
    return -1;
}

int Casectl::runStatusUpdate()
{
    const auto isSet = [this](const char *name) { return m_parser.isSet(QLatin1String(name)); };
    if (isSet("description") && isSet("clear-description"))
        return usageError(tr("--description and --clear-description exclude each other"));
    if (isSet("business-key") && isSet("clear-business-key"))
        return usageError(tr("--business-key and --clear-business-key exclude each other"));
    if (isSet("client-id") && isSet("clear-client-id"))
        return usageError(tr("--client-id and --clear-client-id exclude each other"));
    bool anything = false;
    for (const char *name : {"case-type", "client-id", "clear-client-id", "client-type", "status",
             "description", "clear-description", "business-key", "clear-business-key", "source"})
        anything = anything || isSet(name);
    if (!anything)
        return usageError(tr("'status update' needs at least one field to change; see casectl "
                             "--help"));

    const QString id = m_positional.constFirst();
    withRepositoryPassword([this, id] {
        // Read, change what was asked, send only what differs: the repository then records
        // exactly those fields in the history.
        RepositoryEntryReply *current = m_repository->get(id);
        connect(current, &ApiReply::finished, this, [this, current] {
            current->deleteLater();
            if (current->error().isError()) {
                failEntry(current);
                return;
            }
            const RepositoryEntry before = current->entry();
            RepositoryEntry edited = before;
            const auto take = [this](const char *name, QString &field) {
                if (m_parser.isSet(QLatin1String(name)))
                    field = m_parser.value(QLatin1String(name));
            };
            take("case-type", edited.caseType);
            take("client-id", edited.clientId);
            take("client-type", edited.clientType);
            take("status", edited.status);
            take("description", edited.statusDescription);
            take("business-key", edited.businessKey);
            take("source", edited.source);
            if (m_parser.isSet(QStringLiteral("clear-description")))
                edited.statusDescription.clear();
            if (m_parser.isSet(QStringLiteral("clear-business-key")))
                edited.businessKey.clear();
            if (m_parser.isSet(QStringLiteral("clear-client-id")))
                edited.clientId.clear();
            const QJsonObject changes = before.changesTo(edited);
            if (changes.isEmpty()) {
                m_err << "casectl: "
                      << tr("nothing to change: case status %1 already has these values")
                             .arg(before.caseId)
                      << Qt::endl;
                printRepositoryEntry(before);
                done(Ok);
                return;
            }
            RepositoryEntryReply *updated = m_repository->update(before.caseId, changes);
            connect(updated, &ApiReply::finished, this, [this, updated] {
                updated->deleteLater();
                if (updated->error().isError()) {
                    failEntry(updated);
                    return;
                }
                printRepositoryEntry(updated->entry());
                done(Ok);
            });
        });
    });
    return -1;
}

int Casectl::runStatusDelete()
{
    const QString id = m_positional.constFirst();
    if (!m_parser.isSet(QStringLiteral("yes")))
        return usageError(tr("'status delete' removes case status %1 and its whole history, "
                             "irreversibly; add --yes to delete it")
                              .arg(id));
    withRepositoryPassword([this, id] {
        ApiReply *reply = m_repository->remove(id);
        whenDone(reply, [this, id] {
            m_out << tr("Deleted case status %1 and its history.").arg(id) << '\n';
            done(Ok);
        });
    });
    return -1;
}

int Casectl::runStatusSearch()
{
    RepositoryQuery query;
    const struct
    {
        const char *option;
        QString RepositoryQuery::*field;
    } filters[] {{"client-id", &RepositoryQuery::clientId},
        {"client-type", &RepositoryQuery::clientType}, {"case-type", &RepositoryQuery::caseType},
        {"status", &RepositoryQuery::status}, {"business-key", &RepositoryQuery::businessKey},
        {"source", &RepositoryQuery::source}};
    for (const auto &filter : filters) {
        if (!m_parser.isSet(QLatin1String(filter.option)))
            continue;
        // An empty filter would match everything: surely not what was meant.
        const QString value = m_parser.value(QLatin1String(filter.option));
        if (value.isEmpty())
            return usageError(tr("--%1 is empty").arg(QLatin1String(filter.option)));
        query.*filter.field = value;
    }
    for (const bool end : {false, true}) {
        const QString option = end ? QStringLiteral("updated-to") : QStringLiteral("updated-from");
        if (!m_parser.isSet(option))
            continue;
        const auto when = parseWhen(m_parser.value(option), end);
        if (!when)
            return usageError(tr("--%1 is not an ISO 8601 date and time").arg(option));
        (end ? query.updatedTo : query.updatedFrom) = *when;
    }
    if (query.updatedFrom.isValid() && query.updatedTo.isValid()
        && query.updatedFrom > query.updatedTo)
        return usageError(tr("--updated-from is later than --updated-to"));

    const bool all = m_parser.isSet(QStringLiteral("all"));
    if (all && (m_parser.isSet(QStringLiteral("page")) || m_parser.isSet(QStringLiteral("size"))))
        return usageError(tr("--all reads every page; it takes no --page or --size"));
    if (m_parser.isSet(QStringLiteral("page"))) {
        bool ok = false;
        const int page = m_parser.value(QStringLiteral("page")).toInt(&ok);
        if (!ok || page < 1)
            return usageError(tr("--page takes a page number, from 1"));
        query.page = page - 1;
    }
    if (m_parser.isSet(QStringLiteral("size"))) {
        bool ok = false;
        const int size = m_parser.value(QStringLiteral("size")).toInt(&ok);
        if (!ok || size < 1 || size > RepositoryQuery::MaximumSize)
            return usageError(
                tr("--size takes a number from 1 to %1").arg(RepositoryQuery::MaximumSize));
        query.size = size;
    }
    if (m_parser.isSet(QStringLiteral("sort"))) {
        const QStringList parts = m_parser.value(QStringLiteral("sort")).split(u',');
        const QString direction = parts.value(1).toLower();
        if (parts.size() > 2 || !SortFields.contains(parts.constFirst())
            || (parts.size() == 2 && direction != QLatin1String("asc")
                && direction != QLatin1String("desc")))
            return usageError(tr("--sort takes one of %1, optionally with ,asc or ,desc")
                                  .arg(SortFields.join(QStringLiteral(", "))));
        query.sortField = parts.constFirst();
        query.sortDescending = direction == QLatin1String("desc"); // the repository's default: asc
    } else if (all) {
        // Entries updated while the pages are read would move between pages when sorted by
        // update date; by creation date they stay put and new ones come last.
        query.sortField = QStringLiteral("creationDate");
        query.sortDescending = false;
    }

    withRepositoryPassword([this, query, all] {
        if (all) {
            RepositoryQuery first = query;
            first.page = 0;
            first.size = RepositoryQuery::MaximumSize;
            searchAll(first, {});
            return;
        }
        RepositoryPageReply *reply = m_repository->search(query);
        whenDone(reply, [this, reply] {
            const RepositoryPage page = reply->page();
            if (m_parser.isSet(QStringLiteral("json")))
                printJson(pageJson(page));
            else
                printStatusTable(page.content);
            if (page.totalElements == 0)
                m_err << tr("no entries") << Qt::endl;
            else
                m_err << tr("page %1 of %2, %n entries", nullptr, page.totalElements)
                             .arg(page.number + 1)
                             .arg(page.totalPages)
                      << Qt::endl;
            done(Ok);
        });
    });
    return -1;
}

void Casectl::searchAll(RepositoryQuery query, QList<RepositoryEntry> found)
{
    RepositoryPageReply *reply = m_repository->search(query);
    whenDone(reply, [this, reply, query, found]() mutable {
        const RepositoryPage page = reply->page();
        found += page.content;
        if (!page.content.isEmpty() && query.page + 1 < page.totalPages) {
            ++query.page;
            searchAll(query, found);
            return;
        }
        // An entry created or deleted meanwhile shifts the pages by one: each entry once.
        QList<RepositoryEntry> entries;
        QSet<QString> seen;
        for (const RepositoryEntry &e : std::as_const(found)) {
            if (!seen.contains(e.caseId)) {
                seen.insert(e.caseId);
                entries.append(e);
            }
        }
        if (m_parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const RepositoryEntry &e : std::as_const(entries))
                array.append(e.toJson());
            printJson(array);
        } else {
            printStatusTable(entries);
        }
        m_err << tr("%n entries", nullptr, int(entries.size())) << Qt::endl;
        done(Ok);
    });
}

int Casectl::runStatusHistory()
{
    const QString id = m_positional.constFirst();
    withRepositoryPassword([this, id] {
        RepositoryHistoryReply *reply = m_repository->history(id);
        whenDone(reply, [this, reply, id] {
            const QList<RepositoryEntryChange> changes = reply->changes();
            if (m_parser.isSet(QStringLiteral("json"))) {
                printJson(historyJson(id, changes));
                done(Ok);
                return;
            }
            const auto value = [this](const QString &v) { return v.isEmpty() ? tr("(none)") : v; };
            for (const RepositoryEntryChange &c : changes) {
                QList<RepositoryEntryChange::Field> fields = c.changes;
                std::stable_sort(fields.begin(), fields.end(), [](const auto &a, const auto &b) {
                    return FieldOrder.indexOf(a.name) < FieldOrder.indexOf(b.name);
                });
                QStringList said;
                for (const RepositoryEntryChange::Field &f : std::as_const(fields))
                    said << QStringLiteral("%1: %2 \u2192 %3")
                                .arg(f.name, value(f.from), value(f.to));
                m_out << localTime(c.time) << "  " << c.action.leftJustified(7) << "  "
                      << c.user.leftJustified(16) << "  " << c.source.leftJustified(12) << "  "
                      << said.join(QStringLiteral("; ")) << '\n';
            }
            done(Ok);
        });
    });
    return -1;
}

int Casectl::runStoreRepositoryPassword()
{
    QFile in;
    QString password;
    if (in.open(stdin, QIODevice::ReadOnly))
        password = QString::fromUtf8(in.readLine()).trimmed();
    if (password.isEmpty())
        return usageError(tr("store-repository-password reads the password from standard input"));
    const RepositorySettings settings = m_repositorySettings;
    m_secrets->write(settings.passwordKey(), password, this,
        [this, settings](SecretStore::Status status, const QString &message) {
            if (status != SecretStore::Status::Ok) {
                m_err << "casectl: " << message << Qt::endl;
                done(Failure);
                return;
            }
            m_out << tr("Stored the Case Repository password of %1 at %2 in the system keychain.")
                         .arg(settings.user, settings.url.toString())
                  << '\n';
            done(Ok);
        });
    return -1;
}
