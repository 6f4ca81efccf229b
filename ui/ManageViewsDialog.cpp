#include "ui/ManageViewsDialog.h"

#include "session/SavedViews.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ManageViewsDialog::ManageViewsDialog(SavedViews *views, QWidget *parent)
    : QDialog(parent)
    , m_views(views)
    , m_list(new QListWidget)
    , m_name(new QLineEdit)
    , m_rename(new QPushButton(tr("&Rename")))
    , m_delete(new QPushButton(tr("&Delete")))
{
    setObjectName(QStringLiteral("manageViewsDialog"));
    setWindowTitle(tr("Delete or Rename Views"));
    m_list->setObjectName(QStringLiteral("viewList"));
    m_list->setAccessibleName(tr("Saved views"));
    m_name->setObjectName(QStringLiteral("viewName"));
    m_rename->setObjectName(QStringLiteral("renameViewButton"));
    m_delete->setObjectName(QStringLiteral("deleteViewButton"));
    auto *listLabel = new QLabel(tr("&Views (Alt+1 to Alt+9 in this order):"));
    listLabel->setBuddy(m_list);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_rename);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), nameRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ManageViewsDialog::onCurrentChanged);
    connect(m_name, &QLineEdit::textChanged, this, &ManageViewsDialog::check);
    connect(m_name, &QLineEdit::returnPressed, m_rename, &QPushButton::click);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (m_rename->isEnabled())
            m_views->rename(currentName(), m_name->text());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { m_views->remove(currentName()); });
    connect(m_views, &SavedViews::changed, this, &ManageViewsDialog::fill);
    m_rename->setAutoDefault(false);
    m_delete->setAutoDefault(false);
    fill();
}

QString ManageViewsDialog::currentName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->text() : QString();
}

void ManageViewsDialog::fill()
{
    const int row = m_list->currentRow();
    m_list->clear();
    for (const SavedView &view : m_views->views())
        m_list->addItem(view.name);
    m_list->setCurrentRow(qMin(qMax(row, 0), m_list->count() - 1));
    onCurrentChanged();
}

void ManageViewsDialog::onCurrentChanged()
{
    m_name->setText(currentName());
    m_name->setEnabled(m_list->currentItem() != nullptr);
    m_delete->setEnabled(m_list->currentItem() != nullptr);
    check();
}

void ManageViewsDialog::check()
{
    const QString name = m_name->text();
    const int taken = m_views->find(name);
    const bool ok = m_list->currentItem() && SavedViews::nameProblem(name).isEmpty()
        && (taken < 0 || taken == m_list->currentRow()) && name.trimmed() != currentName();
    m_rename->setEnabled(ok);
    m_name->setToolTip(SavedViews::nameProblem(name));
}
