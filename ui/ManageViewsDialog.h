#pragma once

#include <QDialog>

class SavedViews;
class QLineEdit;
class QListWidget;
class QPushButton;

// Renames and deletes saved views: the list in their order (Alt+1 is the first), the chosen
// one's name to edit. Each change is saved at once (SavedViews).
class ManageViewsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ManageViewsDialog(SavedViews *views, QWidget *parent = nullptr);

private:
    void fill();
    void onCurrentChanged();
    void check();
    QString currentName() const;

    SavedViews *m_views;
    QListWidget *m_list;
    QLineEdit *m_name;
    QPushButton *m_rename;
    QPushButton *m_delete;
};
