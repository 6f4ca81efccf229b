// The console's entry point: parses the command line and hands over to the composition root.

#include "app/Console.h"
#include "app/Translations.h"
#include "store/ProfileStore.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <optional>

namespace {

void nameApplication()
{
    QApplication::setApplicationName(QStringLiteral("caseconsole"));
    QApplication::setApplicationDisplayName(QStringLiteral("Case Console"));
    QApplication::setOrganizationName(QStringLiteral("CaseConsole"));
    QApplication::setApplicationVersion(QStringLiteral(CASECONSOLE_VERSION));
    // packaging/caseconsole.desktop: Wayland compositors match the window to it (name, icon).
    QApplication::setDesktopFileName(QStringLiteral("caseconsole"));
}

// The language first, so that even --help speaks it: --lang, else the system's.
void installTranslations(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = arguments.at(i).mid(7);
    }
    Translations::install(language);
}

void addValue(
    QCommandLineParser &parser, const char *name, const QString &description, const char *valueName)
{
    parser.addOption(
        QCommandLineOption(QLatin1String(name), description, QLatin1String(valueName)));
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop console for network-service support cases."));
    parser.addHelpOption();
    parser.addVersionOption();
    addValue(parser, "profile",
        QApplication::translate("main", "Use a saved profile (default: the active one)."), "name");
    addValue(parser, "endpoint",
        QApplication::translate("main", "GraphQL endpoint URL (instead of a profile)."), "url");
    addValue(parser, "token-url",
        QApplication::translate("main", "OAuth token URL (default: <endpoint host>/oauth2/token)."),
        "url");
    addValue(parser, "client-id", QApplication::translate("main", "OAuth client id."), "id");
    addValue(parser, "scope",
        QApplication::translate("main", "OAuth scopes, space-separated (default: all)."), "scopes");
    addValue(parser, "poll-interval",
        QApplication::translate("main", "Seconds between polls, at least 5 (default: 60)."),
        "seconds");
    parser.addOption(QCommandLineOption(QStringLiteral("sandbox"),
        QApplication::translate(
            "main", "Start the local sandbox server (Node.js 20) with demo data and use it.")));
    addValue(parser, "sandbox-provider",
        QApplication::translate("main",
            "With --sandbox: answer as another provider might, where the provider's article "
            "leaves it open: the schema (full or documented) and the words (sandbox or plain), "
            "e.g. documented,plain."),
        "variant");
    addValue(parser, "screenshot",
        QApplication::translate(
            "main", "Save the main window to <file> after the first poll, then quit."),
        "file");
    addValue(parser, "lang",
        QApplication::translate(
            "main", "The language of the window (de, nl, pl or en; default: the system's)."),
        "language");
}

// Each read* function fills its part of `options` from the command line and returns a usage
// error's message, or an empty string.

QString readInterval(const QCommandLineParser &parser, Console::Options &options)
{
    options.pollIntervalSeconds = 0;
    if (!parser.isSet(QStringLiteral("poll-interval")))
        return {};
    bool ok = false;
    options.pollIntervalSeconds = parser.value(QStringLiteral("poll-interval")).toInt(&ok);
    if (!ok || options.pollIntervalSeconds < 5)
        return QApplication::translate("main", "--poll-interval takes at least 5 seconds");
    return {};
}

// The sandbox's server options for --sandbox-provider (sandbox/README.md, "Schemas and
// vocabularies").
QString readSandbox(const QCommandLineParser &parser, Console::Options &options)
{
    options.sandbox = parser.isSet(QStringLiteral("sandbox"));
    if (options.sandbox
        && (parser.isSet(QStringLiteral("profile")) || parser.isSet(QStringLiteral("endpoint"))
            || parser.isSet(QStringLiteral("client-id"))))
        return QApplication::translate(
            "main", "--sandbox cannot be combined with --profile, --endpoint or --client-id");
    if (!parser.isSet(QStringLiteral("sandbox-provider")))
        return {};
    if (!options.sandbox)
        return QApplication::translate("main", "--sandbox-provider goes with --sandbox");
    const QStringList parts
        = parser.value(QStringLiteral("sandbox-provider")).split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString value = part.trimmed();
        if (value == QLatin1String("full") || value == QLatin1String("documented"))
            options.sandboxOptions << QStringLiteral("--schema") << value;
        else if (value == QLatin1String("sandbox") || value == QLatin1String("plain"))
            options.sandboxOptions << QStringLiteral("--words") << value;
        else
            return QApplication::translate("main",
                "--sandbox-provider takes full or documented, and sandbox or plain "
                "(e.g. documented,plain), not '%1'")
                .arg(value);
    }
    return {};
}

// Which provider, as whom: the command line, a named profile, or the active one (none chosen).
QString readProfile(const QCommandLineParser &parser, Console::Options &options)
{
    const bool endpoint = parser.isSet(QStringLiteral("endpoint"));
    const bool clientId = parser.isSet(QStringLiteral("client-id"));
    if (endpoint || clientId) {
        if (!endpoint || !clientId)
            return QApplication::translate("main", "--endpoint and --client-id go together");
        Profile profile;
        profile.name = QStringLiteral("command line");
        profile.endpoint = QUrl::fromUserInput(parser.value(QStringLiteral("endpoint")));
        if (parser.isSet(QStringLiteral("token-url")))
            profile.tokenUrl = QUrl::fromUserInput(parser.value(QStringLiteral("token-url")));
        profile.clientId = parser.value(QStringLiteral("client-id"));
        profile.scope = parser.value(QStringLiteral("scope"));
        if (options.pollIntervalSeconds > 0)
            profile.pollIntervalSeconds = options.pollIntervalSeconds;
        options.profile = profile;
    } else if (parser.isSet(QStringLiteral("profile"))) {
        const QString name = parser.value(QStringLiteral("profile"));
        options.profile = ProfileStore().load(name);
        if (!options.profile)
            return QApplication::translate("main", "no profile named '%1'").arg(name);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    nameApplication();
    installTranslations(QApplication::arguments());

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    Console::Options options;
    options.screenshot = parser.value(QStringLiteral("screenshot"));
    for (const auto read : {&readInterval, &readSandbox, &readProfile}) {
        if (const QString problem = read(parser, options); !problem.isEmpty()) {
            std::fprintf(stderr, "caseconsole: %s\n", qPrintable(problem));
            return 2;
        }
    }
    Console console(options);
    console.start();
    return app.exec();
}
