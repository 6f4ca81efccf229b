#pragma once

#include <QObject>

class CaseSession;
class NotificationHistoryPopup;
class P1AlarmBanner;
class QAction;
class QMainWindow;
class QMenu;
class QToolButton;
class QWidget;

// The main window's notices beyond the notifications: the notification history (a bell with the
// unread count in the status bar, a popup, View > Notification History) and the P1 alarm banner
// above the tabs (View > Acknowledge P1 Alarm, Ctrl+Shift+A). Sets the alarm's sound: the
// desktop's alarm sound where a player is installed, else the system beep.
class NoticeCentre : public QObject
{
    Q_OBJECT

public:
    NoticeCentre(CaseSession *session, QMainWindow *window);

    // `centre` with the alarm banner above it: the window's central widget.
    QWidget *withBanner(QWidget *centre);
    // The View menu's block: the history, and opening and acknowledging the alarmed incident.
    void addActions(QMenu *viewMenu);
    void showHistory();

    QToolButton *bell() const { return m_bell; }
    NotificationHistoryPopup *historyPopup() const { return m_popup; }
    P1AlarmBanner *banner() const { return m_banner; }

    // Plays the alarm once, without blocking.
    static void soundAlarm();

signals:
    // The engineer asked for this case (from the history or the banner).
    void caseRequested(const QString &caseId);

private:
    void updateBell();

    CaseSession *m_session;
    QMainWindow *m_window;
    QToolButton *m_bell;
    NotificationHistoryPopup *m_popup;
    P1AlarmBanner *m_banner;
};
