#pragma once

#include <QLabel>

// A one-line label of plain text that is cut with "…" at the width it is given, and asks for no
// more than `longestChars` characters nor less than `shortestChars`: a server's long error in
// the status bar neither widens the window nor runs into its neighbours. text() stays whole
// (the caller puts it in the tooltip).
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    ElidedLabel(int shortestChars, int longestChars, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The text as drawn at the label's width now.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int widthOf(int chars) const;
    QRect textRect() const;

    int m_shortest;
    int m_longest;
};
