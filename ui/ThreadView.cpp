#include "ui/ThreadView.h"

#include "models/CommunicationThreadModel.h"
#include "models/RepositoryEntry.h"
#include "models/SettingsKeys.h"
#include "models/SlaLabels.h"
#include "session/CaseSession.h"
#include "session/OutboxStates.h"
#include "ui/CaseThreadRenderer.h"
#include "ui/ThreadFindBar.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTimer>

#include <algorithm>
#include <functional>

ThreadView::ThreadView(CaseSession *session, QWidget *parent)
    : QTextBrowser(parent)
    , m_session(session)
    , m_model(session->thread())
    , m_findBar(new ThreadFindBar(this))
{
    setObjectName(QStringLiteral("threadView"));
    setAccessibleName(tr("Case thread"));
    setOpenLinks(false);
    // Tab leaves the thread (list -> thread -> filters: focusNextPrevChild) instead of walking
    // through every status update's arrow; Return toggles the status update at the text cursor.
    setTabChangesFocus(true);
    setPlaceholderText(tr("Select a case to read its thread."));
    const QSettings settings;
    m_options.newestFirst = settings.value(SettingsKeys::ThreadNewestFirst, false).toBool();
    m_options.collapseStatusUpdates
        = settings.value(SettingsKeys::CollapseStatusUpdates, false).toBool();
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const int row = CaseThreadRenderer::parseToggleUrl(url); row >= 0)
            toggleStatusUpdate(row);
        else if (const QString id = CaseThreadRenderer::parseCaseUrl(url); !id.isEmpty())
            emit caseLinkActivated(id);
    });
    // A request confirmed: the header links to the other case.
    connect(m_session->caseLinks(), &CaseLinks::changed, this, [this](const QString &caseId) {
        if (caseId == m_caseId)
            renderHeaderAndPending();
    });

    connect(m_model, &QAbstractItemModel::modelReset, this, &ThreadView::renderAll);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ThreadView::renderAll);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ThreadView::renderAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { appendRows(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) {
            rerenderRows(from.row(), to.row());
        });
    // The header: the case's summary changed, its Case Repository entry, the words it is read in.
    connect(m_session, &CaseSession::threadChanged, this, &ThreadView::renderHeaderAndPending);
    connect(m_session, &CaseSession::wordsChanged, this, &ThreadView::renderHeaderAndPending);
    // The clocks move with time: the header follows the open case's report.
    connect(
        m_session->clocks(), &SlaClocks::reportsChanged, this, [this](const SlaUpdates &changed) {
            if (changed.contains(m_caseId))
                renderHeaderAndPending();
        });
    connect(m_session, &CaseSession::publishStateChanged, this, [this](const QString &caseId) {
        if (caseId == m_caseId)
            renderHeaderAndPending();
    });
    connect(m_session, &CaseSession::outboxItemChanged, this, &ThreadView::onOutboxItem);
    connect(m_session, &CaseSession::outboxItemRemoved, this, &ThreadView::renderHeaderAndPending);
    connect(m_session, &CaseSession::searchFinished, this,
        [this](const QString &text, int hits) { onSearchFinished(text, hits); });

    m_findBar->hide();
    connect(m_findBar, &ThreadFindBar::textChanged, this, [this] { updateHits(true); });
    connect(m_findBar, &ThreadFindBar::next, this, &ThreadView::findNext);
    connect(m_findBar, &ThreadFindBar::previous, this, &ThreadView::findPrevious);
    connect(m_findBar, &ThreadFindBar::closed, this, &ThreadView::closeFindBar);
    createActions();
    renderAll();
}

