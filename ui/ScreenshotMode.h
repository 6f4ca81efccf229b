#pragma once

#include <QObject>
#include <QString>

class CaseListView;
class CaseSession;
class QWidget;

// For headless demos and documentation: once the first poll has answered, waits for the cases
// (up to 5 s), opens the one with the longest thread, lets it render, saves `window` to `path`
// and quits the application (exit code 0 if the poll succeeded and the file was saved).
class ScreenshotMode : public QObject
{
    Q_OBJECT

public:
    ScreenshotMode(QWidget *window, CaseListView *cases, CaseSession *session, const QString &path);

private:
    void waitForCases(bool pollOk);
    void grabAndQuit(bool pollOk);

    QWidget *m_window;
    CaseListView *m_cases;
    QString m_path;
};
