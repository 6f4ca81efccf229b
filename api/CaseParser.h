#pragma once

#include "models/Case.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Reads the provider's JSON into value types. A case that lacks its id or carries an
// unreadable date is rejected with a reason rather than shown half-filled.
namespace CaseParser {

std::optional<Case> parseCase(const QJsonObject &json, QString *error = nullptr);
// Parses every case; stops at the first bad one and reports it.
std::optional<QList<Case>> parseCases(const QJsonArray &json, QString *error = nullptr);

} // namespace CaseParser
