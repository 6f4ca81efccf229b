#pragma once

#include <QString>

#include <functional>

struct Dossier;
class Timestamp;

// The dossier's text as the HTML subset QTextDocument reads (docs/dossier.md, "PDF"): the cover
// (with the summary table when there are several cases), then per case its header, remarks,
// SLA clocks with their targets, outage, timeline, whole thread and manifest. Server text is
// escaped: it is plain text.
namespace DossierHtml {

// `step` is told after each communication written (done, total) and stops the composition
// when it returns false (then the result is empty).
QString compose(const Dossier &dossier, const std::function<bool(qint64, qint64)> &step = {});

// "2026-11-22 10:31:07 +01:00" in the local zone, and "2026-11-22 09:31:07 UTC".
QString localTime(const Timestamp &t);
QString utcTime(const Timestamp &t);

} // namespace DossierHtml
