#include "Casectl.h"

#include "api/CaseApi.h"
#include "api/CaseJson.h"
#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "api/RepositoryClient.h"
#include "api/SecretStore.h"
#include "models/CaseDraft.h"
#include "models/CaseTypeMatrix.h"
#include "store/LocalOutboxStorage.h"
#include "store/OutboxLock.h"
#include "store/ProfileStore.h"
#include "store/SqliteStore.h"
#include "store/StorePaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcessEnvironment>

namespace {

// Options each command accepts besides the global ones.
const QHash<QString, QStringList> &commandOptions()
{
    static const QHash<QString, QStringList> options {
        {QStringLiteral("cases"),
            {QStringLiteral("updated-within"), QStringLiteral("service"),
                QStringLiteral("reference"), QStringLiteral("json")}},
        {QStringLiteral("case"), {QStringLiteral("json")}},
        {QStringLiteral("create"),
            {QStringLiteral("type"), QStringLiteral("priority"), QStringLiteral("subject"),
                QStringLiteral("service"), QStringLiteral("message"), QStringLiteral("start"),
                QStringLiteral("end"), QStringLiteral("open-ended"), QStringLiteral("reference"),
                QStringLiteral("sent-by"), QStringLiteral("json"), QStringLiteral("lookup-delay")}},
        {QStringLiteral("reply"),
            {QStringLiteral("message"), QStringLiteral("sent-by"), QStringLiteral("lookup-delay")}},
        {QStringLiteral("reference"), {QStringLiteral("lookup-delay")}},
        {QStringLiteral("outbox"), {QStringLiteral("reconcile"), QStringLiteral("lookup-delay")}},
        {QStringLiteral("poll"), {QStringLiteral("once"), QStringLiteral("interval")}},
        {QStringLiteral("matrix"), {QStringLiteral("json")}},
        {QStringLiteral("capabilities"), {QStringLiteral("json"), QStringLiteral("refresh")}},
        {QStringLiteral("store-secret"), {}},
        {QStringLiteral("save-profile"),
            {QStringLiteral("repository"), QStringLiteral("repository-user")}},
        // The Case Repository: "status" and a subcommand, which is the command as far as
        // options go.
        {QStringLiteral("status create"),
            {QStringLiteral("case-type"), QStringLiteral("client-id"),
                QStringLiteral("client-type"), QStringLiteral("status"),
                QStringLiteral("description"), QStringLiteral("business-key"),
                QStringLiteral("source"), QStringLiteral("json")}},
        {QStringLiteral("status get"), {QStringLiteral("json")}},
        {QStringLiteral("status update"),
            {QStringLiteral("case-type"), QStringLiteral("client-id"),
                QStringLiteral("clear-client-id"), QStringLiteral("client-type"),
                QStringLiteral("status"), QStringLiteral("description"),
                QStringLiteral("clear-description"), QStringLiteral("business-key"),
                QStringLiteral("clear-business-key"), QStringLiteral("source"),
                QStringLiteral("json")}},
        {QStringLiteral("status delete"), {QStringLiteral("yes")}},
        {QStringLiteral("status search"),
            {QStringLiteral("client-id"), QStringLiteral("client-type"),
                QStringLiteral("case-type"), QStringLiteral("status"),
                QStringLiteral("business-key"), QStringLiteral("source"),
                QStringLiteral("updated-from"), QStringLiteral("updated-to"),
                QStringLiteral("page"), QStringLiteral("size"), QStringLiteral("sort"),
                QStringLiteral("all"), QStringLiteral("json")}},
        {QStringLiteral("status history"), {QStringLiteral("json")}},
        {QStringLiteral("store-repository-password"), {}},
    };
    return options;
}

const QStringList CommonOptions {QStringLiteral("profile"), QStringLiteral("timeout"),
    QStringLiteral("help"), QStringLiteral("version"), QStringLiteral("h"), QStringLiteral("v"),
    QStringLiteral("help-all")};
// The provider's commands also take these; the Case Repository's take --repository and
// --repository-user instead (and --client-id is a case's client there).
const QStringList ProviderOptions {QStringLiteral("endpoint"), QStringLiteral("token-url"),
    QStringLiteral("client-id"), QStringLiteral("scope")};
const QStringList RepositoryOptions {
    QStringLiteral("repository"), QStringLiteral("repository-user")};

bool isRepositoryCommand(const QString &command)
{
    return command.startsWith(QLatin1String("status "))
        || command == QLatin1String("store-repository-password");
}

} // namespace

