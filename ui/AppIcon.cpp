#include "ui/AppIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace AppIcon {

namespace {

QPixmap draw(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 64.0, size / 64.0);
    // A blue rounded tile ...
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1f, 0x5f, 0xa8));
    p.drawRoundedRect(QRectF(2, 2, 60, 60), 12, 12);
    // ... a white speech bubble ...
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(12, 14, 40, 28), 7, 7);
    QPainterPath tail;
    tail.moveTo(20, 40);
    tail.lineTo(18, 52);
    tail.lineTo(30, 41);
    tail.closeSubpath();
    p.setBrush(Qt::white);
    p.drawPath(bubble.united(tail));
    // ... with three lines of a thread, the last one an accent.
    p.setBrush(QColor(0x1f, 0x5f, 0xa8));
    p.drawRoundedRect(QRectF(19, 21, 26, 3.5), 1.5, 1.5);
    p.drawRoundedRect(QRectF(19, 27, 20, 3.5), 1.5, 1.5);
    p.setBrush(QColor(0xf5, 0x9e, 0x0b));
    p.drawRoundedRect(QRectF(19, 33, 14, 3.5), 1.5, 1.5);
    return pixmap;
}

} // namespace

QIcon icon()
{
    // The installed theme icon (packaging/icons, the same design) when there is one.
    static const QIcon cached = [] {
        QIcon icon;
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
            icon.addPixmap(draw(size));
        return QIcon::fromTheme(QStringLiteral("caseconsole"), icon);
    }();
    return cached;
}

} // namespace AppIcon
