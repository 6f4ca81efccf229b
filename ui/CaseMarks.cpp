#include "ui/CaseMarks.h"

#include "models/CaseLabels.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace CaseMarks {

QIcon dot(const QColor &color, bool filled)
{
    // Drawn once per colour: the delegate asks for it on every paint.
    static QHash<QPair<QRgb, bool>, QIcon> drawn;
    const QPair<QRgb, bool> key {color.rgba(), filled};
    if (const auto it = drawn.constFind(key); it != drawn.cend())
        return *it;
    const auto draw = [&](bool selected) {
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        if (selected) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(255, 255, 255, 230));
            painter.drawEllipse(QRectF(0, 0, 12, 12));
        }
        painter.setPen(QPen(color, 2));
        painter.setBrush(filled ? QBrush(color) : QBrush(Qt::NoBrush));
        painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
        return pixmap;
    };
    QIcon icon(draw(false));
    icon.addPixmap(draw(true), QIcon::Selected);
    drawn.insert(key, icon);
    return icon;
}

QColor priorityColor(const QString &priority)
{
    switch (CaseLabels::priorityRank(priority)) {
    case 1:
        return QColor(0xd3, 0x2f, 0x2f); // red
    case 2:
        return QColor(0xf5, 0x7c, 0x00); // orange
    case 3:
        return QColor(0xf9, 0xa8, 0x25); // amber
    case 4:
        return QColor(0x19, 0x76, 0xd2); // blue
    default:
        return QColor(0x75, 0x75, 0x75); // grey
    }
}

QColor statusColor(ProviderWords::StatusKind kind)
{
    switch (kind) {
    case ProviderWords::StatusKind::Open:
        return QColor(0x19, 0x76, 0xd2); // blue
    case ProviderWords::StatusKind::InProgress:
        return QColor(0x38, 0x8e, 0x3c); // green
    case ProviderWords::StatusKind::WaitingOnUs:
        return QColor(0xf5, 0x7c, 0x00); // orange
    case ProviderWords::StatusKind::OnHold:
        return QColor(0x8e, 0x24, 0xaa); // purple
    default:
        return QColor(0x75, 0x75, 0x75); // grey
    }
}

} // namespace CaseMarks
