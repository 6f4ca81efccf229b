#pragma once

#include <QJsonObject>

struct Dossier;

// The dossier as JSON (docs/dossier.md, "JSON"): format "caseconsole-dossier", version 1.
namespace DossierJson {

inline constexpr int Version = 1;

QJsonObject toJson(const Dossier &dossier);

} // namespace DossierJson
