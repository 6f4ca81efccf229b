#include "store/ProfileStore.h"

#include "store/SettingsKeys.h"

#include <QSettings>

using namespace SettingsKeys;

namespace {
QString groupOf(const QString &name)
{
    return ProfilesGroup + u'/' + name;
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    // One file for the console and casectl alike, whichever program runs.
    : m_settings(settings
            ? settings
            : new QSettings(QStringLiteral("CaseConsole"), QStringLiteral("caseconsole")))
    , m_ownsSettings(!settings)
{ }

ProfileStore::~ProfileStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(ProfilesGroup);
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<Profile> ProfileStore::load(const QString &name) const
{
    if (!names().contains(name))
        return std::nullopt;
    m_settings->beginGroup(groupOf(name));
    Profile p;
    p.name = name;
    p.endpoint = m_settings->value(Endpoint).toUrl();
    p.tokenUrl = m_settings->value(TokenUrl).toUrl();
    p.clientId = m_settings->value(ClientId).toString();
    p.scope = m_settings->value(Scope).toString();
    p.accountLabel = m_settings->value(AccountLabel).toString();
    p.pollIntervalSeconds = m_settings->value(PollInterval, 60).toInt();
    p.notifications.providerMessages = m_settings->value(NotifyProviderMessages, true).toBool();
    p.notifications.urgentIncidents = m_settings->value(NotifyUrgentIncidents, true).toBool();
    p.notifications.allOff = m_settings->value(NotificationsOff, false).toBool();
    m_settings->endGroup();
    return p;
}

void ProfileStore::save(const Profile &p)
{
    m_settings->beginGroup(groupOf(p.name));
    m_settings->setValue(Endpoint, p.endpoint);
    m_settings->setValue(TokenUrl, p.tokenUrl);
    m_settings->setValue(ClientId, p.clientId);
    m_settings->setValue(Scope, p.scope);
    m_settings->setValue(AccountLabel, p.accountLabel);
    m_settings->setValue(PollInterval, p.pollIntervalSeconds);
    m_settings->setValue(NotifyProviderMessages, p.notifications.providerMessages);
    m_settings->setValue(NotifyUrgentIncidents, p.notifications.urgentIncidents);
    m_settings->setValue(NotificationsOff, p.notifications.allOff);
    m_settings->endGroup();
}

void ProfileStore::remove(const QString &name)
{
    m_settings->remove(groupOf(name));
    if (activeName() == name)
        m_settings->remove(ActiveProfile);
}

QString ProfileStore::activeName() const
{
    return m_settings->value(ActiveProfile).toString();
}

void ProfileStore::setActiveName(const QString &name)
{
    m_settings->setValue(ActiveProfile, name);
}

void ProfileStore::sync()
{
    m_settings->sync();
}
