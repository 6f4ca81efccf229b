#pragma once

#include <QList>
#include <QMenu>
#include <QObject>
#include <QPointer>

class CaseListView;
class CaseSession;
class QAction;
class QMainWindow;
class QPoint;
class QWidget;

// The case list's context menu: a right-click on a row, the Menu key or Shift+F10 on the
// current row (CaseListView::caseMenuRequested, which makes the row under the pointer current,
// and so opens its case, first). It holds the window's own actions (Reply, Set reference, Watch,
// Mark read, Mark unread: their shortcuts, their enabled state; they act on the open case) and
// its own: Open (the thread takes the focus), Copy case id (Ctrl+C in the list) and Copy summary
// (Ctrl+Shift+C in the list: CaseClipboardText::summary, with the last message's sender once the
// case's thread is loaded).
class CaseListMenu : public QObject
{
    Q_OBJECT

public:
    // `window` holds the actions named replyAction, referenceAction, watchAction, markReadAction
    // and markUnreadAction; `thread` takes the focus on Open.
    CaseListMenu(CaseSession *session, CaseListView *view, QWidget *thread, QMainWindow *window);

    // The menu open now, if any (for tests).
    QMenu *menu() const { return m_menu; }

    // Copies the open case's id / summary to the clipboard.
    void copyCaseId();
    void copySummary();

private:
    void popup(const QPoint &globalPos);
    void copy(const QString &text, const QString &what);
    void copySummaryWhenLoaded(const QString &caseId);

    CaseSession *m_session;
    CaseListView *m_view;
    QWidget *m_thread;
    QMainWindow *m_window;
    QList<QAction *> m_windowActions;
    QAction *m_open;
    QAction *m_copyId;
    QAction *m_copySummary;
    QPointer<QMenu> m_menu;
    // The copy of a summary waiting for its case's thread.
    QPointer<QObject> m_waiting;
};
