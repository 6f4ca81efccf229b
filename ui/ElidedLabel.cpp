#include "ui/ElidedLabel.h"

#include <QPainter>

ElidedLabel::ElidedLabel(int shortestChars, int longestChars, QWidget *parent)
    : QLabel(parent)
    , m_shortest(shortestChars)
    , m_longest(longestChars)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

int ElidedLabel::widthOf(int chars) const
{
    const QMargins m = contentsMargins();
    return fontMetrics().averageCharWidth() * chars + m.left() + m.right() + 2 * margin();
}

QSize ElidedLabel::sizeHint() const
{
    QSize size = QLabel::sizeHint();
    size.setWidth(qMin(size.width(), widthOf(m_longest)));
    return size;
}

QSize ElidedLabel::minimumSizeHint() const
{
    QSize size = QLabel::minimumSizeHint();
    size.setWidth(qMin(QLabel::sizeHint().width(), widthOf(m_shortest)));
    return size;
}

QRect ElidedLabel::textRect() const
{
    return contentsRect().adjusted(margin(), margin(), -margin(), -margin());
}

QString ElidedLabel::shownText() const
{
    return fontMetrics().elidedText(text(), Qt::ElideRight, textRect().width());
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    painter.drawText(textRect(), int(alignment()) | Qt::TextSingleLine, shownText());
}
