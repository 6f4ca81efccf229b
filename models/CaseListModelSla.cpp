// The case list's SLA columns (docs/sla.md): Next breach (the clock due first, or the one over
// its target) and Turn (whose turn it is, since when). The reports come from session/SlaClocks.

#include "models/CaseLabels.h"
#include "models/CaseListModel.h"
#include "models/SlaLabels.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace {

// The clock the Next breach column is about: the one most over its target, else the running one
// due first, else a paused one.
const SlaClock *headline(const SlaReport &r)
{
    const SlaClock *all[] {&r.firstResponse, &r.updateGap, &r.restore};
    const SlaClock *best = nullptr;
    for (const SlaClock *c : all) {
        if (c->state == SlaClock::State::Breached && !c->stoppedAt.isValid()
            && (!best || c->leftSeconds() < best->leftSeconds()))
            best = c;
    }
    if (best)
        return best;
    for (const SlaClock *c : all) {
        if (c->state == SlaClock::State::Running && (!best || c->due < best->due))
            best = c;
    }
    if (best)
        return best;
    for (const SlaClock *c : all) {
        if (c->state == SlaClock::State::Paused)
            return c;
    }
    // A closed case whose clock stopped over its target.
    for (const SlaClock *c : all) {
        if (c->state == SlaClock::State::Breached)
            return c;
    }
    return nullptr;
}

QString clockName(const SlaReport &r, const SlaClock *c)
{
    if (c == &r.firstResponse)
        return QCoreApplication::translate("CaseListModel", "First response");
    if (c == &r.updateGap)
        return QCoreApplication::translate("CaseListModel", "Provider's silence");
    return QCoreApplication::translate("CaseListModel", "Time to restore");
}

QString tooltip(const SlaReport &r)
{
    QStringList lines;
    for (const SlaClock *c : {&r.firstResponse, &r.updateGap, &r.restore}) {
        if (c->state == SlaClock::State::None)
            continue;
        lines << QCoreApplication::translate("CaseListModel", "%1: %2, %3 (target %4)")
                     .arg(clockName(r, c), SlaLabels::state(c->state), SlaLabels::left(*c),
                         SlaLabels::minutesText(int(c->targetSeconds / 60)));
    }
    return lines.join(u'\n');
}

} // namespace

void CaseListModel::setSlaReports(const QHash<QString, SlaReport> &reports)
{
    if (m_sla.isEmpty() && rowCount() > 0 && reports.size() >= rowCount()) {
        // The first reports, of every case (at start): taken whole, one signal for every row.
        m_sla = reports;
        emit dataChanged(index(0, NextBreachColumn), index(rowCount() - 1, TurnColumn));
        return;
    }
    QList<int> rows;
    for (auto it = reports.cbegin(); it != reports.cend(); ++it) {
        auto known = m_sla.find(it.key());
        if (known != m_sla.end() && *known == *it)
            continue;
        m_sla.insert(it.key(), *it);
        if (const int row = rowOf(it.key()); row >= 0)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    // One signal per run of neighbouring rows.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        emit dataChanged(index(rows.at(i), NextBreachColumn), index(rows.at(j), TurnColumn));
        i = j + 1;
    }
}

const SlaReport *CaseListModel::slaReport(const QString &caseId) const
{
    const auto it = m_sla.constFind(caseId);
    return it == m_sla.cend() ? nullptr : &*it;
}

CaseListModel::SlaState CaseListModel::slaState(const CaseSummary &c) const
{
    const SlaReport *r = slaReport(c.id);
    const SlaClock *clock = r ? headline(*r) : nullptr;
    if (!clock)
        return SlaNone;
    switch (clock->state) {
    case SlaClock::State::Breached:
        return clock->stoppedAt.isValid() ? SlaStopped : SlaBreached;
    case SlaClock::State::Running:
        return SlaRunning;
    case SlaClock::State::Paused:
        return SlaPaused;
    default:
        return SlaNone;
    }
}

qint64 CaseListModel::nextBreachKey(const CaseSummary &c) const
{
    // Breached first (most over first), then by due time, then paused, then breached and closed,
    // then none.
    constexpr qint64 Max = std::numeric_limits<qint64>::max();
    const SlaReport *r = slaReport(c.id);
    const SlaClock *clock = r ? headline(*r) : nullptr;
    if (!clock)
        return Max;
    switch (clock->state) {
    case SlaClock::State::Breached:
        return clock->stoppedAt.isValid()
            ? Max - 1
            : std::numeric_limits<qint64>::min() / 2 + clock->leftSeconds();
    case SlaClock::State::Running:
        return clock->due.ticks();
    case SlaClock::State::Paused:
        return Max - 2;
    default:
        return Max;
    }
}

bool CaseListModel::slaLessThan(const CaseSummary &a, const CaseSummary &b, int column) const
{
    if (column == NextBreachColumn)
        return nextBreachKey(a) < nextBreachKey(b);
    const SlaReport *ra = slaReport(a.id);
    const SlaReport *rb = slaReport(b.id);
    const int ta = ra ? int(ra->turn) : 0;
    const int tb = rb ? int(rb->turn) : 0;
    if (ta != tb)
        return ta > tb; // waiting on us first, then on the provider, then nobody
    return (ra ? ra->turnSince : Timestamp()) < (rb ? rb->turnSince : Timestamp());
}

QVariant CaseListModel::slaData(const CaseSummary &c, int column, int role) const
{
    const SlaReport *r = slaReport(c.id);
    const SlaClock *clock = r ? headline(*r) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (column == NextBreachColumn)
            return clock ? SlaLabels::left(*clock) : QString();
        if (!r || r->turn == SlaReport::Turn::Nobody)
            return QString();
        return tr("%1 since %2")
            .arg(SlaLabels::turn(r->turn), CaseLabels::localDateTime(r->turnSince));
    case Qt::ToolTipRole:
        return r && column == NextBreachColumn ? tooltip(*r) : QVariant();
    case SortRole:
        return column == NextBreachColumn ? QVariant(nextBreachKey(c)) : QVariant();
    case SlaStateRole:
        return int(slaState(c));
    case NextBreachRole:
        return r && r->nextBreach().isValid() ? r->nextBreach().toDateTime() : QDateTime();
    case TurnRole:
        return int(r ? r->turn : SlaReport::Turn::Nobody);
    case TurnSinceRole:
        return r ? r->turnSince.toDateTime() : QDateTime();
    default:
        return {};
    }
}
