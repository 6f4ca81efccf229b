#pragma once

#include <QTextBrowser>

class CaseSession;
class CommunicationThreadModel;
struct OutboxItem;

// The open case's thread, a view over the session's CommunicationThreadModel: the case's header,
// its messages, then what the engineer sent that the provider has not confirmed yet
// (CaseThreadRenderer renders each part). New messages (rowsInserted) are appended, changed ones
// (dataChanged) rendered again in place, and a change of the header or the outbox renders only
// that part: the reader keeps their place. Only another case (a model reset) renders it all.
// The outbox links in it (retry, back to the draft) are anchorClicked() (OutboxLinks).
class ThreadView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ThreadView(CaseSession *session, QWidget *parent = nullptr);

    // The case shown (the session's open case); empty when none.
    QString caseId() const { return m_caseId; }
    // The messages in the document.
    int shownRows() const { return m_rows; }

signals:
    // Everything was rendered anew (another case, or none).
    void rendered();
    // Messages `first` to `last` were appended / rendered again in place.
    void rowsAppended(int first, int last);
    void rowsRerendered(int first, int last);

private:
    void renderAll();
    void appendRows(int first, int last);
    void rerenderRows(int first, int last);
    // The header and the items on their way, which change together (a reference on its way
    // shows in the header).
    void renderHeaderAndPending();
    void onOutboxItem(const OutboxItem &item);
    int modelRows() const;
    QString headerHtml() const;
    QString repositoryLine(bool *problem) const;
    // Where a part begins in the document: the tables are the document's frames, in order.
    int frameStart(int frame) const;
    int rowStart(int row) const { return frameStart(m_headerFrames + row); }
    int pendingStart() const { return frameStart(m_headerFrames + m_rows); }
    // Replaces the document between two positions; the scroll position stays.
    void replace(int from, int to, const QString &html);

    CaseSession *m_session;
    CommunicationThreadModel *m_model;
    QString m_caseId;
    int m_headerFrames = 0;
    int m_rows = 0;
    int m_pendingFrames = 0;
};
