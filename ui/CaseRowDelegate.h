#pragma once

#include "ui/PlainTextDelegate.h"

// A case list row: unread cases in bold, a star beside a watched case's id
// (CaseListModel::WatchedRole; room for it is kept on every row so the ids line up), priority
// and status with a coloured mark (filled while the case is open), so a P1 or a case waiting for
// the customer stands out without reading the text. Ids and references are elided in the
// middle, where their distinct ends stay readable.
class CaseRowDelegate : public PlainTextDelegate
{
    Q_OBJECT

public:
    using PlainTextDelegate::PlainTextDelegate;

    // The width of the mark drawn before a column's text; 0 for none.
    static int decorationWidth(int column);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
