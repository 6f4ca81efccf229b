#pragma once

#include <QString>

#include <functional>

class QIODevice;
class QPagedPaintDevice;
struct Dossier;

// The dossier as a paginated document (docs/dossier.md, "PDF"): A4, a running head with the
// dossier's title, a footer with the generation time and "Page i of n". Needs a
// QGuiApplication (fonts); runs on any thread, the device belonging to that thread.
namespace DossierPdf {

// Told how far it is, 0 to 100; returning false stops the rendering (the result is then
// false and what was painted is to be thrown away).
using Progress = std::function<bool(int percent)>;

// Past this percent the pages are painted onto the device. A printer cannot take back a page
// it was given (Qt's print engines do not abort a job; ending the painter submits it), so
// Print… stops only before it: composing and laying out, most of the work.
constexpr int PaintingFrom = 80;

// Paints onto `device` (a QPdfWriter, or a QPrinter for Print…). False when stopped or when
// the device could not be painted on.
bool render(const Dossier &dossier, QPagedPaintDevice *device, const Progress &progress = {});

// Writes a PDF to `out` (open for writing). `title` goes into the PDF's metadata.
bool write(const Dossier &dossier, QIODevice *out, const Progress &progress = {});

// The document's title ("Case dossier CASE-1", "Case dossier: 3 cases").
QString title(const Dossier &dossier);

} // namespace DossierPdf
