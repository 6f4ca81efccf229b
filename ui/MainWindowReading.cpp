// MainWindow's Case menu entries for reading: watch a case, step through the unread ones, mark
// a case read or unread (ui/MainWindow.h).

#include "models/CaseDraft.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "models/CaseTypeMatrix.h"
#include "models/SettingsKeys.h"
#include "session/CaseSession.h"
#include "session/OutboxStates.h"
#include "ui/CaseColumnWidths.h"
#include "ui/CaseFilterBar.h"
#include "ui/CaseListMenu.h"
#include "ui/CaseListView.h"
#include "ui/ConnectionStatusBar.h"
#include "ui/CreateCaseDialog.h"
#include "ui/DossierActions.h"
#include "ui/MainWindow.h"
#include "ui/NoticeCentre.h"
#include "ui/OutboxLinks.h"
#include "ui/ReferenceDialog.h"
#include "ui/ReplyDialog.h"
#include "ui/RepositoryPanel.h"
#include "ui/SavedViewsMenu.h"
#include "ui/ScreenshotMode.h"
#include "ui/ThreadPaneSwitch.h"
#include "ui/ThreadView.h"
#include "ui/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

QAction *MainWindow::createWatchAction()
{
    QAction *watch = action(tr("&Watch"), QStringLiteral("watchAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    watch->setCheckable(true);
    watch->setToolTip(tr("Be notified of the provider's new messages on this case (Ctrl+Shift+W)"));
    connect(watch, &QAction::triggered, this,
        [this](bool on) { m_session->setWatched(m_session->openCaseId(), on); });
    // The list shows it by itself (CaseListModel::WatchedRole).
    const auto updateWatch
        = [this, watch] { watch->setChecked(m_session->isWatched(m_session->openCaseId())); };
    connect(m_session, &CaseSession::watchChanged, this, updateWatch);
    connect(m_session, &CaseSession::threadChanged, this, updateWatch);
    return watch;
}

void MainWindow::createReadingActions(QMenu *caseMenu)
{
    QAction *nextUnread = action(tr("&Next Unread"), {}, QKeySequence(Qt::Key_Period));
    QAction *previousUnread = action(tr("&Previous Unread"), {}, QKeySequence(Qt::Key_Comma));
    // Plain copies for the lambdas: clang 14 (the fuzz build) cannot capture structured bindings.
    for (const auto &[unread, by] : {std::pair {nextUnread, 1}, std::pair {previousUnread, -1}}) {
        const int step = by;
        connect(unread, &QAction::triggered, this, [this, step] {
            if (!m_caseView->selectNextUnread(step))
                statusBar()->showMessage(tr("No unread cases."), 3000);
        });
    }
    QAction *markUnread = action(tr("Mark as &Unread"), QStringLiteral("markUnreadAction"),
        QKeySequence(Qt::CTRL | Qt::Key_U));
    QAction *markRead = action(tr("Mark as R&ead"), QStringLiteral("markReadAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    for (const auto &[mark, toRead] : {std::pair {markUnread, false}, std::pair {markRead, true}}) {
        const bool read = toRead;
        connect(mark, &QAction::triggered, this, [this, read] {
            if (!m_session->openCaseId().isEmpty())
                m_session->setRead(m_session->openCaseId(), read);
        });
    }
    caseMenu->addSeparator();
    caseMenu->addAction(nextUnread);
    caseMenu->addAction(previousUnread);
    caseMenu->addSeparator();
    caseMenu->addAction(markRead);
    caseMenu->addAction(markUnread);
    for (QAction *action : {nextUnread, previousUnread, markRead, markUnread})
        addAction(action);
    m_caseActions << nextUnread << previousUnread << markRead << markUnread;
    m_caseTabActions << nextUnread << previousUnread << markRead << markUnread;
}
