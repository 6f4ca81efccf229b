#pragma once

#include <QWidget>

class QAction;
class QStackedWidget;
class QTabBar;

// The thread pane's "Thread | Timeline" switch: a tab bar above the open case's thread and its
// timeline, one shown at a time. Case > Show Timeline (Ctrl+Shift+T) switches too, and takes the
// keyboard focus along when the pane had it.
class ThreadPaneSwitch : public QWidget
{
    Q_OBJECT

public:
    ThreadPaneSwitch(QWidget *thread, QWidget *timeline, QWidget *parent = nullptr);

    QTabBar *tabBar() const { return m_tabs; }
    // Checkable: checked while the timeline is shown.
    QAction *timelineAction() const { return m_action; }
    bool isTimelineShown() const;
    void showTimeline(bool shown);

private:
    QTabBar *m_tabs;
    QStackedWidget *m_stack;
    QAction *m_action;
};
