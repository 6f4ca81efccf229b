#pragma once

#include "models/SlaPolicy.h"

#include <QDialog>

#include <memory>

class QLineEdit;

namespace Ui {
class SlaTargetsDialog;
}

// A profile's SLA targets (docs/sla.md), opened from Settings: per priority P1 to P5 the time to
// the provider's first response, the longest silence while open and the time to restore, typed as
// durations ("15 min", "4 h", "1 d"); when the clocks pause; how long before a breach the console
// notifies. "Restore defaults" puts SlaPolicy::defaults() back in the fields. OK stays disabled,
// and the problem is named, while a field does not read as a duration.
class SlaTargetsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SlaTargetsDialog(const SlaPolicy &policy, QWidget *parent = nullptr);
    ~SlaTargetsDialog() override;

    // The policy as edited (valid once problems() is empty).
    SlaPolicy policy() const;
    QStringList problems() const;

    // "P1: 15 min / 1 h / 4 h": the summary shown beside the Settings button.
    static QString summary(const SlaPolicy &policy);

private:
    struct Row
    {
        QString priority;
        QLineEdit *firstResponse;
        QLineEdit *updateGap;
        QLineEdit *restore;
    };
    void showPolicy(const SlaPolicy &policy);
    void validate();

    std::unique_ptr<Ui::SlaTargetsDialog> ui;
    QList<Row> m_rows;
};
