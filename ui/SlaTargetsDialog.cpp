#include "ui/SlaTargetsDialog.h"

#include "models/SlaLabels.h"
#include "ui_SlaTargetsDialog.h"

#include <QPushButton>

SlaTargetsDialog::SlaTargetsDialog(const SlaPolicy &policy, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::SlaTargetsDialog>())
{
    ui->setupUi(this);
    m_rows = {
        {QStringLiteral("P1"), ui->firstResponseP1Edit, ui->updateGapP1Edit, ui->restoreP1Edit},
        {QStringLiteral("P2"), ui->firstResponseP2Edit, ui->updateGapP2Edit, ui->restoreP2Edit},
        {QStringLiteral("P3"), ui->firstResponseP3Edit, ui->updateGapP3Edit, ui->restoreP3Edit},
        {QStringLiteral("P4"), ui->firstResponseP4Edit, ui->updateGapP4Edit, ui->restoreP4Edit},
        {QStringLiteral("P5"), ui->firstResponseP5Edit, ui->updateGapP5Edit, ui->restoreP5Edit}};
    showPolicy(policy);
    for (const Row &row : std::as_const(m_rows)) {
        for (QLineEdit *edit : {row.firstResponse, row.updateGap, row.restore})
            connect(edit, &QLineEdit::textChanged, this, &SlaTargetsDialog::validate);
    }
    connect(ui->warnBeforeEdit, &QLineEdit::textChanged, this, &SlaTargetsDialog::validate);
    connect(ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        [this] { showPolicy(SlaPolicy::defaults()); });
    for (QPushButton *button : {ui->buttonBox->button(QDialogButtonBox::RestoreDefaults),
             ui->buttonBox->button(QDialogButtonBox::Cancel)})
        button->setAutoDefault(false);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return in a field saves (when the targets read).
    ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    validate();
    ui->firstResponseP1Edit->setFocus();
}

SlaTargetsDialog::~SlaTargetsDialog() = default;

void SlaTargetsDialog::showPolicy(const SlaPolicy &policy)
{
    for (const Row &row : std::as_const(m_rows)) {
        const SlaTargets targets = policy.targetsFor(row.priority);
        row.firstResponse->setText(SlaLabels::minutesText(targets.firstResponseMinutes));
        row.updateGap->setText(SlaLabels::minutesText(targets.updateGapMinutes));
        row.restore->setText(SlaLabels::minutesText(targets.restoreMinutes));
    }
    ui->pauseWaitingOnUsCheck->setChecked(policy.pauseWhenWaitingOnUs);
    ui->pauseOnHoldCheck->setChecked(policy.pauseWhenOnHold);
    ui->pauseOnQuestionCheck->setChecked(policy.pauseOnProviderQuestion);
    ui->warnBeforeEdit->setText(SlaLabels::minutesText(policy.warnBeforeMinutes));
}

QStringList SlaTargetsDialog::problems() const
{
    QStringList problems;
    const auto check = [&](const QLineEdit *edit) {
        if (!SlaLabels::parseMinutes(edit->text()))
            problems << SlaLabels::notADuration(edit->accessibleName(), edit->text());
    };
    for (const Row &row : m_rows) {
        for (const QLineEdit *edit : {row.firstResponse, row.updateGap, row.restore})
            check(edit);
    }
    check(ui->warnBeforeEdit);
    return problems;
}

SlaPolicy SlaTargetsDialog::policy() const
{
    SlaPolicy policy = SlaPolicy::defaults();
    const auto minutes
        = [](const QLineEdit *edit) { return SlaLabels::parseMinutes(edit->text()).value_or(0); };
    for (const Row &row : m_rows) {
        policy.byPriority.insert(row.priority,
            {minutes(row.firstResponse), minutes(row.updateGap), minutes(row.restore)});
    }
    policy.pauseWhenWaitingOnUs = ui->pauseWaitingOnUsCheck->isChecked();
    policy.pauseWhenOnHold = ui->pauseOnHoldCheck->isChecked();
    policy.pauseOnProviderQuestion = ui->pauseOnQuestionCheck->isChecked();
    policy.warnBeforeMinutes = minutes(ui->warnBeforeEdit);
    return policy;
}

void SlaTargetsDialog::validate()
{
    const QStringList problems = this->problems();
    ui->problemLabel->setText(problems.join(u'\n'));
    ui->problemLabel->setVisible(!problems.isEmpty());
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

QString SlaTargetsDialog::summary(const SlaPolicy &policy)
{
    const SlaTargets p1 = policy.targetsFor(QStringLiteral("P1"));
    const auto text
        = [](int minutes) { return minutes > 0 ? SlaLabels::minutesText(minutes) : tr("none"); };
    return tr("P1: %1 to respond, %2 of silence, %3 to restore.")
        .arg(text(p1.firstResponseMinutes), text(p1.updateGapMinutes), text(p1.restoreMinutes));
}
