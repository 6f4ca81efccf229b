#include "CommandRunner.h"

#include "ExitCode.h"
#include "Secrets.h"
#include "api/ProviderConnection.h"
#include "api/RepositoryClient.h"
#include "session/Profiles.h"
#include "store/ProfileStore.h"

namespace {

const QStringList CommonOptions {QStringLiteral("profile"), QStringLiteral("timeout"),
    QStringLiteral("help"), QStringLiteral("version"), QStringLiteral("h"), QStringLiteral("v"),
    QStringLiteral("help-all")};
// The provider's commands also take these; the Case Repository's take --repository and
// --repository-user instead (and --repository-client for a case's client).
const QStringList ProviderOptions {QStringLiteral("endpoint"), QStringLiteral("token-url"),
    QStringLiteral("client-id"), QStringLiteral("scope")};
const QStringList RepositoryOptions {
    QStringLiteral("repository"), QStringLiteral("repository-user")};

} // namespace

CommandRunner::CommandRunner(FILE *out, FILE *err)
    : m_output(out, err)
    , m_context(m_options, m_output)
{ }

CommandRunner::~CommandRunner() = default;

int CommandRunner::start(const QStringList &arguments)
{
    if (!m_options.parse(arguments))
        return m_output.usageError(m_options.errorText());
    if (m_options.isSet("help")) {
        m_output.out() << m_options.helpText();
        return Exit::Ok;
    }
    if (m_options.isSet("version")) {
        m_output.out() << QCoreApplication::applicationName() << u' '
                       << QCoreApplication::applicationVersion() << Qt::endl;
        return Exit::Ok;
    }
    QString verb;
    if (const auto ended = takeVerb(&verb))
        return *ended;
    Command *command = m_registry.find(verb);
    if (!command)
        return m_output.usageError(tr("unknown command '%1'; see casectl --help").arg(verb));
    // JSON (--json, and poll's lines) is exact; what is read by a person is escaped.
    m_output.setEscaping(!m_options.isSet("json") && verb != QLatin1String("poll"));
    if (const auto ended = checkOptions(*command))
        return *ended;
    m_context.profile().setWarnsOfLeftBehind(command->warnsOfLeftBehind());
    switch (command->needs(m_options)) {
    case Command::Needs::Nothing:
        return command->run(m_context);
    case Command::Needs::Repository:
        return startRepositoryCommand(*command);
    case Command::Needs::Profile:
    case Command::Needs::Provider:
        break;
    }
    return startProviderCommand(*command);
}

std::optional<int> CommandRunner::takeVerb(QString *verb)
{
    QStringList &positional = m_options.positional();
    if (positional.isEmpty())
        return m_output.usageError(tr("no command given; see casectl --help"));
    *verb = positional.takeFirst();
    // The Case Repository: "status" and a subcommand, which is the verb as far as options go.
    if (*verb == QLatin1String("status")) {
        if (positional.isEmpty())
            return m_output.usageError(tr("'status' needs a command: create, get, update, "
                                          "delete, search or history; see casectl --help"));
        *verb += u' ' + positional.takeFirst();
    }
    return std::nullopt;
}

std::optional<int> CommandRunner::checkOptions(const Command &command)
{
    const QStringList allowed = command.options();
    const QStringList &global = command.needs(m_options) == Command::Needs::Repository
        ? RepositoryOptions
        : ProviderOptions;
    for (const QString &name : m_options.optionNames()) {
        if (!CommonOptions.contains(name) && !global.contains(name) && !allowed.contains(name))
            return m_output.usageError(tr("'%1' does not take --%2").arg(command.verb(), name));
    }
    return std::nullopt;
}

int CommandRunner::startProviderCommand(Command &command)
{
    if (const auto ended = configureProvider())
        return *ended;
    // Arguments are checked before the secret is looked up, so usage errors come first.
    const std::optional<int> wanted = command.arguments();
    if (wanted && m_options.positional().size() != *wanted)
        return m_output.usageError(
            tr("'%1' takes %n argument(s)", nullptr, *wanted).arg(command.verb()));
    if (command.needs(m_options) == Command::Needs::Profile)
        return command.run(m_context);
    m_context.profile().useCapabilityCache(&m_context);
    Secrets::withClientSecret(m_context, [this, &command] {
        if (const int code = command.run(m_context); code != Exit::Later)
            m_context.done(code);
    });
    return Exit::Later;
}

