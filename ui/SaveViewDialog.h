#pragma once

#include <QDialog>

class SavedViews;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for a saved view's name. OK stays disabled, and the dialog says why, while the name is
// empty or unusable; a name that is taken is offered as "Replace", with the view it replaces.
class SaveViewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SaveViewDialog(const SavedViews *views, QWidget *parent = nullptr);

    // Empties the field (or fills in `name`) before the dialog opens again.
    void reset(const QString &name = {});
    QString name() const;

private:
    void check();

    const SavedViews *m_views;
    QLineEdit *m_name;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
