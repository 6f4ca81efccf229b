#pragma once

#include "dossier/Dossier.h"
#include "dossier/DossierFile.h"

#include <QObject>
#include <QPointer>
#include <QThread>

class QPagedPaintDevice;

#include <atomic>
#include <functional>
#include <memory>

// One export off the GUI thread: builds the dossier and writes the file (DossierFile) on a
// thread of its own, tells its progress, and can be cancelled. A second start() while one runs
// is refused. Destroying it cancels and waits for the thread.
class DossierExport : public QObject
{
    Q_OBJECT

public:
    explicit DossierExport(QObject *parent = nullptr);
    ~DossierExport() override;

    // False (and nothing starts) while an export runs.
    bool start(DossierInput input, DossierFile::Format format, const QString &path);
    // Paints the PDF layout onto `device` (a QPrinter from Print…) instead; the device is used
    // on the export's thread until finished().
    bool startPrint(DossierInput input, std::shared_ptr<QPagedPaintDevice> device);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(int percent);
    // `message` says where the file went, or why there is none (cancelled, not writable).
    void finished(const DossierFile::Result &result);

private:
    using Work = std::function<DossierFile::Result(
        const std::function<void(int)> &progress, const std::atomic_bool *cancel)>;
    bool run(Work work);
    void onDone(const DossierFile::Result &result);

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};
