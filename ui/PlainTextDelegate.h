#pragma once

#include <QStyledItemDelegate>

// An item delegate whose tooltips show the model's text literally (PlainText::toolTip): a
// view's tooltip is otherwise rich text whenever the text looks like markup, and the models
// carry server text (subjects, case ids, Case Repository descriptions). The display text of an
// item is plain already.
class PlainTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
};
