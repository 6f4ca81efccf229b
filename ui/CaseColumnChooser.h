#pragma once

#include <QDialog>

class CaseListView;
class QMenu;

// Which of the case list's columns are shown: a menu of check boxes (the list header's context
// menu) and the same as a dialog (View > Columns…). Each change applies at once and is saved
// (CaseListView::setColumnShown); the case id column cannot be hidden.
namespace CaseColumnChooser {

// A menu with a checkable action per column, in the header's order; deleted when it closes.
QMenu *menu(CaseListView *view, QWidget *parent);

class Dialog : public QDialog
{
public:
    explicit Dialog(CaseListView *view, QWidget *parent = nullptr);
};

} // namespace CaseColumnChooser
