#include "ui/RepositoryEntryDialog.h"

#include "models/RepositoryEntryModel.h"
#include "session/OutboxStates.h"
#include "ui/PlainText.h"
#include "ui_RepositoryEntryDialog.h"

#include <QCompleter>
#include <QLocale>
#include <QPushButton>

namespace {

qsizetype characters(const QString &text)
{
    return text.toUcs4().size();
}

// Leading and trailing blanks are dropped, unless the text is the original's but for them: an
// entry written elsewhere with a stray space is not changed by opening and saving it.
QString cleaned(const QString &typed, const QString &original)
{
    const QString trimmed = typed.trimmed();
    return trimmed == original.trimmed() ? original : trimmed;
}

} // namespace

RepositoryEntryDialog::RepositoryEntryDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RepositoryEntryDialog>())
    , m_mode(Mode::Create)
{
    setUp();
    RepositoryEntry fresh;
    fresh.source = RepositoryStatuses::builtIn().defaultSource();
    fresh.status = RepositoryStatuses::builtIn().statuses().value(0).id;
    setEntry(fresh);
}

RepositoryEntryDialog::RepositoryEntryDialog(const RepositoryEntry &original, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RepositoryEntryDialog>())
    , m_mode(Mode::Edit)
    , m_original(original)
{
    setUp();
    setEntry(original);
}

RepositoryEntryDialog::~RepositoryEntryDialog() = default;

