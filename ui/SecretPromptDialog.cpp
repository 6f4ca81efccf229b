#include "ui/SecretPromptDialog.h"

#include "ui_SecretPromptDialog.h"

#include <QPushButton>
#include <QStyle>

SecretPromptDialog::SecretPromptDialog(const Profile &profile, Credentials *credentials,
    Credentials::Status status, const QString &message, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::SecretPromptDialog>())
    , m_profile(profile)
    , m_credentials(credentials)
{
    ui->setupUi(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    const bool problem = status != Credentials::Status::NotFound;
    ui->iconLabel->setPixmap(
        style()
            ->standardIcon(problem ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxQuestion,
                nullptr, this)
            .pixmap(iconSize));
    const QString who = profile.name.isEmpty() ? profile.clientId
                                               : tr("%1 (%2)").arg(profile.name, profile.clientId);
    ui->reasonLabel->setText(tr("<p><b>Enter the client secret for %1.</b></p><p>%2</p>")
                                 .arg(who.toHtmlEscaped(), message.toHtmlEscaped()));
    ui->reasonLabel->setTextFormat(Qt::RichText);

    if (status == Credentials::Status::NoKeychain) {
        ui->rememberCheck->setChecked(false);
        ui->rememberCheck->setEnabled(false);
        ui->rememberNoteLabel->setText(
            tr("Not available without a system keychain: the secret is used for this "
               "session only."));
    } else {
        ui->rememberNoteLabel->setText(tr("Otherwise it is used for this session only and "
                                          "asked for again next time."));
    }
    ui->rememberCheck->setAccessibleDescription(ui->rememberNoteLabel->text());
    connect(ui->secretEdit, &QLineEdit::textChanged, this, &SecretPromptDialog::updateOk);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SecretPromptDialog::accept);
    updateOk();
    // Wide enough for the keychain's explanation to read as a paragraph, tall enough for it.
    setMinimumWidth(fontMetrics().averageCharWidth() * 88);
    adjustSize();
}

SecretPromptDialog::~SecretPromptDialog() = default;

QString SecretPromptDialog::secret() const
{
    return ui->secretEdit->text();
}

void SecretPromptDialog::updateOk()
{
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_writing && !secret().isEmpty());
}

void SecretPromptDialog::reject()
{
    if (!m_writing)
        QDialog::reject();
}

void SecretPromptDialog::accept()
{
    if (m_writing || secret().isEmpty())
        return;
    if (!ui->rememberCheck->isChecked()) {
        m_remembered = false;
        QDialog::accept();
        return;
    }
    m_writing = true;
    ui->secretEdit->setEnabled(false);
    ui->rememberCheck->setEnabled(false);
    updateOk();
    m_credentials->storeClientSecret(
        m_profile, secret(), this, [this](Credentials::Status status, const QString &message) {
            m_writing = false;
            ui->secretEdit->setEnabled(true);
            ui->rememberCheck->setEnabled(true);
            updateOk();
            if (status == Credentials::Status::Ok) {
                m_remembered = true;
                QDialog::accept();
                return;
            }
            // Say why and let the engineer go on without remembering it.
            ui->rememberCheck->setChecked(false);
            ui->rememberNoteLabel->setText(
                tr("%1 Click OK to use the secret for this session only.").arg(message));
            ui->rememberCheck->setAccessibleDescription(ui->rememberNoteLabel->text());
        });
}
