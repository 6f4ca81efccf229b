#include "ui/RepositoryStatusBadge.h"

#include "models/RepositoryEntryModel.h"

#include <QLabel>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace {

QColor mixed(const QColor &a, const QColor &b, double amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
        float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
        float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

} // namespace

RepositoryStatusBadge::Colors RepositoryStatusBadge::colors(const QPalette &palette, bool open)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < 0.5;
    // Open: a green that needs attention; closed: the palette's own neutral.
    const QColor accent = open ? (dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32))
                               : mixed(base, text, 0.55);
    return {
        mixed(base, accent, dark ? 0.25 : 0.14), accent, open ? mixed(text, accent, 0.5) : text};
}

void RepositoryStatusBadge::apply(QLabel *label, bool open)
{
    const Colors c = colors(label->palette(), open);
    label->setText(open ? tr("Open") : tr("Closed"));
    label->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border: 1px "
                                        "solid %3; border-radius: 8px; padding: 1px 8px; }")
                             .arg(c.background.name(), c.text.name(), c.border.name()));
}

void RepositoryStatusBadge::initStyleOption(
    QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant open = index.data(RepositoryEntryModel::IsOpenRole);
    if (!open.isValid())
        return;
    const int size = option->fontMetrics.height() * 6 / 10;
    const qreal ratio = option->widget ? option->widget->devicePixelRatioF() : 1.0;
    const Colors c = colors(option->palette, open.toBool());
    // Drawn once per size, scale and colours: this runs on every paint of the cell.
    const QString key = QStringLiteral("%1/%2/%3/%4/%5")
                            .arg(size)
                            .arg(ratio)
                            .arg(open.toBool())
                            .arg(c.border.rgba())
                            .arg(c.background.rgba());
    if (const auto it = m_dots.constFind(key); it != m_dots.cend()) {
        option->icon = *it;
    } else {
        QPixmap dot(QSize(size, size) * ratio);
        dot.setDevicePixelRatio(ratio);
        dot.fill(Qt::transparent);
        {
            QPainter painter(&dot);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(c.border, 1));
            painter.setBrush(open.toBool() ? c.border : c.background);
            painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
        }
        option->icon = QIcon(dot);
        // Its own colours on a selected row too (the style would tint it to the highlight).
        option->icon.addPixmap(dot, QIcon::Selected);
        m_dots.insert(key, option->icon);
    }
    option->decorationSize = QSize(size, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
}
