#include "ui/CaseListOrderHold.h"

#include "models/CaseFilterProxyModel.h"

#include <QAbstractItemView>
#include <QEvent>

CaseListOrderHold::CaseListOrderHold(QAbstractItemView *view, CaseFilterProxyModel *proxy)
    : QObject(view)
    , m_view(view)
    , m_proxy(proxy)
{
    m_coolDown.setSingleShot(true);
    m_coolDown.setInterval(DefaultCoolDownMs);
    connect(&m_coolDown, &QTimer::timeout, this, &CaseListOrderHold::update);
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

bool CaseListOrderHold::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Enter:
    case QEvent::MouseMove:
    case QEvent::HoverMove:
    case QEvent::MouseButtonPress:
        if (watched == m_view->viewport() && !m_pointerOver) {
            m_pointerOver = true;
            update();
        }
        break;
    case QEvent::Leave:
        if (watched == m_view->viewport() && m_pointerOver) {
            m_pointerOver = false;
            m_coolDown.start();
            update();
        }
        break;
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride: // a shortcut's key (`.`) is not a KeyPress for the view
        if (watched == m_view) {
            m_coolDown.start();
            update();
        }
        break;
    default:
        break;
    }
    return false;
}

void CaseListOrderHold::update()
{
    if (m_proxy)
        m_proxy->setOrderHeld(m_pointerOver || m_coolDown.isActive());
}
