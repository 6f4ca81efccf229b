#include "ui/PlainTextDelegate.h"

#include "ui/PlainText.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

bool PlainTextDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // As QAbstractItemDelegate does, with the text escaped where Qt would take it for markup.
    const QString text = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
    QToolTip::showText(event->globalPos(), PlainText::toolTip(text), view->viewport(), option.rect);
    event->setAccepted(!text.isEmpty());
    return true;
}
