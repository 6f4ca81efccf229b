#include "ui/SavedViewsMenu.h"

#include "session/SavedViews.h"
#include "ui/CaseFilterBar.h"
#include "ui/CaseListView.h"
#include "ui/ManageViewsDialog.h"
#include "ui/SaveViewDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

SavedViewsMenu::SavedViewsMenu(QMainWindow *window, QMenu *viewMenu, CaseFilterBar *filters,
    QLineEdit *search, CaseListView *list)
    : QObject(window)
    , m_window(window)
    , m_menu(viewMenu)
    , m_filters(filters)
    , m_search(search)
    , m_list(list)
    , m_views(new SavedViews(this))
{
    m_menu->addSeparator();
    m_allCases = m_menu->addAction(tr("Show All Cases"));
    // No mnemonic: every free letter of the View menu is taken in one language or another.
    m_allCases->setObjectName(QStringLiteral("allCasesAction"));
    m_allCases->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    m_allCases->setToolTip(tr("Clear every filter and the search (Alt+0)"));
    connect(m_allCases, &QAction::triggered, this, [this] {
        apply(SavedView());
        m_window->statusBar()->showMessage(tr("All cases shown."), 4000);
    });
    m_window->addAction(m_allCases);
    m_saveSeparator = m_menu->addSeparator();
    QAction *save = m_menu->addAction(tr("Save Current V&iew…"));
    save->setObjectName(QStringLiteral("saveViewAction"));
    save->setToolTip(tr("Save the filters, the search and the list's order under a name"));
    connect(save, &QAction::triggered, this, &SavedViewsMenu::saveView);
    QAction *manage = m_menu->addAction(tr("&Delete or Rename Views…"));
    manage->setObjectName(QStringLiteral("manageViewsAction"));
    connect(manage, &QAction::triggered, this, &SavedViewsMenu::manageViews);
    connect(m_views, &SavedViews::changed, this, &SavedViewsMenu::rebuild);
    rebuild();
}

SavedView SavedViewsMenu::current() const
{
    SavedView view = m_filters->filters();
    view.text = m_search->text().trimmed();
    const QHeaderView *header = m_list->horizontalHeader();
    view.sortColumn = header->sortIndicatorSection();
    view.sortOrder = header->sortIndicatorOrder();
    return view;
}

void SavedViewsMenu::apply(const SavedView &view)
{
    m_filters->setFilters(view);
    if (m_search->text().trimmed() != view.text)
        m_search->setText(view.text);
    if (view.sortColumn >= 0)
        m_list->sortByColumn(view.sortColumn, view.sortOrder);
}

void SavedViewsMenu::rebuild()
{
    for (QAction *action : std::as_const(m_viewActions)) {
        m_menu->removeAction(action);
        m_window->removeAction(action);
        action->deleteLater();
    }
    m_viewActions.clear();
    const QList<SavedView> &all = m_views->views();
    for (qsizetype i = 0; i < all.size(); ++i) {
        QString text = all.at(i).name;
        auto *action = new QAction(text.replace(u'&', QStringLiteral("&&")), this);
        action->setObjectName(QStringLiteral("savedViewAction%1").arg(i + 1));
        if (i < 9)
            action->setShortcut(
                QKeySequence(QKeyCombination(Qt::AltModifier, Qt::Key(Qt::Key_1 + int(i)))));
        const QString name = all.at(i).name;
        connect(action, &QAction::triggered, this, [this, name] {
            if (const int at = m_views->find(name); at >= 0) {
                apply(m_views->views().at(at));
                m_window->statusBar()->showMessage(tr("View “%1” shown.").arg(name), 4000);
            }
        });
        m_menu->insertAction(m_saveSeparator, action);
        m_window->addAction(action); // the shortcut works with the menu closed
        m_viewActions << action;
    }
}

void SavedViewsMenu::saveView()
{
    if (!m_saveDialog) {
        m_saveDialog = new SaveViewDialog(m_views, m_window);
        connect(m_saveDialog, &QDialog::accepted, this, [this] {
            SavedView view = current();
            view.name = m_saveDialog->name();
            if (m_views->save(view))
                m_window->statusBar()->showMessage(tr("View “%1” saved.").arg(view.name), 4000);
        });
    }
    m_saveDialog->reset();
    m_saveDialog->open();
}

void SavedViewsMenu::manageViews()
{
    if (!m_manageDialog)
        m_manageDialog = new ManageViewsDialog(m_views, m_window);
    m_manageDialog->open();
}
