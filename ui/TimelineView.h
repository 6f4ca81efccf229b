#pragma once

#include <QWidget>

class CaseSession;
class CaseTimelineModel;
class QLabel;
class QPlainTextEdit;
class QTimer;
class QTreeView;

// The open case's incident timeline (issue 14): its outage at the top (start to end, or to now
// while open: CaseSession::openCaseOutage) and one chronological list below, a row per entry
// (CaseTimelineModel over CaseSession::openCaseTimeline): start of incident, created, each
// message, each status change the console observed, end of incident. Server text is plain text.
// Follows the open case while shown; a poll updates the rows in place. Below the list, the
// current entry whole (a row shows one line of it): read with Up and Down, selectable.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(CaseSession *session, QWidget *parent = nullptr);

    CaseTimelineModel *model() const { return m_model; }
    QTreeView *entries() const { return m_entries; }
    // The current entry's whole text, under the list.
    QPlainTextEdit *detail() const { return m_detail; }
    QString outageText() const;

    // "3 h 05 min", "2 d 4 h 00 min", "12 min".
    static QString durationText(qint64 seconds);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void refreshOutage();
    void showCurrent();

    CaseSession *m_session;
    CaseTimelineModel *m_model;
    QLabel *m_outage;
    QTreeView *m_entries;
    QPlainTextEdit *m_detail;
    QTimer *m_ticker; // an ongoing outage's "to now" moves on
};
