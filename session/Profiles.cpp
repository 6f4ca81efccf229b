#include "session/Profiles.h"

#include "api/SandboxCredentials.h"
#include "store/ProfileStore.h"

Profiles::Profiles(ProfileStore *store)
    : m_store(store)
{ }

QStringList Profiles::names() const
{
    return m_store->names();
}

std::optional<Profile> Profiles::load(const QString &name) const
{
    return m_store->load(name);
}

void Profiles::save(const Profile &profile)
{
    m_store->save(profile);
}

void Profiles::remove(const QString &name)
{
    m_store->remove(name);
}

QString Profiles::activeName() const
{
    return m_store->activeName();
}

void Profiles::setActiveName(const QString &name)
{
    m_store->setActiveName(name);
}

void Profiles::sync()
{
    m_store->sync();
}

QString Profiles::demoSecretFor(const Profile &profile)
{
    return SandboxCredentials::demoSecretFor(profile.clientId, profile.effectiveTokenUrl());
}

QString Profiles::demoRepositoryPasswordFor(const RepositorySettings &settings)
{
    return SandboxCredentials::demoRepositoryPasswordFor(settings.user, settings.url);
}
