#include "ui/CaseRowDelegate.h"

#include "models/CaseListModel.h"
#include "ui/CaseMarks.h"

void CaseRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    PlainTextDelegate::initStyleOption(option, index);
    if (index.data(CaseListModel::UnreadRole).toBool())
        option->font.setBold(true);
    if (index.column() == CaseListModel::IdColumn
        && index.data(CaseListModel::WatchedRole).toBool())
        option->text = QStringLiteral("★ ") + option->text;
    const bool open = index.data(CaseListModel::IsOpenRole).toBool();
    if (index.column() == CaseListModel::PriorityColumn) {
        option->icon = CaseMarks::dot(
            CaseMarks::priorityColor(index.data(CaseListModel::PriorityRole).toString()), open);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(12, 12);
    } else if (index.column() == CaseListModel::StatusColumn) {
        option->icon = CaseMarks::dot(CaseMarks::statusColor(ProviderWords::StatusKind(
                                          index.data(CaseListModel::StatusKindRole).toInt())),
            open);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(12, 12);
    }
}
