#pragma once

#include <QTableView>

class QSettings;

// The case list: the session's filtered cases, a row per case (CaseRowDelegate), sorted by the
// last change. Selecting a row opens its case (currentCaseChanged()); a case asked for before
// it is in the list is selected as soon as it arrives. Only the engineer opens cases: when the
// model takes the open case's row away (a filter hides it now), no neighbour is opened in its
// place; the open case stays open, openCaseHiddenChanged() says so, and it is selected again
// when the filters let it back in. While the engineer points at the list or types in it, its
// rows stay in place (CaseListOrderHold).
// The engineer chooses its columns (the header's context menu, View > Columns…:
// CaseColumnChooser) and its density (View > Compact rows); both are saved at once.
// A right-click on a row makes it the current row (and so
// opens its case) and asks for its context menu (caseMenuRequested(): CaseListMenu); the Menu key
// and Shift+F10 ask for the current row's.
class CaseListView : public QTableView
{
    Q_OBJECT

public:
    explicit CaseListView(QAbstractItemModel *cases, QWidget *parent = nullptr);

    // Selects a case (now, or as soon as it arrives).
    void selectCase(const QString &caseId);
    // The case selectCase() waits for; empty when none.
    QString caseAwaited() const { return m_selectWhenSeen; }
    // Selects the next (`step` 1) or previous (-1) unread case; false when there is none.
    bool selectNextUnread(int step);
    // Selects the case with the longest thread (the screenshot's); false when the list is empty.
    bool selectLongestThread();
    // The case last opened from the list; whether the filters hide it now.
    QString openCaseId() const { return m_openCaseId; }
    bool isOpenCaseHidden() const { return m_openCaseHidden; }

    // The columns as the engineer left them, and the case that was open.
    void restoreLayout(const QSettings &settings);
    // The width that shows every visible column up to `column` (in the header's order) without
    // scrolling sideways.
    int widthThrough(int column) const;
    void saveLayout(QSettings &settings, const QString &openCaseId) const;

    // Shows or hides a column and saves the choice (SettingsKeys::CaseColumnsShown); the case id
    // column stays.
    void setColumnShown(int column, bool shown);
    static bool canHideColumn(int column);
    // The last column shown, in the header's order.
    int lastShownColumn() const;
    // Compact rows: less padding (CaseRowDelegate); saved (SettingsKeys::CompactRows).
    void setCompactRows(bool compact);
    bool compactRows() const;
    // View > Columns… and View > Compact rows, for the window's menu.
    QList<QAction *> viewActions() const { return m_viewActions; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

signals:
    void currentCaseChanged(const QString &caseId);
    // A column was shown or hidden by the engineer.
    void columnsShownChanged();
    // The open case left the list (a filter hides it) or came back.
    void openCaseHiddenChanged(const QString &caseId, bool hidden);
    // The context menu of the current row, at `globalPos`.
    void caseMenuRequested(const QPoint &globalPos);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void selectRowOf(int row);
    void onCurrentRowChanged();
    // After rows went, the layout changed or the model was reset.
    void afterModelMoved();
    void setOpenCaseHidden(bool hidden);
    void createViewActions();
    void fitPane();
    // Until the engineer chooses the columns: the low-value ones leave a list too narrow for
    // them, and come back when there is room.
    void fitColumnsToWidth();
    void applyColumnsShown(const QStringList &names);

    QList<QAction *> m_viewActions;
    bool m_columnsChosen = false;
    QList<int> m_columnsLeftOut; // by fitColumnsToWidth()
    int m_subjectWidth = 0; // the subject's width before fitColumnsToWidth() narrowed it
    QString m_selectWhenSeen;
    QString m_openCaseId;
    bool m_openCaseHidden = false;
    // Inside a change of the model: a current row it moves is not the engineer's choice.
    int m_modelMoving = 0;
    bool m_quiet = false; // selecting or clearing without opening
};
