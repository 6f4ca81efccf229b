#pragma once

#include "models/Case.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The provider's JSON for cases, both ways. Reading rejects a case that lacks its id or carries
// an unreadable date, with a reason, rather than showing it half-filled. Writing uses the API's
// field names (casectl's --json output).
namespace CaseJson {

std::optional<Case> parseCase(const QJsonObject &json, QString *error = nullptr);
// Parses every case; stops at the first bad one and reports it.
std::optional<QList<Case>> parseCases(const QJsonArray &json, QString *error = nullptr);
QJsonObject toJson(const Case &c);

} // namespace CaseJson
