#include "ui/ThreadPaneSwitch.h"

#include <QAction>
#include <QApplication>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

ThreadPaneSwitch::ThreadPaneSwitch(QWidget *thread, QWidget *timeline, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabBar)
    , m_stack(new QStackedWidget)
    , m_action(new QAction(tr("Show &Timeline"), this))
{
    setObjectName(QStringLiteral("threadPaneSwitch"));
    m_tabs->setObjectName(QStringLiteral("threadPaneTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    // Reached by its shortcut, not by Tab: the list -> thread -> filters order stays.
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_tabs->addTab(tr("Thread"));
    m_tabs->addTab(tr("Timeline"));
    m_tabs->setTabToolTip(
        1, tr("The open case's history in one list, with its outage (Ctrl+Shift+T)"));
    m_stack->addWidget(thread);
    m_stack->addWidget(timeline);

    m_action->setObjectName(QStringLiteral("timelineAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_action->setStatusTip(tr("Show the open case's history in one list, with its outage"));
    connect(m_action, &QAction::toggled, this, &ThreadPaneSwitch::showTimeline);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        QWidget *previous = m_stack->currentWidget();
        QWidget *focus = QApplication::focusWidget();
        const bool focused
            = previous && focus && (focus == previous || previous->isAncestorOf(focus));
        m_stack->setCurrentIndex(index);
        m_action->setChecked(index == 1);
        if (focused)
            m_stack->currentWidget()->setFocus(Qt::ShortcutFocusReason);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);
}

bool ThreadPaneSwitch::isTimelineShown() const
{
    return m_tabs->currentIndex() == 1;
}

void ThreadPaneSwitch::showTimeline(bool shown)
{
    m_tabs->setCurrentIndex(shown ? 1 : 0);
}
