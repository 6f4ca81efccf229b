#include "Options.h"

Options::Options()
{
    describe();
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    addProviderOptions();
    addRepositoryOptions();
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see above)."));
}

bool Options::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return false;
    m_positional = m_parser.positionalArguments();
    return true;
}

void Options::describe()
{
    m_parser.setApplicationDescription(
        tr("The provider's case API and the Case Repository from the command line.\n\n"
           "Commands:\n"
           "  cases [--updated-within MIN] [--service ID] [--reference REF] [--json]\n"
           "        [--status S,...] [--priority P,...] [--type T,...] [--open]\n"
           "  case ID [--json]\n"
           "  create --type T --priority P --subject S --service ID --message M\n"
           "         [--start ISO] [--end ISO | --open-ended] [--reference REF] [--sent-by NAME] "
           "[--json]\n"
           "  reply ID --message M [--sent-by NAME]      (M of \"-\" reads standard input)\n"
           "  rfo ID [--message M] [--sent-by NAME] [--json]\n"
           "                                              (requests the Reason for Outage of a "
           "resolved\n"
           "                                              or closed incident; exit 6 if it is "
           "not one)\n"
           "  reference ID REF\n"
           "  outbox [--reconcile]                        (changes not yet confirmed; "
           "--reconcile\n"
           "                                              looks each up, sends what did not "
           "arrive)\n"
           "  poll [--once] [--interval SEC] [--since-start]\n"
           "                                              (one JSON line per change since the "
           "last run)\n"
           "  export CASE [CASE...] -o FILE [--format pdf|json]\n"
           "  export --service ID --from DATE --to DATE -o FILE [--format pdf|json]\n"
           "                                              (the case dossier: PDF or JSON, one "
           "file)\n"
           "  matrix [--json]\n"
           "  capabilities [--json] [--refresh]          (what the provider has beyond its "
           "documented\n"
           "                                              schema; --refresh learns it again)\n"
           "  store-secret                                (reads the secret from standard input)\n"
           "  save-profile NAME [--repository URL --repository-user USER]\n\n"
           "Case Repository commands (--repository URL --repository-user USER, or the profile's):\n"
           "  status create --case-type T --client-type TYPE --status S  (these three required)\n"
           "         [--repository-client ID] [--business-key K] [--description TEXT] "
           "[--source SRC]\n"
           "         [--json]                             (no --business-key: the key is null)\n"
           "  status get CASEID [--json]\n"
           "  status update CASEID [--case-type T]\n"
           "         [--repository-client ID | --clear-repository-client]\n"
           "         [--client-type TYPE] [--status S]\n"
           "         [--description TEXT | --clear-description]\n"
           "         [--business-key K | --clear-business-key] [--source SRC] [--json]\n"
           "  status delete CASEID [--yes]               (the entry and its history, for good)\n"
           "  status search [--repository-client ID] [--client-type TYPE] [--case-type T]\n"
           "         [--status S]\n"
           "         [--business-key K] [--source SRC] [--updated-from ISO] [--updated-to ISO]\n"
           "         [--page N] [--size N] [--sort FIELD[,asc|desc]] [--all] [--json]\n"
           "  status history CASEID [--json]\n"
           "  store-repository-password                   (reads the password from standard "
           "input)\n\n"
           "The client secret comes from CASECTL_CLIENT_SECRET or the system keychain; the "
           "repository\npassword from CASECTL_REPOSITORY_PASSWORD or the system keychain.\n"
           "Exit codes: 0 ok, 1 other failure, 2 usage, 3 authentication, 4 server, GraphQL or "
           "repository error, 5 network, 6 not applicable to the case (rfo)."));
}

void Options::addValue(const char *name, const QString &description, const char *valueName)
{
    m_parser.addOption(
        QCommandLineOption(QLatin1String(name), description, QLatin1String(valueName)));
}

void Options::addFlag(const char *name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(QLatin1String(name), description));
}

