#include "ui/SearchField.h"

#include <QKeyEvent>
#include <QTimer>

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
    , m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(this, &QLineEdit::textChanged, this, [this] {
        m_resultsWhenAnswered = false;
        m_delay->start();
    });
    connect(m_delay, &QTimer::timeout, this, [this] { emit searchRequested(text()); });
}

void SearchField::searchAnswered(const QString &text)
{
    if (m_resultsWhenAnswered && text == this->text()) {
        m_resultsWhenAnswered = false;
        emit resultsRequested();
    }
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
        if (event->modifiers() != Qt::NoModifier)
            break;
        emit resultsRequested();
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        event->accept();
        // The typing pause not over yet: search now, then go on once it answered. Ending a
        // search (an empty field) needs no answer.
        if (m_delay->isActive() && !text().isEmpty()) {
            m_delay->stop();
            m_resultsWhenAnswered = true;
            emit searchRequested(text());
            return;
        }
        if (m_delay->isActive()) {
            m_delay->stop();
            emit searchRequested(text());
        }
        emit resultsRequested();
        return;
    case Qt::Key_Escape:
        if (!text().isEmpty()) {
            clear();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}
