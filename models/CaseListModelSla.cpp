// The case list's SLA columns (docs/sla.md): Next breach (the clock due first, or the one over
// its target) and Turn (whose turn it is, since when). The reports come from session/SlaClocks,
// as SlaBrief: what the list shows of them.

#include "models/CaseLabels.h"
#include "models/CaseListModel.h"
#include "models/SlaLabels.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <vector>

namespace {

QString clockName(SlaBrief::Which which)
{
    switch (which) {
    case SlaBrief::FirstResponse:
        return QCoreApplication::translate("CaseListModel", "First response");
    case SlaBrief::UpdateGap:
        return QCoreApplication::translate("CaseListModel", "Provider's silence");
    case SlaBrief::Restore:
    case SlaBrief::NoClock:
        break;
    }
    return QCoreApplication::translate("CaseListModel", "Time to restore");
}

QString tooltip(const SlaBrief &b)
{
    QStringList lines;
    for (SlaBrief::Which which :
        {SlaBrief::FirstResponse, SlaBrief::UpdateGap, SlaBrief::Restore}) {
        const SlaClock c = b.clock(which);
        if (c.state == SlaClock::State::None)
            continue;
        lines << QCoreApplication::translate("CaseListModel", "%1: %2, %3 (target %4)")
                     .arg(clockName(which), SlaLabels::state(c.state), SlaLabels::left(c),
                         SlaLabels::minutesText(int(c.targetSeconds / 60)));
    }
    return lines.join(u'\n');
}

} // namespace

void CaseListModel::setSlaReports(const SlaUpdates &updates)
{
    // The rows whose brief changed, as bits (a case twice counts once): 100k at start.
    std::vector<bool> changed(size_t(m_cases.size()), false);
    qsizetype changedCount = 0;
    updates.forEach([&](qsizetype at, const QString &id, const SlaBrief &brief) {
        // The clocks name most cases by their position in the summaries the list was reset
        // with, where they still are unless a row was removed: that row is tried first (its id
        // mostly the same string, shared).
        const auto isAt = [&] {
            if (at < 0 || at >= m_cases.size())
                return false;
            const QString &there = m_cases.at(at).id;
            return there.constData() == id.constData() || there == id;
        };
        const int row = isAt() ? int(at) : rowOf(id);
        if (row < 0) {
            m_slaPending.insert(id, brief);
            return;
        }
        SlaBrief &known = m_slaRows[row];
        if (known == brief)
            return;
        known = brief;
        if (!changed[size_t(row)]) {
            changed[size_t(row)] = true;
            ++changedCount;
        }
    });
    if (changedCount == 0)
        return;
    if (changedCount == m_cases.size()) {
        // Every case's (at start): one signal for every row.
        emit dataChanged(index(0, NextBreachColumn), index(rowCount() - 1, TurnColumn));
        return;
    }
    // One signal per run of neighbouring rows.
    for (size_t row = 0; row < changed.size(); ++row) {
        if (!changed[row])
            continue;
        size_t last = row;
        while (last + 1 < changed.size() && changed[last + 1])
            ++last;
        emit dataChanged(index(int(row), NextBreachColumn), index(int(last), TurnColumn));
        row = last;
    }
}

const SlaBrief *CaseListModel::slaBrief(const QString &caseId) const
{
    if (const int row = rowOf(caseId); row >= 0)
        return &m_slaRows.at(row);
    const auto it = m_slaPending.constFind(caseId);
    return it == m_slaPending.cend() ? nullptr : &*it;
}

CaseListModel::SlaState CaseListModel::slaState(int row) const
{
    const SlaBrief &b = m_slaRows.at(row);
    if (b.headline == SlaBrief::NoClock)
        return SlaNone;
    const SlaBrief::Clock &clock = b.clocks[b.headline];
    switch (clock.state) {
    case SlaClock::State::Breached:
        return clock.stopped ? SlaStopped : SlaBreached;
    case SlaClock::State::Running:
        return SlaRunning;
    case SlaClock::State::Paused:
        return SlaPaused;
    default:
        return SlaNone;
    }
}

qint64 CaseListModel::nextBreachKey(int row) const
{
    // Breached first (most over first), then by due time, then paused, then breached and closed,
    // then none.
    constexpr qint64 Max = std::numeric_limits<qint64>::max();
    const SlaBrief &b = m_slaRows.at(row);
    if (b.headline == SlaBrief::NoClock)
        return Max;
    const SlaBrief::Clock &clock = b.clocks[b.headline];
    switch (clock.state) {
    case SlaClock::State::Breached:
        return clock.stopped
            ? Max - 1
            : std::numeric_limits<qint64>::min() / 2 + clock.targetSeconds - clock.elapsedSeconds;
    case SlaClock::State::Running:
        return b.nextBreachTicks; // the headline is the running clock due first
    case SlaClock::State::Paused:
        return Max - 2;
    default:
        return Max;
    }
}

bool CaseListModel::slaLessThan(int left, int right, int column) const
{
    if (column == NextBreachColumn)
        return nextBreachKey(left) < nextBreachKey(right);
    const SlaBrief &a = m_slaRows.at(left);
    const SlaBrief &b = m_slaRows.at(right);
    if (a.turn != b.turn)
        return int(a.turn) > int(b.turn); // waiting on us first, then on the provider, then nobody
    return a.turnSinceTicks < b.turnSinceTicks;
}

QVariant CaseListModel::slaData(int row, int column, int role) const
{
    const SlaBrief &b = m_slaRows.at(row);
    switch (role) {
    case Qt::DisplayRole:
        if (column == NextBreachColumn)
            return SlaLabels::left(b.clock(b.headline));
        if (b.turn == SlaReport::Turn::Nobody)
            return QString();
        return tr("%1 since %2")
            .arg(SlaLabels::turn(b.turn), CaseLabels::localDateTime(b.turnSince()));
    case Qt::ToolTipRole:
        return column == NextBreachColumn ? tooltip(b) : QVariant();
    case SortRole:
        return column == NextBreachColumn ? QVariant(nextBreachKey(row)) : QVariant();
    case SlaStateRole:
        return int(slaState(row));
    case NextBreachRole:
        return b.nextBreach().isValid() ? b.nextBreach().toDateTime() : QDateTime();
    case TurnRole:
        return int(b.turn);
    case TurnSinceRole:
        return b.turnSince().toDateTime();
    default:
        return {};
    }
}
