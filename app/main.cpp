// The composition root: parses the command line, creates every object once and wires them.

#include "api/CasePoller.h"
#include "api/GraphQLCaseApi.h"
#include "api/GraphQLTransport.h"
#include "api/SandboxCredentials.h"
#include "api/SecretStore.h"
#include "api/TokenProvider.h"
#include "api/UrlPolicy.h"
#include "models/CaseListModel.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QNetworkAccessManager>
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
            std::fprintf(stderr, "%s\n",
                qPrintable(saved ? QApplication::translate("main", "Screenshot saved to %1")
                                       .arg(QFileInfo(path).absoluteFilePath())
                                 : QApplication::translate("main", "Could not save %1").arg(path)));
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
        QApplication::translate(
            "main", "OAuth token URL (default: <endpoint origin>/oauth2/token)."),
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
        QApplication::translate("main",
            "Save the main window to <file> after the first poll, "
            "then quit."),
        QStringLiteral("file"));
    parser.addOptions({endpointOption, tokenUrlOption, clientIdOption, scopeOption, intervalOption,
        screenshotOption});
    parser.process(app);

    QNetworkAccessManager network;
    TokenProvider tokens(&network);
    GraphQLTransport transport(&network, &tokens);
    GraphQLCaseApi caseApi(&transport);
    CasePoller poller(&caseApi);
    CaseListModel cases;
    SecretStore secrets;
    MainWindow window(&cases, &poller);

    QObject::connect(&poller, &CasePoller::casesReceived, &cases,
        [&cases](const QList<Case> &received) { cases.upsert(received); });

    const QUrl endpoint = QUrl::fromUserInput(parser.value(endpointOption));
    const QString clientId = parser.value(clientIdOption);
    if (parser.isSet(endpointOption) && !clientId.isEmpty()) {
        QUrl tokenUrl = QUrl::fromUserInput(parser.value(tokenUrlOption));
        if (!parser.isSet(tokenUrlOption)) {
            tokenUrl = endpoint;
            tokenUrl.setPath(QStringLiteral("/oauth2/token"));
        }
        if (const QString reason = UrlPolicy::refusalReason(endpoint); !reason.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(reason));
            return 2;
        }
        transport.setEndpoint(endpoint);
        tokens.setTokenUrl(tokenUrl);
        tokens.setClientId(clientId);
        tokens.setScope(parser.value(scopeOption));
        poller.setInterval(parser.value(intervalOption).toInt());
        window.setConnectionLabel(UrlPolicy::isLoopback(endpoint)
                ? QApplication::translate("main", "Sandbox (%1)").arg(endpoint.authority())
                : endpoint.host());
        if (parser.isSet(screenshotOption))
            scheduleScreenshot(&window, &poller, parser.value(screenshotOption));

        const QString demoSecret = SandboxCredentials::demoSecretFor(clientId, tokenUrl);
        if (!demoSecret.isEmpty()) {
            tokens.setClientSecret(demoSecret);
            poller.start();
        } else {
            secrets.read(SecretStore::keyFor(clientId, tokenUrl.toString()), &window,
                [&](SecretStore::Status status, const QString &secret, const QString &message) {
                    if (status != SecretStore::Status::Ok) {
                        window.statusBar()->showMessage(message);
                        window.threadView()->setPlaceholderText(message);
                        return;
                    }
                    tokens.setClientSecret(secret);
                    poller.start();
                });
        }
    } else {
        window.threadView()->setPlaceholderText(QApplication::translate("main",
            "No connection is configured. Run scripts/demo to try the console against "
            "the local sandbox, or start it with --endpoint and --client-id (the client "
            "secret is read from the system keychain)."));
    }

    window.show();
    return app.exec();
}
