#include "ui/SaveViewDialog.h"

#include "session/SavedViews.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SaveViewDialog::SaveViewDialog(const SavedViews *views, QWidget *parent)
    : QDialog(parent)
    , m_views(views)
    , m_name(new QLineEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("saveViewDialog"));
    setWindowTitle(tr("Save View"));
    m_name->setObjectName(QStringLiteral("viewName"));
    m_name->setMaxLength(SavedViews::maxNameLength() + 20); // the dialog says when it is too long
    m_problem->setObjectName(QStringLiteral("viewNameProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    auto *intro = new QLabel(tr("The filters, the search and the list's order are saved under "
                                "this name. The first nine views have the shortcuts Alt+1 to "
                                "Alt+9."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SaveViewDialog::check);
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    check();
}

void SaveViewDialog::reset(const QString &name)
{
    m_name->setText(name);
    m_name->selectAll();
    m_name->setFocus(Qt::OtherFocusReason);
    check();
}

QString SaveViewDialog::name() const
{
    return m_name->text().trimmed();
}

void SaveViewDialog::check()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const QString problem = SavedViews::nameProblem(m_name->text());
    const int taken = problem.isEmpty() ? m_views->find(m_name->text()) : -1;
    ok->setEnabled(problem.isEmpty());
    ok->setText(taken >= 0 ? tr("&Replace") : tr("&Save"));
    m_problem->setText(taken >= 0 ? tr("A view named “%1” exists: saving replaces it.")
                                        .arg(m_views->views().at(taken).name)
                                  : problem);
    m_problem->setVisible(!m_problem->text().isEmpty());
}
