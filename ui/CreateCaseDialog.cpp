#include "ui/CreateCaseDialog.h"

#include "models/CaseTypeMatrix.h"
#include "session/OutboxStates.h"
#include "ui/PlainText.h"
#include "ui_CreateCaseDialog.h"

#include <QCompleter>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTimeZone>
#include <QTimer>

namespace {

// Minutes are what engineers give an incident's times in.
QDateTime toMinute(QDateTime dateTime)
{
    const QTime t = dateTime.time();
    dateTime.setTime(QTime(t.hour(), t.minute()));
    return dateTime;
}

} // namespace

CreateCaseDialog::CreateCaseDialog(const CaseTypeMatrix &matrix, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateCaseDialog>())
    , m_matrix(matrix)
    , m_saveDelay(new QTimer(this))
    , m_priorityNote(new QLabel(this))
    , m_typeNote(new QLabel(this))
    , m_timeZone(new QLabel(this))
{
    m_ui->setupUi(this);
    QPushButton *create = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    create->setText(tr("&Create Case"));
    create->setObjectName(QStringLiteral("createButton"));
    // Ctrl+Return creates from inside the message, as it sends a reply (Return is a new line).
    create->setToolTip(tr("Create the case (Ctrl+Return)"));
    auto *createShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(createShortcut, &QShortcut::activated, create, &QPushButton::click);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    m_ui->busyBar->hide();

    for (QDateTimeEdit *edit : {m_ui->startEdit, m_ui->endEdit}) {
        // The locale's short form, to the minute.
        QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
        format.remove(QRegularExpression(QStringLiteral("[^a-zA-Z]?s+")));
        edit->setDisplayFormat(format);
        edit->setTimeSpec(Qt::LocalTime);
        edit->setDateTime(toMinute(QDateTime::currentDateTime()));
    }
    auto *completer = new QCompleter(m_ui->serviceCombo->model(), m_ui->serviceCombo);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->serviceCombo->setCompleter(completer);
    m_ui->serviceCombo->lineEdit()->setPlaceholderText(tr("Type to find a service"));

    // Under the priority: what a provider without a priority argument does with it.
    m_priorityNote->setObjectName(QStringLiteral("priorityNote"));
    m_priorityNote->setWordWrap(true);
    m_priorityNote->setTextFormat(Qt::PlainText);
    m_priorityNote->hide();
    m_ui->form->insertRow(2, QString(), m_priorityNote);
    addFormNotes();

    m_saveDelay->setSingleShot(true);
    m_saveDelay->setInterval(400);
    connect(m_saveDelay, &QTimer::timeout, this, [this] { emit draftChanged(draft()); });

    fillTypes();
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, [this] {
        onTypeChanged(!m_filling);
        onEdited();
    });
    for (QComboBox *combo : {m_ui->priorityCombo, m_ui->subjectCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &CreateCaseDialog::onEdited);
    connect(m_ui->serviceCombo, &QComboBox::currentTextChanged, this, &CreateCaseDialog::onEdited);
    for (QDateTimeEdit *edit : {m_ui->startEdit, m_ui->endEdit})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &CreateCaseDialog::onEdited);
    connect(m_ui->endCheck, &QCheckBox::toggled, this, [this](bool ended) {
        m_ui->endEdit->setEnabled(ended);
        updateIncidentRows();
        if (ended && m_ui->endEdit->dateTime() < m_ui->startEdit->dateTime())
            m_ui->endEdit->setDateTime(toMinute(QDateTime::currentDateTime()));
        onEdited();
    });
    connect(m_ui->startNowButton, &QToolButton::clicked, this,
        [this] { m_ui->startEdit->setDateTime(toMinute(QDateTime::currentDateTime())); });
    for (QLineEdit *edit : {m_ui->referenceEdit, m_ui->sentByEdit})
        connect(edit, &QLineEdit::textChanged, this, &CreateCaseDialog::onEdited);
    connect(m_ui->messageEdit, &QPlainTextEdit::textChanged, this, &CreateCaseDialog::onEdited);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (!problems().isEmpty())
            return;
        // Whatever was typed last is saved with the submission, not after it.
        m_saveDelay->stop();
        emit draftChanged(draft());
        setLocked(true);
        m_ui->stateLabel->setText(tr("Saving the case to send it…"));
        emit submitted(draft());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    onTypeChanged();
    validate();
}

