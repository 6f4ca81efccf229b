#include "models/SlaLabels.h"

#include "models/CaseLabels.h"
#include "models/SlaPolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QRegularExpression>

namespace SlaLabels {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SlaLabels", text);
}

// The unit of a translated "%1 h", folded: "std." for German, "u" for Dutch.
QString translatedUnit(const char *text)
{
    return tr(text).remove(QStringLiteral("%1")).trimmed().toLower();
}

// Minutes per unit, by the unit's spellings: English, as the README documents them, and the
// language's own units, which minutesText() writes into the fields it fills.
std::optional<double> unitMinutes(const QString &unit)
{
    for (const auto &[text, minutes] :
        {std::pair {"%1 d", 1440.0}, std::pair {"%1 h", 60.0}, std::pair {"%1 min", 1.0}}) {
        if (!unit.isEmpty() && unit == translatedUnit(text))
            return minutes;
    }
    static const QHash<QString, double> units {{QStringLiteral("m"), 1}, {QStringLiteral("min"), 1},
        {QStringLiteral("mins"), 1}, {QStringLiteral("minute"), 1}, {QStringLiteral("minutes"), 1},
        {QStringLiteral("h"), 60}, {QStringLiteral("hr"), 60}, {QStringLiteral("hrs"), 60},
        {QStringLiteral("hour"), 60}, {QStringLiteral("hours"), 60}, {QStringLiteral("d"), 1440},
        {QStringLiteral("day"), 1440}, {QStringLiteral("days"), 1440}};
    if (unit.isEmpty())
        return 1.0;
    const auto it = units.constFind(unit);
    return it == units.cend() ? std::nullopt : std::optional<double>(*it);
}

} // namespace

std::optional<int> parseMinutes(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("none"))
        return 0;
    static const QRegularExpression part(
        QStringLiteral("\\G\\s*(\\d+(?:[.,]\\d+)?)\\s*([^\\d\\s]*)"));
    double total = 0;
    qsizetype at = 0;
    while (at < t.size()) {
        const QRegularExpressionMatch m = part.match(t, at);
        if (!m.hasMatch() || m.capturedLength() == 0)
            return std::nullopt;
        const std::optional<double> unit = unitMinutes(m.captured(2));
        if (!unit)
            return std::nullopt;
        total += m.captured(1).replace(u',', u'.').toDouble() * *unit;
        at = m.capturedEnd();
        if (total > SlaPolicy::MaxMinutes)
            return std::nullopt;
    }
    return int(total + 0.5);
}

QString minutesText(int minutes)
{
    if (minutes <= 0)
        return {};
    QStringList parts;
    if (const int days = minutes / 1440)
        parts << tr("%1 d").arg(days);
    if (const int hours = minutes % 1440 / 60)
        parts << tr("%1 h").arg(hours);
    if (const int rest = minutes % 60)
        parts << tr("%1 min").arg(rest);
    return parts.join(u' ');
}

QString notADuration(const QString &what, const QString &text)
{
    return tr("%1: “%2” is not a duration up to 366 days; write for example 15 min, 4 h, 1 d, "
              "or leave it empty for none.")
        .arg(what, text.trimmed());
}

QString state(SlaClock::State state)
{
    switch (state) {
    case SlaClock::State::None:
        return {};
    case SlaClock::State::Running:
        return tr("Running");
    case SlaClock::State::Paused:
        return tr("Paused");
    case SlaClock::State::Met:
        return tr("Met");
    case SlaClock::State::Breached:
        return tr("Breached");
    }
    return {};
}

QString left(const SlaClock &clock)
{
    const QString over = CaseLabels::duration(-clock.leftSeconds());
    const QString remaining = CaseLabels::duration(clock.leftSeconds());
    switch (clock.state) {
    case SlaClock::State::None:
        return {};
    case SlaClock::State::Running:
        return tr("%1 left").arg(remaining);
    case SlaClock::State::Paused:
        return tr("paused, %1 left").arg(remaining);
    case SlaClock::State::Met:
        return tr("met in %1").arg(CaseLabels::duration(clock.elapsedSeconds));
    case SlaClock::State::Breached:
        return tr("%1 over").arg(over);
    }
    return {};
}

QString turn(SlaReport::Turn turn)
{
    switch (turn) {
    case SlaReport::Turn::Provider:
        return tr("Waiting on provider");
    case SlaReport::Turn::Us:
        return tr("Waiting on us");
    case SlaReport::Turn::Nobody:
        return {};
    }
    return {};
}

QList<QPair<QString, QString>> rows(const SlaReport &report)
{
    QList<QPair<QString, QString>> rows;
    const std::pair<const char *, const SlaClock *> clocks[] {
        {QT_TRANSLATE_NOOP("SlaLabels", "First response"), &report.firstResponse},
        {QT_TRANSLATE_NOOP("SlaLabels", "Provider's silence"), &report.updateGap},
        {QT_TRANSLATE_NOOP("SlaLabels", "Time to restore"), &report.restore}};
    for (const auto &[name, clock] : clocks) {
        if (clock->state == SlaClock::State::None)
            continue;
        QString value = tr("%1 · %2 of %3")
                            .arg(state(clock->state), left(*clock),
                                minutesText(int(clock->targetSeconds / 60)));
        if (clock->state == SlaClock::State::Running)
            value = tr("%1, due %2").arg(value, CaseLabels::localDateTime(clock->due));
        else if (clock->stoppedAt.isValid())
            value = tr("%1, stopped %2").arg(value, CaseLabels::localDateTime(clock->stoppedAt));
        rows.append({tr(name), value});
    }
    if (report.turn != SlaReport::Turn::Nobody)
        rows.append({tr("Turn"),
            tr("%1 since %2").arg(turn(report.turn), CaseLabels::localDateTime(report.turnSince))});
    return rows;
}

} // namespace SlaLabels
