#include "ui/ThreadFindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

ThreadFindBar::ThreadFindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit)
    , m_count(new QLabel)
{
    setObjectName(QStringLiteral("threadFindBar"));
    setAutoFillBackground(true);
    m_field->setObjectName(QStringLiteral("threadFindField"));
    m_field->setAccessibleName(tr("Find in this thread"));
    m_field->setPlaceholderText(tr("Find in this thread"));
    m_field->setClearButtonEnabled(true);
    // Room for a word or two, even in a narrow thread pane.
    m_field->setMinimumWidth(m_field->fontMetrics().averageCharWidth() * 14);
    m_field->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("threadFindCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("No match")) + 8);

    const auto button = [this](const QString &icon, const QString &fallback, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setIcon(QIcon::fromTheme(icon));
        if (b->icon().isNull())
            b->setText(fallback);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
        return b;
    };
    QToolButton *previous
        = button(QStringLiteral("go-up"), QStringLiteral("↑"), tr("Previous match (Shift+F3)"));
    QToolButton *next
        = button(QStringLiteral("go-down"), QStringLiteral("↓"), tr("Next match (F3)"));
    QToolButton *close = button(
        QStringLiteral("window-close"), QStringLiteral("✕"), tr("Close the find bar (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(close);

    connect(m_field, &QLineEdit::textChanged, this, &ThreadFindBar::textChanged);
    connect(previous, &QToolButton::clicked, this, &ThreadFindBar::previous);
    connect(next, &QToolButton::clicked, this, &ThreadFindBar::next);
    connect(close, &QToolButton::clicked, this, &ThreadFindBar::closed);
}

QString ThreadFindBar::text() const
{
    return m_field->text();
}

void ThreadFindBar::open()
{
    show();
    raise();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void ThreadFindBar::setCount(int current, int total)
{
    if (m_field->text().trimmed().isEmpty())
        m_count->clear();
    else if (total == 0)
        m_count->setText(tr("No match"));
    else
        m_count->setText(tr("%1 of %2").arg(current + 1).arg(total));
}

bool ThreadFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                emit previous();
            else
                emit next();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            emit closed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
