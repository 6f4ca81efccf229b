#pragma once

#include "ui/CaseThreadRenderer.h"

#include <QList>
#include <QTextBrowser>
#include <QTextCursor>

class CaseSession;
class CommunicationThreadModel;
class QAction;
class ThreadFindBar;
struct OutboxItem;
class QMenu;

// The open case's thread, a view over the session's CommunicationThreadModel: the case's header,
// its messages, then what the engineer sent that the provider has not confirmed yet
// (CaseThreadRenderer renders each part). New messages (rowsInserted) are appended, changed ones
// (dataChanged) rendered again in place, and a change of the header or the outbox renders only
// that part: the reader keeps their place. Only another case (a model reset) renders it all.
// The outbox links in it (retry, back to the draft) are anchorClicked() (OutboxLinks).
// What is looked for is found in it: every hit of the search of all threads, or of the text in
// its find bar (Ctrl+F while it has the focus), is highlighted, F3 / Shift+F3 step through them;
// a case opens at its first hit, or at its first new message when there is no hit.
// Its context menu (a right-click, the Menu key, Shift+F10; ui/ThreadViewMenu.cpp) copies the
// message under the pointer with its sender and time, or the case's id, and holds the window's
// Reply; Copy and Select All when text is selected.
// Read oldest first or newest first, status updates in full or on one line each (View menu, kept
// in the settings; a click on a status update's arrow shows that one the other way). Newest
// first, a new message goes in at the top of the messages: a reader scrolled down keeps their
// place, one at the top sees it come.
class ThreadView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ThreadView(CaseSession *session, QWidget *parent = nullptr);

    // The case shown (the session's open case); empty when none.
    QString caseId() const { return m_caseId; }
    // The messages in the document.
    int shownRows() const { return m_rows; }
    // Actions for the window's menu: find in the thread, next and previous hit, jump to the
    // first new message, jump to the latest message; newest first and collapsed status updates
    // (checkable). Their shortcuts work in the whole window.
    QList<QAction *> navigationActions() const { return m_actions; }
    // The hits highlighted, in document order; the one shown.
    int hitCount() const { return int(m_hits.size()); }
    int currentHit() const { return m_currentHit; }

    // Shows the find bar with the focus in it.
    void openFindBar();
    // Shows the next / previous hit (around the ends).
    void findNext();
    void findPrevious();
    // Scrolls to the case's first new message in the order shown (newest first: the latest new
    // one, the others follow it), or to its latest message.
    bool showFirstNewMessage();
    void showLatestMessage();
    // The window's actions for the context menu (Reply), after its own.
    void setMenuActions(const QList<QAction *> &actions) { m_menuActions = actions; }
    // The message (the model's row) shown at `point` of the viewport; -1 where none is.
    int messageAt(const QPoint &point) const;

    bool isNewestFirst() const { return m_options.newestFirst; }
    void setNewestFirst(bool newestFirst);
    bool collapsesStatusUpdates() const { return m_options.collapseStatusUpdates; }
    // All status updates collapsed to one line or all in full.
    void setCollapseStatusUpdates(bool collapse);
    // Status update `row` (of the model) the other way than the rest.
    void toggleStatusUpdate(int row);
    bool isCollapsed(int row) const;

signals:
    // Everything was rendered anew (another case, or none).
    void rendered();
    // Messages `first` to `last` were added (at the end, or newest first at the top of the
    // messages) / rendered again in place.
    void rowsAppended(int first, int last);
    void rowsRerendered(int first, int last);
    // A link to another case was followed (the header's RFO links, by a click or its context
    // menu's entry): open that case.
    void caseLinkActivated(const QString &caseId);

protected:
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    // Tab leaves the thread: QTextBrowser would walk through every link first.
    bool focusNextPrevChild(bool next) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void onSearchFinished(const QString &text, int hits);
    // The text looked for: the find bar's while it is open, else the search's words.
    QStringList lookedFor() const;
    // Finds and highlights every hit again; `jump`: shows the first one.
    void updateHits(bool jump);
    void highlight();
    void showHit(int index);
    // Scrolls so that document position `position` is near the top of the view.
    void scrollToPosition(int position, bool nearTop);
    // Once a case's thread is there: shows its first hit or first new message.
    void jumpIfOpened();
    void closeFindBar();
    void placeFindBar();
    void renderAll();
    void appendRows(int first, int last);
    void rerenderRows(int first, int last);
    // The header and the items on their way, which change together (a reference on its way
    // shows in the header).
    void renderHeaderAndPending();
    void onOutboxItem(const OutboxItem &item);
    int modelRows() const;
    // Whether the open case takes no more replies.
    bool isClosed() const;
    void addOutboxActions(QMenu *menu, QAction *before);
    QString headerHtml() const;
    // The header's rows of links to linked cases (an RFO request and its incident).
    QList<CaseThreadRenderer::LinkRow> linkRows() const;
    // One "Open <id>" entry per linked case, for the keyboard (Tab does not walk the links).
    void addCaseLinkActions(QMenu *menu, QAction *before);
    QString repositoryLine(bool *problem) const;
    // Where a part begins in the document: the tables are the document's frames, in order
    // (the header's, then the messages' and the pending items', in the order shown).
    int frameStart(int frame) const;
    int rowFrame(int row) const;
    int rowStart(int row) const { return frameStart(rowFrame(row)); }
    int messagesStart() const;
    int pendingStart() const;
    int pendingEnd() const;
    // Replaces the document between two positions; what the reader sees stays where it is.
    void replace(int from, int to, const QString &html);
    void saveOptions() const;

    CaseSession *m_session;
    CommunicationThreadModel *m_model;
    QString m_caseId;
    int m_headerFrames = 0;
    int m_rows = 0;
    int m_pendingFrames = 0;

    ThreadFindBar *m_findBar;
    QList<QAction *> m_actions;
    QList<QAction *> m_menuActions;
    QAction *m_newestFirstAction = nullptr;
    QAction *m_collapseAction = nullptr;
    CaseThreadRenderer::ThreadOptions m_options;
    QStringList m_searchWords;
    QList<QTextCursor> m_hits;
    int m_currentHit = -1;
    // The case whose thread still has to be shown at its first hit or new message.
    QString m_jumpFor;
};
