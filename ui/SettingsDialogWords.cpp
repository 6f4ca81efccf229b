// The settings dialog's fields for the provider's words (WordOverrides): the profile's own words
// over what the console learned over its default tables (docs/provider-compatibility.md).

#include "ui/SettingsDialog.h"
#include "ui_SettingsDialog.h"

// "Customer, Client" -> {"Customer", "Client"}.
QStringList SettingsDialog::wordList(const QString &text)
{
    QStringList words;
    for (const QString &word : text.split(u',')) {
        if (const QString w = word.trimmed(); !w.isEmpty() && !words.contains(w))
            words.append(w);
    }
    return words;
}

void SettingsDialog::setLearnedWords(const QString &storageKey, const LearnedWords &learned)
{
    m_learnedWords.insert(storageKey, learned);
    updateWordsPlaceholders();
}

void SettingsDialog::updateWordsPlaceholders()
{
    // What applies while a field is empty: what was learned, else the default table.
    const Entry *entry = current();
    const ProviderWords words(
        {}, entry ? m_learnedWords.value(entry->profile.storageKey()) : LearnedWords());
    const QString ours = words.ourTypes().join(QStringLiteral(", "));
    const QString closed = words.closedStatuses().join(QStringLiteral(", "));
    ui->ourTypesEdit->setPlaceholderText(words.ourTypesSource() == ProviderWords::Source::Learned
            ? tr("Learned: %1").arg(ours)
            : tr("Default: %1").arg(ours));
    ui->closedStatusesEdit->setPlaceholderText(tr("Default: %1").arg(closed));
    ui->ourTypesEdit->setToolTip(ui->ourTypesEdit->placeholderText());
    ui->closedStatusesEdit->setToolTip(ui->closedStatusesEdit->placeholderText());
}
