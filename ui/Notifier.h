#pragma once

#include "session/CaseSession.h"

#include <QDateTime>
#include <QIcon>
#include <QObject>
#include <QTimer>

class QSystemTrayIcon;

// Tells the engineer about new provider messages on watched cases and about new or changed
// P1/P2 incidents: a tray icon with desktop notifications where the desktop has a tray, always
// the notified() signal (the window's status bar shows it). At most one notification every
// `minimumGap`; what arrives meanwhile is gathered into one. Clicking it opens the case.
class Notifier : public QObject
{
    Q_OBJECT

public:
    Notifier(CaseSession *session, const QIcon &icon, QObject *parent = nullptr);
    ~Notifier() override;

    void setChoices(bool providerMessages, bool urgentIncidents);
    bool wantsProviderMessages() const { return m_providerMessages; }
    bool wantsUrgentIncidents() const { return m_urgentIncidents; }
    void setMinimumGap(int milliseconds) { m_gap.setInterval(milliseconds); }

signals:
    // A notification as shown; `caseId` is empty when it gathers several cases.
    void notified(const QString &title, const QString &text, const QString &caseId);
    // The engineer clicked a notification (or the tray icon): show this case (may be empty).
    void activated(const QString &caseId);

private:
    void onNews(const QList<CaseNews> &items);
    void flush();

    QSystemTrayIcon *m_tray = nullptr;
    QTimer m_gap;
    QList<CaseNews> m_waiting;
    QString m_lastCaseId;
    bool m_providerMessages = true;
    bool m_urgentIncidents = true;
};
