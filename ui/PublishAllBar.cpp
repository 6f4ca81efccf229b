#include "ui/PublishAllBar.h"

#include "session/RepositoryPublisher.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

PublishAllBar::PublishAllBar(RepositoryPublisher *publisher, QWidget *parent)
    : QWidget(parent)
    , m_publisher(publisher)
    , m_label(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("publishAllBar"));
    m_label->setObjectName(QStringLiteral("publishStateLabel"));
    m_label->setTextFormat(Qt::PlainText); // a failure's text comes from the server
    m_label->setWordWrap(true);
    m_button->setObjectName(QStringLiteral("publishAllButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, m_publisher, &RepositoryPublisher::publishAll);
    connect(m_publisher, &RepositoryPublisher::outOfDateChanged, this, &PublishAllBar::update);
    update();
}

QString PublishAllBar::text() const
{
    return m_label->text();
}

void PublishAllBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

void PublishAllBar::update()
{
    m_button->setText(tr("&Make all up to date"));
    m_button->setToolTip(tr("Compare every case with the Case Repository and publish the open "
                            "cases without an entry and every entry that differs"));
    setVisible(m_publisher->isPublishing());
    m_button->setEnabled(m_publisher->isPublishing() && !m_publisher->isCatchingUp());
    const int outOfDate = m_publisher->outOfDateCount();
    QString text;
    if (m_publisher->isCatchingUp())
        text = tr("Comparing the cases with the Case Repository…");
    else if (!m_publisher->catchUpProblem().isEmpty())
        text = m_publisher->catchUpProblem();
    else if (outOfDate < 0)
        text = tr("Published entries: not compared with the cases yet.");
    else if (outOfDate == 0)
        text = tr("Published entries: all up to date.");
    else
        text = tr("Published entries: %n out of date, being published.", nullptr, outOfDate);
    m_label->setText(text);
    m_label->setAccessibleName(text);
}