Casectl::Casectl(FILE *out, FILE *err, QObject *parent)
    : QObject(parent)
    , m_outDevice(out)
    , m_errDevice(err)
    , m_out(&m_outDevice)
    , m_err(&m_errDevice)
    , m_connection(new ProviderConnection(this))
    , m_secrets(new SecretStore(QStringLiteral("CaseConsole"), this))
    , m_repository(new RepositoryClient(m_connection->network(), this))
{ }

Casectl::~Casectl() = default;

Store *Casectl::store()
{
    if (!m_storeTried) {
        m_storeTried = true;
        auto store
            = std::make_unique<SqliteStore>(StorePaths::databaseFor(m_connection->profile()));
        const Store::OpenResult opened = store->open();
        if (!opened.message.isEmpty())
            m_err << "casectl: " << opened.message << Qt::endl;
        if (opened.ok) {
            m_store = std::move(store);
            if (m_command != QLatin1String("outbox"))
                reportLeftBehind();
        }
    }
    return m_store.get();
}

void Casectl::reportLeftBehind()
{
    // Only while no process is sending: then an item still "sending" has no sender left (a
    // run killed or crashed mid-send), and nothing else will finish it but a console.
    OutboxLock turn(m_store->path());
    if (!turn.tryLock())
        return;
    QStringList left;
    for (const OutboxItem &item : m_store->outbox()) {
        if (item.state == OutboxItem::State::Sending)
            left << item.title();
    }
    turn.unlock();
    if (left.isEmpty())
        return;
    m_err << "casectl: "
          << tr("%n change(s) left 'sending' by an earlier run that ended mid-send (%1); whether "
                "the server got it is not known. 'casectl outbox --reconcile' looks each up and "
                "sends it only if it did not arrive.",
                 nullptr, int(left.size()))
                 .arg(left.join(QStringLiteral("; ")))
          << Qt::endl;
}

std::optional<int> Casectl::lookupDelay()
{
    // As long as the console waits: a request the server is still working on can land first.
    if (!m_parser.isSet(QStringLiteral("lookup-delay")))
        return 15;
    bool ok = false;
    const int seconds = m_parser.value(QStringLiteral("lookup-delay")).toInt(&ok);
    if (!ok || seconds < 0) {
        done(usageError(tr("--lookup-delay takes a number of seconds")));
        return std::nullopt;
    }
    return seconds;
}

bool Casectl::answerFromCache(const ApiError &error, const std::function<bool(Store &)> &print)
{
    if (error.kind() != ApiError::Kind::Network && error.kind() != ApiError::Kind::Timeout)
        return false;
    Store *cache = store();
    if (!cache || !print(*cache))
        return false;
    const QDateTime lastSync = cache->lastSync();
    const QString age = lastSync.isValid() ? tr("last synced %1 (%n minute(s) ago)", nullptr,
                            int(lastSync.secsTo(QDateTime::currentDateTimeUtc()) / 60))
                                                 .arg(QLocale::c().toString(lastSync.toLocalTime(),
                                                     QStringLiteral("yyyy-MM-dd HH:mm")))
                                           : tr("never fully synced");
    m_err << "casectl: " << error.userMessage() << ' ' << tr("Showing cached data, %1.").arg(age)
          << Qt::endl;
    return true;
}

int Casectl::exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Ok;
    case ApiError::Kind::InvalidRequest:
        return Usage;
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Authorization:
        return Authentication;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return Network;
    default:
        return Server;
    }
}

