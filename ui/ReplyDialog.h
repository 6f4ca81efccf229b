#pragma once

#include <QDialog>

#include <memory>

class QLabel;
class QTimer;

namespace Ui {
class ReplyDialog;
}

// Writes a reply to one case. What is typed is offered for saving as a draft while typing
// (draftChanged, debounced) and on close, so closing the window, a crash or a restart loses
// nothing. Send emits submitted(); the owner queues the reply in the outbox, whose progress the
// thread view shows.
class ReplyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReplyDialog(QWidget *parent = nullptr);
    ~ReplyDialog() override;

    // The case replied to, shown as "CS-4100901 · Service down".
    // Also puts the cursor in the message, wherever the form was left.
    void setCase(const QString &caseId, const QString &title);
    QString caseId() const { return m_caseId; }
    // What replying means in the case's state, said above the message: a closed case takes no
    // replies (the provider refuses them; Send stays, the engineer may know better), a reply to
    // a resolved one may reopen it.
    enum class CaseState { Open, Resolved, Closed };
    void setCaseState(CaseState state);
    void setMessage(const QString &message);
    QString message() const;
    void setSentBy(const QString &sentBy);
    QString sentBy() const;

signals:
    void draftChanged(const QString &caseId, const QString &message);
    void submitted(const QString &caseId, const QString &message, const QString &sentBy);

protected:
    void done(int result) override;

private:
    // Why the reply cannot be sent as it is (empty, or longer than the provider takes); empty
    // when it can.
    QString problem() const;
    void onEdited();

    std::unique_ptr<Ui::ReplyDialog> m_ui;
    QTimer *m_saveDelay;
    QLabel *m_caseState;
    QString m_caseId;
    bool m_filling = false;
};
