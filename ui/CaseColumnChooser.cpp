#include "ui/CaseColumnChooser.h"

#include "ui/CaseListView.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>

namespace CaseColumnChooser {

namespace {

// The columns in the order the header shows them.
QList<int> columnsInOrder(const CaseListView *view)
{
    QList<int> columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual)
        columns << header->logicalIndex(visual);
    return columns;
}

QString words(const char *text)
{
    return QCoreApplication::translate("CaseColumnChooser", text);
}

QString title(const CaseListView *view, int column)
{
    return view->model()->headerData(column, Qt::Horizontal).toString();
}

} // namespace

QMenu *menu(CaseListView *view, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("caseColumnsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    menu->addSection(words("Columns"));
    for (int column : columnsInOrder(view)) {
        QAction *action = menu->addAction(title(view, column));
        action->setCheckable(true);
        action->setChecked(!view->isColumnHidden(column));
        action->setEnabled(CaseListView::canHideColumn(column));
        if (!action->isEnabled())
            action->setToolTip(words("The case id is always shown."));
        QObject::connect(action, &QAction::toggled, view,
            [view, column](bool shown) { view->setColumnShown(column, shown); });
    }
    return menu;
}

Dialog::Dialog(CaseListView *view, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("caseColumnsDialog"));
    setWindowTitle(words("Columns of the case list"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(words("Show these columns (the case id is always shown):"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (int column : columnsInOrder(view)) {
        auto *box = new QCheckBox(title(view, column));
        box->setObjectName(QStringLiteral("column%1").arg(column));
        box->setChecked(!view->isColumnHidden(column));
        box->setEnabled(CaseListView::canHideColumn(column));
        connect(box, &QCheckBox::toggled, view,
            [view, column](bool shown) { view->setColumnShown(column, shown); });
        layout->addWidget(box);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace CaseColumnChooser