CreateCaseDialog::~CreateCaseDialog() = default;

void CreateCaseDialog::addFormNotes()
{
    // Under the type: what changing it changed (a priority or subject it does not have).
    for (QLabel *note : {m_typeNote, m_timeZone}) {
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText);
    }
    m_timeZone->setEnabled(false); // the muted look of a hint
    m_typeNote->setObjectName(QStringLiteral("typeChangeNote"));
    int row = 0;
    QFormLayout::ItemRole role;
    m_ui->form->getWidgetPosition(m_ui->typeCombo, &row, &role);
    m_ui->form->insertRow(row + 1, QString(), m_typeNote);
    m_ui->form->setRowVisible(m_typeNote, false);
    // Under the incident times: the zone they are in.
    m_timeZone->setObjectName(QStringLiteral("timeZoneLabel"));
    m_ui->form->getWidgetPosition(m_ui->endLabel, &row, &role);
    m_ui->form->insertRow(row + 1, QString(), m_timeZone);
}

void CreateCaseDialog::done(int result)
{
    if (m_saveDelay->isActive() && m_pendingKey.isEmpty()) {
        m_saveDelay->stop();
        emit draftChanged(draft());
    }
    QDialog::done(result);
}

void CreateCaseDialog::fillTypes()
{
    const QSignalBlocker blocker(m_ui->typeCombo);
    m_ui->typeCombo->clear();
    for (const CaseTypeMatrix::Type &type : m_matrix.types())
        m_ui->typeCombo->addItem(type.label, type.id);
}

void CreateCaseDialog::onTypeChanged(bool say)
{
    const CaseTypeMatrix::Type *type = m_matrix.type(m_ui->typeCombo->currentData().toString());
    const QString priority = m_ui->priorityCombo->currentData().toString();
    const QString subject = m_ui->subjectCombo->currentData().toString();
    const QString subjectLabel = m_ui->subjectCombo->currentText();
    {
        const QSignalBlocker priorityBlocker(m_ui->priorityCombo);
        const QSignalBlocker subjectBlocker(m_ui->subjectCombo);
        m_ui->priorityCombo->clear();
        m_ui->subjectCombo->clear();
        if (type) {
            for (const QString &p : type->priorities)
                m_ui->priorityCombo->addItem(p, p);
            for (const CaseTypeMatrix::Subject &s : type->subjects)
                m_ui->subjectCombo->addItem(s.label, s.id);
            // What still fits stays; the rest goes back to the type's default or to no choice.
            const int p = m_ui->priorityCombo->findData(priority);
            m_ui->priorityCombo->setCurrentIndex(
                p >= 0 ? p : m_ui->priorityCombo->findData(type->defaultPriority));
            m_ui->subjectCombo->setCurrentIndex(m_ui->subjectCombo->findData(subject));
        }
    }
    QStringList changed;
    if (say && type && !priority.isEmpty() && !type->priorities.contains(priority))
        changed << tr("%1 is not a priority of a %2: the priority is now %3.")
                       .arg(priority, type->label, m_ui->priorityCombo->currentText());
    if (say && type && !subject.isEmpty() && m_ui->subjectCombo->currentIndex() < 0)
        changed << tr("“%1” is not a subject of a %2: choose one.").arg(subjectLabel, type->label);
    m_typeNote->setText(changed.join(u' '));
    m_ui->form->setRowVisible(m_typeNote, !changed.isEmpty());
    updateIncidentRows();
}

