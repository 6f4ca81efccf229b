// The console's composition root: parses the command line, creates every object once and
// wires them.

#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "api/SecretStore.h"
#include "api/UrlPolicy.h"
#include "store/CaseStore.h"
#include "store/ProfileStore.h"
#include "store/StorePaths.h"
#include "ui/CaseSession.h"
#include "ui/MainWindow.h"

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
        QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Save the main window to <file> after the first poll, then quit."),
        QStringLiteral("file"));
    parser.addOptions({profileOption, endpointOption, tokenUrlOption, clientIdOption, scopeOption,
        intervalOption, screenshotOption});
    parser.process(app);

    const auto usageError = [](const QString &message) {
        std::fprintf(stderr, "caseconsole: %s\n", qPrintable(message));
        return 2;
    };
    bool intervalOk = false;
    const int interval = parser.value(intervalOption).toInt(&intervalOk);
    if (!intervalOk || interval < 5)
        return usageError(
            QApplication::translate("main", "--poll-interval takes at least 5 seconds"));

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
        profile.pollIntervalSeconds = interval;
        chosen = profile;
    } else {
        ProfileStore profiles;
        const QString name
            = parser.isSet(profileOption) ? parser.value(profileOption) : profiles.activeName();
        if (!name.isEmpty())
            chosen = profiles.load(name);
        if (!chosen && parser.isSet(profileOption))
            return usageError(QApplication::translate("main", "no profile named '%1'").arg(name));
    }

    ProviderConnection connection;
    CasePoller poller(connection.api());
    poller.followSystemNetworkState();
    CaseStore store(chosen ? StorePaths::databaseFor(*chosen) : QStringLiteral(":memory:"));
    Outbox outbox(connection.api(), &store);
    CaseSession session(&store, &poller, &outbox, connection.api());
    SecretStore secrets;
    MainWindow window(&session, &poller);

    if (chosen) {
        if (const QString problem = connection.configure(*chosen); !problem.isEmpty())
            return usageError(problem);
        poller.setInterval(chosen->pollIntervalSeconds);
        window.setConnectionLabel(UrlPolicy::isLoopback(chosen->endpoint)
                ? QApplication::translate("main", "Sandbox (%1)").arg(chosen->endpoint.authority())
                : chosen->endpoint.host());
        if (parser.isSet(screenshotOption))
            window.saveScreenshotAfterFirstPoll(parser.value(screenshotOption));
        connection.loadSecret(&secrets, &window, [&](bool ok, const QString &message) {
            if (!ok) {
                window.showConnectionProblem(message);
                return;
            }
            session.start();
        });
    } else {
        window.showConnectionProblem(QApplication::translate("main",
            "No connection is configured. Run scripts/demo to try the console against the local "
            "sandbox, or start it with --endpoint and --client-id (the client secret is read "
            "from the system keychain)."));
    }

    window.show();
    return app.exec();
}
