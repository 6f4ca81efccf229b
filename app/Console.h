#pragma once

#include "models/Profile.h"
#include "session/Profiles.h"
#include "store/ProfileStore.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class Credentials;
class LocalSandbox;
class MainWindow;
class SecretStore;

// The console's composition root: decides which provider to talk to (a profile, the command
// line, the local sandbox, or none yet: the welcome page), creates every object for it once and
// wires them. Switching profile builds a new set and drops the old one.
class Console : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::optional<Profile> profile; // from the command line or a named profile
        bool sandbox = false; // start the local sandbox and use it
        // More options for the sandbox server (--schema, --words): another provider's answers.
        QStringList sandboxOptions;
        int pollIntervalSeconds = 0; // 0: the profile's
        QString screenshot; // save the main window there after the first poll, then quit
    };

    explicit Console(Options options, QObject *parent = nullptr);
    ~Console() override;

    // Shows the window for the chosen profile, the sandbox, the active profile, or the welcome
    // page when there is none.
    void start();

    // The window on show now (it changes with the profile).
    MainWindow *window() const;

private:
    struct Run;

    void runProfile(const Profile &profile, const QString &databasePath, const QString &label);
    void runActiveProfile();
    void startSandbox();
    void showWelcome(const QString &problem = {});
    // `newProfile`: start with an empty profile (first run).
    void openSettings(bool newProfile = false);
    // Sets up the repository client and its password, then calls `then`.
    void configureRepository(
        Run *run, const RepositorySettings &settings, const std::function<void()> &then);
    void askForSecret(Run *run, const Profile &profile, int status, const QString &message);
    void replaceRun(std::unique_ptr<Run> run);

    Options m_options;
    ProfileStore m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Credentials> m_credentials;
    Profiles m_editedProfiles; // m_profiles, as the settings dialog edits them
    std::unique_ptr<LocalSandbox> m_sandbox;
    std::unique_ptr<Run> m_run;
    // Secrets the engineer gave for this session only (no keychain), by their keychain key.
    QHash<QString, QString> m_sessionSecrets;
};
