// The settings dialog and the system keychain: whether a profile's client secret is stored, and
// OK, which writes the typed secrets to the keychain before the profiles go to the settings file
// (or, when the keychain refuses, keeps them for this session only).

#include "session/Profiles.h"
#include "ui/SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include <QPushButton>

#include <memory>

void SettingsDialog::checkKeychain()
{
    const Entry *entry = current();
    const quint64 generation = ++m_keychainGeneration;
    if (!entry || entry->profile.clientId.isEmpty() || !entry->profile.endpoint.isValid()) {
        ui->keychainStatusLabel->setText(entry
                ? tr("Enter the endpoint and client id to see whether a secret is stored.")
                : QString());
        ui->secretEdit->setPlaceholderText({});
        return;
    }
    ui->keychainStatusLabel->setText(tr("Checking the system keychain…"));
    ui->secretEdit->setPlaceholderText({});
    // Only whether a secret exists is shown; the secret itself is dropped here.
    m_credentials->checkClientSecret(entry->profile, this,
        [this, generation](Credentials::Status status, const QString &message) {
            if (generation == m_keychainGeneration)
                showKeychainStatus(status, message);
        });
}

void SettingsDialog::showKeychainStatus(Credentials::Status status, const QString &message)
{
    const Entry *entry = current();
    if (!entry)
        return;
    const bool demo = Profiles::isSandboxDemo(entry->profile);
    QString text;
    QString placeholder = tr("Enter the client secret");
    switch (status) {
    case Credentials::Status::Ok:
        text = tr("A secret is stored in the system keychain. Leave the field empty to keep it.");
        placeholder = tr("Stored in the system keychain");
        break;
    case Credentials::Status::NotFound:
        if (demo) {
            text = tr("A demo client of the local sandbox: its public secret is built in.");
            placeholder = tr("Not needed for the sandbox demo");
        } else {
            text = tr("No secret is stored in the system keychain for this client id and token "
                      "URL.");
        }
        break;
    default:
        text = message;
        break;
    }
    ui->keychainStatusLabel->setText(text);
    ui->secretEdit->setPlaceholderText(placeholder);
    ui->secretEdit->setAccessibleDescription(text);
    fitHeight();
}

void SettingsDialog::setSaving(bool saving)
{
    m_saving = saving;
    // Rows must not move while the keychain answers.
    ui->profileList->setEnabled(!saving);
    const QList<QWidget *> widgets {ui->addButton, ui->duplicateButton, ui->removeButton,
        ui->setActiveButton, ui->connectionGroup, ui->pollingGroup, ui->sessionOnlyButton,
        ui->buttonBox};
    for (QWidget *w : widgets)
        w->setEnabled(!saving);
    if (!saving)
        showCurrent();
}

void SettingsDialog::writeSecrets()
{
    m_failedSecretRows.clear();
    QList<int> rows;
    for (size_t row = 0; row < m_entries.size(); ++row) {
        if (!m_entries[row].typedSecret.isEmpty())
            rows << int(row);
    }
    if (rows.isEmpty()) {
        commit();
        return;
    }
    setSaving(true);
    ui->keychainProblemFrame->hide();
    auto pending = std::make_shared<qsizetype>(rows.size());
    auto firstProblem = std::make_shared<QString>();
    for (int row : rows) {
        Entry &entry = m_entries[size_t(row)];
        m_credentials->storeClientSecret(entry.profile, entry.typedSecret, this,
            [this, row, pending, firstProblem](Credentials::Status status, const QString &message) {
                if (status == Credentials::Status::Ok) {
                    m_entries[size_t(row)].secretChanged = true;
                    m_entries[size_t(row)].typedSecret.clear();
                } else {
                    m_failedSecretRows << row;
                    if (firstProblem->isEmpty())
                        *firstProblem = message;
                }
                if (--*pending == 0)
                    secretsWritten(*firstProblem);
            });
    }
}

void SettingsDialog::secretsWritten(const QString &firstProblem)
{
    setSaving(false);
    if (m_failedSecretRows.isEmpty()) {
        commit();
        return;
    }
    ui->keychainProblemLabel->setText(
        tr("The client secret could not be saved in the system keychain. %1\n"
           "The settings have not been saved yet.")
            .arg(firstProblem));
    ui->keychainProblemFrame->show();
    ui->sessionOnlyButton->setFocus();
}

void SettingsDialog::useForThisSessionOnly()
{
    for (int row : std::as_const(m_failedSecretRows)) {
        Entry &entry = m_entries[size_t(row)];
        m_sessionSecrets.insert(entry.profile.name, entry.typedSecret);
        entry.secretChanged = true;
    }
    m_failedSecretRows.clear();
    commit();
}

void SettingsDialog::commit()
{
    // Removed and renamed profiles first, so a profile may take the name another one gave up.
    for (const QString &name : std::as_const(m_removedNames))
        m_profiles->remove(name);
    for (const Entry &entry : m_entries) {
        if (!entry.storedName.isEmpty() && entry.storedName != entry.profile.name)
            m_profiles->remove(entry.storedName);
    }
    for (Entry &entry : m_entries) {
        m_profiles->save(entry.profile);
        entry.storedName = entry.profile.name;
    }
    m_removedNames.clear();

    const Entry *active = m_activeRow >= 0 ? &m_entries[size_t(m_activeRow)] : nullptr;
    m_savedActive = active ? active->profile.name : QString();
    m_profiles->setActiveName(m_savedActive);
    m_profiles->sync();
    if (!active)
        m_activeChanged = !m_initialActive.isEmpty();
    else
        m_activeChanged = m_savedActive != m_initialActive || !m_initialActiveProfile
            || *m_initialActiveProfile != active->profile || active->secretChanged;
    m_activeChangedOnlyInSla = false;
    if (m_activeChanged && active && m_savedActive == m_initialActive && m_initialActiveProfile
        && !active->secretChanged) {
        Profile before = *m_initialActiveProfile;
        before.sla = active->profile.sla;
        m_activeChangedOnlyInSla = before == active->profile;
    }

    emit profilesSaved(m_savedActive, m_activeChanged);
    QDialog::accept();
}
