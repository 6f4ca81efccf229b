// ThreadView's context menu (a right-click, the Menu key, Shift+F10): copy the message under
// the pointer with its sender and time, copy the case's id, the window's actions (Reply), and
// the standard Copy / Select All when text is selected.

#include "models/CommunicationThreadModel.h"
#include "models/OutboxItem.h"
#include "session/CaseSession.h"
#include "ui/CaseClipboardText.h"
#include "ui/CaseThreadRenderer.h"
#include "ui/ThreadView.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QTextFrame>

int ThreadView::messageAt(const QPoint &point) const
{
    if (m_caseId.isEmpty() || m_model->caseId() != m_caseId)
        return -1;
    const int position = cursorForPosition(point).position();
    const QList<QTextFrame *> frames = document()->rootFrame()->childFrames();
    // rowFrame(): newest first, the rows are shown the other way round.
    for (int row = 0; row < m_rows && rowFrame(row) < frames.size(); ++row) {
        const QTextFrame *frame = frames.at(rowFrame(row));
        if (position >= frame->firstPosition() && position <= frame->lastPosition())
            return row;
    }
    return -1;
}

// What the thread's links do for what is on its way (Send again, Back to the draft), for the
// keyboard: Tab does not walk through the thread's links.
void ThreadView::addOutboxActions(QMenu *menu, QAction *before)
{
    for (const OutboxItem &item : m_session->outboxItemsFor(m_caseId)) {
        const QString what = item.kind == OutboxItem::Kind::ReplyToCase
            ? item.payload.value(QLatin1String("message")).toString()
            : item.payload.value(QLatin1String("customerReference")).toString();
        const QString shown = fontMetrics().elidedText(
            what.simplified(), Qt::ElideRight, fontMetrics().averageCharWidth() * 30);
        for (CaseThreadRenderer::Action kind :
            CaseThreadRenderer::pendingActions(item, isClosed())) {
            const bool retry = kind == CaseThreadRenderer::Action::Retry;
            auto *action = new QAction(
                (retry ? tr("Send &Again: “%1”") : tr("Back to the &Draft: “%1”")).arg(shown),
                menu);
            action->setObjectName(
                retry ? QStringLiteral("sendAgainAction") : QStringLiteral("backToDraftAction"));
            const QUrl url = CaseThreadRenderer::actionUrl(kind, item.key);
            connect(action, &QAction::triggered, this, [this, url] { emit anchorClicked(url); });
            menu->insertAction(before, action);
        }
    }
}

void ThreadView::addCaseLinkActions(QMenu *menu, QAction *before)
{
    for (const CaseThreadRenderer::LinkRow &row : linkRows()) {
        for (const QString &id : row.caseIds) {
            auto *open = new QAction(tr("&Open %1 (%2)").arg(id, row.label), menu);
            open->setObjectName(QStringLiteral("openLinkedCaseAction"));
            connect(open, &QAction::triggered, this, [this, id] { emit caseLinkActivated(id); });
            menu->insertAction(before, open);
        }
    }
}

void ThreadView::contextMenuEvent(QContextMenuEvent *event)
{
    // The Menu key and Shift+F10 open it at the text cursor; a right-click where it is.
    const bool byKey = event->reason() == QContextMenuEvent::Keyboard;
    const QPoint at = byKey ? cursorRect().center() : event->pos();
    const QPoint global = byKey ? viewport()->mapToGlobal(at) : event->globalPos();
    QMenu *menu = createStandardContextMenu(at);
    menu->setObjectName(QStringLiteral("threadMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // Copy and Select All for a selection (and a link's Copy Link Location), else only ours.
    const bool standard = textCursor().hasSelection() || !anchorAt(at).isEmpty();
    if (!standard)
        menu->clear();
    QAction *first = menu->actions().value(0);
    const auto insert = [menu, &first](QAction *action) { menu->insertAction(first, action); };
    if (const int row = messageAt(at); row >= 0) {
        auto *copyMessage = new QAction(tr("Copy &Message"), menu);
        copyMessage->setObjectName(QStringLiteral("copyMessageAction"));
        const QString text = CaseClipboardText::message(*m_model->at(row), m_model->words());
        connect(copyMessage, &QAction::triggered, this,
            [text] { QGuiApplication::clipboard()->setText(text); });
        insert(copyMessage);
    }
    if (!m_caseId.isEmpty()) {
        auto *copyId = new QAction(tr("Copy Case &Id"), menu);
        copyId->setObjectName(QStringLiteral("copyCaseIdAction"));
        connect(copyId, &QAction::triggered, this,
            [id = m_caseId] { QGuiApplication::clipboard()->setText(id); });
        insert(copyId);
        for (QAction *action : std::as_const(m_menuActions))
            insert(action);
        addOutboxActions(menu, first);
        addCaseLinkActions(menu, first);
    }
    if (first && menu->actions().constFirst() != first)
        menu->insertSeparator(first);
    if (menu->isEmpty()) {
        delete menu;
        return;
    }
    menu->popup(global);
}
