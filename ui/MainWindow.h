#pragma once

#include "api/ApiError.h"

#include <QMainWindow>

class CasePoller;
class CaseSession;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QTextBrowser;
class QTimer;

// The console's main window: the case list beside the open case's thread, a search box, and a
// status bar that always says whether the data is fresh.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(CaseSession *session, CasePoller *poller, QWidget *parent = nullptr);
    ~MainWindow() override;

    // A name for the connection in the status bar, e.g. "Sandbox (127.0.0.1:40123)".
    void setConnectionLabel(const QString &label);
    // Why the console cannot connect (no profile, no secret, no keychain), shown in the window.
    void showConnectionProblem(const QString &message);
    // Saves the window to `path` once the first poll has answered, then quits the application
    // (exit code 0 if the poll succeeded): for headless demos and documentation.
    void saveScreenshotAfterFirstPoll(const QString &path);
    QTableView *caseView() const { return m_caseView; }
    QTextBrowser *threadView() const { return m_threadView; }
    QLineEdit *searchField() const { return m_search; }

private:
    void createActions();
    void onCurrentRowChanged();
    void renderThread();
    void onPollStarted(bool full);
    void onPollSucceeded();
    void onPollFailed(const ApiError &error, const QDateTime &nextAttempt);
    void updateStatus();
    void selectNextUnread(int step);

    CaseSession *m_session;
    CasePoller *m_poller;
    QTableView *m_caseView;
    QTextBrowser *m_threadView;
    QLineEdit *m_search;
    QCheckBox *m_unreadOnly;
    QLabel *m_connectionLabel;
    QLabel *m_pollLabel;
    QLabel *m_countLabel;
    QProgressBar *m_progress;
    QTimer *m_statusTicker;
    QTimer *m_searchDelay;
    QString m_connectionName;
    QString m_lastError;
    bool m_offline = false;
    QString m_storeMessage;
};
