#pragma once

#include <QFrame>

class NotificationHistory;
class QLabel;
class QListView;

// The notification history as a popup over the main window (from the status bar's bell or View >
// Notification History): the last notices, newest first, unread ones in bold. Enter or a click on
// one opens its case and marks it read; Escape closes.
class NotificationHistoryPopup : public QFrame
{
    Q_OBJECT

public:
    explicit NotificationHistoryPopup(NotificationHistory *history, QWidget *parent = nullptr);

    // Opens above `anchor` (its right edges aligned), the newest entry current.
    void popUp(QWidget *anchor);
    QListView *list() const { return m_list; }

signals:
    void caseRequested(const QString &caseId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void open(const QModelIndex &index);
    void updateEmpty();

    NotificationHistory *m_history;
    QListView *m_list;
    QLabel *m_empty;
};