void ThreadView::createActions()
{
    const auto add = [this](const QString &text, const char *name, const QList<QKeySequence> &keys,
                         const std::function<void()> &slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions.append(action);
    };
    add(tr("Find in &Thread…"), "findInThreadAction",
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}, [this] { openFindBar(); });
    add(tr("Next &Match"), "nextMatchAction",
        {QKeySequence(Qt::Key_F3), QKeySequence(Qt::CTRL | Qt::Key_G)}, [this] { findNext(); });
    add(tr("Pre&vious Match"), "previousMatchAction",
        {QKeySequence(Qt::SHIFT | Qt::Key_F3), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
        [this] { findPrevious(); });
    add(tr("First &New Message"), "firstNewMessageAction",
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}, [this] { showFirstNewMessage(); });
    add(tr("&Latest Message"), "latestMessageAction",
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}, [this] { showLatestMessage(); });
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_actions.append(separator);
    add(tr("Ne&west First in Thread"), "newestFirstAction", {},
        [this] { setNewestFirst(m_newestFirstAction->isChecked()); });
    m_newestFirstAction = m_actions.constLast();
    add(tr("Collaps&e Status Updates"), "collapseStatusUpdatesAction", {},
        [this] { setCollapseStatusUpdates(m_collapseAction->isChecked()); });
    m_collapseAction = m_actions.constLast();
    for (QAction *action : {m_newestFirstAction, m_collapseAction})
        action->setCheckable(true);
    m_newestFirstAction->setChecked(m_options.newestFirst);
    m_collapseAction->setChecked(m_options.collapseStatusUpdates);
}

void ThreadView::saveOptions() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::ThreadNewestFirst, m_options.newestFirst);
    settings.setValue(SettingsKeys::CollapseStatusUpdates, m_options.collapseStatusUpdates);
}

void ThreadView::setNewestFirst(bool newestFirst)
{
    m_newestFirstAction->setChecked(newestFirst);
    if (newestFirst == m_options.newestFirst)
        return;
    m_options.newestFirst = newestFirst;
    saveOptions();
    renderAll();
}

void ThreadView::setCollapseStatusUpdates(bool collapse)
{
    m_collapseAction->setChecked(collapse);
    if (collapse == m_options.collapseStatusUpdates)
        return;
    m_options.collapseStatusUpdates = collapse;
    m_options.toggled.clear();
    saveOptions();
    // Every status update changes: the thread is rendered anew, at the same scroll position.
    const int scroll = verticalScrollBar()->value();
    renderAll();
    document()->documentLayout()->documentSize();
    verticalScrollBar()->setValue(scroll);
}

void ThreadView::toggleStatusUpdate(int row)
{
    if (row >= m_rows || !m_model->words().isStatusUpdate(m_model->at(row)->type))
        return;
    const QString key = m_model->at(row)->identityKey();
    if (!m_options.toggled.remove(key))
        m_options.toggled.insert(key);
    rerenderRows(row, row);
}

bool ThreadView::isCollapsed(int row) const
{
    const Communication *m = row < m_rows ? m_model->at(row) : nullptr;
    return m && m_options.isCollapsed(*m, m_model->words().isStatusUpdate(m->type));
}

bool ThreadView::event(QEvent *event)
{
    // Ctrl+F with the focus in the thread finds in the thread, not in all threads (the window's
    // Find): the thread takes the key before the window's shortcut does.
    if (event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Find)) {
        event->accept();
        return true;
    }
    const bool result = QTextBrowser::event(event);
    // Another theme: its colours are in the HTML (CaseThreadRenderer), rendered again in place.
    if (event->type() == QEvent::PaletteChange && !m_caseId.isEmpty()) {
        const int at = verticalScrollBar()->value();
        renderAll();
        verticalScrollBar()->setValue(at);
    }
    return result;
}

void ThreadView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Find)) {
        openFindBar();
        return;
    }
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, QPoint(), mapToGlobal(QPoint()));
        contextMenuEvent(&menu);
        return;
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier && !textCursor().charFormat().isAnchor()) {
        const int row = messageAt(cursorRect().center());
        if (row >= 0 && m_model->words().isStatusUpdate(m_model->at(row)->type)) {
            toggleStatusUpdate(row);
            return;
        }
    }
    QTextBrowser::keyPressEvent(event);
}

bool ThreadView::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next);
}

void ThreadView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    placeFindBar();
}

