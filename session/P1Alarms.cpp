#include "session/P1Alarms.h"

#include "models/CaseLabels.h"
#include "models/SettingsKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace {

constexpr qsizetype AcknowledgedKept = 500;

} // namespace

P1Alarms::P1Alarms(QObject *parent)
    : QObject(parent)
{
    m_repeat.setInterval(30'000);
    connect(&m_repeat, &QTimer::timeout, this, &P1Alarms::sound);
}

bool P1Alarms::raise(const CaseNews &news, const QDateTime &when)
{
    // A new P1 incident, or one raised to P1 from a lower priority.
    const bool escalated
        = !news.previousPriority.isEmpty() && CaseLabels::priorityRank(news.previousPriority) != 1;
    if (news.kind != CaseNews::Kind::UrgentIncident || !(news.newIncident || escalated)
        || CaseLabels::priorityRank(news.priority) != 1 || news.caseId.isEmpty()
        || isAcknowledged(news.caseId))
        return false;
    for (const Alarm &alarm : std::as_const(m_alarms)) {
        if (alarm.caseId == news.caseId)
            return false;
    }
    m_alarms.append({news.caseId, news.title, news.text, when, news.incidentStart});
    save();
    emit changed();
    updateSound(true);
    return true;
}

void P1Alarms::acknowledge(const QString &caseId)
{
    const auto removed
        = m_alarms.removeIf([&](const Alarm &alarm) { return alarm.caseId == caseId; });
    if (removed == 0)
        return;
    m_acknowledged.removeAll(caseId);
    m_acknowledged.append(caseId);
    if (m_acknowledged.size() > AcknowledgedKept)
        m_acknowledged.remove(0, m_acknowledged.size() - AcknowledgedKept);
    save();
    emit changed();
    updateSound(false);
}

void P1Alarms::acknowledgeAll()
{
    const QList<Alarm> alarms = m_alarms;
    for (const Alarm &alarm : alarms)
        acknowledge(alarm.caseId);
}

void P1Alarms::setSoundEnabled(bool enabled)
{
    if (m_soundEnabled == enabled)
        return;
    m_soundEnabled = enabled;
    updateSound(true);
}

void P1Alarms::updateSound(bool soundNow)
{
    if (!m_soundEnabled || m_alarms.isEmpty()) {
        m_repeat.stop();
        return;
    }
    if (soundNow) {
        sound();
        m_repeat.start(); // the next one a whole interval later
    } else if (!m_repeat.isActive()) {
        m_repeat.start();
    }
}

void P1Alarms::sound()
{
    if (m_sound)
        m_sound();
}

void P1Alarms::keepIn(const QString &group)
{
    m_group = group;
    QSettings settings;
    settings.beginGroup(group);
    const QJsonArray stored
        = QJsonDocument::fromJson(settings.value(SettingsKeys::RaisedP1Alarms).toByteArray())
              .array();
    for (const QString &id : settings.value(SettingsKeys::AcknowledgedP1).toStringList()) {
        if (!m_acknowledged.contains(id))
            m_acknowledged.append(id);
    }
    bool restored = false;
    for (const QJsonValue &value : stored) {
        const QJsonObject json = value.toObject();
        const QString caseId = json.value(QLatin1String("caseId")).toString();
        if (caseId.isEmpty() || isAcknowledged(caseId))
            continue;
        const auto time = [&](const char *key) {
            return QDateTime::fromString(
                json.value(QLatin1String(key)).toString(), Qt::ISODateWithMs)
                .toLocalTime();
        };
        m_alarms.append({caseId, json.value(QLatin1String("title")).toString(),
            json.value(QLatin1String("text")).toString(), time("raised"), time("began")});
        restored = true;
    }
    if (restored) {
        emit changed();
        updateSound(true);
    }
}

void P1Alarms::save() const
{
    if (m_group.isEmpty())
        return;
    QJsonArray alarms;
    for (const Alarm &alarm : m_alarms) {
        alarms.append(QJsonObject {{QStringLiteral("caseId"), alarm.caseId},
            {QStringLiteral("title"), alarm.title}, {QStringLiteral("text"), alarm.text},
            {QStringLiteral("raised"), alarm.raised.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("began"),
                alarm.began.isValid() ? alarm.began.toUTC().toString(Qt::ISODateWithMs)
                                      : QString()}});
    }
    QSettings settings;
    settings.beginGroup(m_group);
    settings.setValue(
        SettingsKeys::RaisedP1Alarms, QJsonDocument(alarms).toJson(QJsonDocument::Compact));
    settings.setValue(SettingsKeys::AcknowledgedP1, m_acknowledged);
}
