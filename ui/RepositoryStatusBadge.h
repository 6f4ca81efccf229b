#pragma once

#include "ui/PlainTextDelegate.h"

#include <QColor>
#include <QHash>
#include <QIcon>

class QLabel;
class QPalette;

// How a Case Repository status shows whether its case is open: a rounded label ("Open" /
// "Closed") in the detail pane and a coloured dot in the results table, in colours derived from
// the palette, so they read on light and dark themes alike.
class RepositoryStatusBadge : public PlainTextDelegate
{
    Q_OBJECT

public:
    struct Colors
    {
        QColor background;
        QColor border;
        QColor text;
    };

    // The delegate for a column whose index has RepositoryEntryModel::IsOpenRole.
    using PlainTextDelegate::PlainTextDelegate;

    static Colors colors(const QPalette &palette, bool open);
    // Makes `label` the badge for a status that is (not) open.
    static void apply(QLabel *label, bool open);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    mutable QHash<QString, QIcon> m_dots; // drawn once per size, scale and colours
};
