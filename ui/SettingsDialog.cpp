#include "ui/SettingsDialog.h"

#include "session/ConnectionTest.h"
#include "session/Profiles.h"
#include "ui/PlainText.h"
#include "ui/RepositorySettingsDialog.h"
#include "ui/Theme.h"
#include "ui_SettingsDialog.h"

#include <QListWidgetItem>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

QUrl urlFrom(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

QString textOf(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString();
}

} // namespace

SettingsDialog::SettingsDialog(Profiles *profiles, Credentials *credentials, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::SettingsDialog>())
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_check(new ConnectionTest(credentials, this))
    , m_keychainDelay(new QTimer(this))
{
    ui->setupUi(this);
    ui->testProgress->hide();
    Theme::bindChooser(ui->themeCombo); // for every profile: applied and saved when chosen
    ui->keychainProblemFrame->hide();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    ui->validationIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    ui->profileList->setIconSize(QSize(iconSize, iconSize));

    // One label column for both groups, so their fields line up.
    const QList<QLabel *> labels {ui->nameLabel, ui->endpointLabel, ui->tokenUrlLabel,
        ui->clientIdLabel, ui->secretLabel, ui->scopesLabel, ui->accountLabelLabel,
        ui->pollIntervalLabel, ui->notifyLabel, ui->ourTypesLabel, ui->closedStatusesLabel};
    int labelWidth = 0;
    for (const QLabel *label : labels)
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : labels)
        label->setMinimumWidth(labelWidth);

    m_initialActive = m_profiles->activeName();
    for (const QString &name : m_profiles->names()) {
        const std::optional<Profile> profile = m_profiles->load(name);
        if (!profile)
            continue;
        if (name == m_initialActive) {
            m_activeRow = int(m_entries.size());
            m_initialActiveProfile = profile;
        }
        appendEntry(
            {*profile, textOf(profile->endpoint), textOf(profile->tokenUrl), name, {}}, false);
    }

    // Typing a client id or token URL changes the keychain key; ask once typing pauses.
    m_keychainDelay->setSingleShot(true);
    m_keychainDelay->setInterval(300);
    connect(m_keychainDelay, &QTimer::timeout, this, &SettingsDialog::checkKeychain);

    connectFields();
    ui->profileList->setCurrentRow(m_activeRow >= 0 ? m_activeRow : 0);
    showCurrent();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::connectFields()
{
    connect(ui->profileList, &QListWidget::currentRowChanged, this, [this] {
        m_check->cancel();
        showTestResult({});
        showCurrent();
    });
    connect(ui->addButton, &QPushButton::clicked, this, [this] { addProfile(); });
    connect(ui->duplicateButton, &QPushButton::clicked, this, &SettingsDialog::duplicateCurrent);
    connect(ui->removeButton, &QPushButton::clicked, this, &SettingsDialog::confirmRemove);
    connect(ui->setActiveButton, &QPushButton::clicked, this, [this] {
        m_activeChosen = true;
        setActiveRow(ui->profileList->currentRow());
    });
    for (QLineEdit *edit :
        {ui->nameEdit, ui->endpointEdit, ui->tokenUrlEdit, ui->clientIdEdit, ui->secretEdit,
            ui->scopesEdit, ui->accountLabelEdit, ui->ourTypesEdit, ui->closedStatusesEdit})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::readFields);
    for (QLineEdit *edit : {ui->endpointEdit, ui->tokenUrlEdit, ui->clientIdEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_loading)
                m_keychainDelay->start();
        });
    }
    // A test's result is about the connection as it was tested: gone when any part of it
    // changes (a test still running is about the old one too).
    for (QLineEdit *edit :
        {ui->endpointEdit, ui->tokenUrlEdit, ui->clientIdEdit, ui->secretEdit, ui->scopesEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (m_loading || ui->testResultLabel->text().isEmpty())
                return;
            m_check->cancel();
            showTestResult({});
        });
    }
    connect(ui->pollIntervalSpin, &QSpinBox::valueChanged, this, &SettingsDialog::readFields);
    // docs/provider-compatibility.md: a provider without priorities.
    ui->defaultPriorityCombo->addItem(tr("The case type's default"), QString());
    for (const char *priority : {"P1", "P2", "P3", "P4", "P5"})
        ui->defaultPriorityCombo->addItem(QLatin1String(priority), QLatin1String(priority));
    connect(ui->defaultPriorityCombo, &QComboBox::currentIndexChanged, this,
        &SettingsDialog::readFields);
    connect(ui->statePriorityCheck, &QCheckBox::toggled, this, &SettingsDialog::readFields);
    for (QCheckBox *box : {ui->notifyMessagesCheck, ui->notifyIncidentsCheck, ui->p1AlarmSoundCheck,
             ui->notificationsOffCheck})
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::readFields);
    connect(ui->testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(ui->repositoryButton, &QPushButton::clicked, this, &SettingsDialog::editRepository);
    connect(ui->slaButton, &QPushButton::clicked, this, &SettingsDialog::editSla);
    connect(m_check, &ConnectionTest::providerSucceeded, this,
        [this](const QString &report) { showTestResult(report); });
    connect(m_check, &ConnectionTest::providerFailed, this, [this](const QString &message) {
        showTestResult(tr("Could not connect. %1").arg(message));
    });
    connect(
        ui->sessionOnlyButton, &QPushButton::clicked, this, &SettingsDialog::useForThisSessionOnly);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
}

