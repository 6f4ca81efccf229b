#pragma once

#include "models/SlaClock.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Words for the engineer about SLA targets and clocks (docs/sla.md).
namespace SlaLabels {

// A target as typed in Settings: "90", "15 min", "4 h", "1h30m", "1.5 h", "2 d", "1 day 2 hours";
// empty, "0" or "none" is no target (0). Nothing (std::nullopt) when it is not a duration, is
// negative or longer than SlaPolicy::MaxMinutes.
std::optional<int> parseMinutes(const QString &text);
// Minutes written so parseMinutes() reads them back: "15 min", "4 h", "1 d 1 h"; empty for 0.
QString minutesText(int minutes);
// Why parseMinutes() refused `text`, as a sentence (for the settings' problems).
QString notADuration(const QString &what, const QString &text);

// "Running", "Paused", "Met", "Breached", or empty for no clock.
QString state(SlaClock::State state);
// "12 min left", "1 h 5 min over", "met in 12 min", "paused, 3 min left"; empty for no clock.
QString left(const SlaClock &clock);
// "Waiting on provider" / "Waiting on us" / empty.
QString turn(SlaReport::Turn turn);

// The clocks of a report as lines of plain text, label and value, for the case header and
// exports: each clock that has a target ("First response": "Running · 12 min left of 15 min,
// due 10:15"), then whose turn it is ("Turn": "Waiting on provider since 10:00"). Times in the
// engineer's local time.
QList<QPair<QString, QString>> rows(const SlaReport &report);

} // namespace SlaLabels
