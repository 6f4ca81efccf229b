#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class RepositoryPublisher;

// The Case Repository tab's line about publishing: how many entries are out of date (or that
// the cases are being compared, or why they could not be), and "Publish all now", which
// compares every known case with the repository again and publishes what is missing or differs
// (RepositoryPublisher::publishAll()). Hidden while the console does not publish.
class PublishAllBar : public QWidget
{
    Q_OBJECT

public:
    explicit PublishAllBar(RepositoryPublisher *publisher, QWidget *parent = nullptr);

    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    RepositoryPublisher *m_publisher;
    QLabel *m_label;
    QPushButton *m_button;
};
