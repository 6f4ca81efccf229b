#pragma once

#include "models/Profile.h"

#include <QStringList>

#include <optional>

class QSettings;

// Profiles in QSettings (the platform's settings file or registry). Never holds a secret.
class ProfileStore
{
public:
    // Uses `settings` when given (tests), otherwise the settings file the console and casectl
    // share (~/.config/CaseConsole/caseconsole.conf on Linux).
    explicit ProfileStore(QSettings *settings = nullptr);
    ~ProfileStore();

    QStringList names() const;
    std::optional<Profile> load(const QString &name) const;
    void save(const Profile &profile);
    void remove(const QString &name);

    QString activeName() const;
    void setActiveName(const QString &name);

    // Writes pending changes to the file now, so casectl sees them at once.
    void sync();

private:
    QSettings *m_settings;
    bool m_ownsSettings;
};