void ThreadView::placeFindBar()
{
    const int height = m_findBar->isHidden() ? 0 : m_findBar->sizeHint().height();
    setViewportMargins(0, 0, 0, height);
    const QRect area = viewport()->geometry();
    m_findBar->setGeometry(area.left(), area.bottom() + 1, area.width(), height);
}

void ThreadView::openFindBar()
{
    m_findBar->open();
    placeFindBar();
    updateHits(true);
}

void ThreadView::closeFindBar()
{
    m_findBar->hide();
    placeFindBar();
    setFocus(Qt::OtherFocusReason);
    updateHits(false);
}

void ThreadView::onSearchFinished(const QString &text, int hits)
{
    m_searchWords = hits < 0
        ? QStringList()
        : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)
              .mid(0, CaseSession::maxSearchWords());
    updateHits(!m_caseId.isEmpty());
}

QStringList ThreadView::lookedFor() const
{
    const QString found = m_findBar->isHidden() ? QString() : m_findBar->text().trimmed();
    return found.isEmpty() ? m_searchWords : QStringList {found};
}

void ThreadView::updateHits(bool jump)
{
    m_hits.clear();
    const QString plain = document()->toPlainText(); // one character per document position
    QList<std::pair<int, int>> found;
    for (const QString &text : lookedFor()) {
        // Words are found by their beginning, as the search finds them.
        const QString start = text.front().isLetterOrNumber() ? QStringLiteral("\\b") : QString();
        const QRegularExpression re(start + QRegularExpression::escape(text),
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = re.globalMatch(plain); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            found.append({int(match.capturedStart()), int(match.capturedLength())});
        }
    }
    std::sort(found.begin(), found.end());
    for (const auto &[start, length] : std::as_const(found)) {
        QTextCursor hit(document());
        hit.setPosition(start);
        hit.setPosition(start + length, QTextCursor::KeepAnchor);
        m_hits.append(hit);
    }
    if (jump && !m_hits.isEmpty())
        return showHit(0);
    m_currentHit = m_hits.isEmpty() ? -1 : qBound(0, m_currentHit, int(m_hits.size()) - 1);
    highlight();
}

void ThreadView::highlight()
{
    QList<ExtraSelection> selections;
    for (int i = 0; i < m_hits.size(); ++i) {
        ExtraSelection selection;
        selection.cursor = m_hits.at(i);
        // Marker colours, readable in a light and a dark theme alike.
        selection.format.setBackground(
            i == m_currentHit ? QColor(0xff, 0x98, 0x00) : QColor(0xff, 0xeb, 0x3b));
        selection.format.setForeground(Qt::black);
        selections.append(selection);
    }
    setExtraSelections(selections);
    m_findBar->setCount(m_currentHit, int(m_hits.size()));
}

void ThreadView::showHit(int index)
{
    m_currentHit = index;
    highlight();
    setTextCursor(m_hits.at(index));
    scrollToPosition(m_hits.at(index).selectionStart(), false);
}

void ThreadView::findNext()
{
    if (!m_hits.isEmpty())
        showHit((m_currentHit + 1) % int(m_hits.size()));
}

void ThreadView::findPrevious()
{
    if (!m_hits.isEmpty())
        showHit((qMax(m_currentHit, 0) + int(m_hits.size()) - 1) % int(m_hits.size()));
}

void ThreadView::scrollToPosition(int position, bool nearTop)
{
    document()->documentLayout()->documentSize(); // laid out to the end: the range is known
    QTextCursor cursor(document());
    cursor.setPosition(position);
    const QRect rect = cursorRect(cursor);
    const int offset = nearTop ? rect.top() - fontMetrics().height()
                               : rect.center().y() - viewport()->height() / 3;
    verticalScrollBar()->setValue(verticalScrollBar()->value() + offset);
}

bool ThreadView::showFirstNewMessage()
{
    for (int k = 0; k < m_rows; ++k) {
        const int row = m_options.newestFirst ? m_rows - 1 - k : k;
        if (m_model->index(row).data(CommunicationThreadModel::IsNewRole).toBool()) {
            scrollToPosition(rowStart(row) + 1, true);
            return true;
        }
    }
    return false;
}

