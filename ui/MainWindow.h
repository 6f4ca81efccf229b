#pragma once

#include "api/ApiError.h"

#include <QMainWindow>

class CaseListModel;
class CasePoller;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QTimer;

// The console's main window: the case list beside the selected case's thread, and a status bar
// that always says whether the data is fresh.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(CaseListModel *cases, CasePoller *poller, QWidget *parent = nullptr);
    ~MainWindow() override;

    // A name for the connection in the status bar, e.g. "Sandbox (127.0.0.1:40123)".
    void setConnectionLabel(const QString &label);
    QTableView *caseView() const { return m_caseView; }
    QTextBrowser *threadView() const { return m_threadView; }

private:
    void createActions();
    void showSelectedCase();
    void onPollStarted(bool full);
    void onPollSucceeded();
    void onPollFailed(const ApiError &error, const QDateTime &nextAttempt);
    void updateStatus();

    CaseListModel *m_cases;
    CasePoller *m_poller;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_caseView;
    QTextBrowser *m_threadView;
    QLabel *m_connectionLabel;
    QLabel *m_pollLabel;
    QLabel *m_countLabel;
    QProgressBar *m_progress;
    QTimer *m_statusTicker;
    QString m_connectionName;
    QString m_lastError;
    QString m_shownCaseId;
};
