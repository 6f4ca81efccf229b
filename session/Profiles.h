#pragma once

#include "models/Profile.h"

#include <QStringList>

#include <optional>

class ProfileStore;

// The saved profiles as the settings dialog edits them (store/ProfileStore: the settings file,
// never a secret), and what the local sandbox's public demo accounts need no secret for.
class Profiles
{
public:
    explicit Profiles(ProfileStore *store);

    QStringList names() const;
    std::optional<Profile> load(const QString &name) const;
    void save(const Profile &profile);
    void remove(const QString &name);
    QString activeName() const;
    void setActiveName(const QString &name);
    // Writes pending changes to the file now, so casectl sees them at once.
    void sync();

    // The sandbox's public demo secret for a demo client on loopback; empty otherwise.
    static QString demoSecretFor(const Profile &profile);
    static bool isSandboxDemo(const Profile &profile) { return !demoSecretFor(profile).isEmpty(); }
    // The sandbox's demo user's Case Repository password on loopback; empty otherwise.
    static QString demoRepositoryPasswordFor(const RepositorySettings &settings);

private:
    ProfileStore *m_store;
};
