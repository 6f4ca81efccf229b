#include "ui/CaseColumnWidths.h"

#include "models/CaseLabels.h"
#include "models/CaseListModel.h"
#include "models/CaseTypeMatrix.h"
#include "models/SlaLabels.h"
#include "models/Timestamp.h"
#include "ui/CaseRowDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

namespace {

using M = CaseListModel;

// The widest date of the year in the locale's short format: every month, a two-digit day and an
// afternoon time (12-hour clocks add "PM").
QStringList sampleDates()
{
    QStringList dates;
    for (int month = 1; month <= 12; ++month) {
        const QDateTime local(QDate(2026, month, 28), QTime(23, 58));
        dates << CaseLabels::localDateTime(Timestamp::fromDateTime(local));
    }
    return dates;
}

QStringList samples(int column, const QStringList &statuses)
{
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    QStringList values;
    switch (column) {
    case M::IdColumn:
        // Ids longer than this are elided in the middle, keeping their distinct end.
        return {QStringLiteral("CS-00000000")};
    case M::SubjectColumn:
        for (const CaseTypeMatrix::Type &type : matrix.types()) {
            for (const CaseTypeMatrix::Subject &subject : type.subjects)
                values << matrix.subjectLabel(subject.id);
        }
        return values;
    case M::TypeColumn:
        for (const CaseTypeMatrix::Type &type : matrix.types())
            values << matrix.typeLabel(type.id);
        return values;
    case M::PriorityColumn:
        return {QStringLiteral("P5"), QStringLiteral("—")};
    case M::StatusColumn:
        for (const QString &id : CaseLabels::statusIds() + statuses)
            values << CaseLabels::status(id);
        return values;
    case M::CreatedColumn:
    case M::LastModifiedColumn:
        return sampleDates();
    case M::AgeColumn:
        // Two units at most: days and hours, or hours and minutes ("16 h 40 min").
        return {CaseLabels::duration(((123 * 24 + 23) * 60 + 59) * 60),
            CaseLabels::duration((23 * 60 + 58) * 60)};
    case M::MessagesColumn:
        return {QCoreApplication::translate("CaseListModel", "%1 (%2 new)").arg(888).arg(88)};
    case M::NextBreachColumn:
        // The longest texts: hours and minutes left (running or paused) or over, days and
        // hours over.
        for (const auto &[state, seconds] :
            {std::pair {SlaClock::State::Running, -((23 * 60 + 59) * 60)},
                std::pair {SlaClock::State::Paused, -((23 * 60 + 59) * 60)},
                std::pair {SlaClock::State::Breached, (23 * 60 + 59) * 60},
                std::pair {SlaClock::State::Breached, (23 * 24 + 23) * 3600}}) {
            SlaClock clock;
            clock.state = state;
            clock.elapsedSeconds = seconds;
            values << SlaLabels::left(clock);
        }
        return values;
    case M::TurnColumn:
        for (const QString &date : sampleDates()) {
            for (SlaReport::Turn turn : {SlaReport::Turn::Provider, SlaReport::Turn::Us})
                values << QCoreApplication::translate("CaseListModel", "%1 since %2")
                              .arg(SlaLabels::turn(turn), date);
        }
        return values;
    default:
        return {};
    }
}

// Columns whose values are read whole: never narrower than their content.
constexpr int ReadWhole[]
    = {M::IdColumn, M::PriorityColumn, M::StatusColumn, M::CreatedColumn, M::LastModifiedColumn};

} // namespace

int CaseColumnWidths::contentWidth(const QTableView *view, int column, const QStringList &statuses)
{
    QFont bold = view->font();
    bold.setBold(true); // unread rows
    const QFontMetrics metrics(bold);
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    int width = 0;
    for (const QString &value : samples(column, statuses))
        width = qMax(width, metrics.horizontalAdvance(value));
    if (width > 0) {
        width += 2 * margin + metrics.averageCharWidth();
        // The watch star, the priority and status marks.
        if (const int decoration = CaseRowDelegate::decorationWidth(column); decoration > 0)
            width += decoration + 2 * margin;
    }
    // The header's title and its sort arrow.
    const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
    const QFontMetrics headerMetrics(view->horizontalHeader()->font());
    const int header = headerMetrics.horizontalAdvance(title) + 4 * margin
        + view->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, view)
        + headerMetrics.averageCharWidth() * 2;
    return qMax(width, header);
}

void CaseColumnWidths::fit(QTableView *view, const QStringList &statuses)
{
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        const int width = column == M::ServiceColumn || column == M::SiteColumn
            // Free text of the provider's: a fair share, elided beyond.
            ? view->fontMetrics().averageCharWidth() * 28
            : contentWidth(view, column, statuses);
        view->setColumnWidth(column, width);
    }
}

void CaseColumnWidths::widenToContent(QTableView *view, const QStringList &statuses)
{
    for (int column : ReadWhole) {
        const int width = contentWidth(view, column, statuses);
        if (view->columnWidth(column) < width)
            view->setColumnWidth(column, width);
    }
}