void RepositoryEntryDialog::setUp()
{
    m_ui->setupUi(this);
    const RepositoryStatuses &table = RepositoryStatuses::builtIn();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    m_ui->busyBar->hide();
    // Lines wrap: a horizontal scroll bar would only ever flash up while the dialog is laid out.
    m_ui->descriptionEdit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (m_mode == Mode::Create) {
        setWindowTitle(tr("New Case Status"));
        ok->setText(tr("&Create"));
        m_ui->introLabel->setText(tr("Publish the status of a case to the Case Repository."));
        m_ui->requiredLabel->setText(
            tr("Required: the case type, the client type and the status. The client ID, the "
               "description, the business key and the source may be left empty."));
        m_ui->sourceEdit->setPlaceholderText(tr("Empty: the Case Repository's default (eximee)"));
    } else {
        setWindowTitle(tr("Edit Case Status"));
        ok->setText(tr("Sa&ve Changes"));
        m_ui->introLabel->setText(
            tr("Change the status entry %1. Only the fields you change are sent; the entry's "
               "history records them.")
                .arg(m_original.caseId));
        m_ui->requiredLabel->setText(
            tr("Required: the case type, the client type, the status and the source. Emptying "
               "the client ID, the description or the business key removes it from the entry."));
    }

    for (const QString &type : table.clientTypes())
        m_ui->clientTypeCombo->addItem(type, type);
    for (const RepositoryStatuses::Status &s : table.statuses())
        m_ui->statusCombo->addItem(tr("%1 — %2").arg(s.label, s.id), s.id);
    QStringList caseTypes = table.defaultCaseTypeMap().values();
    caseTypes.removeDuplicates();
    auto *completer = new QCompleter(caseTypes, m_ui->caseTypeEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->caseTypeEdit->setCompleter(completer);

    // An edit after a refusal: the form speaks again.
    const auto edited = [this] {
        m_refused = false;
        validate();
    };
    for (QLineEdit *edit :
        {m_ui->caseTypeEdit, m_ui->clientIdEdit, m_ui->businessKeyEdit, m_ui->sourceEdit})
        connect(edit, &QLineEdit::textChanged, this, edited);
    for (QComboBox *combo : {m_ui->clientTypeCombo, m_ui->statusCombo})
        connect(combo, &QComboBox::currentTextChanged, this, edited);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, edited);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (!problems().isEmpty() || !m_pendingKey.isEmpty())
            return;
        setLocked(true);
        m_ui->stateLabel->setText(tr("Saving the change to send it…"));
        emit submitted(entry());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RepositoryEntryDialog::setEntry(const RepositoryEntry &e)
{
    m_filling = true;
    m_ui->caseTypeEdit->setText(e.caseType);
    const int clientType = m_ui->clientTypeCombo->findData(e.clientType);
    m_ui->clientTypeCombo->setCurrentIndex(clientType);
    if (clientType < 0)
        m_ui->clientTypeCombo->setEditText(e.clientType);
    m_ui->clientIdEdit->setText(e.clientId);
    const int status = m_ui->statusCombo->findData(e.status);
    m_ui->statusCombo->setCurrentIndex(status);
    if (status < 0)
        m_ui->statusCombo->setEditText(e.status);
    m_ui->descriptionEdit->setPlainText(e.statusDescription);
    m_ui->businessKeyEdit->setText(e.businessKey);
    m_ui->sourceEdit->setText(e.source);
    m_filling = false;
    validate();
}

QString RepositoryEntryDialog::statusValue() const
{
    // An editable combo: a listed label stands for its value, anything else is the value.
    const QString text = m_ui->statusCombo->currentText().trimmed();
    const int index = m_ui->statusCombo->findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return m_ui->statusCombo->itemData(index).toString();
    return cleaned(text, m_original.status);
}

RepositoryEntry RepositoryEntryDialog::entry() const
{
    RepositoryEntry e = m_original;
    e.caseType = cleaned(m_ui->caseTypeEdit->text(), m_original.caseType);
    e.clientType = cleaned(m_ui->clientTypeCombo->currentText(), m_original.clientType);
    e.clientId = cleaned(m_ui->clientIdEdit->text(), m_original.clientId);
    e.status = statusValue();
    // The description is free text, lines and spaces included; only a blank one is none.
    const QString description = m_ui->descriptionEdit->toPlainText();
    e.statusDescription = description.trimmed().isEmpty() ? QString() : description;
    e.businessKey = cleaned(m_ui->businessKeyEdit->text(), m_original.businessKey);
    e.source = cleaned(m_ui->sourceEdit->text(), m_original.source);
    return e;
}

QJsonObject RepositoryEntryDialog::changes() const
{
    return m_original.changesTo(entry());
}

QStringList RepositoryEntryDialog::problems() const
{
    const RepositoryEntry e = entry();
    QStringList found;
    const auto check
        = [&found](const QString &value, const QString &name, int limit, bool required) {
              if (required && value.isEmpty())
                  found << tr("Enter the %1: the Case Repository requires it.").arg(name);
              else if (characters(value) > limit)
                  found << tr("The %1 has %2 characters; the Case Repository takes at most %3.")
                               .arg(name)
                               .arg(characters(value))
                               .arg(limit);
          };
    // Required as Eximee publishes POST /v1: case type, client type and status. The business
    // key may be empty (sent as null), the client ID too (left out).
    check(e.caseType, tr("case type"), MaxCaseType, true);
    check(e.clientType, tr("client type"), MaxClientType, true);
    check(e.clientId, tr("client ID"), MaxClientId, false);
    check(e.status, tr("status"), MaxStatus, true);
    check(e.statusDescription, tr("description"), MaxDescription, false);
    check(e.businessKey, tr("business key"), MaxBusinessKey, false);
    // A new entry may leave the source to the repository; an existing one always has one.
    check(e.source, tr("source"), MaxSource, m_mode == Mode::Edit);
    if (found.isEmpty() && m_mode == Mode::Edit && changes().isEmpty())
        found << tr("Nothing changed yet.");
    return found;
}

QString RepositoryEntryDialog::changedFields() const
{
    QStringList names;
    for (const QString &field : changes().keys())
        names << RepositoryEntryModel::fieldLabel(field);
    return names.join(QStringLiteral(", "));
}

void RepositoryEntryDialog::updateStatusHint()
{
    const QString value = statusValue();
    if (value.isEmpty()) {
        m_ui->statusHintLabel->clear();
        return;
    }
    const RepositoryStatuses &table = RepositoryStatuses::builtIn();
    bool known = false;
    for (const RepositoryStatuses::Status &s : table.statuses())
        known = known || s.id == value;
    if (!known) {
        m_ui->statusHintLabel->setText(
            tr("Sent as “%1”, as typed. The console does not know this value and shows it as "
               "open.")
                .arg(value));
    } else {
        m_ui->statusHintLabel->setText(table.isOpen(value)
                ? tr("Sent as “%1”: the case counts as open.").arg(value)
                : tr("Sent as “%1”: the case counts as closed.").arg(value));
    }
}

void RepositoryEntryDialog::validate()
{
    if (m_filling)
        return;
    updateStatusHint();
    const int count = int(characters(m_ui->descriptionEdit->toPlainText()));
    m_ui->descriptionCountLabel->setText(tr("%1 of %2 characters")
                                             .arg(QLocale().toString(count))
                                             .arg(QLocale().toString(MaxDescription)));

    const QStringList found = problems();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    const bool locked = !m_pendingKey.isEmpty();
    ok->setEnabled(found.isEmpty() && !locked);
    if (found.isEmpty() && m_refused) {
        // Refused as it is: the refusal below says why; "ready" above it would contradict it.
        m_ui->problemLabel->clear();
        m_ui->problemLabel->hide();
        return;
    }
    m_ui->problemLabel->show();
    if (found.isEmpty()) {
        m_ui->problemLabel->setText(m_mode == Mode::Create
                ? tr("Ready to create.")
                : tr("Changes to send: %1.").arg(changedFields()));
        ok->setToolTip({});
        return;
    }
    if (found == QStringList {tr("Nothing changed yet.")}) {
        m_ui->problemLabel->setText(found.first());
        ok->setToolTip(PlainText::toolTip(found.first()));
        return;
    }
    QString html = (m_mode == Mode::Create ? tr("To create the entry:") : tr("To save:"))
        + QStringLiteral("<ul style='margin:0'>");
    for (const QString &problem : found)
        html += QStringLiteral("<li>%1</li>").arg(problem.toHtmlEscaped());
    m_ui->problemLabel->setText(html + QStringLiteral("</ul>"));
    ok->setToolTip(PlainText::toolTip(found.join(u'\n')));
}

void RepositoryEntryDialog::setLocked(bool locked)
{
    for (QWidget *w : std::initializer_list<QWidget *> {m_ui->caseTypeEdit, m_ui->clientTypeCombo,
             m_ui->clientIdEdit, m_ui->statusCombo, m_ui->businessKeyEdit, m_ui->sourceEdit})
        w->setEnabled(!locked);
    m_ui->descriptionEdit->setReadOnly(locked);
    m_ui->busyBar->setVisible(locked);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!locked && problems().isEmpty());
}

void RepositoryEntryDialog::showSendState(const OutboxItem &item)
{
    m_pendingKey = item.key;
    const bool finished
        = item.state == OutboxItem::State::Failed || item.state == OutboxItem::State::Done;
    if (finished)
        m_pendingKey.clear();
    setLocked(!finished);
    m_ui->stateLabel->setText(OutboxStates::formText(item));
    if (item.state == OutboxItem::State::Failed) {
        m_refused = true;
        validate();
    } else if (item.state == OutboxItem::State::Done)
        accept();
}
