#include "app/Console.h"

#include "api/CasePoller.h"
#include "api/LocalSandbox.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "api/RepositoryClient.h"
#include "api/SecretStore.h"
#include "api/UrlPolicy.h"
#include "models/CaseFilterProxyModel.h"
#include "models/SettingsKeys.h"
#include "session/CaseSession.h"
#include "session/Credentials.h"
#include "session/RepositoryBrowser.h"
#include "store/StorePaths.h"
#include "store/StoreThread.h"
#include "ui/AppIcon.h"
#include "ui/MainWindow.h"
#include "ui/Notifier.h"
#include "ui/RepositoryPanel.h"
#include "ui/SecretPromptDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/Theme.h"
#include "ui/WelcomePage.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStatusBar>

#include <cstdio>

// Everything that talks to one provider account, in construction order; destroyed in reverse,
// so the window (and the repository panel in it) goes before the session, the repository
// browser the panel shows, the outbox and the clients their requests belong to.
struct Console::Run
{
    explicit Run(const QString &databasePath)
        : repository(connection.network())
        , poller(connection.api())
        , store(databasePath)
        , outbox(connection.api(), &store)
        , repositoryBrowser(&repository, &outbox)
        , session(&store, &poller, &outbox, connection.api())
        , window(&session)
        , notifier(&session, AppIcon::icon())
    {
        poller.followSystemNetworkState();
        window.setWindowIcon(AppIcon::icon());
        // Notifications also land in the status bar; a click on one shows its case.
        QObject::connect(&notifier, &Notifier::notified, &window,
            [this](const QString &title) { window.statusBar()->showMessage(title, 15'000); });
        QObject::connect(&notifier, &Notifier::activated, &window, [this](const QString &caseId) {
            window.showNormal();
            window.raise();
            window.activateWindow();
            if (!caseId.isEmpty())
                window.selectCase(caseId);
        });
    }

    ProviderConnection connection;
    RepositoryClient repository;
    CasePoller poller;
    StoreThread store;
    Outbox outbox;
    RepositoryBrowser repositoryBrowser;
    CaseSession session;
    MainWindow window;
    Notifier notifier;
    QString profileKey; // Profile::storageKey() of the profile this run talks to
    bool runsActiveProfile = false; // the saved active profile (not the sandbox, not --profile)
};

Console::Console(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_secrets(std::make_unique<SecretStore>())
    , m_credentials(std::make_unique<Credentials>(m_secrets.get()))
    , m_editedProfiles(&m_profiles)
{
    // The theme chosen in the settings, before the first window shows.
    if (const Theme::Choice theme = Theme::saved(); theme != Theme::Choice::System)
        Theme::apply(theme);
}

Console::~Console()
{
    // The window and its session go before the sandbox they talk to.
    m_run.reset();
}

MainWindow *Console::window() const
{
    return m_run ? &m_run->window : nullptr;
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
    if (m_run)
        m_run->runsActiveProfile = true;
}

void Console::replaceRun(std::unique_ptr<Run> run)
{
    // The old window closes (saving its layout) before the new one restores it.
    if (m_run)
        m_run->window.close();
    m_run = std::move(run);
    connect(&m_run->window, &MainWindow::settingsRequested, this, [this] { openSettings(); });
    m_run->window.show();
}

void Console::runProfile(const Profile &profile, const QString &databasePath, const QString &label)
{
    auto run = std::make_unique<Run>(databasePath);
    Run *r = run.get();
    r->profileKey = profile.storageKey();
    replaceRun(std::move(run));
    if (const QString problem = r->connection.configure(profile); !problem.isEmpty()) {
        r->window.showConnectionProblem(problem);
        return;
    }
    r->poller.setInterval(m_options.pollIntervalSeconds > 0 ? m_options.pollIntervalSeconds
                                                            : profile.pollIntervalSeconds);
    r->window.setConnectionLabel(label);
    r->session.setWordOverrides(profile.words);
    r->session.setStatesPriorityInMessage(profile.statePriorityInMessage);
    r->session.setSlaPolicy(profile.sla);
    r->notifier.setChoices(profile.notifications.wantsProviderMessages(),
        profile.notifications.wantsUrgentIncidents());
    // The notification history and the P1 alarms (acknowledged or not) survive a restart: kept
    // under the name of the profile's store (the sandbox's does not change with its port).
    r->session.setNotificationChoices(profile.notifications);
    r->session.keepNoticesIn(
        QString(SettingsKeys::NoticesGroup) + u'/' + QFileInfo(databasePath).dir().dirName());
    if (!m_options.screenshot.isEmpty())
        r->window.saveScreenshotAfterFirstPoll(m_options.screenshot);

    // The store opens now: the cases it holds show and drafts are kept while the credentials
    // are looked up. Polling and sending wait for them.
    // A case without a priority (a provider that reports none) counts as this in the filter.
    r->session.filtered()->setDefaultPriority(profile.defaultPriority);
    r->session.start(false);
    configureRepository(r, profile.repository, [this, r, profile] {
        // The secret: given for this session, the sandbox's public demo secret, or the
        // keychain's.
        QString secret = m_sessionSecrets.value(profile.secretKey());
        if (secret.isEmpty())
            secret = Profiles::demoSecretFor(profile);
        if (!secret.isEmpty()) {
            r->connection.setClientSecret(secret);
            r->session.startPolling();
            return;
        }
        m_credentials->readClientSecret(profile, &r->window,
            [this, r, profile](
                Credentials::Status status, const QString &stored, const QString &message) {
                if (status == Credentials::Status::Ok) {
                    r->connection.setClientSecret(stored);
                    r->session.startPolling();
                    return;
                }
                askForSecret(r, profile, int(status), message);
            });
    });
}

void Console::configureRepository(
    Run *run, const RepositorySettings &settings, const std::function<void()> &then)
{
    if (!settings.isConfigured())
        return then();
    if (const QString problem = run->repository.configure(settings.url, settings.user);
        !problem.isEmpty()) {
        qWarning("caseconsole: Case Repository: %s", qPrintable(problem));
        return then();
    }
    run->session.setPublishing(&run->repository, settings);
    auto *panel = new RepositoryPanel(&run->repositoryBrowser);
    panel->setPublisher(run->session.publisher()); // "Publish all now", what is out of date
    run->window.setRepositoryPanel(panel);
    const QString demo = Profiles::demoRepositoryPasswordFor(settings);
    if (!demo.isEmpty()) {
        run->repository.setPassword(demo);
        return then();
    }
    // The password from the keychain before anything is sent; without it the repository
    // answers 401, in words.
    m_credentials->readRepositoryPassword(settings, &run->window,
        [run, then](Credentials::Status status, const QString &password, const QString &) {
            if (status == Credentials::Status::Ok)
                run->repository.setPassword(password);
            then();
        });
}

void Console::askForSecret(Run *run, const Profile &profile, int status, const QString &message)
{
    // Without a secret the cases already stored can still be read.
    run->window.showConnectionProblem(message);
    if (!m_options.screenshot.isEmpty())
        return;
    auto *prompt = new SecretPromptDialog(
        profile, m_credentials.get(), Credentials::Status(status), message, &run->window);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QDialog::accepted, this, [this, run, prompt, profile] {
        if (!prompt->isRemembered())
            m_sessionSecrets.insert(profile.secretKey(), prompt->secret());
        run->connection.setClientSecret(prompt->secret());
        run->window.showConnectionProblem({});
        run->session.startPolling();
    });
    connect(prompt, &QDialog::rejected, this, [run] {
        run->window.showConnectionProblem(
            tr("No client secret: the console shows what it stored before and does not connect. "
               "Enter the secret in Connections and Settings (Ctrl+,)."));
    });
    prompt->open();
}

void Console::startSandbox()
{
    if (m_run)
        m_run->window.statusBar()->showMessage(tr("Starting the local sandbox…"));
    if (m_sandbox)
        m_sandbox.release()->stopLater();
    m_sandbox = std::make_unique<LocalSandbox>();
    connect(m_sandbox.get(), &LocalSandbox::started, this, [this] {
        Profile profile;
        profile.name = tr("Sandbox demo");
        profile.endpoint = m_sandbox->graphqlUrl();
        profile.tokenUrl = m_sandbox->tokenUrl();
        profile.clientId = QStringLiteral("demo-client");
        profile.pollIntervalSeconds = 15;
        // The sandbox's Case Repository, publishing as the demo account (sandbox/README.md).
        profile.repository.url = m_sandbox->caseRepositoryUrl();
        profile.repository.user = QStringLiteral("demo-publisher");
        profile.repository.publish = true;
        profile.repository.clientType = QStringLiteral("NIP");
        profile.repository.clientId = QStringLiteral("5252344078");
        // Each variant of the sandbox keeps its own store: what was learned of one provider
        // (capabilities, words) is not another's.
        QString database = QStringLiteral("sandbox-demo");
        for (const QString &option : m_options.sandboxOptions) {
            if (!option.startsWith(u'-'))
                database += u'-' + option;
        }
        runProfile(profile, StorePaths::databaseNamed(database),
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
    m_sandbox->start(StorePaths::sandboxStateFile(), 30, m_options.sandboxOptions);
}

void Console::showWelcome(const QString &problem)
{
    auto run = std::make_unique<Run>(QStringLiteral(":memory:"));
    Run *r = run.get();
    replaceRun(std::move(run));
    auto *welcome = new WelcomePage;
    welcome->setObjectName(QStringLiteral("welcomePage"));
    connect(welcome, &WelcomePage::setUpConnectionRequested, this, [this] { openSettings(true); });
    connect(welcome, &WelcomePage::sandboxDemoRequested, this, &Console::startSandbox);
    r->window.showWelcome(welcome);
    if (!problem.isEmpty())
        r->window.statusBar()->showMessage(problem);
}

void Console::openSettings(bool newProfile)
{
    QWidget *parent = m_run ? &m_run->window : nullptr;
    auto *dialog = new SettingsDialog(&m_editedProfiles, m_credentials.get(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (newProfile)
        dialog->addProfile(true); // "Set up a connection…": nothing else runs
    if (m_run && m_run->session.isLoaded())
        dialog->setLearnedWords(m_run->profileKey, m_run->session.words().learned());
    connect(dialog, &SettingsDialog::profilesSaved, this,
        [this, dialog](const QString &active, bool changed) {
            const std::optional<Profile> saved = m_profiles.load(active);
            if (const QString secret = dialog->sessionSecret(active); saved && !secret.isEmpty())
                m_sessionSecrets.insert(saved->secretKey(), secret);
            // The sandbox and command-line connections are not profiles: a saved active
            // profile takes over only when nothing is connected, when the engineer made it
            // active, or when it is what runs and it changed.
            const bool connected = m_run && m_run->session.isLoaded();
            const bool runsActive = m_run && m_run->runsActiveProfile;
            // Other SLA targets only: the clocks are computed again under them (docs/sla.md).
            if (connected && runsActive && saved && dialog->activeProfileChangedOnlyInSla()
                && !dialog->activeProfileChosen()) {
                m_run->session.setSlaPolicy(saved->sla);
                return;
            }
            if (!active.isEmpty()
                && (!connected || dialog->activeProfileChosen() || (runsActive && changed))) {
                if (m_sandbox)
                    m_sandbox.release()->stopLater(); // no waiting on the GUI thread
                m_options.profile.reset();
                QMetaObject::invokeMethod(this, &Console::runActiveProfile, Qt::QueuedConnection);
            }
        });
    dialog->open();
}
