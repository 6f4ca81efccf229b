#pragma once

#include <QList>
#include <QObject>

class CaseFilterBar;
class CaseListView;
class ManageViewsDialog;
class SaveViewDialog;
class SavedViews;
struct SavedView;
class QAction;
class QLineEdit;
class QMainWindow;
class QMenu;

// The saved views in the View menu (its own block): "Show All Cases" (Alt+0) clears every filter,
// each saved view (the first nine with Alt+1 to Alt+9; Ctrl+1 and Ctrl+2 are the tabs') shows its
// filters in the bar and the list, "Save Current View…" and "Delete or Rename Views…". The views
// themselves are SavedViews' (session/); this only shows them and applies one.
class SavedViewsMenu : public QObject
{
    Q_OBJECT

public:
    SavedViewsMenu(QMainWindow *window, QMenu *viewMenu, CaseFilterBar *filters, QLineEdit *search,
        CaseListView *list);

    SavedViews *views() const { return m_views; }
    // What the bar, the search field and the list's order hold now.
    SavedView current() const;
    void apply(const SavedView &view);

private:
    void rebuild();
    void saveView();
    void manageViews();

    QMainWindow *m_window;
    QMenu *m_menu;
    CaseFilterBar *m_filters;
    QLineEdit *m_search;
    CaseListView *m_list;
    SavedViews *m_views;
    QAction *m_allCases;
    QAction *m_saveSeparator;
    QList<QAction *> m_viewActions;
    SaveViewDialog *m_saveDialog = nullptr;
    ManageViewsDialog *m_manageDialog = nullptr;
};