SettingsDialog::Entry *SettingsDialog::current()
{
    const int row = ui->profileList->currentRow();
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[size_t(row)] : nullptr;
}

void SettingsDialog::appendEntry(Entry entry, bool select)
{
    m_entries.push_back(std::move(entry));
    const int row = int(m_entries.size()) - 1;
    {
        const QSignalBlocker blocker(ui->profileList);
        ui->profileList->addItem(new QListWidgetItem);
    }
    updateItem(row);
    if (select)
        ui->profileList->setCurrentRow(row);
}

void SettingsDialog::addProfile(bool makeActive)
{
    Entry entry;
    entry.profile.name = uniqueName(tr("New profile"));
    appendEntry(std::move(entry), true);
    // A new profile is never made active silently: the running session may be another
    // connection (the sandbox demo, a profile given on the command line).
    if (makeActive) {
        m_activeChosen = true;
        setActiveRow(int(m_entries.size()) - 1);
    }
    validate();
    ui->nameEdit->setFocus();
    ui->nameEdit->selectAll();
}

void SettingsDialog::duplicateCurrent()
{
    const Entry *source = current();
    if (!source)
        return;
    Entry copy = *source;
    copy.profile.name = uniqueName(tr("%1 (copy)").arg(source->profile.name));
    copy.storedName.clear();
    copy.secretChanged = false;
    appendEntry(std::move(copy), true);
    validate();
}

QString SettingsDialog::uniqueName(const QString &base) const
{
    auto taken = [this](const QString &name) {
        return std::any_of(m_entries.begin(), m_entries.end(),
            [&](const Entry &e) { return e.profile.name.compare(name, Qt::CaseInsensitive) == 0; });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

void SettingsDialog::updateItem(int row)
{
    if (row < 0 || row >= int(m_entries.size()))
        return;
    QListWidgetItem *item = ui->profileList->item(row);
    const QString name = m_entries[size_t(row)].profile.name;
    const bool active = row == m_activeRow;
    const bool valid = problemsOf(row).isEmpty();
    const QString shown = name.isEmpty() ? tr("(no name)") : name;
    item->setText(active ? tr("%1 (active)").arg(shown) : shown);
    QFont font = ui->profileList->font();
    font.setBold(active);
    item->setFont(font);
    // Every row has an icon (a blank one when valid), so the names stay aligned.
    if (valid) {
        QPixmap blank(ui->profileList->iconSize());
        blank.fill(Qt::transparent);
        item->setIcon(blank);
    } else {
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this));
    }
    QString spoken = active ? tr("%1, active profile").arg(shown) : shown;
    if (!valid)
        spoken = tr("%1, needs attention").arg(spoken);
    item->setData(Qt::AccessibleTextRole, spoken);
}

