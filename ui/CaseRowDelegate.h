#pragma once

#include "ui/PlainTextDelegate.h"

// A case list row: unread cases in bold, a star before a watched case's id
// (CaseListModel::WatchedRole), priority and status with a coloured mark (filled while the case
// is open), so a P1 or a case waiting for the customer stands out without reading the text.
class CaseRowDelegate : public PlainTextDelegate
{
    Q_OBJECT

public:
    using PlainTextDelegate::PlainTextDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
