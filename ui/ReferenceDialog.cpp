#include "ui/ReferenceDialog.h"

#include "models/Limits.h"
#include "ui/PlainText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReferenceDialog::ReferenceDialog(const QString &caseId, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_current(current.trimmed())
    , m_edit(new QLineEdit(current))
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Your Reference"));
    auto *label
        = new QLabel(tr("Your own reference for %1 (e.g. your ticket number):").arg(caseId));
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    // A case id is the provider's text: shown as typed.
    PlainText::apply({label, m_problem});
    m_edit->setObjectName(QStringLiteral("referenceEdit"));
    m_edit->setAccessibleName(tr("Your reference"));
    m_problem->setObjectName(QStringLiteral("referenceProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setEnabled(false); // the muted look of a hint
    QPushButton *set = m_buttons->button(QDialogButtonBox::Ok);
    set->setText(tr("&Set"));
    set->setObjectName(QStringLiteral("setButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_edit, &QLineEdit::textChanged, this, &ReferenceDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_edit->selectAll();
    validate();
    resize(qMax(sizeHint().width(), 420), sizeHint().height());
}

QString ReferenceDialog::reference() const
{
    return m_edit->text().trimmed();
}

QString ReferenceDialog::problem() const
{
    const QString typed = reference();
    if (typed.isEmpty())
        return m_current.isEmpty()
            ? tr("Type a reference to set it (a blank one is not sent).")
            : tr("A blank reference is not sent: the provider keeps a case's reference until "
                 "another one replaces it.");
    if (typed == m_current)
        return tr("This is already the case's reference.");
    return Limits::referenceProblem(typed);
}

void ReferenceDialog::validate()
{
    const QString why = problem();
    QPushButton *set = m_buttons->button(QDialogButtonBox::Ok);
    set->setEnabled(why.isEmpty());
    set->setToolTip(why);
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
}
