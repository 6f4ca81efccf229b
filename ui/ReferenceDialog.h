#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// The engineer's own reference for a case (their ticket number). Set is enabled only for a
// reference the provider takes that differs from the case's current one, and the dialog says why
// it is not (blank, unchanged, too long) under the field and in Set's tooltip.
class ReferenceDialog : public QDialog
{
    Q_OBJECT

public:
    ReferenceDialog(const QString &caseId, const QString &current, QWidget *parent = nullptr);

    // The reference typed, trimmed.
    QString reference() const;
    // Why Set is disabled; empty when it is not.
    QString problem() const;

private:
    void validate();

    QString m_current;
    QLineEdit *m_edit;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
