#include "ui/RepositorySettingsDialog.h"

#include "models/CaseLabels.h"
#include "models/CaseTypeMatrix.h"
#include "models/RepositoryEntry.h"
#include "session/ConnectionTest.h"
#include "session/Credentials.h"
#include "ui_RepositorySettingsDialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>

namespace {

// The mapping table's rows: provider statuses, then provider types.
enum { KindColumn, ProviderColumn, RepositoryColumn };
const QString StatusKind = QStringLiteral("status");
const QString TypeKind = QStringLiteral("type");

QUrl urlFrom(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QUrl() : QUrl(trimmed, QUrl::StrictMode);
}

} // namespace

RepositorySettingsDialog::RepositorySettingsDialog(
    const RepositorySettings &settings, Credentials *credentials, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::RepositorySettingsDialog>())
    , m_credentials(credentials)
    , m_check(new ConnectionTest(credentials, this))
{
    ui->setupUi(this);
    connect(m_check, &ConnectionTest::repositorySucceeded, this, [this](int entries) {
        ui->testLabel->setText(
            tr("Connected: %n case status(es) in the repository.", nullptr, entries));
    });
    connect(m_check, &ConnectionTest::repositoryFailed, ui->testLabel, &QLabel::setText);
    const RepositoryStatuses &table = RepositoryStatuses::builtIn();
    ui->urlEdit->setText(settings.url.toString());
    ui->userEdit->setText(settings.user);
    ui->publishGroup->setChecked(settings.publish);
    ui->sourceEdit->setText(settings.source);
    ui->sourceEdit->setPlaceholderText(table.defaultSource());
    ui->clientTypeCombo->addItems(table.clientTypes());
    ui->clientTypeCombo->setCurrentText(settings.clientType);
    ui->clientIdEdit->setText(settings.clientId);

    // One row per provider status and type; an empty cell means the built-in default.
    ui->mapTable->setColumnCount(3);
    ui->mapTable->setHorizontalHeaderLabels({tr("What"), tr("Provider"), tr("Case Repository")});
    ui->mapTable->verticalHeader()->hide();
    ui->mapTable->horizontalHeader()->setSectionResizeMode(RepositoryColumn, QHeaderView::Stretch);
    const auto addRow = [&](const QString &kind, const QString &id, const QString &label,
                            const QString &value, const QString &fallback, bool statuses) {
        const int row = ui->mapTable->rowCount();
        ui->mapTable->insertRow(row);
        auto *what = new QTableWidgetItem(kind == StatusKind ? tr("Status") : tr("Case type"));
        what->setData(Qt::UserRole, kind);
        what->setFlags(Qt::ItemIsEnabled);
        auto *provider = new QTableWidgetItem(label);
        provider->setData(Qt::UserRole, id);
        provider->setFlags(Qt::ItemIsEnabled);
        ui->mapTable->setItem(row, KindColumn, what);
        ui->mapTable->setItem(row, ProviderColumn, provider);
        auto *combo = new QComboBox;
        combo->setEditable(true);
        combo->setAccessibleName(tr("Case Repository value for %1").arg(label));
        if (statuses) {
            for (const auto &s : table.statuses())
                combo->addItem(s.id);
        } else {
            for (const QString &t : table.defaultCaseTypeMap())
                combo->addItem(t);
        }
        combo->setCurrentText(value);
        combo->lineEdit()->setPlaceholderText(fallback);
        ui->mapTable->setCellWidget(row, RepositoryColumn, combo);
    };
    for (const QString &status : CaseLabels::statusIds())
        addRow(StatusKind, status, CaseLabels::status(status), settings.statusMap.value(status),
            table.defaultStatusMap().value(status), true);
    for (const auto &type : CaseTypeMatrix::builtIn().types())
        addRow(TypeKind, type.id, type.label, settings.caseTypeMap.value(type.id),
            table.defaultCaseTypeMap().value(type.id), false);
    ui->mapTable->resizeColumnsToContents();

    for (QLineEdit *edit : {ui->urlEdit, ui->userEdit, ui->sourceEdit, ui->clientIdEdit})
        connect(edit, &QLineEdit::textChanged, this, &RepositorySettingsDialog::validate);
    connect(ui->clientTypeCombo, &QComboBox::currentTextChanged, this,
        &RepositorySettingsDialog::validate);
    connect(ui->publishGroup, &QGroupBox::toggled, this, &RepositorySettingsDialog::validate);
    connect(ui->testButton, &QPushButton::clicked, this, &RepositorySettingsDialog::test);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &RepositorySettingsDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

RepositorySettingsDialog::~RepositorySettingsDialog() = default;

RepositorySettings RepositorySettingsDialog::settings() const
{
    RepositorySettings s;
    s.url = urlFrom(ui->urlEdit->text());
    s.user = ui->userEdit->text().trimmed();
    s.publish = ui->publishGroup->isChecked();
    s.source = ui->sourceEdit->text().trimmed();
    s.clientType = ui->clientTypeCombo->currentText().trimmed();
    s.clientId = ui->clientIdEdit->text().trimmed();
    for (int row = 0; row < ui->mapTable->rowCount(); ++row) {
        const QString kind = ui->mapTable->item(row, KindColumn)->data(Qt::UserRole).toString();
        const QString id = ui->mapTable->item(row, ProviderColumn)->data(Qt::UserRole).toString();
        const auto *combo
            = qobject_cast<QComboBox *>(ui->mapTable->cellWidget(row, RepositoryColumn));
        const QString value = combo ? combo->currentText().trimmed() : QString();
        if (value.isEmpty())
            continue;
        (kind == StatusKind ? s.statusMap : s.caseTypeMap).insert(id, value);
    }
    return s;
}

QStringList RepositorySettingsDialog::problems() const
{
    const RepositorySettings s = settings();
    QStringList found;
    const QString urlText = ui->urlEdit->text().trimmed();
    if (urlText.isEmpty()) {
        if (s.publish)
            found << tr("Publishing needs the Case Repository's URL.");
        return found;
    }
    if (!s.url.isValid() || s.url.isRelative())
        found << tr("The URL is not a valid address.");
    else if (const QString why = Credentials::urlRefusal(s.url); !why.isEmpty())
        found << why;
    if (s.user.isEmpty())
        found << tr("Enter the Case Repository user.");
    if (s.publish && (s.clientId.isEmpty() || s.clientType.isEmpty()))
        found << tr("Publishing needs the client type and id the statuses are about.");
    return found;
}

void RepositorySettingsDialog::validate()
{
    const QStringList found = problems();
    ui->problemLabel->setText(found.join(u'\n'));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty() && !m_saving);
    ui->testButton->setEnabled(found.isEmpty() && !ui->urlEdit->text().trimmed().isEmpty());
}

void RepositorySettingsDialog::test()
{
    ui->testLabel->setText(tr("Testing…"));
    m_check->testRepository(settings(), ui->passwordEdit->text());
}

void RepositorySettingsDialog::accept()
{
    if (!problems().isEmpty() || m_saving)
        return;
    const QString password = ui->passwordEdit->text();
    if (password.isEmpty() || !m_credentials) {
        QDialog::accept();
        return;
    }
    // The password goes to the keychain now; nothing else keeps it.
    m_saving = true;
    validate();
    m_credentials->storeRepositoryPassword(
        settings(), password, this, [this](Credentials::Status status, const QString &message) {
            m_saving = false;
            validate();
            if (status != Credentials::Status::Ok) {
                ui->problemLabel->setText(
                    tr("The password could not be stored in the system keychain: %1").arg(message));
                return;
            }
            QDialog::accept();
        });
}
