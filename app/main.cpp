// The console's composition root: parses the command line, creates every object once and
// wires them.

#include "api/CasePoller.h"
#include "api/ProviderConnection.h"
#include "api/SecretStore.h"
#include "api/UrlPolicy.h"
#include "models/CaseListModel.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>

#include <cstdio>

namespace {

// Saves the window once the first poll has answered and quits: for headless demos and docs.
void scheduleScreenshot(MainWindow *window, CasePoller *poller, const QString &path)
{
    auto take = [window, path](bool ok) {
        if (window->caseView()->model()->rowCount() > 0)
            window->caseView()->selectRow(0);
        QTimer::singleShot(500, window, [window, path, ok] {
            QDir().mkpath(QFileInfo(path).absolutePath());
            const bool saved = window->grab().save(path);
            const QString message = saved
                ? QApplication::translate("main", "Screenshot saved to %1")
                      .arg(QFileInfo(path).absoluteFilePath())
                : QApplication::translate("main", "Could not save %1").arg(path);
            std::fprintf(stderr, "%s\n", qPrintable(message));
            QApplication::exit(saved && ok ? 0 : 1);
        });
    };
    QObject::connect(
        poller, &CasePoller::pollSucceeded, window, [take] { take(true); },
        Qt::SingleShotConnection);
    QObject::connect(
        poller, &CasePoller::pollFailed, window, [take] { take(false); }, Qt::SingleShotConnection);
}

} // namespace

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
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"),
        QApplication::translate("main", "GraphQL endpoint URL."), QStringLiteral("url"));
    const QCommandLineOption tokenUrlOption(QStringLiteral("token-url"),
        QApplication::translate("main", "OAuth token URL (default: <endpoint host>/oauth2/token)."),
        QStringLiteral("url"));
    const QCommandLineOption clientIdOption(QStringLiteral("client-id"),
        QApplication::translate("main", "OAuth client id."), QStringLiteral("id"));
    const QCommandLineOption scopeOption(QStringLiteral("scope"),
        QApplication::translate("main", "OAuth scopes, space-separated (default: all)."),
        QStringLiteral("scopes"));
    const QCommandLineOption intervalOption(QStringLiteral("poll-interval"),
        QApplication::translate("main", "Seconds between polls (default: 60)."),
        QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Save the main window to <file> after the first poll, then quit."),
        QStringLiteral("file"));
    parser.addOptions({endpointOption, tokenUrlOption, clientIdOption, scopeOption, intervalOption,
        screenshotOption});
    parser.process(app);

    ProviderConnection connection;
    CasePoller poller(connection.api());
    poller.followSystemNetworkState();
    CaseListModel cases;
    SecretStore secrets;
    MainWindow window(&cases, &poller);

    QObject::connect(&poller, &CasePoller::casesReceived, &cases,
        [&cases](const QList<Case> &received) { cases.upsert(received); });

    if (parser.isSet(endpointOption) && parser.isSet(clientIdOption)) {
        Profile profile;
        profile.name = QStringLiteral("command line");
        profile.endpoint = QUrl::fromUserInput(parser.value(endpointOption));
        if (parser.isSet(tokenUrlOption))
            profile.tokenUrl = QUrl::fromUserInput(parser.value(tokenUrlOption));
        profile.clientId = parser.value(clientIdOption);
        profile.scope = parser.value(scopeOption);
        profile.pollIntervalSeconds = parser.value(intervalOption).toInt();
        if (const QString problem = connection.configure(profile); !problem.isEmpty()) {
            std::fprintf(stderr, "caseconsole: %s\n", qPrintable(problem));
            return 2;
        }
        poller.setInterval(profile.pollIntervalSeconds);
        window.setConnectionLabel(UrlPolicy::isLoopback(profile.endpoint)
                ? QApplication::translate("main", "Sandbox (%1)").arg(profile.endpoint.authority())
                : profile.endpoint.host());
        if (parser.isSet(screenshotOption))
            scheduleScreenshot(&window, &poller, parser.value(screenshotOption));
        connection.loadSecret(&secrets, &window, [&](bool ok, const QString &message) {
            if (!ok) {
                window.statusBar()->showMessage(message);
                window.threadView()->setPlaceholderText(message);
                return;
            }
            poller.start();
        });
    } else {
        window.threadView()->setPlaceholderText(QApplication::translate("main",
            "No connection is configured. Run scripts/demo to try the console against the local "
            "sandbox, or start it with --endpoint and --client-id (the client secret is read "
            "from the system keychain)."));
    }

    window.show();
    return app.exec();
}