void ThreadView::showLatestMessage()
{
    if (m_rows > 0)
        scrollToPosition(rowStart(m_rows - 1) + 1, true);
}

void ThreadView::jumpIfOpened()
{
    if (m_jumpFor.isEmpty() || m_jumpFor != m_caseId || m_model->caseId() != m_caseId)
        return;
    m_jumpFor.clear();
    // Once the document is laid out.
    QTimer::singleShot(0, this, [this, caseId = m_caseId] {
        if (caseId != m_caseId)
            return;
        if (!m_hits.isEmpty())
            showHit(0);
        else
            showFirstNewMessage();
    });
}

void ThreadView::onOutboxItem(const OutboxItem &item)
{
    if (item.kind != OutboxItem::Kind::CreateCase
        && item.payload.value(QLatin1String("caseId")).toString() == m_session->openCaseId())
        renderHeaderAndPending();
}

bool ThreadView::isClosed() const
{
    const CaseSummary *c = m_session->openCaseSummary();
    return c && OutboxStates::refusesReplies(c->status, m_session->words());
}

int ThreadView::modelRows() const
{
    // The model may still hold the case shown before while the open one loads.
    return m_model->caseId() == m_caseId ? m_model->rowCount() : 0;
}

void ThreadView::renderAll()
{
    const CaseSummary *c = m_session->openCaseSummary();
    if (!c) {
        clear();
        m_caseId.clear();
        m_jumpFor.clear();
        m_headerFrames = m_rows = m_pendingFrames = 0;
        updateHits(false);
        emit rendered();
        return;
    }
    if (c->id != m_caseId) {
        m_jumpFor = c->id;
        m_currentHit = -1;
        m_options.toggled.clear();
    }
    m_caseId = c->id;
    const QList<OutboxItem> pending = m_session->outboxItemsFor(c->id);
    m_rows = modelRows();
    const QString messages = CaseThreadRenderer::messagesHtml(*m_model, 0, m_rows - 1, m_options);
    const QString onItsWay = CaseThreadRenderer::pendingHtml(pending, isClosed());
    setHtml(headerHtml() + (m_options.newestFirst ? onItsWay + messages : messages + onItsWay));
    m_pendingFrames = CaseThreadRenderer::pendingTables(pending);
    m_headerFrames = int(document()->rootFrame()->childFrames().size()) - m_rows - m_pendingFrames;
    updateHits(false);
    jumpIfOpened();
    emit rendered();
}

void ThreadView::appendRows(int first, int last)
{
    if (m_caseId.isEmpty() || m_caseId != m_model->caseId() || first != m_rows)
        return renderAll();
    const int at = m_options.newestFirst ? messagesStart() : pendingStart();
    replace(at, at, CaseThreadRenderer::messagesHtml(*m_model, first, last, m_options));
    m_rows = last + 1;
    updateHits(false);
    jumpIfOpened();
    emit rowsAppended(first, last);
}

void ThreadView::rerenderRows(int first, int last)
{
    if (m_caseId.isEmpty() || m_caseId != m_model->caseId() || last >= m_rows)
        return renderAll();
    // The rows are together in the document, in either order.
    const int from = qMin(rowFrame(first), rowFrame(last));
    replace(frameStart(from), frameStart(from + last - first + 1),
        CaseThreadRenderer::messagesHtml(*m_model, first, last, m_options));
    updateHits(false);
    emit rowsRerendered(first, last);
}

void ThreadView::renderHeaderAndPending()
{
    if (m_caseId.isEmpty() && m_session->openCaseId().isEmpty())
        return;
    if (m_caseId != m_session->openCaseId() || !m_session->openCaseSummary())
        return renderAll();
    const QList<OutboxItem> pending = m_session->outboxItemsFor(m_caseId);
    // The later part first: the positions before it stay as they are.
    replace(pendingStart(), pendingEnd(), CaseThreadRenderer::pendingHtml(pending, isClosed()));
    m_pendingFrames = CaseThreadRenderer::pendingTables(pending);
    const int before = int(document()->rootFrame()->childFrames().size());
    replace(0, frameStart(m_headerFrames), headerHtml());
    m_headerFrames += int(document()->rootFrame()->childFrames().size()) - before;
    updateHits(false);
}

