#pragma once

#include "models/Profile.h"
#include "session/Credentials.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SecretPromptDialog;
}

// Asks for the active profile's client secret when the keychain has none for it or cannot be
// used: says why (the keychain's message), takes the secret, and stores it in the keychain
// when "Remember" is checked (the checkbox is disabled, with the reason, when there is no
// keychain). A failed write keeps the dialog open and offers the secret for this session only.
class SecretPromptDialog : public QDialog
{
    Q_OBJECT

public:
    // `status` and `message` are what Credentials::readClientSecret() answered for the profile.
    SecretPromptDialog(const Profile &profile, Credentials *credentials, Credentials::Status status,
        const QString &message, QWidget *parent = nullptr);
    ~SecretPromptDialog() override;

    // After OK: the secret entered.
    QString secret() const;
    // After OK: whether it was stored in the keychain (otherwise it is for this session only).
    bool isRemembered() const { return m_remembered; }

    void accept() override;
    // Ignored while the keychain is being written.
    void reject() override;

private:
    void updateOk();

    std::unique_ptr<Ui::SecretPromptDialog> ui;
    Profile m_profile;
    Credentials *m_credentials;
    bool m_writing = false;
    bool m_remembered = false;
};
