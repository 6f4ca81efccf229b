// The console's entry point: parses the command line and hands over to the composition root.

#include "app/Console.h"
#include "app/Translations.h"
#include "store/ProfileStore.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <optional>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("caseconsole"));
    QApplication::setApplicationDisplayName(QStringLiteral("Case Console"));
    QApplication::setOrganizationName(QStringLiteral("CaseConsole"));
    QApplication::setApplicationVersion(QStringLiteral(CASECONSOLE_VERSION));
    // packaging/caseconsole.desktop: Wayland compositors match the window to it (name, icon).
    QApplication::setDesktopFileName(QStringLiteral("caseconsole"));

    // The language first, so that even --help speaks it: --lang, else the system's.
    {
        const QStringList arguments = QApplication::arguments();
        QString language;
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
                language = arguments.at(i + 1);
            else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
                language = arguments.at(i).mid(7);
        }
        Translations::install(language);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop console for network-service support cases."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QApplication::translate("main", "Use a saved profile (default: the active one)."),
        QStringLiteral("name"));
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"),
        QApplication::translate("main", "GraphQL endpoint URL (instead of a profile)."),
        QStringLiteral("url"));
    const QCommandLineOption tokenUrlOption(QStringLiteral("token-url"),
        QApplication::translate("main", "OAuth token URL (default: <endpoint host>/oauth2/token)."),
        QStringLiteral("url"));
    const QCommandLineOption clientIdOption(QStringLiteral("client-id"),
        QApplication::translate("main", "OAuth client id."), QStringLiteral("id"));
    const QCommandLineOption scopeOption(QStringLiteral("scope"),
        QApplication::translate("main", "OAuth scopes, space-separated (default: all)."),
        QStringLiteral("scopes"));
    const QCommandLineOption intervalOption(QStringLiteral("poll-interval"),
        QApplication::translate("main", "Seconds between polls, at least 5 (default: 60)."),
        QStringLiteral("seconds"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Save the main window to <file> after the first poll, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        QApplication::translate(
            "main", "The language of the window (de, nl, pl or en; default: the system's)."),
        QStringLiteral("language"));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
        QApplication::translate(
            "main", "Start the local sandbox server (Node.js 20) with demo data and use it."));
    const QCommandLineOption sandboxProviderOption(QStringLiteral("sandbox-provider"),
        QApplication::translate("main",
            "With --sandbox: answer as another provider might, where the provider's article "
            "leaves it open: the schema (full or documented) and the words (sandbox or plain), "
            "e.g. documented,plain."),
        QStringLiteral("variant"));
    parser.addOptions({profileOption, endpointOption, tokenUrlOption, clientIdOption, scopeOption,
        intervalOption, sandboxOption, sandboxProviderOption, screenshotOption, languageOption});
    parser.process(app);

    const auto usageError = [](const QString &message) {
        std::fprintf(stderr, "caseconsole: %s\n", qPrintable(message));
        return 2;
    };
    int interval = 0;
    if (parser.isSet(intervalOption)) {
        bool intervalOk = false;
        interval = parser.value(intervalOption).toInt(&intervalOk);
        if (!intervalOk || interval < 5)
            return usageError(
                QApplication::translate("main", "--poll-interval takes at least 5 seconds"));
    }
    if (parser.isSet(sandboxOption)
        && (parser.isSet(profileOption) || parser.isSet(endpointOption)
            || parser.isSet(clientIdOption)))
        return usageError(QApplication::translate(
            "main", "--sandbox cannot be combined with --profile, --endpoint or --client-id"));

    // The sandbox's server options for --sandbox-provider (sandbox/README.md, "Schemas and
    // vocabularies").
    QStringList sandboxOptions;
    if (parser.isSet(sandboxProviderOption)) {
        if (!parser.isSet(sandboxOption))
            return usageError(
                QApplication::translate("main", "--sandbox-provider goes with --sandbox"));
        const QStringList parts
            = parser.value(sandboxProviderOption).split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QString value = part.trimmed();
            if (value == QLatin1String("full") || value == QLatin1String("documented"))
                sandboxOptions << QStringLiteral("--schema") << value;
            else if (value == QLatin1String("sandbox") || value == QLatin1String("plain"))
                sandboxOptions << QStringLiteral("--words") << value;
            else
                return usageError(QApplication::translate("main",
                    "--sandbox-provider takes full or documented, and sandbox or plain "
                    "(e.g. documented,plain), not '%1'")
                                      .arg(value));
        }
    }

    // Which provider, as whom: the command line, a named profile, or the active one.
    std::optional<Profile> chosen;
    if (parser.isSet(endpointOption) || parser.isSet(clientIdOption)) {
        if (!parser.isSet(endpointOption) || !parser.isSet(clientIdOption))
            return usageError(
                QApplication::translate("main", "--endpoint and --client-id go together"));
        Profile profile;
        profile.name = QStringLiteral("command line");
        profile.endpoint = QUrl::fromUserInput(parser.value(endpointOption));
        if (parser.isSet(tokenUrlOption))
            profile.tokenUrl = QUrl::fromUserInput(parser.value(tokenUrlOption));
        profile.clientId = parser.value(clientIdOption);
        profile.scope = parser.value(scopeOption);
        if (interval > 0)
            profile.pollIntervalSeconds = interval;
        chosen = profile;
    } else if (parser.isSet(profileOption)) {
        const QString name = parser.value(profileOption);
        chosen = ProfileStore().load(name);
        if (!chosen)
            return usageError(QApplication::translate("main", "no profile named '%1'").arg(name));
    }

    Console::Options options;
    options.profile = chosen;
    options.sandbox = parser.isSet(sandboxOption);
    options.sandboxOptions = sandboxOptions;
    options.pollIntervalSeconds = interval;
    options.screenshot = parser.value(screenshotOption);
    Console console(options);
    console.start();
    return app.exec();
}
