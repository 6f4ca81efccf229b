#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class CaseFilterProxyModel;
class QAbstractItemView;

// Keeps the case list's rows in place while the engineer is at it: while the pointer is over
// the list, and for a few seconds after a key was pressed in it or the pointer left it, a poll
// moves no row (CaseFilterProxyModel::setOrderHeld()), so a click opens the case that was under
// the pointer. Then the new order is applied at once.
class CaseListOrderHold : public QObject
{
    Q_OBJECT

public:
    CaseListOrderHold(QAbstractItemView *view, CaseFilterProxyModel *proxy);

    // How long the rows stay after the last key or after the pointer left (milliseconds).
    void setCoolDown(int milliseconds) { m_coolDown.setInterval(milliseconds); }
    static constexpr int DefaultCoolDownMs = 3000;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QAbstractItemView *m_view;
    QPointer<CaseFilterProxyModel> m_proxy;
    QTimer m_coolDown;
    bool m_pointerOver = false;
};
