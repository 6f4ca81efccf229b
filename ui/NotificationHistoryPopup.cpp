#include "ui/NotificationHistoryPopup.h"

#include "session/NotificationHistory.h"
#include "ui/PlainTextDelegate.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace {

// Two lines an entry: when and what, then the detail; unread in bold.
class NoticeDelegate : public PlainTextDelegate
{
public:
    using PlainTextDelegate::PlainTextDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        PlainTextDelegate::initStyleOption(option, index);
        const QDateTime time = index.data(NotificationHistory::TimeRole).toDateTime();
        const QString when = time.date() == QDate::currentDate()
            ? QLocale().toString(time.time(), QLocale::ShortFormat)
            : QLocale().toString(time, QLocale::ShortFormat);
        option->text = NotificationHistoryPopup::tr("%1 · %2").arg(when, option->text)
            + QChar::LineSeparator + index.data(NotificationHistory::TextRole).toString();
        option->font.setBold(!index.data(NotificationHistory::ReadRole).toBool());
    }
};

} // namespace

NotificationHistoryPopup::NotificationHistoryPopup(NotificationHistory *history, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_history(history)
    , m_list(new QListView)
    , m_empty(new QLabel(tr("No notifications yet.")))
{
    setObjectName(QStringLiteral("notificationHistory"));
    setAccessibleName(tr("Notification history"));
    setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(tr("Notifications"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *markAll = new QPushButton(tr("Mark All Read"));
    markAll->setObjectName(QStringLiteral("markAllNoticesRead"));
    markAll->setAutoDefault(false);
    connect(markAll, &QPushButton::clicked, m_history, &NotificationHistory::markAllRead);
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(markAll);

    m_list->setObjectName(QStringLiteral("notificationList"));
    m_list->setAccessibleName(tr("Notifications, newest first"));
    m_list->setModel(m_history);
    m_list->setItemDelegate(new NoticeDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTextElideMode(Qt::ElideRight);
    connect(m_list, &QListView::activated, this, &NotificationHistoryPopup::open);
    connect(m_list, &QListView::clicked, this, &NotificationHistoryPopup::open);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_history, signal, this, &NotificationHistoryPopup::updateEmpty);
    connect(
        m_history, &QAbstractItemModel::modelReset, this, &NotificationHistoryPopup::updateEmpty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    updateEmpty();
    resize(480, 380);
}

void NotificationHistoryPopup::popUp(QWidget *anchor)
{
    QPoint at = anchor->mapToGlobal(QPoint(anchor->width() - width(), -height()));
    if (const QScreen *screen = anchor->screen()) {
        const QRect room = screen->availableGeometry();
        at.setX(qBound(room.left(), at.x(), room.right() - width()));
        at.setY(qBound(room.top(), at.y(), room.bottom() - height()));
    }
    move(at);
    show();
    raise();
    activateWindow();
    if (m_history->rowCount() > 0)
        m_list->setCurrentIndex(m_history->index(0));
    m_list->setFocus(Qt::PopupFocusReason);
}

void NotificationHistoryPopup::open(const QModelIndex &index)
{
    // A click may also activate (the style decides): the first of the two opens.
    if (!isVisible() || !index.isValid())
        return;
    const QString caseId = index.data(NotificationHistory::CaseIdRole).toString();
    m_history->setRead(index.row());
    close();
    emit caseRequested(caseId);
}

void NotificationHistoryPopup::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QFrame::keyPressEvent(event);
}

void NotificationHistoryPopup::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    // The keys go back to the window (its shortcuts), as they do after a menu.
    if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr)
        window->activateWindow();
}

void NotificationHistoryPopup::updateEmpty()
{
    const bool empty = m_history->rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
}
