#pragma once

#include <QStringList>

class QTableView;

// The case list's column widths from the font, for the widest value each column is expected to
// hold (a case id, a date, the longest status or type label, in bold as unread rows are), not by
// scanning the rows: 100k cases are measured as fast as ten. The id column has room for the
// watch star (CaseRowDelegate).
namespace CaseColumnWidths {

// Sizes every column of `view` (a CaseListModel's columns) to its expected content and header.
void fit(QTableView *view, const QStringList &statuses = {});
// Widens the columns whose values must be read whole (id, priority, status, dates) to their
// expected content where a saved layout left them narrower; other columns keep their widths.
void widenToContent(QTableView *view, const QStringList &statuses = {});
// The width a column needs for its expected values and its header.
int contentWidth(const QTableView *view, int column, const QStringList &statuses = {});

} // namespace CaseColumnWidths