void SettingsDialog::setActiveRow(int row)
{
    const int previous = m_activeRow;
    m_activeRow = row;
    updateItem(previous);
    updateItem(row);
    ui->setActiveButton->setEnabled(current() && ui->profileList->currentRow() != m_activeRow);
}

void SettingsDialog::showCurrent()
{
    const Entry *entry = current();
    m_loading = true;
    const Profile profile = entry ? entry->profile : Profile();
    ui->nameEdit->setText(profile.name);
    ui->endpointEdit->setText(entry ? entry->endpointText : QString());
    ui->tokenUrlEdit->setText(entry ? entry->tokenUrlText : QString());
    ui->clientIdEdit->setText(profile.clientId);
    ui->secretEdit->setText(entry ? entry->typedSecret : QString());
    ui->scopesEdit->setText(profile.scope);
    ui->accountLabelEdit->setText(profile.accountLabel);
    ui->pollIntervalSpin->setValue(profile.pollIntervalSeconds);
    ui->notifyMessagesCheck->setChecked(profile.notifications.providerMessages);
    ui->notifyIncidentsCheck->setChecked(profile.notifications.urgentIncidents);
    ui->notificationsOffCheck->setChecked(profile.notifications.allOff);
    ui->p1AlarmSoundCheck->setChecked(profile.notifications.p1AlarmSound);
    ui->ourTypesEdit->setText(profile.words.ourTypes.join(QStringLiteral(", ")));
    ui->closedStatusesEdit->setText(profile.words.closedStatuses.join(QStringLiteral(", ")));
    ui->defaultPriorityCombo->setCurrentIndex(
        qMax(0, ui->defaultPriorityCombo->findData(profile.defaultPriority)));
    ui->statePriorityCheck->setChecked(profile.statePriorityInMessage);
    m_loading = false;

    ui->connectionGroup->setEnabled(entry);
    ui->pollingGroup->setEnabled(entry);
    ui->wordsGroup->setEnabled(entry);
    ui->duplicateButton->setEnabled(entry);
    ui->removeButton->setEnabled(entry);
    ui->setActiveButton->setEnabled(entry && ui->profileList->currentRow() != m_activeRow);
    ui->notifyMessagesCheck->setEnabled(!profile.notifications.allOff);
    ui->notifyIncidentsCheck->setEnabled(!profile.notifications.allOff);
    ui->p1AlarmSoundCheck->setEnabled(
        !profile.notifications.allOff && profile.notifications.urgentIncidents);
    updateTokenUrlPlaceholder();
    updateWordsPlaceholders();
    updateRepositorySummary();
    updateSlaSummary();
    m_keychainDelay->stop();
    checkKeychain();
    validate();
}

void SettingsDialog::updateRepositorySummary()
{
    const Entry *entry = current();
    ui->repositoryButton->setEnabled(entry != nullptr);
    if (!entry || !entry->profile.repository.isConfigured()) {
        ui->repositorySummaryLabel->setText(tr("No Case Repository."));
        return;
    }
    const RepositorySettings &r = entry->profile.repository;
    ui->repositorySummaryLabel->setText(r.publish
            ? tr("%1 as %2; publishing the case statuses.").arg(r.url.host(), r.user)
            : tr("%1 as %2; not publishing.").arg(r.url.host(), r.user));
}

void SettingsDialog::editRepository()
{
    Entry *entry = current();
    if (!entry)
        return;
    auto *dialog = new RepositorySettingsDialog(entry->profile.repository, m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = entry->profile.name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        for (Entry &e : m_entries) {
            if (e.profile.name == name)
                e.profile.repository = dialog->settings();
        }
        updateRepositorySummary();
        validate();
    });
    dialog->open();
}

