#pragma once

#include <QStatusBar>

class ApiError;
class CaseSession;
class ElidedLabel;
class QLabel;
class QProgressBar;
class QTimer;

// The main window's status bar: whether the data is fresh (connected, offline, when updated,
// the next poll counting down), what is not sent yet, how many cases are shown, and what the
// local store or a search has to say. Notices (showMessage(), from anyone) have a place of their
// own beside the connection state, which they never cover.
class ConnectionStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit ConnectionStatusBar(CaseSession *session, QWidget *parent = nullptr);

    // A name for the connection, e.g. "Sandbox (127.0.0.1:40123)".
    void setConnectionName(const QString &name);
    // Why the console cannot connect; empty when it can again.
    void setProblem(const QString &message);
    // No connection is set up (the welcome page): nothing counts down.
    void showNotConnected();
    void updateStatus();

private:
    void onPollFailed(const ApiError &error);
    void onSearchFinished(const QString &text, int hits, bool shortened, bool more);
    QString pollText() const;

    CaseSession *m_session;
    QLabel *m_connectionLabel;
    ElidedLabel *m_pollLabel;
    QLabel *m_countLabel;
    ElidedLabel *m_noticeLabel;
    QProgressBar *m_progress;
    QLabel *m_indexingLabel; // a first sync's progress into the store
    QTimer *m_ticker;
    QString m_connectionName;
    QString m_lastError;
    bool m_offline = false;
    QString m_storeMessage;
};
