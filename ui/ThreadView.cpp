#include "ui/ThreadView.h"

#include "models/CommunicationThreadModel.h"
#include "models/RepositoryEntry.h"
#include "session/CaseSession.h"
#include "ui/CaseThreadRenderer.h"

#include <QLocale>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

ThreadView::ThreadView(CaseSession *session, QWidget *parent)
    : QTextBrowser(parent)
    , m_session(session)
    , m_model(session->thread())
{
    setObjectName(QStringLiteral("threadView"));
    setAccessibleName(tr("Case thread"));
    setOpenLinks(false);
    setPlaceholderText(tr("Select a case to read its thread."));

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
    connect(m_session, &CaseSession::publishStateChanged, this, [this](const QString &caseId) {
        if (caseId == m_caseId)
            renderHeaderAndPending();
    });
    connect(m_session, &CaseSession::outboxItemChanged, this, &ThreadView::onOutboxItem);
    connect(m_session, &CaseSession::outboxItemRemoved, this, &ThreadView::renderHeaderAndPending);
    renderAll();
}

void ThreadView::onOutboxItem(const OutboxItem &item)
{
    if (item.kind != OutboxItem::Kind::CreateCase
        && item.payload.value(QLatin1String("caseId")).toString() == m_session->openCaseId())
        renderHeaderAndPending();
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
        m_headerFrames = m_rows = m_pendingFrames = 0;
        emit rendered();
        return;
    }
    m_caseId = c->id;
    const QList<OutboxItem> pending = m_session->outboxItemsFor(c->id);
    QString html = headerHtml();
    m_rows = modelRows();
    for (int row = 0; row < m_rows; ++row)
        html += CaseThreadRenderer::messageHtml(*m_model, row);
    html += CaseThreadRenderer::pendingHtml(pending);
    setHtml(html);
    m_pendingFrames = CaseThreadRenderer::pendingTables(pending);
    m_headerFrames = int(document()->rootFrame()->childFrames().size()) - m_rows - m_pendingFrames;
    emit rendered();
}

void ThreadView::appendRows(int first, int last)
{
    if (m_caseId.isEmpty() || m_caseId != m_model->caseId() || first != m_rows)
        return renderAll();
    QString html;
    for (int row = first; row <= last; ++row)
        html += CaseThreadRenderer::messageHtml(*m_model, row);
    const int at = pendingStart();
    replace(at, at, html);
    m_rows = last + 1;
    emit rowsAppended(first, last);
}

void ThreadView::rerenderRows(int first, int last)
{
    if (m_caseId.isEmpty() || m_caseId != m_model->caseId() || last >= m_rows)
        return renderAll();
    QString html;
    for (int row = first; row <= last; ++row)
        html += CaseThreadRenderer::messageHtml(*m_model, row);
    replace(rowStart(first), rowStart(last + 1), html);
    emit rowsRerendered(first, last);
}

void ThreadView::renderHeaderAndPending()
{
    if (m_caseId.isEmpty() && m_session->openCaseId().isEmpty())
        return;
    if (m_caseId != m_session->openCaseId() || !m_session->openCaseSummary())
        return renderAll();
    const QList<OutboxItem> pending = m_session->outboxItemsFor(m_caseId);
    // The end first: the positions before it stay as they are.
    replace(
        pendingStart(), document()->characterCount() - 1, CaseThreadRenderer::pendingHtml(pending));
    m_pendingFrames = CaseThreadRenderer::pendingTables(pending);
    const int before = int(document()->rootFrame()->childFrames().size());
    replace(0, rowStart(0), headerHtml());
    m_headerFrames += int(document()->rootFrame()->childFrames().size()) - before;
}

QString ThreadView::headerHtml() const
{
    const CaseSummary *c = m_session->openCaseSummary();
    bool problem = false;
    const QString repository = repositoryLine(&problem);
    return CaseThreadRenderer::headerHtml(
        *c, m_session->outboxItemsFor(c->id), repository, problem);
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

void ThreadView::replace(int from, int to, const QString &html)
{
    const int scroll = verticalScrollBar()->value();
    QTextCursor cursor(document());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    if (!html.isEmpty())
        cursor.insertHtml(html);
    cursor.endEditBlock();
    verticalScrollBar()->setValue(scroll);
}
