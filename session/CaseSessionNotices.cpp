#include "session/CaseSession.h"

// The notification history and the P1 alarm of CaseSession (session/CaseSession.h).

void CaseSession::setUpNotices()
{
    m_history = new NotificationHistory(this);
    m_alarms = new P1Alarms(this);
}

void CaseSession::setNotificationChoices(const NotificationChoices &choices)
{
    m_noticeChoices = choices;
    m_alarms->setSoundEnabled(choices.wantsUrgentIncidents() && choices.p1AlarmSound);
}

void CaseSession::keepNoticesIn(const QString &group)
{
    m_history->keepIn(group);
    m_alarms->keepIn(group);
}

void CaseSession::recordNotices(const QList<CaseNews> &items)
{
    const QDateTime now = QDateTime::currentDateTime();
    for (const CaseNews &item : items) {
        const bool wanted = item.kind == CaseNews::Kind::ProviderMessages
            ? m_noticeChoices.wantsProviderMessages()
            : item.kind == CaseNews::Kind::UrgentIncident
            ? m_noticeChoices.wantsUrgentIncidents()
            : m_noticeChoices.wantsProviderMessages() || m_noticeChoices.wantsUrgentIncidents();
        if (!wanted)
            continue;
        m_history->add(item, now);
        m_alarms->raise(item, now); // a new P1 incident alarms until acknowledged
    }
}