QString ThreadView::headerHtml() const
{
    const CaseSummary *c = m_session->openCaseSummary();
    bool problem = false;
    const QString repository = repositoryLine(&problem);
    // The clocks from the open thread as shown (docs/sla.md), computed now.
    return CaseThreadRenderer::headerHtml(*c, m_session->outboxItemsFor(c->id), repository, problem,
        SlaLabels::rows(m_session->openCaseSla()), linkRows());
}

QList<CaseThreadRenderer::LinkRow> ThreadView::linkRows() const
{
    QList<CaseThreadRenderer::LinkRow> rows;
    const CaseLinks *links = m_session->caseLinks();
    if (const QStringList rfos = links->rfosOf(m_caseId); !rfos.isEmpty())
        rows.append({tr("RFO requested"), rfos});
    if (const QString original = links->originalOf(m_caseId); !original.isEmpty())
        rows.append({tr("RFO for"), {original}});
    return rows;
}

QString ThreadView::repositoryLine(bool *problem) const
{
    const CaseSummary *c = m_session->openCaseSummary();
    if (!m_session->isPublishing())
        return {};
    const PublishState state = m_session->publishState(c->id);
    const RepositoryStatuses &statuses = RepositoryStatuses::builtIn();
    const QString current = state.published
        ? tr("%1 (%2) · updated %3")
              .arg(statuses.label(state.status),
                  statuses.isOpen(state.status) ? tr("open") : tr("closed"),
                  QLocale().toString(state.updated.toLocalTime(), QLocale::ShortFormat))
        : QString();
    if (!state.error.isEmpty()) {
        *problem = true;
        return tr("Not published: %1").arg(state.error);
    }
    if (!state.pending.isEmpty())
        return current.isEmpty() ? state.pending : tr("%1 — %2").arg(current, state.pending);
    if (state.published)
        return current;
    // A closed case gets an entry only when it changes again: the first sync publishes the
    // open cases, not years of history.
    return !state.known                 ? tr("Looking up…")
        : c->isOpen(m_session->words()) ? tr("Not published yet")
                                        : tr("Not published (closed before publishing began)");
}

int ThreadView::frameStart(int frame) const
{
    const QList<QTextFrame *> frames = document()->rootFrame()->childFrames();
    // Just before the frame's own start character; after the last frame, the document's end.
    return frame < frames.size() ? frames.at(frame)->firstPosition() - 1
                                 : document()->characterCount() - 1;
}

int ThreadView::rowFrame(int row) const
{
    return m_headerFrames + (m_options.newestFirst ? m_pendingFrames + m_rows - 1 - row : row);
}

int ThreadView::messagesStart() const
{
    return frameStart(m_headerFrames + (m_options.newestFirst ? m_pendingFrames : 0));
}

int ThreadView::pendingStart() const
{
    return frameStart(m_headerFrames + (m_options.newestFirst ? 0 : m_rows));
}

int ThreadView::pendingEnd() const
{
    return frameStart(m_headerFrames + m_pendingFrames + (m_options.newestFirst ? 0 : m_rows));
}

void ThreadView::replace(int from, int to, const QString &html)
{
    QScrollBar *bar = verticalScrollBar();
    const int scroll = bar->value();
    // What is at the top of the view, when the change is above it: it stays there.
    QTextCursor top = cursorForPosition(QPoint(0, 0));
    const bool above = scroll > 0 && to <= top.position();
    const int topY = cursorRect(top).top();
    QTextCursor cursor(document());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    if (!html.isEmpty())
        cursor.insertHtml(html);
    cursor.endEditBlock();
    bar->setValue(scroll);
    if (above) {
        document()->documentLayout()->documentSize(); // laid out: the range is known
        bar->setValue(scroll + cursorRect(top).top() - topY);
    }
}
