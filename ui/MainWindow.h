#pragma once

#include "ui/CaseListView.h"
#include "ui/SearchField.h"
#include "ui/ThreadView.h"

#include <QMainWindow>

class CaseFilterBar;
class CaseSession;
class ConnectionStatusBar;
class CreateCaseDialog;
class NoticeCentre;
class ReplyDialog;
class SavedViewsMenu;
class ThreadPaneSwitch;
struct OutboxItem;
class QKeySequence;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolBar;

// The console's main window: the case list (CaseListView, under its CaseFilterBar) beside the
// open case's thread (ThreadView), a search box, and a status bar that always says whether the
// data is fresh (ConnectionStatusBar). The window lays them out and holds the actions and the
// dialogs; the views read the session's models.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(CaseSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // A name for the connection in the status bar, e.g. "Sandbox (127.0.0.1:40123)".
    void setConnectionLabel(const QString &label);
    // Why the console cannot connect (no profile, no secret, no keychain), shown in the window.
    void showConnectionProblem(const QString &message);
    // Saves the window to `path` once the first poll has answered, then quits the application
    // (exit code 0 if the poll succeeded): for headless demos and documentation (ScreenshotMode).
    void saveScreenshotAfterFirstPoll(const QString &path);
    CaseListView *caseView() const { return m_caseView; }
    ThreadView *threadView() const { return m_threadView; }
    SearchField *searchField() const { return m_search; }
    // The dialogs, once opened (for tests).
    CreateCaseDialog *createCaseDialog() const { return m_createDialog; }
    ReplyDialog *replyDialog() const { return m_replyDialog; }
    // The notification history and the P1 alarm banner.
    NoticeCentre *notices() const { return m_notices; }

    void newCase();
    void replyToOpenCase();
    void addCustomerReference();
    // Adds the Case Repository panel as a second tab beside the cases (Ctrl+2; Ctrl+1 goes
    // back).
    // Its business keys that are provider cases link to them (RepositoryPanel::caseLinkActivated
    // opens the case here, on the Cases tab).
    void setRepositoryPanel(QWidget *panel);
    // Shows the Cases tab and selects `caseId` there.
    void showCase(const QString &caseId);
    // Shows `page` (the first-run welcome) instead of the cases; the case actions are off.
    void showWelcome(QWidget *page);
    // Selects a case in the list (now, or as soon as it arrives).
    void selectCase(const QString &caseId);

signals:
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createCasesPage();
    QWidget *createThreadPane();
    void createActions();
    void createCaseActions(QMenu *caseMenu);
    void createReadingActions(QMenu *caseMenu);
    QAction *createWatchAction();
    void buildCreateDialog();
    void buildReplyDialog();
    void restoreLayout();
    void saveLayout() const;
    void onOutboxItem(const OutboxItem &item);
    void onTabChanged();
    void setUpFocusOrder();
    QAction *action(const QString &text, const QString &objectName, const QKeySequence &shortcut,
        const QString &icon = {});

    CaseSession *m_session;
    CaseListView *m_caseView;
    ThreadView *m_threadView;
    ThreadPaneSwitch *m_paneSwitch = nullptr; // the thread or the timeline
    CaseFilterBar *m_filterBar;
    SavedViewsMenu *m_savedViews = nullptr;
    ConnectionStatusBar *m_statusBar;
    SearchField *m_search;
    CreateCaseDialog *m_createDialog = nullptr;
    ReplyDialog *m_replyDialog = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QToolBar *m_toolBar = nullptr;
    QList<QAction *> m_caseActions;
    // The toolbar's case-only items (hidden on the Case Repository tab) and the actions that
    // work on the case list or the open case (disabled there).
    QList<QAction *> m_caseToolItems;
    QList<QAction *> m_caseTabActions;
    bool m_welcome = false;
    NoticeCentre *m_notices = nullptr;
};
