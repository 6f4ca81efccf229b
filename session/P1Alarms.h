#pragma once

#include "session/NewsDetector.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

// The alarm for new P1 incidents: raised for each new P1 incident a poll brings (the rule of the
// "New P1 incident" notice, so not for a case the engineer created) and for each incident raised
// to P1 from a lower priority, it stays until the engineer
// acknowledges it. With the sound on, soundHook() is called at once and again every
// repeatInterval() while any alarm is unacknowledged. A case alarms once: acknowledged case ids
// are remembered (the last 500). With keepIn() both lists live in the settings, so a restart
// alarms again for what was not acknowledged, and never for what was.
class P1Alarms : public QObject
{
    Q_OBJECT

public:
    struct Alarm
    {
        QString caseId;
        QString title; // "New P1 incident CS-1: Service down"
        QString text; // the service and the status
        QDateTime raised;
        QDateTime began; // the start of incident (invalid when not known)
    };
    using SoundHook = std::function<void()>;

    explicit P1Alarms(QObject *parent = nullptr);

    // Raises an alarm for a new P1 incident or one escalated to P1; false (nothing raised) for
    // any other news, for a case already alarming and for one acknowledged before.
    bool raise(const CaseNews &news, const QDateTime &when = QDateTime::currentDateTime());
    void acknowledge(const QString &caseId);
    void acknowledgeAll();
    // The unacknowledged alarms, oldest first.
    const QList<Alarm> &alarms() const { return m_alarms; }
    bool isAcknowledged(const QString &caseId) const { return m_acknowledged.contains(caseId); }

    bool isSoundEnabled() const { return m_soundEnabled; }
    void setSoundEnabled(bool enabled);
    // What sounds the alarm (the window sets one that plays a sound; tests count).
    void setSoundHook(SoundHook hook) { m_sound = std::move(hook); }
    int repeatInterval() const { return m_repeat.interval(); }
    void setRepeatInterval(int milliseconds) { m_repeat.setInterval(milliseconds); }

    // Restores what the settings hold under `group` (one per profile) and saves every change
    // there from now on.
    void keepIn(const QString &group);

signals:
    // An alarm was raised or acknowledged.
    void changed();

private:
    void updateSound(bool soundNow);
    void sound();
    void save() const;

    QList<Alarm> m_alarms;
    QStringList m_acknowledged; // oldest first
    QTimer m_repeat;
    SoundHook m_sound;
    bool m_soundEnabled = false;
    QString m_group;
};
