#pragma once

#include "models/SlaClock.h"

#include <QJsonObject>

// The SLA clocks of a case as JSON, for `casectl cases --json` / `case --json` and exports
// (field names documented in docs/sla.md and the README):
// {"computedAt", "firstResponse", "updateGap", "restore", "longestGapSeconds", "gapBreaches",
//  "turn", "turnSince", "nextBreach"}; each clock {"state", "targetMinutes", "elapsedSeconds",
// "leftSeconds", "due", "stoppedAt"} (the times ISO 8601, absent when they do not apply).
namespace SlaJson {

QJsonObject toJson(const SlaReport &report, const Timestamp &computedAt);
// "none", "running", "paused", "met", "breached" (the dossier's JSON uses the same words).
QString stateName(SlaClock::State state);
// "nobody", "provider", "us".
QString turnName(SlaReport::Turn turn);

} // namespace SlaJson