int Casectl::start(const QStringList &arguments)
{
    m_parser.setApplicationDescription(
        tr("The provider's case API and the Case Repository from the command line.\n\n"
           "Commands:\n"
           "  cases [--updated-within MIN] [--service ID] [--reference REF] [--json]\n"
           "  case ID [--json]\n"
           "  create --type T --priority P --subject S --service ID --message M\n"
           "         [--start ISO] [--end ISO | --open-ended] [--reference REF] [--sent-by NAME] "
           "[--json]\n"
           "  reply ID --message M [--sent-by NAME]      (M of \"-\" reads standard input)\n"
           "  reference ID REF\n"
           "  outbox [--reconcile]                        (changes not yet confirmed; "
           "--reconcile\n"
           "                                              looks each up, sends what did not "
           "arrive)\n"
           "  poll [--once] [--interval SEC]              (one JSON line per change)\n"
           "  matrix [--json]\n"
           "  capabilities [--json] [--refresh]          (what the provider has beyond its "
           "documented\n"
           "                                              schema; --refresh learns it again)\n"
           "  store-secret                                (reads the secret from standard input)\n"
           "  save-profile NAME [--repository URL --repository-user USER]\n\n"
           "Case Repository commands (--repository URL --repository-user USER, or the profile's):\n"
           "  status create --case-type T --client-type TYPE --status S  (these three required)\n"
           "         [--client-id ID] [--business-key K] [--description TEXT] [--source SRC]\n"
           "         [--json]                             (no --business-key: the key is null)\n"
           "  status get CASEID [--json]\n"
           "  status update CASEID [--case-type T] [--client-id ID | --clear-client-id]\n"
           "         [--client-type TYPE] [--status S]\n"
           "         [--description TEXT | --clear-description]\n"
           "         [--business-key K | --clear-business-key] [--source SRC] [--json]\n"
           "  status delete CASEID [--yes]               (the entry and its history, for good)\n"
           "  status search [--client-id ID] [--client-type TYPE] [--case-type T] [--status S]\n"
           "         [--business-key K] [--source SRC] [--updated-from ISO] [--updated-to ISO]\n"
           "         [--page N] [--size N] [--sort FIELD[,asc|desc]] [--all] [--json]\n"
           "  status history CASEID [--json]\n"
           "  store-repository-password                   (reads the password from standard "
           "input)\n\n"
           "The client secret comes from CASECTL_CLIENT_SECRET or the system keychain; the "
           "repository\npassword from CASECTL_REPOSITORY_PASSWORD or the system keychain.\n"
           "Exit codes: 0 ok, 1 other failure, 2 usage, 3 authentication, 4 server, GraphQL or "
           "repository error, 5 network."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    const auto value = [this](const char *name, const QString &description, const char *valueName) {
        m_parser.addOption(
            QCommandLineOption(QLatin1String(name), description, QLatin1String(valueName)));
    };
    const auto flag = [this](const char *name, const QString &description) {
        m_parser.addOption(QCommandLineOption(QLatin1String(name), description));
    };
    value("endpoint", tr("GraphQL endpoint URL."), "url");
    value("token-url", tr("OAuth token URL (default: <endpoint host>/oauth2/token)."), "url");
    value("client-id",
        tr("OAuth client id; status: the case's client (e.g. a NIP number), optional."), "id");
    flag("clear-client-id", tr("status update: remove the client id."));
    value("scope", tr("OAuth scopes, space-separated (default: all of the client's)."), "scopes");
    value("profile", tr("Use a saved profile (default: the active one)."), "name");
    value("timeout", tr("Seconds to wait for an answer (default: 30)."), "seconds");
    value("updated-within", tr("cases: only cases modified in the last MIN minutes."), "min");
    value("service", tr("cases, create: the service id."), "id");
    value("reference", tr("cases: filter by customer reference; create: set it."), "ref");
    flag("json", tr("Print JSON (API field names) instead of a table."));
    value("type", tr("create: Incident or NonIncident."), "type");
    value("priority", tr("create: P1 to P5, as the type allows."), "priority");
    value("subject", tr("create: a subject the type allows (see 'matrix')."), "subject");
    value("message", tr("create, reply: the message text (\"-\": standard input)."), "text");
    value("start", tr("create: start of the incident, ISO 8601 (default: now)."), "iso");
    value("end", tr("create: end of the incident, ISO 8601."), "iso");
    flag("open-ended", tr("create: the incident has not ended (the default)."));
    value("sent-by", tr("create, reply: who is writing."), "name");
    value("lookup-delay",
        tr("create, reply, reference, outbox: seconds to wait before looking up a change whose "
           "answer was lost, before anything is sent again (default: 15)."),
        "seconds");
    flag("reconcile",
        tr("outbox: finish the changes an earlier run left (look each up, send it only if it "
           "did not arrive)."));
    flag("once", tr("poll: poll once and exit."));
    flag("refresh", tr("capabilities: learn them from the provider again now."));
    value("interval", tr("poll: seconds between polls (default: 60)."), "seconds");
    value("repository", tr("status, save-profile: the Case Repository API's root URL."), "url");
    value("repository-user", tr("status, save-profile: the Case Repository user."), "user");
    value("case-type", tr("status: the case type (e.g. NetworkIncident)."), "type");
    value("client-type", tr("status: the client id's type (e.g. NIP, PESEL, REGON)."), "type");
    value("status", tr("status: the status value (e.g. OPEN, IN_PROGRESS, COMPLETED)."), "status");
    value("description", tr("status create, update: the status description."), "text");
    flag("clear-description", tr("status update: remove the status description."));
    value("business-key",
        tr("status: the business key (unique per source); create without it: none (null)."), "key");
    flag("clear-business-key", tr("status update: remove the business key."));
    value("source", tr("status: the publishing system (default at create: eximee)."), "source");
    value("updated-from",
        tr("status search: updated at or after, ISO 8601 (local time unless it has a zone)."),
        "iso");
    value("updated-to",
        tr("status search: updated at or before, ISO 8601 (local time unless it has a zone)."),
        "iso");
    value("page", tr("status search: the page, from 1 (default: 1)."), "n");
    value("size", tr("status search: entries per page, 1 to 200 (default: 20)."), "n");
    value("sort",
        tr("status search: creationDate, updateDate, caseType, clientId, clientType, status, "
           "businessKey or source, with ,asc or ,desc (default: updateDate,desc)."),
        "field");
    flag("all", tr("status search: every page (200 entries a request)."));
    flag("yes", tr("status delete: yes, delete the entry and its history irreversibly."));
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see above)."));

    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return Ok;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << u' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    m_positional = m_parser.positionalArguments();
    if (m_positional.isEmpty())
        return usageError(tr("no command given; see casectl --help"));
    m_command = m_positional.takeFirst();
    if (m_command == QLatin1String("status")) {
        if (m_positional.isEmpty())
            return usageError(tr("'status' needs a command: create, get, update, delete, search or "
                                 "history; see casectl --help"));
        m_command += u' ' + m_positional.takeFirst();
    }
    if (!commandOptions().contains(m_command))
        return usageError(tr("unknown command '%1'; see casectl --help").arg(m_command));
    // JSON (--json, and poll's lines) is exact; what is read by a person is escaped.
    m_outDevice.setEscaping(
        !m_parser.isSet(QStringLiteral("json")) && m_command != QLatin1String("poll"));
    const QStringList allowed = commandOptions().value(m_command);
    const QStringList &global
        = isRepositoryCommand(m_command) ? RepositoryOptions : ProviderOptions;
    for (const QString &name : m_parser.optionNames()) {
        if (!CommonOptions.contains(name) && !global.contains(name) && !allowed.contains(name))
            return usageError(tr("'%1' does not take --%2").arg(m_command, name));
    }

    if (m_command == QLatin1String("matrix"))
        return runMatrix();
    if (isRepositoryCommand(m_command))
        return startRepositoryCommand();

    // Which provider, as whom.
    Profile profile;
    if (m_parser.isSet(QStringLiteral("endpoint")) || m_parser.isSet(QStringLiteral("client-id"))) {
        // An ad-hoc endpoint and client id pair is a profile of its own.
        profile.name = QStringLiteral("ad-hoc");
        profile.endpoint = QUrl::fromUserInput(m_parser.value(QStringLiteral("endpoint")));
        if (m_parser.isSet(QStringLiteral("token-url")))
            profile.tokenUrl = QUrl::fromUserInput(m_parser.value(QStringLiteral("token-url")));
        profile.clientId = m_parser.value(QStringLiteral("client-id"));
        profile.scope = m_parser.value(QStringLiteral("scope"));
        if (!m_parser.isSet(QStringLiteral("endpoint")) || profile.clientId.isEmpty())
            return usageError(tr("--endpoint and --client-id go together"));
    } else {
        int code = Ok;
        const auto loaded = chosenProfile(&code);
        if (!loaded)
            return code;
        profile = *loaded;
    }
    if (const QString problem = m_connection->configure(profile); !problem.isEmpty())
        return usageError(problem);
    if (m_parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = m_parser.value(QStringLiteral("timeout")).toInt(&ok);
        // At most a day, so the milliseconds fit an int.
        if (!ok || seconds <= 0 || seconds > 86'400)
            return usageError(tr("--timeout takes a number of seconds"));
        m_connection->setTimeout(seconds * 1000);
    }

    if (m_command == QLatin1String("save-profile"))
        return runSaveProfile();
    if (m_command == QLatin1String("store-secret")) {
        runStoreSecret();
        return -1;
    }
    if (m_command == QLatin1String("outbox") && !m_parser.isSet(QStringLiteral("reconcile"))) {
        if (!m_positional.isEmpty())
            return usageError(tr("'%1' takes %n argument(s)", nullptr, 0).arg(m_command));
        return runOutboxList();
    }

    static const QHash<QString, void (Casectl::*)()> commands {
        {QStringLiteral("cases"), &Casectl::runCases},
        {QStringLiteral("case"), &Casectl::runCase},
        {QStringLiteral("create"), &Casectl::runCreate},
        {QStringLiteral("reply"), &Casectl::runReply},
        {QStringLiteral("reference"), &Casectl::runReference},
        {QStringLiteral("poll"), &Casectl::runPoll},
        {QStringLiteral("outbox"), &Casectl::runOutboxReconcile},
        {QStringLiteral("capabilities"), &Casectl::runCapabilities},
    };
    // Arguments are checked before the secret is looked up, so usage errors come first.
    const QHash<QString, int> positionalCount {{QStringLiteral("cases"), 0},
        {QStringLiteral("case"), 1}, {QStringLiteral("create"), 0}, {QStringLiteral("reply"), 1},
        {QStringLiteral("reference"), 2}, {QStringLiteral("poll"), 0},
        {QStringLiteral("outbox"), 0}, {QStringLiteral("capabilities"), 0}};
    if (m_positional.size() != positionalCount.value(m_command))
        return usageError(tr("'%1' takes %n argument(s)", nullptr, positionalCount.value(m_command))
                              .arg(m_command));
    useCapabilityCache();
    connectAndRun([this, run = commands.value(m_command)] { (this->*run)(); });
    return -1;
}

std::optional<Profile> Casectl::chosenProfile(int *code)
{
    ProfileStore profiles;
    const QString name = m_parser.isSet(QStringLiteral("profile"))
        ? m_parser.value(QStringLiteral("profile"))
        : profiles.activeName();
    if (name.isEmpty()) {
        *code = usageError(isRepositoryCommand(m_command)
                ? tr("no profile: give --repository and --repository-user, or --profile NAME")
                : tr("no profile: give --endpoint and --client-id, or --profile NAME"));
        return std::nullopt;
    }
    auto loaded = profiles.load(name);
    if (!loaded)
        *code = usageError(tr("no profile named '%1'").arg(name));
    return loaded;
}

int Casectl::usageError(const QString &message)
{
    m_err << "casectl: " << message << Qt::endl;
    return Usage;
}

int Casectl::fail(const ApiError &error, const QString &then)
{
    QString line = error.userMessage();
    QStringList details;
    if (!error.code().isEmpty())
        details << error.code();
    if (error.httpStatus() > 0 && error.httpStatus() != 200)
        details << QStringLiteral("HTTP %1").arg(error.httpStatus());
    if (!error.serverMessage().isEmpty() && error.kind() != ApiError::Kind::InvalidRequest
        && !line.contains(error.serverMessage()))
        details << error.serverMessage();
    if (!details.isEmpty())
        line += QStringLiteral(" (%1)").arg(details.join(QStringLiteral("; ")));
    if (!then.isEmpty())
        line += u' ' + then;
    m_err << "casectl: " << line.simplified() << Qt::endl;
    return exitCodeFor(error);
}

void Casectl::done(int code)
{
    m_out.flush();
    m_err.flush();
    emit finished(code);
}

void Casectl::connectAndRun(std::function<void()> command)
{
    const QString fromEnvironment
        = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CASECTL_CLIENT_SECRET"));
    if (!fromEnvironment.isEmpty()) {
        m_connection->setClientSecret(fromEnvironment);
        command();
        return;
    }
    m_connection->loadSecret(m_secrets, this, [this, command](bool ok, const QString &message) {
        if (!ok) {
            m_err << "casectl: " << message << ' '
                  << tr("Set CASECTL_CLIENT_SECRET or run 'casectl store-secret'.") << Qt::endl;
            done(Authentication);
            return;
        }
        command();
    });
}

void Casectl::sendThroughOutbox(OutboxItem::Kind kind, const QJsonObject &payload,
    std::function<void(const OutboxItem &)> onDone)
{
    const std::optional<int> delay = lookupDelay();
    if (!delay)
        return;
    const int lookupDelay = *delay;
    Store *local = store();
    if (!local) {
        m_err << "casectl: "
              << tr("Nothing was sent: a change is saved in the profile's local store before it "
                    "is sent, and the store cannot be opened.")
              << Qt::endl;
        done(Failure);
        return;
    }
    m_outboxStorage = std::make_unique<LocalOutboxStorage>(local);
    m_outbox = new Outbox(m_connection->api(), m_outboxStorage.get(), this);
    m_outbox->setRepository(m_repository);
    m_outbox->setReconcileDelay(lookupDelay * 1000);
    m_outbox->setProviderWords(words());
    auto key = std::make_shared<QString>();
    auto lookingUp = std::make_shared<bool>(false);
    connect(m_outbox, &Outbox::itemDone, this, [this, key, onDone](const OutboxItem &item) {
        expectWordsFrom(item);
        if (item.key == *key)
            onDone(item);
    });
    connect(m_outbox, &Outbox::attemptFailed, this,
        [this, key, lookingUp, lookupDelay](const OutboxItem &item, const ApiError &error) {
            if (item.key != *key)
                return;
            if (item.state == OutboxItem::State::Uncertain && !*lookingUp) {
                *lookingUp = true;
                m_err << "casectl: "
                      << QString(error.userMessage() + u' '
                             + tr("Whether the server got it is not known; looking it up in %n "
                                  "second(s) before anything is sent again.",
                                 nullptr, lookupDelay))
                             .simplified()
                      << Qt::endl;
                return;
            }
            // casectl gives up here and leaves nothing behind for another process to send.
            m_outbox->discard(item.key);
            if (*lookingUp) {
                // Once an answer was lost, no later failure proves that the change never
                // arrived.
                done(fail(error,
                    tr("Whether the server got it is still not known, and nothing more is sent: "
                       "check with 'casectl case' (a new case: 'casectl cases --updated-within "
                       "30') before trying again.")));
                return;
            }
            done(fail(error,
                item.state == OutboxItem::State::Pending ? tr("Nothing was changed on the server.")
                                                         : QString()));
        });
    m_outbox->start();
    *key = m_outbox->submit(kind, payload)->key();
    for (const OutboxItem &item : m_outbox->items()) {
        if (item.key == *key && item.state == OutboxItem::State::Failed) {
            // Not even saved (told before its key was known here).
            m_outbox->discard(item.key);
            m_err << "casectl: "
                  << tr("Nothing was sent: the change could not be saved in the profile's local "
                        "store first.")
                  << Qt::endl;
            done(Failure);
            return;
        }
    }
}

void Casectl::whenDone(ApiReply *reply, std::function<void()> onSuccess)
{
    connect(reply, &ApiReply::finished, this, [this, reply, onSuccess] {
        reply->deleteLater();
        if (reply->error().isError()) {
            done(fail(reply->error()));
            return;
        }
        onSuccess();
    });
}
