#include "dossier/DossierFile.h"

#include "dossier/Dossier.h"
#include "dossier/DossierJson.h"
#include "dossier/DossierPdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dossier)
};

QString cannotWrite(const QString &path, const QString &why)
{
    return Tr::tr("Could not write %1: %2. Nothing was written; choose a folder you can write "
                  "to and try again.")
        .arg(QDir::toNativeSeparators(path), why);
}

} // namespace

namespace DossierFile {

std::optional<Format> formatNamed(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return Format::Pdf;
    if (n == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

std::optional<Format> formatOfPath(const QString &path)
{
    return formatNamed(QFileInfo(path).suffix());
}

Result write(const DossierInput &input, Format format, const QString &path,
    const std::function<void(int percent)> &progress, const std::atomic_bool *cancel)
{
    const auto stopped = [cancel] { return cancel && cancel->load(); };
    Result result;
    if (input.cases.isEmpty()) {
        result.message = Tr::tr("No case to export.");
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.message = cannotWrite(path, file.errorString());
        return result;
    }
    const Dossier dossier = buildDossier(input);
    bool written = false;
    if (format == Format::Json) {
        const QByteArray json = QJsonDocument(DossierJson::toJson(dossier)).toJson();
        if (progress)
            progress(90);
        written = !stopped() && file.write(json) == json.size();
    } else {
        written = DossierPdf::write(dossier, &file, [&](int percent) {
            if (progress)
                progress(percent);
            return !stopped();
        });
    }
    if (stopped()) {
        file.cancelWriting();
        result.cancelled = true;
        result.message = Tr::tr("Export cancelled; nothing was written.");
        return result;
    }
    if (!written || !file.commit()) {
        result.message = cannotWrite(path, file.errorString());
        return result;
    }
    if (progress)
        progress(100);
    result.ok = true;
    result.message = Tr::tr("Exported %n case(s) to %1.", nullptr, int(input.cases.size()))
                         .arg(QDir::toNativeSeparators(path));
    return result;
}

} // namespace DossierFile
