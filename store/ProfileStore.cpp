#include "store/ProfileStore.h"

#include "models/SettingsKeys.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace SettingsKeys;

namespace {
QString groupOf(const QString &name)
{
    return ProfilesGroup + u'/' + name;
}

// Maps are kept as one JSON object each, readable in the settings file.
QMap<QString, QString> mapFrom(const QVariant &value)
{
    QMap<QString, QString> map;
    const QJsonObject json = QJsonDocument::fromJson(value.toString().toUtf8()).object();
    for (auto it = json.begin(); it != json.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QString mapTo(const QMap<QString, QString> &map)
{
    QJsonObject json;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        json.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
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
    p.notifications.p1AlarmSound = m_settings->value(P1AlarmSound, false).toBool();
    p.defaultPriority = m_settings->value(DefaultPriority).toString();
    p.statePriorityInMessage = m_settings->value(StatePriorityInMessage, true).toBool();
    p.repository.url = m_settings->value(RepositoryUrl).toUrl();
    p.repository.user = m_settings->value(RepositoryUser).toString();
    p.repository.publish = m_settings->value(Publish, false).toBool();
    p.repository.source = m_settings->value(PublishSource).toString();
    p.repository.clientId = m_settings->value(PublishClientId).toString();
    p.repository.clientType = m_settings->value(PublishClientType).toString();
    p.repository.clientByService = mapFrom(m_settings->value(PublishClientByService));
    p.repository.statusMap = mapFrom(m_settings->value(PublishStatusMap));
    p.repository.caseTypeMap = mapFrom(m_settings->value(PublishCaseTypeMap));
    p.words.ourTypes = m_settings->value(OurMessageTypes).toStringList();
    p.words.closedStatuses = m_settings->value(ClosedStatuses).toStringList();
    if (const QVariant sla = m_settings->value(SettingsKeys::SlaPolicy); sla.isValid())
        p.sla = ::SlaPolicy::fromJson(QJsonDocument::fromJson(sla.toString().toUtf8()).object());
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
    m_settings->setValue(P1AlarmSound, p.notifications.p1AlarmSound);
    m_settings->setValue(DefaultPriority, p.defaultPriority);
    m_settings->setValue(StatePriorityInMessage, p.statePriorityInMessage);
    m_settings->setValue(RepositoryUrl, p.repository.url);
    m_settings->setValue(RepositoryUser, p.repository.user);
    m_settings->setValue(Publish, p.repository.publish);
    m_settings->setValue(PublishSource, p.repository.source);
    m_settings->setValue(PublishClientId, p.repository.clientId);
    m_settings->setValue(PublishClientType, p.repository.clientType);
    m_settings->setValue(PublishClientByService, mapTo(p.repository.clientByService));
    m_settings->setValue(PublishStatusMap, mapTo(p.repository.statusMap));
    m_settings->setValue(PublishCaseTypeMap, mapTo(p.repository.caseTypeMap));
    for (const auto &[key, words] : {std::pair {OurMessageTypes, p.words.ourTypes},
             std::pair {ClosedStatuses, p.words.closedStatuses}}) {
        if (words.isEmpty())
            m_settings->remove(key);
        else
            m_settings->setValue(key, words);
    }
    m_settings->setValue(SettingsKeys::SlaPolicy,
        QString::fromUtf8(QJsonDocument(p.sla.toJson()).toJson(QJsonDocument::Compact)));
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
