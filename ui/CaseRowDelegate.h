#pragma once

#include "ui/PlainTextDelegate.h"

// A case list row: unread cases in bold, a star beside a watched case's id
// (CaseListModel::WatchedRole; room for it is kept on every row so the ids line up), priority
// and status with a coloured mark (filled while the case is open), so a P1 or a case waiting for
// the customer stands out without reading the text. Ids and references are elided in the
// middle, where their distinct ends stay readable. Compact rows (View > Compact rows) keep less
// padding around the text; the text always fits its font's height. The marks' colours are
// brightened or darkened to read on the palette's base (Theme::readableOn).
class CaseRowDelegate : public PlainTextDelegate
{
    Q_OBJECT

public:
    using PlainTextDelegate::PlainTextDelegate;

    // The width of the mark drawn before a column's text; 0 for none.
    static int decorationWidth(int column);
    // The height of a row in `font` (its bold face, as unread rows are): the text's height, the
    // marks', and the padding of the density.
    static int rowHeight(const QFont &font, bool compact);

    bool isCompact() const { return m_compact; }
    void setCompact(bool compact) { m_compact = compact; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // The Next breach column's mark and colour (CaseListModel::SlaStateRole).
    static void slaMark(QStyleOptionViewItem *option, int state);

    bool m_compact = false;
};
