#pragma once

#include <QString>

// Loads the console's translations (and Qt's own) for a language: `language` as given with
// --lang ("de", "pl_PL"), or empty for the system's. Sets the default QLocale to it, so dates
// and numbers follow. English needs no file. Returns the language in use ("en" when none of
// ours matched).
namespace Translations {
QString install(const QString &language = {});
// The languages shipped besides English.
QStringList available();
} // namespace Translations
