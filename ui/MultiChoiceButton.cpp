#include "ui/MultiChoiceButton.h"

#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QStyle>

#include <algorithm>

namespace {

// A menu that stays open when a check box in it is toggled (with the mouse, Space or Return):
// several values are chosen in one go; Escape or a click outside closes it.
class StayOpenMenu : public QMenu
{
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QAction *action = actionAt(event->position().toPoint());
        if (action && action->isEnabled() && action->isCheckable()) {
            action->trigger();
            return;
        }
        QMenu::mouseReleaseEvent(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        const int key = event->key();
        QAction *action = activeAction();
        if ((key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) && action
            && action->isEnabled() && action->isCheckable()) {
            action->trigger();
            return;
        }
        QMenu::keyPressEvent(event);
    }
};

// A label shown as it is: a service named "Paris & Lyon" is no mnemonic.
QString escaped(QString label)
{
    return label.replace(u'&', QStringLiteral("&&"));
}

} // namespace

MultiChoiceButton::MultiChoiceButton(const QString &anyText, QWidget *parent)
    : QToolButton(parent)
    , m_anyText(anyText)
    , m_menu(new StayOpenMenu(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setPopupMode(QToolButton::DelayedPopup);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // Opened with popup(), not QToolButton's own menu (exec(), a nested event loop).
    connect(this, &QToolButton::clicked, this, &MultiChoiceButton::openMenu);
    connect(m_menu, &QMenu::aboutToHide, this, [this] { setDown(false); });
    rebuildMenu();
    updateText();
}

QSize MultiChoiceButton::sizeHint() const
{
    // The whole text (QToolButton's own hint may be one of an earlier text), and at least as
    // wide as a combo box of the bar: the bar does not jump at each choice.
    QSize size = QToolButton::sizeHint();
    const QFontMetrics metrics = fontMetrics();
    const int textWidth = metrics.horizontalAdvance(m_fullText)
        + metrics.horizontalAdvance(u' ') * 2
        + style()->pixelMetric(QStyle::PM_ButtonMargin, nullptr, this) * 2;
    size.setWidth(qMax(qMax(size.width(), textWidth), metrics.averageCharWidth() * 18));
    return size;
}

QSize MultiChoiceButton::minimumSizeHint() const
{
    // A narrow window squeezes the text rather than the case list.
    QSize size = QToolButton::minimumSizeHint();
    size.setWidth(qMin(size.width(), fontMetrics().averageCharWidth() * 12));
    return size;
}

void MultiChoiceButton::setChoices(const QList<Choice> &choices)
{
    m_choices = choices;
    rebuildMenu();
    updateText();
}

void MultiChoiceButton::setChosen(const QStringList &values)
{
    QStringList unique;
    for (const QString &value : values) {
        if (!value.isEmpty() && !unique.contains(value))
            unique << value;
    }
    if (QSet<QString>(unique.cbegin(), unique.cend())
        == QSet<QString>(m_chosen.cbegin(), m_chosen.cend()))
        return;
    m_chosen = unique;
    // The menu's actions stay (it may be open, an action active): only their checks change,
    // unless a value has no action yet.
    const QList<QAction *> actions = m_menu->actions();
    const bool known = std::all_of(m_chosen.cbegin(), m_chosen.cend(), [&](const QString &v) {
        return std::any_of(actions.cbegin(), actions.cend(),
            [&v](const QAction *a) { return a->data().toString() == v; });
    });
    if (known)
        updateChecks();
    else
        rebuildMenu();
    updateText();
    emit chosenChanged();
}

void MultiChoiceButton::toggle(const QString &value, bool on)
{
    QStringList chosen = m_chosen;
    if (!on) {
        chosen.removeAll(value);
    } else {
        const auto alone = [this](const QString &v) {
            return std::any_of(m_choices.cbegin(), m_choices.cend(),
                [&v](const Choice &c) { return c.value == v && c.alone; });
        };
        if (alone(value))
            chosen.clear();
        else
            chosen.removeIf(alone);
        chosen << value;
    }
    setChosen(chosen);
}

void MultiChoiceButton::rebuildMenu()
{
    m_menu->clear();
    QAction *any = m_menu->addAction(m_anyText);
    any->setCheckable(true);
    any->setChecked(m_chosen.isEmpty());
    connect(any, &QAction::triggered, this, [this] {
        setChosen({});
        updateChecks(); // chosen already empty: "All" stays checked all the same
    });
    QList<Choice> all = m_choices;
    for (const QString &value : std::as_const(m_chosen)) {
        if (std::none_of(
                all.cbegin(), all.cend(), [&](const Choice &c) { return c.value == value; }))
            all.append({value, value, false});
    }
    bool separated = false;
    for (const Choice &choice : std::as_const(all)) {
        if (!choice.alone && !separated) {
            m_menu->addSeparator();
            separated = true;
        }
        // No icon: the style draws a checked icon as a raised frame, without a check mark.
        QAction *action = m_menu->addAction(escaped(choice.label));
        action->setData(choice.value);
        action->setCheckable(true);
        action->setChecked(m_chosen.contains(choice.value));
        const QString value = choice.value;
        connect(action, &QAction::triggered, this, [this, value](bool on) { toggle(value, on); });
    }
}

void MultiChoiceButton::updateChecks()
{
    for (QAction *action : m_menu->actions()) {
        if (action->isCheckable()) {
            const QVariant value = action->data();
            action->setChecked(
                value.isValid() ? m_chosen.contains(value.toString()) : m_chosen.isEmpty());
        }
    }
}

void MultiChoiceButton::updateText()
{
    // In the menu's order, whatever order they were chosen in.
    QStringList labels;
    for (const Choice &choice : std::as_const(m_choices)) {
        if (m_chosen.contains(choice.value))
            labels << choice.label;
    }
    for (const QString &value : std::as_const(m_chosen)) {
        if (std::none_of(m_choices.cbegin(), m_choices.cend(),
                [&value](const Choice &c) { return c.value == value; }))
            labels << value;
    }
    const QString text = labels.isEmpty() ? m_anyText
        : labels.size() <= 2              ? labels.join(QStringLiteral(", "))
                                          : tr("%n chosen", nullptr, int(labels.size()));
    // Long service names: the tooltip has them whole.
    m_fullText
        = fontMetrics().elidedText(text, Qt::ElideRight, fontMetrics().averageCharWidth() * 34);
    setToolTip(labels.isEmpty() ? m_anyText : labels.join(u'\n'));
    fitText();
    updateGeometry();
}

void MultiChoiceButton::fitText()
{
    // QToolButton centres a text wider than itself and cuts it on both sides.
    const int margin = style()->pixelMetric(QStyle::PM_ButtonMargin, nullptr, this);
    const int room = width() - 2 * margin;
    const QString shown = escaped(fontMetrics().elidedText(m_fullText, Qt::ElideRight, room));
    if (text() != shown)
        setText(shown);
}

void MultiChoiceButton::resizeEvent(QResizeEvent *event)
{
    QToolButton::resizeEvent(event);
    fitText();
}

void MultiChoiceButton::openMenu()
{
    setDown(true);
    m_menu->popup(mapToGlobal(rect().bottomLeft()));
    if (QAction *first = m_menu->actions().value(0))
        m_menu->setActiveAction(first);
}

void MultiChoiceButton::keyPressEvent(QKeyEvent *event)
{
    // As a combo box opens: Alt+Down, F4, and Return besides Space.
    const bool altDown = event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier;
    if (altDown || event->key() == Qt::Key_F4 || event->key() == Qt::Key_Return
        || event->key() == Qt::Key_Enter) {
        openMenu();
        return;
    }
    QToolButton::keyPressEvent(event);
}