void SettingsDialog::readFields()
{
    Entry *entry = current();
    if (m_loading || !entry)
        return;
    Profile &p = entry->profile;
    p.name = ui->nameEdit->text().trimmed();
    entry->endpointText = ui->endpointEdit->text();
    entry->tokenUrlText = ui->tokenUrlEdit->text();
    p.endpoint = urlFrom(entry->endpointText);
    p.tokenUrl = entry->tokenUrlText.trimmed().isEmpty() ? QUrl() : urlFrom(entry->tokenUrlText);
    p.clientId = ui->clientIdEdit->text().trimmed();
    if (entry->typedSecret != ui->secretEdit->text())
        ui->keychainProblemFrame->hide();
    entry->typedSecret = ui->secretEdit->text();
    p.scope = ui->scopesEdit->text().simplified();
    p.accountLabel = ui->accountLabelEdit->text().trimmed();
    p.pollIntervalSeconds = ui->pollIntervalSpin->value();
    p.notifications.providerMessages = ui->notifyMessagesCheck->isChecked();
    p.notifications.urgentIncidents = ui->notifyIncidentsCheck->isChecked();
    p.notifications.allOff = ui->notificationsOffCheck->isChecked();
    p.notifications.p1AlarmSound = ui->p1AlarmSoundCheck->isChecked();
    p.defaultPriority = ui->defaultPriorityCombo->currentData().toString();
    p.statePriorityInMessage = ui->statePriorityCheck->isChecked();
    ui->notifyMessagesCheck->setEnabled(!p.notifications.allOff);
    ui->notifyIncidentsCheck->setEnabled(!p.notifications.allOff);
    ui->p1AlarmSoundCheck->setEnabled(!p.notifications.allOff && p.notifications.urgentIncidents);
    p.words.ourTypes = SettingsDialog::wordList(ui->ourTypesEdit->text());
    p.words.closedStatuses = SettingsDialog::wordList(ui->closedStatusesEdit->text());
    updateTokenUrlPlaceholder();
    updateWordsPlaceholders();
    validate();
}

void SettingsDialog::updateTokenUrlPlaceholder()
{
    const Entry *entry = current();
    Profile probe = entry ? entry->profile : Profile();
    probe.tokenUrl = QUrl();
    ui->tokenUrlEdit->setPlaceholderText(
        probe.endpoint.isValid() && !probe.endpoint.host().isEmpty()
            ? probe.effectiveTokenUrl().toString()
            : tr("/oauth2/token on the endpoint's host"));
}

QStringList SettingsDialog::problemsOf(int row) const
{
    const Entry &e = m_entries[size_t(row)];
    QStringList problems;
    const QString &name = e.profile.name;
    if (name.isEmpty()) {
        problems << tr("Enter a name for the profile.");
    } else if (name.contains(u'/') || name.contains(u'\\')) {
        problems << tr("A profile name cannot contain “/” or “\\”.");
    } else {
        for (size_t other = 0; other < m_entries.size(); ++other) {
            if (int(other) != row
                && m_entries[other].profile.name.compare(name, Qt::CaseInsensitive) == 0) {
                problems << tr("Another profile is already called “%1”.").arg(name);
                break;
            }
        }
    }
    if (e.endpointText.trimmed().isEmpty())
        problems << tr("Enter the GraphQL endpoint URL.");
    else if (const QString why = Credentials::urlRefusal(e.profile.endpoint); !why.isEmpty())
        problems << tr("GraphQL endpoint: %1").arg(why);
    if (!e.tokenUrlText.trimmed().isEmpty()) {
        if (const QString why = Credentials::urlRefusal(e.profile.tokenUrl); !why.isEmpty())
            problems << tr("Token URL: %1").arg(why);
    }
    if (e.profile.clientId.isEmpty())
        problems << tr("Enter the client id.");
    return problems;
}

