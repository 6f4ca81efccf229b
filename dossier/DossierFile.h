#pragma once

#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

struct DossierInput;

// Writes a dossier file whole or not at all: into a temporary file beside the target, renamed
// over it only once complete (QSaveFile), so a failed or stopped export leaves nothing
// half-written and an earlier file of that name stays as it was.
namespace DossierFile {

enum class Format { Pdf, Json };

// From a name such as "pdf" or "JSON"; nullopt when unknown.
std::optional<Format> formatNamed(const QString &name);
// From a path's suffix (.pdf, .json); nullopt when it has neither.
std::optional<Format> formatOfPath(const QString &path);

struct Result
{
    bool ok = false;
    bool cancelled = false;
    QString message; // for the engineer: where it went, or what went wrong and what to do
};

// Builds the dossier from `input` and writes it to `path`. `progress` (0 to 100) is called on
// this thread; `cancel` is read between steps and may be set from any thread.
Result write(const DossierInput &input, Format format, const QString &path,
    const std::function<void(int percent)> &progress = {},
    const std::atomic_bool *cancel = nullptr);

} // namespace DossierFile

Q_DECLARE_METATYPE(DossierFile::Result)
