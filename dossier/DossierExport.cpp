#include "dossier/DossierExport.h"

#include "dossier/DossierPdf.h"

#include <QPagedPaintDevice>

DossierExport::DossierExport(QObject *parent)
    : QObject(parent)
{ }

DossierExport::~DossierExport()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool DossierExport::start(DossierInput input, DossierFile::Format format, const QString &path)
{
    return run([input = std::move(input), format, path](
                   const std::function<void(int)> &progress, const std::atomic_bool *cancel) {
        return DossierFile::write(input, format, path, progress, cancel);
    });
}

bool DossierExport::startPrint(DossierInput input, std::shared_ptr<QPagedPaintDevice> device)
{
    return run([input = std::move(input), device](
                   const std::function<void(int)> &progress, const std::atomic_bool *cancel) {
        DossierFile::Result result;
        // Once pages go to the printer, a cancel would print what was painted so far: the
        // pages are finished instead (the progress dialog says so and hides its Cancel).
        result.ok = DossierPdf::render(buildDossier(input), device.get(), [&](int percent) {
            progress(percent);
            return percent > DossierPdf::PaintingFrom || !cancel->load();
        });
        result.cancelled = !result.ok && cancel->load();
        result.message = result.cancelled ? tr("Printing cancelled.")
            : result.ok ? tr("Printed %n case(s).", nullptr, int(input.cases.size()))
                        : tr("Could not print: the printer refused the document.");
        return result;
    });
}

bool DossierExport::run(Work work)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QPointer<DossierExport> self(this);
    auto cancel = m_cancel;
    m_thread = QThread::create([self, cancel, work = std::move(work)] {
        int last = -1;
        const auto progress = [&](int percent) {
            if (percent == last)
                return;
            last = percent;
            QMetaObject::invokeMethod(
                self.data(),
                [self, percent] {
                    if (self && self->m_thread)
                        emit self->progress(percent);
                },
                Qt::QueuedConnection);
        };
        const DossierFile::Result result = work(progress, cancel.get());
        QMetaObject::invokeMethod(
            self.data(),
            [self, result] {
                if (self)
                    self->onDone(result);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void DossierExport::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void DossierExport::onDone(const DossierFile::Result &result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    emit finished(result);
}
