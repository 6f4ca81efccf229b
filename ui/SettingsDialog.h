#pragma once

#include "models/Profile.h"
#include "models/ProviderWords.h"
#include "session/Credentials.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

class ConnectionTest;
class Profiles;
class QTimer;

namespace Ui {
class SettingsDialog;
}

// "Connections and settings": the saved profiles on the left (add, duplicate, remove, set
// active), the selected one's connection, polling and notification settings on the right.
// Edits stay in the dialog until OK, which writes the client secrets to the system keychain
// first and then the profiles to the settings file. When the keychain is missing or locked the
// dialog says so and offers to use the secret for this session only (nothing is written then;
// sessionSecret() hands it to the caller). A secret never reaches the settings file.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Profiles *profiles, Credentials *credentials, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Adds a new, empty profile and selects it; active only with `makeActive` (e.g. "Set up a
    // connection…" on first run, when nothing else runs).
    void addProfile(bool makeActive = false);

    // After OK: the name of the active profile (empty when there is none).
    QString activeProfile() const { return m_savedActive; }
    // After OK: whether the console must reconnect (another profile is active, or the active
    // one's settings or client secret changed).
    bool activeProfileChanged() const { return m_activeChanged; }
    // The active profile changed only in its SLA targets (same profile, same secret): the clocks
    // are computed again, nothing reconnects.
    bool activeProfileChangedOnlyInSla() const { return m_activeChangedOnlyInSla; }
    // After OK: whether the engineer made a profile active ("Set active"), as opposed to
    // editing the profiles. Only that may switch a session that runs another connection.
    bool activeProfileChosen() const { return m_activeChosen && m_savedActive != m_initialActive; }
    // After OK: the secret chosen for this session only for `profileName` (the keychain could
    // not store it), or empty.
    QString sessionSecret(const QString &profileName) const
    {
        return m_sessionSecrets.value(profileName);
    }

    // What the console learned of the provider's words for the profiles stored under
    // `storageKey` (Profile::storageKey()): shown as the placeholder of the words fields.
    void setLearnedWords(const QString &storageKey, const LearnedWords &learned);

    void accept() override;
    // Ignored while the keychain is being written: the save finishes first.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

signals:
    // Emitted once OK has saved everything.
    void profilesSaved(const QString &activeProfile, bool activeProfileChanged);

private:
    struct Entry
    {
        Profile profile; // as edited
        QString endpointText; // the URLs as typed, kept even while they do not parse
        QString tokenUrlText;
        QString storedName; // the name in the settings file; empty for a new profile
        QString typedSecret; // empty: keep the stored one
        bool secretChanged = false; // written to the keychain, or kept for this session
    };

    void connectFields();
    Entry *current();
    void appendEntry(Entry entry, bool select);
    void updateItem(int row);
    void showCurrent();
    void readFields();
    void setActiveRow(int row);
    void duplicateCurrent();
    void confirmRemove();
    void removeRow(int row);
    QString uniqueName(const QString &base) const;
    QStringList problemsOf(int row) const;
    void validate();
    void checkKeychain();
    void showKeychainStatus(Credentials::Status status, const QString &message);
    void updateTokenUrlPlaceholder();
    void updateWordsPlaceholders();
    static QStringList wordList(const QString &text);
    void updateRepositorySummary();
    void editRepository();
    void updateSlaSummary();
    void editSla();
    void testConnection();
    void showTestResult(const QString &text);
    // Grows the dialog when a wrapped hint needs more height than it has.
    void fitHeight();
    void setSaving(bool saving);
    void writeSecrets();
    void secretsWritten(const QString &firstProblem);
    void useForThisSessionOnly();
    void commit();

    std::unique_ptr<Ui::SettingsDialog> ui;
    Profiles *m_profiles;
    Credentials *m_credentials;
    ConnectionTest *m_check;
    QTimer *m_keychainDelay;
    std::vector<Entry> m_entries;
    QStringList m_removedNames; // stored profiles removed in the dialog
    int m_activeRow = -1;
    bool m_loading = false;
    bool m_saving = false;
    bool m_fitPending = false; // fitHeight() runs at the next turn of the event loop
    quint64 m_keychainGeneration = 0;
    QList<int> m_failedSecretRows; // rows whose secret the keychain refused on the last OK

    QString m_initialActive;
    std::optional<Profile> m_initialActiveProfile;
    QString m_savedActive;
    bool m_activeChanged = false;
    bool m_activeChangedOnlyInSla = false;
    bool m_activeChosen = false; // "Set active" was pressed (or addProfile(true))
    QHash<QString, QString> m_sessionSecrets;
    QHash<QString, LearnedWords> m_learnedWords; // by storage key
};
