#include "ui/ScreenshotMode.h"

#include "session/CaseSession.h"
#include "ui/CaseListView.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QWidget>

#include <cstdio>

ScreenshotMode::ScreenshotMode(
    QWidget *window, CaseListView *cases, CaseSession *session, const QString &path)
    : QObject(window)
    , m_window(window)
    , m_cases(cases)
    , m_path(path)
{
    connect(
        session, &CaseSession::pollSucceeded, this, [this] { waitForCases(true); },
        Qt::SingleShotConnection);
    connect(
        session, &CaseSession::pollFailed, this, [this] { waitForCases(false); },
        Qt::SingleShotConnection);
}

void ScreenshotMode::waitForCases(bool pollOk)
{
    // The poll's cases reach the list through the store a moment later: wait for them (up to
    // 5 s), open the case with the longest thread, let it render, then grab.
    auto *waiting = new QTimer(this);
    waiting->setInterval(100);
    connect(waiting, &QTimer::timeout, this, [this, waiting, pollOk, tries = 0]() mutable {
        if (m_cases->model()->rowCount() == 0 && ++tries < 50)
            return;
        waiting->deleteLater();
        m_cases->selectLongestThread();
        QTimer::singleShot(800, this, [this, pollOk] { grabAndQuit(pollOk); });
    });
    waiting->start();
}

void ScreenshotMode::grabAndQuit(bool pollOk)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const bool saved = m_window->grab().save(m_path);
    const QString message = saved
        ? tr("Screenshot saved to %1").arg(QFileInfo(m_path).absoluteFilePath())
        : tr("Could not save %1").arg(m_path);
    std::fprintf(stderr, "%s\n", qPrintable(message));
    QApplication::exit(saved && pollOk ? 0 : 1);
}
