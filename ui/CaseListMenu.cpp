#include "ui/CaseListMenu.h"

#include "models/CaseListModel.h"
#include "models/CommunicationThreadModel.h"
#include "session/CaseSession.h"
#include "ui/CaseClipboardText.h"
#include "ui/CaseListView.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>

namespace {

// How long a summary waits for its case's thread (the last message's sender) before it is
// copied without it.
constexpr int ThreadWaitMs = 3000;

const Communication *lastMessage(const CommunicationThreadModel &thread)
{
    // The last message written, not a status update; a thread of status updates only: its last.
    for (int row = thread.rowCount() - 1; row >= 0; --row) {
        if (!thread.words().isStatusUpdate(thread.at(row)->type))
            return thread.at(row);
    }
    return thread.rowCount() > 0 ? thread.at(thread.rowCount() - 1) : nullptr;
}

} // namespace

CaseListMenu::CaseListMenu(
    CaseSession *session, CaseListView *view, QWidget *thread, QMainWindow *window)
    : QObject(view)
    , m_session(session)
    , m_view(view)
    , m_thread(thread)
    , m_window(window)
    , m_open(new QAction(tr("&Open"), view))
    , m_copyId(new QAction(tr("Copy Case &Id"), view))
    , m_copySummary(new QAction(tr("Copy &Summary"), view))
{
    for (const char *name : {"replyAction", "referenceAction", "rfoAction", "watchAction",
             "markReadAction", "markUnreadAction"}) {
        if (auto *action = window->findChild<QAction *>(QLatin1String(name)))
            m_windowActions << action;
    }
    m_open->setObjectName(QStringLiteral("openCaseAction"));
    m_copyId->setObjectName(QStringLiteral("copyCaseIdAction"));
    m_copySummary->setObjectName(QStringLiteral("copyCaseSummaryAction"));
    // The copies work by key in the list too (the thread keeps Ctrl+C for its selection).
    m_copyId->setShortcut(QKeySequence::Copy);
    m_copySummary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    for (QAction *action : {m_copyId, m_copySummary}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view->addAction(action);
    }
    connect(m_open, &QAction::triggered, this, [this] {
        if (!m_session->openCaseId().isEmpty())
            m_thread->setFocus(Qt::OtherFocusReason);
    });
    connect(m_copyId, &QAction::triggered, this, &CaseListMenu::copyCaseId);
    connect(m_copySummary, &QAction::triggered, this, &CaseListMenu::copySummary);
    connect(view, &CaseListView::caseMenuRequested, this, &CaseListMenu::popup);
}

void CaseListMenu::popup(const QPoint &globalPos)
{
    if (m_menu)
        m_menu->close();
    const QString caseId = m_session->openCaseId();
    if (caseId.isEmpty())
        return;
    // The window's Watch follows the open case once its thread is loaded: this one now.
    for (QAction *action : std::as_const(m_windowActions)) {
        if (action->objectName() == QLatin1String("watchAction"))
            action->setChecked(m_session->isWatched(caseId));
    }
    m_menu = new QMenu(m_view);
    m_menu->setObjectName(QStringLiteral("caseListMenu"));
    m_menu->setAttribute(Qt::WA_DeleteOnClose);
    m_menu->addAction(m_open);
    m_menu->addSeparator();
    // A read case is not offered Mark as Read. An unread one is offered both: opening it from
    // the menu reads it as its thread loads, and Mark as Unread keeps it unread.
    const bool read = !m_view->currentIndex().data(CaseListModel::UnreadRole).toBool();
    for (QAction *action : std::as_const(m_windowActions)) {
        if (read && action->objectName() == QLatin1String("markReadAction"))
            continue;
        m_menu->addAction(action);
        if (action->objectName() == QLatin1String("watchAction"))
            m_menu->addSeparator();
    }
    m_menu->addSeparator();
    m_menu->addAction(m_copyId);
    m_menu->addAction(m_copySummary);
    m_menu->popup(globalPos);
}

void CaseListMenu::copy(const QString &text, const QString &what)
{
    QGuiApplication::clipboard()->setText(text);
    if (auto *bar = m_window->statusBar())
        bar->showMessage(what, 4000);
}

void CaseListMenu::copyCaseId()
{
    const QString caseId = m_session->openCaseId();
    if (!caseId.isEmpty())
        copy(caseId, tr("Copied %1.").arg(caseId));
}

void CaseListMenu::copySummary()
{
    const QString caseId = m_session->openCaseId();
    if (caseId.isEmpty() || !m_session->openCaseSummary())
        return;
    if (m_session->thread()->caseId() == caseId) {
        copy(CaseClipboardText::summary(*m_session->openCaseSummary(),
                 lastMessage(*m_session->thread()), m_session->words()),
            tr("Copied the summary of %1.").arg(caseId));
        return;
    }
    copySummaryWhenLoaded(caseId);
}

void CaseListMenu::copySummaryWhenLoaded(const QString &caseId)
{
    // The thread is on its way from the store (the case was opened a moment ago).
    if (m_waiting)
        m_waiting->deleteLater();
    QObject *waiting = new QObject(this);
    m_waiting = waiting;
    const auto done = [this, caseId, waiting](bool loaded) {
        if (m_waiting != waiting)
            return; // copied already, or a newer copy waits
        m_waiting = nullptr;
        waiting->deleteLater();
        const CaseSummary *c = m_session->openCaseSummary();
        if (m_session->openCaseId() != caseId || !c)
            return; // another case was opened meanwhile
        copy(CaseClipboardText::summary(
                 *c, loaded ? lastMessage(*m_session->thread()) : nullptr, m_session->words()),
            tr("Copied the summary of %1.").arg(caseId));
    };
    connect(m_session, &CaseSession::threadChanged, waiting, [this, caseId, done] {
        if (m_session->thread()->caseId() == caseId || m_session->openCaseId() != caseId)
            done(true);
    });
    QTimer::singleShot(ThreadWaitMs, waiting, [done] { done(false); });
}
