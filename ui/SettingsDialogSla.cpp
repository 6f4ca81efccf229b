// The settings dialog's SLA targets (docs/sla.md): a summary beside the button, and the targets'
// own dialog, whose OK changes the profile as edited (written with the rest on OK).

#include "ui/SettingsDialog.h"
#include "ui/SlaTargetsDialog.h"
#include "ui_SettingsDialog.h"

void SettingsDialog::updateSlaSummary()
{
    const Entry *entry = current();
    ui->slaButton->setEnabled(entry != nullptr);
    ui->slaSummaryLabel->setText(entry ? SlaTargetsDialog::summary(entry->profile.sla) : QString());
}

void SettingsDialog::editSla()
{
    const Entry *entry = current();
    if (!entry)
        return;
    auto *dialog = new SlaTargetsDialog(entry->profile.sla, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = entry->profile.name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        for (Entry &e : m_entries) {
            if (e.profile.name == name)
                e.profile.sla = dialog->policy();
        }
        updateSlaSummary();
    });
    dialog->open();
}
