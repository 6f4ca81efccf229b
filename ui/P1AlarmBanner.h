#pragma once

#include <QFrame>

class P1Alarms;
class QLabel;
class QPushButton;

// The red banner at the top of the main window while a new P1 incident is not acknowledged: the
// oldest such incident (id, subject, service, since when) with "Open" and "Acknowledge", and how
// many more there are with "Acknowledge All". It follows P1Alarms: a poll never hides it, only
// acknowledging does.
class P1AlarmBanner : public QFrame
{
    Q_OBJECT

public:
    explicit P1AlarmBanner(P1Alarms *alarms, QWidget *parent = nullptr);

    // The incident the banner shows (the oldest unacknowledged); empty when none.
    QString shownCaseId() const;
    void acknowledgeShown();
    QPushButton *openButton() const { return m_open; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }

    // Shows the oldest alarm, or hides when there is none (P1Alarms::changed()).
    void refresh();

signals:
    void openRequested(const QString &caseId);

private:
    P1Alarms *m_alarms;
    QLabel *m_title;
    QLabel *m_more;
    QPushButton *m_open;
    QPushButton *m_acknowledge;
    QPushButton *m_acknowledgeAll;
};
