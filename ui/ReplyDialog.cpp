#include "ui/ReplyDialog.h"

#include "models/Limits.h"
#include "ui_ReplyDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>

ReplyDialog::ReplyDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReplyDialog>())
    , m_saveDelay(new QTimer(this))
    , m_caseState(new QLabel(this))
{
    m_ui->setupUi(this);
    m_caseState->setObjectName(QStringLiteral("caseStateLabel"));
    m_caseState->setWordWrap(true);
    m_caseState->setTextFormat(Qt::PlainText);
    m_caseState->hide();
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->caseLabel) + 1, m_caseState);
    QPushButton *send = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    send->setText(tr("&Send"));
    send->setObjectName(QStringLiteral("sendButton"));
    send->setToolTip(tr("Send the reply (Ctrl+Return)"));
    // Ctrl+Return sends from inside the message, where Return is a new line.
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(sendShortcut, &QShortcut::activated, send, &QPushButton::click);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)
        ->setToolTip(tr("Close; the draft is kept for next time"));

    m_saveDelay->setSingleShot(true);
    m_saveDelay->setInterval(400);
    connect(m_saveDelay, &QTimer::timeout, this, [this] {
        emit draftChanged(m_caseId, message());
        // Saved either way; what keeps it from being sent stays in sight.
        const QString why = problem();
        m_ui->draftLabel->setText(message().trimmed().isEmpty() ? QString()
                : why.isEmpty()                                 ? tr("Draft saved.")
                                                                : why);
    });
    connect(m_ui->messageEdit, &QPlainTextEdit::textChanged, this, &ReplyDialog::onEdited);
    connect(m_ui->sentByEdit, &QLineEdit::textChanged, this, &ReplyDialog::onEdited);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (!problem().isEmpty())
            return;
        m_saveDelay->stop();
        emit submitted(m_caseId, message(), sentBy());
        QDialog::done(Accepted);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onEdited();
}

ReplyDialog::~ReplyDialog() = default;

void ReplyDialog::setCase(const QString &caseId, const QString &title)
{
    m_caseId = caseId;
    setWindowTitle(tr("Reply to %1").arg(caseId));
    m_ui->caseLabel->setText(
        QStringLiteral("<b>%1</b> · %2").arg(caseId.toHtmlEscaped(), title.toHtmlEscaped()));
    m_ui->messageEdit->setFocus(Qt::OtherFocusReason);
}

void ReplyDialog::setCaseState(CaseState state)
{
    QString text;
    QString style;
    switch (state) {
    case CaseState::Open:
        break;
    case CaseState::Resolved:
        text = tr("This case is resolved. A reply may reopen it: send one only if the problem is "
                  "still there or you need more from the provider.");
        break;
    case CaseState::Closed:
        text = tr("⚠ This case is closed: the provider refuses replies to a closed case. To "
                  "follow up, open a new case (your text here stays in this case's draft).");
        style = QStringLiteral("QLabel { color: white; background-color: #b00020; "
                               "padding: 6px; border-radius: 3px; }");
        break;
    }
    m_caseState->setText(text);
    m_caseState->setStyleSheet(style);
    m_caseState->setVisible(!text.isEmpty());
}

void ReplyDialog::setMessage(const QString &text)
{
    m_filling = true;
    m_ui->messageEdit->setPlainText(text); // onEdited() enables Send, saves nothing
    m_filling = false;
    m_saveDelay->stop();
    const QString why = problem();
    m_ui->draftLabel->setText(text.trimmed().isEmpty() ? QString()
            : why.isEmpty()                            ? tr("Restored your draft.")
                                                       : why);
}

QString ReplyDialog::message() const
{
    return m_ui->messageEdit->toPlainText();
}

void ReplyDialog::setSentBy(const QString &sentBy)
{
    m_filling = true;
    m_ui->sentByEdit->setText(sentBy);
    m_filling = false;
}

QString ReplyDialog::sentBy() const
{
    return m_ui->sentByEdit->text().trimmed();
}

QString ReplyDialog::problem() const
{
    if (message().trimmed().isEmpty())
        return tr("Write the reply to send it.");
    if (const QString tooLong = Limits::messageProblem(message()); !tooLong.isEmpty())
        return tooLong;
    return Limits::sentByProblem(sentBy());
}

void ReplyDialog::onEdited()
{
    // What the provider would refuse is not sent: Send stays disabled and the form says why.
    const QString why = problem();
    const bool empty = message().trimmed().isEmpty();
    QPushButton *send = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    send->setEnabled(why.isEmpty());
    send->setToolTip(why.isEmpty() || empty ? tr("Send the reply (Ctrl+Return)") : why);
    if (m_filling) {
        if (!empty && !why.isEmpty())
            m_ui->draftLabel->setText(why);
        return;
    }
    m_ui->draftLabel->setText(why);
    if (sender() != m_ui->sentByEdit)
        m_saveDelay->start();
}

void ReplyDialog::done(int result)
{
    // Closed without sending: what was typed is saved now, not after the delay.
    if (result != Accepted && m_saveDelay->isActive()) {
        m_saveDelay->stop();
        emit draftChanged(m_caseId, message());
    }
    QDialog::done(result);
}