void CreateCaseDialog::updateIncidentRows()
{
    const CaseTypeMatrix::Type *type = m_matrix.type(m_ui->typeCombo->currentData().toString());
    const bool dates = type && type->requiresIncidentDates;
    m_ui->form->setRowVisible(m_ui->startLabel, dates);
    m_ui->form->setRowVisible(m_ui->endLabel, dates);
    m_ui->ongoingLabel->setVisible(dates && !m_ui->endCheck->isChecked());
    m_ui->form->setRowVisible(m_timeZone, dates);
    if (dates) {
        const int offset = QDateTime::currentDateTime().offsetFromUtc();
        const QString utc = QStringLiteral("UTC%1%2:%3")
                                .arg(offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                                .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
        const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        m_timeZone->setText(zone.isEmpty() || zone == utc
                ? tr("Times are in your local time (%1).").arg(utc)
                : tr("Times are in your local time, %1 (%2).").arg(zone, utc));
    }
}

void CreateCaseDialog::setProviderSetsPriority(bool providerSets, bool statedInMessage)
{
    if (!providerSets)
        m_priorityNote->clear();
    else if (statedInMessage)
        m_priorityNote->setText(tr("This provider sets the priority itself. The priority chosen "
                                   "here goes into the message's first line as “Requested "
                                   "priority: …”."));
    else
        m_priorityNote->setText(tr("This provider sets the priority itself. The priority chosen "
                                   "here is checked against the case type but not sent (the "
                                   "profile's settings leave it out of the message)."));
    m_priorityNote->setVisible(providerSets);
}

void CreateCaseDialog::setServices(const QList<ServiceChoice> &services)
{
    const QString chosen = selectedServiceId();
    const QString typed = m_ui->serviceCombo->currentText();
    m_filling = true;
    {
        const QSignalBlocker blocker(m_ui->serviceCombo);
        m_ui->serviceCombo->clear();
        for (const ServiceChoice &s : services)
            m_ui->serviceCombo->addItem(s.label, s.serviceId);
        const int index = m_ui->serviceCombo->findData(chosen);
        m_ui->serviceCombo->setCurrentIndex(index);
        if (index < 0)
            m_ui->serviceCombo->setEditText(typed);
    }
    m_filling = false;
    validate();
}

QString CreateCaseDialog::selectedServiceId() const
{
    // An editable combo: what counts is the text, which must name one of the services.
    const QString text = m_ui->serviceCombo->currentText().trimmed();
    if (text.isEmpty())
        return {};
    int index = m_ui->serviceCombo->findText(text, Qt::MatchFixedString);
    if (index < 0)
        index = m_ui->serviceCombo->findData(text); // a bare service id
    return index >= 0 ? m_ui->serviceCombo->itemData(index).toString() : QString();
}

void CreateCaseDialog::setDraft(const CaseDraft &draft)
{
    m_filling = true;
    const int type = m_ui->typeCombo->findData(draft.type);
    m_ui->typeCombo->setCurrentIndex(type >= 0 ? type : 0);
    onTypeChanged();
    // The draft's priority, else the type's default (never the one left by the last case).
    const CaseTypeMatrix::Type *spec = m_matrix.type(m_ui->typeCombo->currentData().toString());
    int p = m_ui->priorityCombo->findData(draft.priority);
    if (p < 0 && spec)
        p = m_ui->priorityCombo->findData(spec->defaultPriority);
    m_ui->priorityCombo->setCurrentIndex(p);
    m_ui->subjectCombo->setCurrentIndex(m_ui->subjectCombo->findData(draft.subject));
    const int service = m_ui->serviceCombo->findData(draft.serviceId);
    m_ui->serviceCombo->setCurrentIndex(service);
    if (service < 0)
        m_ui->serviceCombo->setEditText(draft.serviceId);
    const QDateTime now = toMinute(QDateTime::currentDateTime());
    m_ui->startEdit->setDateTime(
        draft.startOfIncident.isValid() ? draft.startOfIncident.toDateTime().toLocalTime() : now);
    m_ui->endCheck->setChecked(draft.endOfIncident.isValid());
    m_ui->endEdit->setDateTime(
        draft.endOfIncident.isValid() ? draft.endOfIncident.toDateTime().toLocalTime() : now);
    m_ui->referenceEdit->setText(draft.customerReference);
    m_ui->sentByEdit->setText(draft.sentBy);
    m_ui->messageEdit->setPlainText(draft.message);
    m_ui->stateLabel->clear(); // about a case sent before, if any
    m_filling = false;
    m_saveDelay->stop();
    validate();
}

CaseDraft CreateCaseDialog::draft() const
{
    CaseDraft d;
    d.type = m_ui->typeCombo->currentData().toString();
    d.priority = m_ui->priorityCombo->currentData().toString();
    d.subject = m_ui->subjectCombo->currentData().toString();
    d.serviceId = selectedServiceId();
    d.message = m_ui->messageEdit->toPlainText();
    d.customerReference = m_ui->referenceEdit->text().trimmed();
    d.sentBy = m_ui->sentByEdit->text().trimmed();
    const CaseTypeMatrix::Type *type = m_matrix.type(d.type);
    if (type && type->requiresIncidentDates) {
        d.startOfIncident = Timestamp::fromDateTime(m_ui->startEdit->dateTime());
        if (m_ui->endCheck->isChecked())
            d.endOfIncident = Timestamp::fromDateTime(m_ui->endEdit->dateTime());
    }
    return d;
}

QStringList CreateCaseDialog::problems() const
{
    const CaseDraft d = draft();
    QStringList found;
    const QString typed = m_ui->serviceCombo->currentText().trimmed();
    const bool unknownService = d.serviceId.isEmpty() && !typed.isEmpty();
    for (const CaseDraft::Problem &problem : d.problems(m_matrix)) {
        if (problem.field == CaseDraft::Field::Service && unknownService)
            found << tr("“%1” is none of the account's services: choose one from the list.")
                         .arg(typed);
        else
            found << problem.message;
    }
    return found;
}

void CreateCaseDialog::onEdited()
{
    if (m_filling)
        return;
    validate();
    if (m_pendingKey.isEmpty())
        m_saveDelay->start();
}

void CreateCaseDialog::validate()
{
    const QStringList found = problems();
    QPushButton *create = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    const bool locked = !m_ui->typeCombo->isEnabled();
    create->setEnabled(found.isEmpty() && !locked);
    if (found.isEmpty()) {
        m_ui->problemLabel->setText(tr("Ready to create."));
        create->setToolTip({});
        return;
    }
    QString html = tr("To create the case:") + QStringLiteral("<ul style='margin:0'>");
    for (const QString &problem : found)
        html += QStringLiteral("<li>%1</li>").arg(problem.toHtmlEscaped());
    m_ui->problemLabel->setText(html + QStringLiteral("</ul>"));
    create->setToolTip(PlainText::toolTip(found.join(u'\n')));
}

void CreateCaseDialog::setLocked(bool locked)
{
    for (QWidget *w : std::initializer_list<QWidget *> {m_ui->typeCombo, m_ui->priorityCombo,
             m_ui->subjectCombo, m_ui->serviceCombo, m_ui->startEdit, m_ui->startNowButton,
             m_ui->endCheck, m_ui->referenceEdit, m_ui->sentByEdit})
        w->setEnabled(!locked);
    m_ui->endEdit->setEnabled(!locked && m_ui->endCheck->isChecked());
    m_ui->messageEdit->setReadOnly(locked);
    m_ui->busyBar->setVisible(locked);
    validate();
}

void CreateCaseDialog::showSendState(const OutboxItem &item)
{
    m_pendingKey = item.key;
    const bool finished
        = item.state == OutboxItem::State::Failed || item.state == OutboxItem::State::Done;
    if (finished)
        m_pendingKey.clear();
    setLocked(!finished);
    if (item.state == OutboxItem::State::Failed)
        m_ui->busyBar->hide();
    m_ui->stateLabel->setText(OutboxStates::formText(item));
    if (item.state == OutboxItem::State::Done) {
        emit created(item.resultId);
        // The next case starts from a clean form (the window says what was created); the
        // sender stays.
        CaseDraft clean;
        clean.sentBy = m_ui->sentByEdit->text().trimmed();
        setDraft(clean);
        accept();
    }
}