std::optional<int> CommandRunner::configureProvider()
{
    // Which provider, as whom.
    Profile profile;
    if (m_options.isSet("endpoint") || m_options.isSet("client-id")) {
        // An ad-hoc endpoint and client id pair is a profile of its own.
        profile.name = QStringLiteral("ad-hoc");
        profile.endpoint = QUrl::fromUserInput(m_options.value("endpoint"));
        if (m_options.isSet("token-url"))
            profile.tokenUrl = QUrl::fromUserInput(m_options.value("token-url"));
        profile.clientId = m_options.value("client-id");
        profile.scope = m_options.value("scope");
        if (!m_options.isSet("endpoint") || profile.clientId.isEmpty())
            return m_output.usageError(tr("--endpoint and --client-id go together"));
    } else {
        int code = Exit::Ok;
        const auto loaded = chosenProfile(false, &code);
        if (!loaded)
            return code;
        profile = *loaded;
    }
    if (const QString problem = m_context.connection()->configure(profile); !problem.isEmpty())
        return m_output.usageError(problem);
    const int milliseconds = timeout();
    if (milliseconds < 0)
        return Exit::Usage;
    if (milliseconds > 0)
        m_context.connection()->setTimeout(milliseconds);
    return std::nullopt;
}

int CommandRunner::startRepositoryCommand(Command &command)
{
    const int wanted = command.arguments().value_or(0);
    if (m_options.positional().size() != wanted) {
        return m_output.usageError(wanted == 1 ? tr("'%1' takes a CASEID").arg(command.verb())
                                               : tr("'%1' takes no arguments").arg(command.verb()));
    }
    if (const auto ended = takeOldRepositoryNames())
        return *ended;
    if (const auto ended = configureRepository())
        return *ended;
    return command.run(m_context);
}

std::optional<int> CommandRunner::takeOldRepositoryNames()
{
    // --client-id is the OAuth client's elsewhere; for the Case Repository it was the case's
    // client, now --repository-client. The old name still works, with a warning.
    const struct
    {
        QString oldName;
        QString newName;
    } renamed[] {{QStringLiteral("client-id"), QStringLiteral("repository-client")},
        {QStringLiteral("clear-client-id"), QStringLiteral("clear-repository-client")}};
    for (const auto &r : renamed) {
        if (!m_options.isSet(r.oldName))
            continue;
        if (m_options.isSet(r.newName))
            return m_output.usageError(
                tr("--%1 is the old name of --%2: give only --%2").arg(r.oldName, r.newName));
        m_output.error(tr("warning: in 'status' commands --%1 is deprecated (it also names the "
                          "OAuth client); use --%2")
                           .arg(r.oldName, r.newName));
        m_options.acceptOldName(r.oldName, r.newName);
    }
    return std::nullopt;
}

std::optional<int> CommandRunner::configureRepository()
{
    // Which repository, as whom: --repository and --repository-user, or the profile's.
    RepositorySettings settings;
    if (m_options.isSet("repository")) {
        settings.url = QUrl::fromUserInput(m_options.value("repository"));
        settings.user = m_options.value("repository-user");
        if (settings.user.isEmpty())
            return m_output.usageError(tr("--repository needs --repository-user"));
    } else {
        int code = Exit::Ok;
        const auto profile = chosenProfile(true, &code);
        if (!profile)
            return code;
        settings = profile->repository;
        if (m_options.isSet("repository-user"))
            settings.user = m_options.value("repository-user");
        if (settings.url.isEmpty())
            return m_output.usageError(
                tr("profile '%1' has no Case Repository: give --repository URL and "
                   "--repository-user USER")
                    .arg(profile->name));
        if (settings.user.isEmpty())
            return m_output.usageError(tr("profile '%1' has no Case Repository user: give "
                                          "--repository-user USER")
                                           .arg(profile->name));
    }
    // Refuses plain http to anything but loopback: Basic authentication would send the
    // password in clear.
    RepositoryClient *repository = m_context.repository();
    if (const QString problem = repository->configure(settings.url, settings.user);
        !problem.isEmpty())
        return m_output.usageError(problem);
    m_context.setRepositorySettings(settings);
    const int milliseconds = timeout();
    if (milliseconds < 0)
        return Exit::Usage;
    if (milliseconds > 0) {
        repository->setTimeout(milliseconds);
        repository->setDeadline(milliseconds);
    }
    return std::nullopt;
}

std::optional<Profile> CommandRunner::chosenProfile(bool forRepository, int *code)
{
    ProfileStore store;
    const Profiles profiles(&store);
    const QString name
        = m_options.isSet("profile") ? m_options.value("profile") : profiles.activeName();
    if (name.isEmpty()) {
        *code = m_output.usageError(forRepository
                ? tr("no profile: give --repository and --repository-user, or --profile NAME")
                : tr("no profile: give --endpoint and --client-id, or --profile NAME"));
        return std::nullopt;
    }
    auto loaded = profiles.load(name);
    if (!loaded)
        *code = m_output.usageError(tr("no profile named '%1'").arg(name));
    return loaded;
}

int CommandRunner::timeout()
{
    if (!m_options.isSet("timeout"))
        return 0;
    bool ok = false;
    const int seconds = m_options.value("timeout").toInt(&ok);
    // At most a day, so the milliseconds fit an int.
    if (!ok || seconds <= 0 || seconds > 86'400) {
        m_output.usageError(tr("--timeout takes a number of seconds"));
        return -1;
    }
    return seconds * 1000;
}
