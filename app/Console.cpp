#include "app/Console.h"

#include "api/CasePoller.h"
#include "api/LocalSandbox.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "api/SecretStore.h"
#include "api/UrlPolicy.h"
#include "store/CaseStore.h"
#include "store/StorePaths.h"
#include "ui/CaseSession.h"
#include "ui/MainWindow.h"

#include <QApplication>

#include <cstdio>

// Everything that talks to one provider account, in construction order.
struct Console::Run
{
    explicit Run(const QString &databasePath)
        : poller(connection.api())
        , store(databasePath)
        , outbox(connection.api(), &store)
        , session(&store, &poller, &outbox, connection.api())
        , window(&session, &poller)
    {
        poller.followSystemNetworkState();
    }

    ProviderConnection connection;
    CasePoller poller;
    CaseStore store;
    Outbox outbox;
    CaseSession session;
    MainWindow window;
};

Console::Console(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_secrets(std::make_unique<SecretStore>())
{ }

Console::~Console()
{
    // The window and its session go before the sandbox they talk to.
    m_run.reset();
}

void Console::start()
{
    if (m_options.sandbox)
        startSandbox();
    else if (m_options.profile)
        runProfile(*m_options.profile, StorePaths::databaseFor(*m_options.profile),
            UrlPolicy::isLoopback(m_options.profile->endpoint)
                ? tr("Sandbox (%1)").arg(m_options.profile->endpoint.authority())
                : m_options.profile->endpoint.host());
    else
        runActiveProfile();
}

void Console::runActiveProfile()
{
    const std::optional<Profile> active = m_profiles.load(m_profiles.activeName());
    if (!active) {
        showWelcome();
        return;
    }
    runProfile(*active, StorePaths::databaseFor(*active),
        active->accountLabel.isEmpty() ? active->name : active->accountLabel);
}

void Console::replaceRun(std::unique_ptr<Run> run)
{
    // The old window closes (saving its layout) before the new one restores it.
    if (m_run)
        m_run->window.close();
    m_run = std::move(run);
    connect(&m_run->window, &MainWindow::settingsRequested, this, &Console::openSettings);
    m_run->window.show();
}

void Console::runProfile(const Profile &profile, const QString &databasePath, const QString &label)
{
    auto run = std::make_unique<Run>(databasePath);
    Run *r = run.get();
    replaceRun(std::move(run));
    if (const QString problem = r->connection.configure(profile); !problem.isEmpty()) {
        r->window.showConnectionProblem(problem);
        return;
    }
    r->poller.setInterval(m_options.pollIntervalSeconds > 0 ? m_options.pollIntervalSeconds
                                                            : profile.pollIntervalSeconds);
    r->window.setConnectionLabel(label);
    if (!m_options.screenshot.isEmpty())
        r->window.saveScreenshotAfterFirstPoll(m_options.screenshot);
    r->connection.loadSecret(m_secrets.get(), &r->window, [r](bool ok, const QString &message) {
        if (!ok) {
            r->window.showConnectionProblem(message);
            return;
        }
        r->session.start();
    });
}

void Console::startSandbox()
{
    m_sandbox = std::make_unique<LocalSandbox>();
    connect(m_sandbox.get(), &LocalSandbox::started, this, [this] {
        Profile profile;
        profile.name = tr("Sandbox demo");
        profile.endpoint = m_sandbox->graphqlUrl();
        profile.tokenUrl = m_sandbox->tokenUrl();
        profile.clientId = QStringLiteral("demo-client");
        profile.pollIntervalSeconds = 15;
        runProfile(profile, StorePaths::databaseNamed(QStringLiteral("sandbox-demo")),
            tr("Sandbox (%1)").arg(profile.endpoint.authority()));
    });
    connect(m_sandbox.get(), &LocalSandbox::failed, this, [this](const QString &message) {
        std::fprintf(stderr, "caseconsole: %s\n", qPrintable(message));
        if (!m_options.screenshot.isEmpty()) {
            QApplication::exit(1);
            return;
        }
        showWelcome(message);
    });
    m_sandbox->start(StorePaths::sandboxStateFile());
}

void Console::showWelcome(const QString &problem)
{
    auto run = std::make_unique<Run>(QStringLiteral(":memory:"));
    Run *r = run.get();
    replaceRun(std::move(run));
    r->window.showConnectionProblem(problem.isEmpty()
            ? tr("No connection is configured. Start the console with --sandbox to try it against "
                 "the local sandbox, or with --endpoint and --client-id.")
            : problem);
}

void Console::openSettings()
{
    if (m_run)
        m_run->window.showConnectionProblem(
            tr("Profiles are set up with casectl save-profile and store-secret for now."));
}
