#pragma once

#include "models/ApiError.h"

#include <QMainWindow>

class CasePoller;
class CaseSession;
class CreateCaseDialog;
class ReplyDialog;
struct OutboxItem;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
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
    // The dialogs, once opened (for tests).
    CreateCaseDialog *createCaseDialog() const { return m_createDialog; }
    ReplyDialog *replyDialog() const { return m_replyDialog; }

    void newCase();
    void replyToOpenCase();
    void addCustomerReference();
    // Adds the Case Repository panel as a second tab beside the cases (Ctrl+2; Ctrl+1 goes
    // back).
    void setRepositoryPanel(QWidget *panel);
    // Shows `page` (the first-run welcome) instead of the cases; the case actions are off.
    void showWelcome(QWidget *page);
    // Selects a case in the list (now, or as soon as it arrives).
    void selectCase(const QString &caseId);

signals:
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createFilterBar();
    void fillServiceFilter();
    void fillStatusFilter();
    void applyFilters();
    void restoreLayout();
    void saveLayout() const;
    void onOutboxItem(const OutboxItem &item);
    void onThreadLink(const QUrl &url);
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
    QComboBox *m_statusFilter;
    QComboBox *m_typeFilter;
    QComboBox *m_priorityFilter;
    QComboBox *m_serviceFilter;
    CreateCaseDialog *m_createDialog = nullptr;
    ReplyDialog *m_replyDialog = nullptr;
    QString m_selectWhenSeen;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<QAction *> m_caseActions;
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
