#pragma once

#include <QLineEdit>

class QTimer;

// The search field above the list: searches a moment after the typing stops, or at once on
// Return; Return (once its search answered) and Down go on to the results, where Up and Down,
// Return and the reading keys work. Escape in the field clears it.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);

    // The search of `text` answered (CaseSession::searchFinished).
    void searchAnswered(const QString &text);

signals:
    void searchRequested(const QString &text);
    // The engineer goes on to the results: the list takes the keyboard at its first hit.
    void resultsRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimer *m_delay;
    bool m_resultsWhenAnswered = false;
};
