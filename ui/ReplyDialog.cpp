#include "ui/ReplyDialog.h"

#include "ui_ReplyDialog.h"

#include <QPushButton>
#include <QShortcut>
#include <QTimer>

ReplyDialog::ReplyDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReplyDialog>())
    , m_saveDelay(new QTimer(this))
{
    m_ui->setupUi(this);
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
        m_ui->draftLabel->setText(message().trimmed().isEmpty() ? QString() : tr("Draft saved."));
    });
    connect(m_ui->messageEdit, &QPlainTextEdit::textChanged, this, &ReplyDialog::onEdited);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (message().trimmed().isEmpty())
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
}

void ReplyDialog::setMessage(const QString &text)
{
    m_filling = true;
    m_ui->messageEdit->setPlainText(text); // onEdited() enables Send, saves nothing
    m_filling = false;
    m_saveDelay->stop();
    m_ui->draftLabel->setText(text.trimmed().isEmpty() ? QString() : tr("Restored your draft."));
}

QString ReplyDialog::message() const
{
    return m_ui->messageEdit->toPlainText();
}

void ReplyDialog::setSentBy(const QString &sentBy)
{
    m_ui->sentByEdit->setText(sentBy);
}

QString ReplyDialog::sentBy() const
{
    return m_ui->sentByEdit->text().trimmed();
}

void ReplyDialog::onEdited()
{
    const bool empty = message().trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!empty);
    if (m_filling)
        return;
    m_ui->draftLabel->setText(empty ? tr("Write the reply to send it.") : QString());
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
