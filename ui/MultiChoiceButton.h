#pragma once

#include <QSet>
#include <QToolButton>

class QMenu;

// A filter that takes several values: a button whose menu has a check box per choice, reached
// with the keyboard (Tab or its label's mnemonic, then Space, Return or Alt+Down) and the mouse.
// Choosing does not close the menu, so several values are chosen in one go. The button says
// what is chosen: "All statuses" when nothing, the labels of one or two, else "3 chosen".
// A chosen value the choices do not (yet) hold stays chosen and is listed by its value.
class MultiChoiceButton : public QToolButton
{
    Q_OBJECT

public:
    struct Choice
    {
        QString value;
        QString label;
        // Chosen, it is the only one (e.g. "All open statuses"): choosing it clears the others,
        // choosing another clears it.
        bool alone = false;
    };

    // `anyText` is the first entry, which clears the choice, and the button's text then.
    explicit MultiChoiceButton(const QString &anyText, QWidget *parent = nullptr);

    void setChoices(const QList<Choice> &choices);
    QStringList chosen() const { return m_chosen; }
    // Emits chosenChanged() when the values differ (as a set).
    void setChosen(const QStringList &values);
    QMenu *choiceMenu() const { return m_menu; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void chosenChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildMenu();
    void updateChecks();
    void toggle(const QString &value, bool on);
    void updateText();
    // The text elided to the room the button has.
    void fitText();
    void openMenu();

    QString m_anyText;
    QString m_fullText; // what the button says, before it is elided to its width
    QList<Choice> m_choices;
    QStringList m_chosen;
    QMenu *m_menu;
};
