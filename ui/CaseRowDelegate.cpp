#include "ui/CaseRowDelegate.h"

#include "models/CaseListModel.h"
#include "ui/CaseMarks.h"
#include "ui/Theme.h"

#include <QPainter>
#include <QPixmap>

#include <cmath>
#include <numbers>

namespace {

constexpr int MarkSize = 12;

// A gold star, or nothing of the same size (an unwatched case keeps its id in line).
QIcon star(bool watched)
{
    static const QIcon on = [] {
        QPixmap pixmap(MarkSize * 2, MarkSize * 2);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QPolygonF points;
        for (int i = 0; i < 10; ++i) {
            const qreal radius = (i % 2 == 0) ? MarkSize : MarkSize * 0.45;
            const qreal angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
            points << QPointF(
                MarkSize + radius * std::cos(angle), MarkSize + radius * std::sin(angle));
        }
        painter.setPen(QPen(QColor(0x8d, 0x6e, 0x00), 1.5));
        painter.setBrush(QColor(0xff, 0xc1, 0x07));
        painter.drawPolygon(points);
        painter.end();
        return QIcon(pixmap);
    }();
    return watched ? on : QIcon();
}

} // namespace

int CaseRowDelegate::decorationWidth(int column)
{
    switch (column) {
    case CaseListModel::IdColumn:
    case CaseListModel::PriorityColumn:
    case CaseListModel::StatusColumn:
    case CaseListModel::NextBreachColumn:
        return MarkSize;
    default:
        return 0;
    }
}

int CaseRowDelegate::rowHeight(const QFont &font, bool compact)
{
    QFont bold = font;
    bold.setBold(true);
    const int text = qMax(QFontMetrics(font).height(), QFontMetrics(bold).height());
    // Comfortable: 4 px above and below; compact: 1 px, never less than the marks need.
    return qMax(text, MarkSize + 2) + (compact ? 2 : 8);
}

QSize CaseRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = PlainTextDelegate::sizeHint(option, index);
    size.setHeight(rowHeight(option.font, m_compact));
    return size;
}

void CaseRowDelegate::slaMark(QStyleOptionViewItem *option, int state)
{
    // Breached: a filled red mark and red text; running: a hollow amber mark; paused: a hollow
    // grey one. Each as light or dark as it takes to read on the palette's base (dark theme too).
    const QColor base = option->palette.color(QPalette::Base);
    switch (CaseListModel::SlaState(state)) {
    case CaseListModel::SlaBreached: {
        const QColor red = Theme::readableOn(QColor(0xd3, 0x2f, 0x2f), base);
        option->icon = CaseMarks::dot(red, true);
        option->palette.setColor(QPalette::Text, red);
        option->palette.setColor(QPalette::HighlightedText,
            Theme::readableOn(red, option->palette.color(QPalette::Highlight), 3.0));
        break;
    }
    case CaseListModel::SlaRunning:
        option->icon
            = CaseMarks::dot(Theme::readableOn(QColor(0xf5, 0x7c, 0x00), base, 3.0), false);
        break;
    case CaseListModel::SlaStopped: // breached, then closed: history, not an alarm
        option->icon
            = CaseMarks::dot(Theme::readableOn(QColor(0xd3, 0x2f, 0x2f), base, 3.0), false);
        break;
    case CaseListModel::SlaPaused:
        option->icon = CaseMarks::dot(
            Theme::readableOn(option->palette.color(QPalette::PlaceholderText), base, 3.0), false);
        break;
    default:
        option->icon = QIcon();
        break;
    }
}

void CaseRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    PlainTextDelegate::initStyleOption(option, index);
    if (index.data(CaseListModel::UnreadRole).toBool())
        option->font.setBold(true);
    const bool open = index.data(CaseListModel::IsOpenRole).toBool();
    // A mark in its colour, as light or dark as it takes to stand out from the rows' base.
    const QColor base = option->palette.color(QPalette::Base);
    const auto mark = [&](const QColor &color) {
        return CaseMarks::dot(Theme::readableOn(color, base, 3.0), open);
    };
    switch (index.column()) {
    case CaseListModel::IdColumn:
        option->icon = star(index.data(CaseListModel::WatchedRole).toBool());
        break;
    case CaseListModel::PriorityColumn:
        option->icon
            = mark(CaseMarks::priorityColor(index.data(CaseListModel::PriorityRole).toString()));
        break;
    case CaseListModel::StatusColumn:
        option->icon = mark(CaseMarks::statusColor(
            ProviderWords::StatusKind(index.data(CaseListModel::StatusKindRole).toInt())));
        break;
    case CaseListModel::NextBreachColumn:
        slaMark(option, index.data(CaseListModel::SlaStateRole).toInt());
        break;
    default:
        break;
    }
    if (decorationWidth(index.column()) > 0) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(MarkSize, MarkSize);
    }
    switch (index.column()) {
    case CaseListModel::IdColumn:
    case CaseListModel::CustomerReferenceColumn:
        option->textElideMode = Qt::ElideMiddle;
        break;
    default:
        break;
    }
}
