#pragma once

#include "models/Case.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The provider's JSON for cases, both ways. Reading rejects a case that lacks its id or carries
// an unreadable date, with a reason, rather than showing it half-filled; in a list such a case
// is left out and named, and the others are read. Writing uses the API's field names (casectl's
// --json output).
namespace CaseJson {

// A case left out of a list: its id (empty when it has none), the first field that could not be
// read (`id`, `createdDate`, `lastModifiedDate`, `startOfIncident`, `endOfIncident` or a
// communication's `timestamp`: safe to log) and the reason for a person, which quotes the
// server's text.
struct SkippedCase
{
    QString id;
    QString field;
    QString reason;

    friend bool operator==(const SkippedCase &, const SkippedCase &) = default;
};

// `skipped`, when given, gets the id, field and reason of a case that cannot be read.
std::optional<Case> parseCase(const QJsonObject &json, SkippedCase *skipped = nullptr);
// Parses every case; one that cannot be read is left out and listed in `skipped`, in order.
QList<Case> parseCases(const QJsonArray &json, QList<SkippedCase> *skipped = nullptr);
QJsonObject toJson(const Case &c);

} // namespace CaseJson
