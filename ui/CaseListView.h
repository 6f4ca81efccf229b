#pragma once

#include <QTableView>

class QSettings;

// The case list: the session's filtered cases, a row per case (CaseRowDelegate), sorted by the
// last change. Selecting a row opens its case (currentCaseChanged()); a case asked for before
// it is in the list is selected as soon as it arrives.
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

    // The columns as the engineer left them, and the case that was open.
    void restoreLayout(const QSettings &settings);
    void saveLayout(QSettings &settings, const QString &openCaseId) const;

signals:
    void currentCaseChanged(const QString &caseId);

private:
    void selectRowOf(int row);

    QString m_selectWhenSeen;
};