// The provider's options, and those the Case Repository's commands share with them.
void Options::addProviderOptions()
{
    addValue("endpoint", tr("GraphQL endpoint URL."), "url");
    addValue("token-url", tr("OAuth token URL (default: <endpoint host>/oauth2/token)."), "url");
    addValue("client-id",
        tr("OAuth client id. (status: the old name of --repository-client, with a warning.)"),
        "id");
    addFlag("clear-client-id",
        tr("status update: the old name of --clear-repository-client, with a warning."));
    addValue(
        "scope", tr("OAuth scopes, space-separated (default: all of the client's)."), "scopes");
    addValue("profile", tr("Use a saved profile (default: the active one)."), "name");
    addValue("timeout", tr("Seconds to wait for an answer (default: 30)."), "seconds");
    addValue("updated-within", tr("cases: only cases modified in the last MIN minutes."), "min");
    addValue("service", tr("cases, create: the service id."), "id");
    addValue("reference", tr("cases: filter by customer reference; create: set it."), "ref");
    addFlag("json", tr("Print JSON (API field names) instead of a table."));
    addValue("type",
        tr("create: Incident or NonIncident; cases: only these types (comma-separated)."), "type");
    addValue("priority",
        tr("create: P1 to P5, as the type allows; cases: only these priorities "
           "(comma-separated)."),
        "priority");
    addFlag("open", tr("cases: only open cases (in the profile's provider words)."));
    addValue("subject", tr("create: a subject the type allows (see 'matrix')."), "subject");
    addValue("message",
        tr("create, reply, rfo: the message text (\"-\": standard input; rfo: instead of the "
           "one naming the case)."),
        "text");
    addValue("start", tr("create: start of the incident, ISO 8601 (default: now)."), "iso");
    addValue("end", tr("create: end of the incident, ISO 8601."), "iso");
    addFlag("open-ended", tr("create: the incident has not ended (the default)."));
    addValue("sent-by", tr("create, reply, rfo: who is writing."), "name");
    addValue("lookup-delay",
        tr("create, reply, rfo, reference, outbox: seconds to wait before looking up a change "
           "whose "
           "answer was lost, before anything is sent again (default: 15)."),
        "seconds");
    addFlag("reconcile",
        tr("outbox: finish the changes an earlier run left (look each up, send it only if it "
           "did not arrive)."));
    addFlag("once", tr("poll: poll once and exit."));
    addFlag("since-start",
        tr("poll: everything is new at the start (not only what changed since the last run); "
           "leaves the profile's poll cursor alone."));
    addFlag("refresh", tr("capabilities: learn them from the provider again now."));
    addValue("interval", tr("poll: seconds between polls (default: 60)."), "seconds");
    m_parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
        tr("export: the file to write (replaced whole, or left as it was)."),
        QStringLiteral("file")));
    addValue(
        "format", tr("export: pdf or json (default: from the file's suffix, else pdf)."), "format");
    addValue("from", tr("export --service: incidents that started on or after DATE."), "date");
    addValue("to", tr("export --service: ... and before DATE (a date alone: its end)."), "date");
}

// The Case Repository's options.
void Options::addRepositoryOptions()
{
    addValue("repository", tr("status, save-profile: the Case Repository API's root URL."), "url");
    addValue("repository-user", tr("status, save-profile: the Case Repository user."), "user");
    addValue(
        "repository-client", tr("status: the case's client (e.g. a NIP number), optional."), "id");
    addFlag("clear-repository-client", tr("status update: remove the case's client."));
    addValue("case-type", tr("status: the case type (e.g. NetworkIncident)."), "type");
    addValue("client-type", tr("status: the client id's type (e.g. NIP, PESEL, REGON)."), "type");
    addValue("status",
        tr("cases: only these statuses (comma-separated, e.g. New,InProgress); status: the "
           "status value (e.g. OPEN, IN_PROGRESS, COMPLETED)."),
        "status");
    addValue("description", tr("status create, update: the status description."), "text");
    addFlag("clear-description", tr("status update: remove the status description."));
    addValue("business-key",
        tr("status: the business key (unique per source); create without it: none (null)."), "key");
    addFlag("clear-business-key", tr("status update: remove the business key."));
    addValue("source", tr("status: the publishing system (default at create: eximee)."), "source");
    addValue("updated-from",
        tr("status search: updated at or after, ISO 8601 (local time unless it has a zone)."),
        "iso");
    addValue("updated-to",
        tr("status search: updated at or before, ISO 8601 (local time unless it has a zone)."),
        "iso");
    addValue("page", tr("status search: the page, from 1 (default: 1)."), "n");
    addValue("size", tr("status search: entries per page, 1 to 200 (default: 20)."), "n");
    addValue("sort",
        tr("status search: creationDate, updateDate, caseType, clientId, clientType, status, "
           "businessKey or source, with ,asc or ,desc (default: updateDate,desc)."),
        "field");
    addFlag("all", tr("status search: every page (200 entries a request)."));
    addFlag("yes", tr("status delete: yes, delete the entry and its history irreversibly."));
}
