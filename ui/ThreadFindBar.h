#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

// The small bar under the thread for finding text in it (Ctrl+F in the thread): the text looked
// for, how many hits and which one is shown, previous and next, close. Return / F3 go to the next
// hit, Shift+Return / Shift+F3 to the previous one, Esc closes the bar (ThreadView acts on its
// signals).
class ThreadFindBar : public QWidget
{
    Q_OBJECT

public:
    explicit ThreadFindBar(QWidget *parent = nullptr);

    QString text() const;
    // Opens the bar with its text selected and the focus in it.
    void open();
    // "3 of 12", "No match" (nothing for an empty text).
    void setCount(int current, int total);

signals:
    void textChanged(const QString &text);
    void next();
    void previous();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field;
    QLabel *m_count;
};
