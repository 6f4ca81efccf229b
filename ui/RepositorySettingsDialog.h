#pragma once

#include "models/Profile.h"

#include <QDialog>

#include <memory>

class ConnectionTest;
class Credentials;

namespace Ui {
class RepositorySettingsDialog;
}

// A profile's Case Repository: URL, user, password (to the system keychain, on OK) and whether
// and how the provider cases' statuses are published (source, client, the status and case-type
// mapping, with the defaults of the built-in table shown as placeholders). "Test" searches the
// repository with what is typed.
class RepositorySettingsDialog : public QDialog
{
    Q_OBJECT

public:
    RepositorySettingsDialog(
        const RepositorySettings &settings, Credentials *credentials, QWidget *parent = nullptr);
    ~RepositorySettingsDialog() override;

    // After OK: the settings as edited.
    RepositorySettings settings() const;
    QStringList problems() const;
    void accept() override;

private:
    void validate();
    void test();

    std::unique_ptr<Ui::RepositorySettingsDialog> ui;
    Credentials *m_credentials;
    ConnectionTest *m_check;
    bool m_saving = false;
};
