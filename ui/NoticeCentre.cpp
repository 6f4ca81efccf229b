#include "ui/NoticeCentre.h"

#include "session/CaseSession.h"
#include "ui/NotificationHistoryPopup.h"
#include "ui/P1AlarmBanner.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// A bell in the text colour: no icon theme is needed.
QIcon bellIcon(const QColor &colour)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    QPainterPath bell;
    bell.moveTo(16, 4);
    bell.cubicTo(23, 4, 25, 10, 25, 16);
    bell.lineTo(25, 21);
    bell.lineTo(28, 25);
    bell.lineTo(4, 25);
    bell.lineTo(7, 21);
    bell.lineTo(7, 16);
    bell.cubicTo(7, 10, 9, 4, 16, 4);
    painter.drawPath(bell);
    painter.drawEllipse(QPointF(16, 28), 3, 3);
    return QIcon(pixmap);
}

} // namespace

NoticeCentre::NoticeCentre(CaseSession *session, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_bell(new QToolButton)
    , m_popup(new NotificationHistoryPopup(session->notificationHistory(), window))
    , m_banner(new P1AlarmBanner(session->p1Alarms()))
{
    m_bell->setObjectName(QStringLiteral("notificationBell"));
    m_bell->setAutoRaise(true);
    m_bell->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_bell->setIcon(bellIcon(window->palette().color(QPalette::WindowText)));
    connect(m_bell, &QToolButton::clicked, this, &NoticeCentre::showHistory);
    window->statusBar()->addPermanentWidget(m_bell);
    connect(session->notificationHistory(), &NotificationHistory::unreadCountChanged, this,
        &NoticeCentre::updateBell);
    updateBell();

    connect(m_popup, &NotificationHistoryPopup::caseRequested, this, &NoticeCentre::caseRequested);
    connect(m_banner, &P1AlarmBanner::openRequested, this, &NoticeCentre::caseRequested);
    session->p1Alarms()->setSoundHook(&NoticeCentre::soundAlarm);
}

QWidget *NoticeCentre::withBanner(QWidget *centre)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(centre, 1);
    m_banner->refresh(); // alarms restored before the window was built
    return page;
}

void NoticeCentre::addActions(QMenu *viewMenu)
{
    auto *history = new QAction(tr("Notification &History…"), m_window);
    history->setObjectName(QStringLiteral("notificationHistoryAction"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    history->setToolTip(tr("The last notices; Enter opens a notice's case (Ctrl+Shift+H)"));
    connect(history, &QAction::triggered, this, &NoticeCentre::showHistory);
    auto *open = new QAction(tr("&Open P1 Incident"), m_window);
    open->setObjectName(QStringLiteral("openP1AlarmAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(open, &QAction::triggered, this, [this] {
        if (const QString id = m_banner->shownCaseId(); !id.isEmpty())
            emit caseRequested(id);
    });
    auto *acknowledge = new QAction(tr("Ac&knowledge P1 Alarm"), m_window);
    acknowledge->setObjectName(QStringLiteral("acknowledgeP1AlarmAction"));
    acknowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(acknowledge, &QAction::triggered, m_banner, &P1AlarmBanner::acknowledgeShown);
    const auto enable = [this, open, acknowledge] {
        const bool alarming = !m_session->p1Alarms()->alarms().isEmpty();
        open->setEnabled(alarming);
        acknowledge->setEnabled(alarming);
    };
    connect(m_session->p1Alarms(), &P1Alarms::changed, this, enable);
    enable();
    viewMenu->addSeparator();
    for (QAction *action : {history, open, acknowledge}) {
        viewMenu->addAction(action);
        m_window->addAction(action);
    }
}

void NoticeCentre::showHistory()
{
    m_popup->popUp(m_bell->isVisible() ? static_cast<QWidget *>(m_bell) : m_window);
}

void NoticeCentre::updateBell()
{
    const int unread = m_session->notificationHistory()->unreadCount();
    m_bell->setText(unread > 0 ? QString::number(unread) : QString());
    const QString what = unread > 0 ? tr("Notifications: %n unread (Ctrl+Shift+H)", nullptr, unread)
                                    : tr("Notifications (Ctrl+Shift+H)");
    m_bell->setToolTip(what);
    m_bell->setAccessibleName(what);
}

void NoticeCentre::soundAlarm()
{
    // The desktop's alarm sound where a player is installed (found once); else the beep.
    static const QString canberra
        = QStandardPaths::findExecutable(QStringLiteral("canberra-gtk-play"));
    static const QString paplay = QStandardPaths::findExecutable(QStringLiteral("paplay"));
    const QString file
        = QStringLiteral("/usr/share/sounds/freedesktop/stereo/alarm-clock-elapsed.oga");
    if (!canberra.isEmpty()
        && QProcess::startDetached(canberra,
            {QStringLiteral("-i"), QStringLiteral("alarm-clock-elapsed"), QStringLiteral("-d"),
                QStringLiteral("Case Console P1 alarm")}))
        return;
    if (!paplay.isEmpty() && QFile::exists(file) && QProcess::startDetached(paplay, {file}))
        return;
    QApplication::beep();
}