void SettingsDialog::validate()
{
    const int currentRow = ui->profileList->currentRow();
    QStringList shown;
    QStringList othersInvalid;
    for (size_t row = 0; row < m_entries.size(); ++row) {
        const QStringList problems = problemsOf(int(row));
        if (int(row) == currentRow)
            shown = problems;
        else if (!problems.isEmpty())
            othersInvalid << m_entries[row].profile.name;
        updateItem(int(row));
    }
    if (!othersInvalid.isEmpty())
        shown << tr("Also fix: %1.").arg(othersInvalid.join(QLatin1String(", ")));
    if (m_entries.empty())
        ui->validationLabel->setText(tr("Add a profile to connect to a provider."));
    else
        ui->validationLabel->setText(shown.join(u'\n'));
    const bool hasText = !ui->validationLabel->text().isEmpty();
    ui->validationLabel->setVisible(hasText);
    ui->validationIcon->setVisible(hasText && !m_entries.empty());
    fitHeight();

    const bool allValid = shown.isEmpty();
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(allValid && !m_saving);
    const bool currentValid = currentRow >= 0 && problemsOf(currentRow).isEmpty();
    ui->testButton->setEnabled(m_check->isTestingProvider() || (currentValid && !m_saving));
}

void SettingsDialog::confirmRemove()
{
    const Entry *entry = current();
    if (!entry)
        return;
    const int row = ui->profileList->currentRow();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove profile"),
        tr("Remove the profile “%1”?").arg(entry->profile.name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setInformativeText(tr("It leaves the settings when you click OK. Its client secret "
                               "stays in the system keychain and its cached cases stay on this "
                               "computer."));
    PlainText::apply(box);
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, row](QAbstractButton *button) {
        if (button == remove)
            removeRow(row);
    });
    box->open();
}

void SettingsDialog::removeRow(int row)
{
    if (row < 0 || row >= int(m_entries.size()))
        return;
    if (!m_entries[size_t(row)].storedName.isEmpty())
        m_removedNames << m_entries[size_t(row)].storedName;
    m_entries.erase(m_entries.begin() + row);
    {
        const QSignalBlocker blocker(ui->profileList);
        delete ui->profileList->takeItem(row);
    }
    // The active profile removed: the first remaining one takes over, so there always is one.
    if (m_activeRow == row)
        m_activeRow = m_entries.empty() ? -1 : 0;
    else if (m_activeRow > row)
        --m_activeRow;
    m_check->cancel();
    showTestResult({});
    {
        const QSignalBlocker blocker(ui->profileList);
        ui->profileList->setCurrentRow(std::min(row, int(m_entries.size()) - 1));
    }
    showCurrent();
    ui->profileList->setFocus();
}

void SettingsDialog::testConnection()
{
    if (m_check->isTestingProvider()) {
        m_check->cancel();
        showTestResult(tr("Test cancelled."));
        return;
    }
    const Entry *entry = current();
    if (!entry || !problemsOf(ui->profileList->currentRow()).isEmpty())
        return;
    ui->testProgress->show();
    ui->testButton->setText(tr("Cancel &test"));
    ui->testResultLabel->setText(tr("Connecting to %1…").arg(entry->profile.endpoint.host()));
    m_check->testProvider(entry->profile, entry->typedSecret);
}

void SettingsDialog::showTestResult(const QString &text)
{
    ui->testProgress->hide();
    ui->testButton->setText(tr("&Test connection"));
    ui->testResultLabel->setText(text);
    validate();
    fitHeight();
}

void SettingsDialog::fitHeight()
{
    // A hint that wraps onto more lines (the keychain's, a test result, the problems) needs
    // more height than the dialog's minimum, which counts one line per label: the dialog grows
    // rather than squashing the fields above it. Once the layouts have taken the new text in
    // (they do so in posted events), so once per turn of the event loop.
    if (m_fitPending || !isVisible())
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, [this] {
        m_fitPending = false;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QLayout *top = layout();
        if (!top)
            return;
        const int needed = top->hasHeightForWidth() ? top->totalHeightForWidth(width())
                                                    : top->totalSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    });
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void SettingsDialog::accept()
{
    if (m_saving)
        return;
    readFields();
    if (!ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    writeSecrets();
}

void SettingsDialog::reject()
{
    if (!m_saving)
        QDialog::reject();
}
