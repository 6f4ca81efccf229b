#include "ui/DossierActions.h"

#include "dossier/Dossier.h"
#include "dossier/DossierExport.h"
#include "dossier/DossierPdf.h"
#include "models/CaseListModel.h"
#include "session/CaseSession.h"
#include "session/SlaClocks.h"
#include "ui/CaseListView.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>

#include <algorithm>

DossierActions::DossierActions(QMainWindow *window, CaseSession *session, CaseListView *list)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_list(list)
    , m_export(new QAction(tr("E&xport…"), window))
    , m_print(
          new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("Pr&int…"), window))
    , m_job(new DossierExport(this))
{
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setToolTip(tr("Save the selected cases' dossier as PDF or JSON (Ctrl+Shift+E)"));
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print the selected cases' dossier (Ctrl+P)"));
    connect(m_export, &QAction::triggered, this, &DossierActions::chooseFileAndExport);
    connect(m_print, &QAction::triggered, this, &DossierActions::choosePrinterAndPrint);
    connect(m_job, &DossierExport::progress, this, [this](int percent) {
        if (!m_progress)
            return;
        m_progress->setValue(percent);
        if (m_printing && percent > DossierPdf::PaintingFrom) {
            // What the printer was given cannot be taken back: no Cancel from here on.
            m_progress->setLabelText(tr("Sending the pages to the printer…"));
            m_progress->setCancelButtonText(QString());
        }
    });
    connect(m_job, &DossierExport::finished, this, &DossierActions::onFinished);
}

DossierActions::~DossierActions() = default;

QStringList DossierActions::casesToExport() const
{
    QStringList ids;
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : rows)
        ids << row.data(CaseListModel::CaseIdRole).toString();
    if (ids.isEmpty() && !m_session->openCaseId().isEmpty())
        ids << m_session->openCaseId();
    return ids;
}

bool DossierActions::isBusy() const
{
    return m_loading || m_job->isRunning();
}

void DossierActions::chooseFileAndExport()
{
    const QStringList ids = casesToExport();
    if (ids.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Select the cases to export first."), 5000);
        return;
    }
    const QString pdf = tr("PDF document (*.pdf)");
    const QString json = tr("JSON (*.json)");
    QString filter = pdf;
    const QString name = ids.size() == 1 ? QStringLiteral("dossier-%1.pdf").arg(ids.constFirst())
                                         : QStringLiteral("dossier-%1-cases.pdf").arg(ids.size());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Case Dossier"),
        QDir(folder).filePath(name), pdf + QStringLiteral(";;") + json, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = filter == json ? QStringLiteral("json") : QStringLiteral("pdf");
    if (!DossierFile::formatOfPath(path))
        path += QLatin1Char('.') + suffix;
    exportTo(ids, path);
}

void DossierActions::choosePrinterAndPrint()
{
    const QStringList ids = casesToExport();
    if (ids.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Select the cases to print first."), 5000);
        return;
    }
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    QPrintDialog dialog(printer.get(), m_window);
    dialog.setWindowTitle(tr("Print Case Dossier"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(ids, printer);
}

void DossierActions::exportTo(const QStringList &ids, const QString &path)
{
    const DossierFile::Format format
        = DossierFile::formatOfPath(path).value_or(DossierFile::Format::Pdf);
    showProgress(tr("Exporting the dossier of %n case(s)…", nullptr, int(ids.size())));
    m_printing = false;
    withInput(ids,
        [this, format, path](DossierInput input) { m_job->start(std::move(input), format, path); });
}

void DossierActions::printTo(const QStringList &ids, std::shared_ptr<QPrinter> printer)
{
    showProgress(tr("Printing the dossier of %n case(s)…", nullptr, int(ids.size())));
    m_printing = true;
    withInput(
        ids, [this, printer](DossierInput input) { m_job->startPrint(std::move(input), printer); });
}

void DossierActions::withInput(const QStringList &ids, std::function<void(DossierInput)> start)
{
    if (isBusy()) {
        m_window->statusBar()->showMessage(
            tr("A dossier is being made; wait for it or cancel it."), 5000);
        return;
    }
    m_loading = true;
    m_session->loadForDossier(
        ids, this, [this, ids, start](const CaseSession::DossierCases &found) {
            m_loading = false;
            if (m_progress && m_progress->wasCanceled()) {
                onFinished({false, true, tr("Export cancelled; nothing was written.")});
                return;
            }
            if (found.cases.isEmpty()) {
                onFinished(
                    {false, false, tr("The selected cases are not in the local store yet.")});
                return;
            }
            // A case left out is named, never dropped in silence (one just created through the
            // outbox is not stored until the provider confirms it).
            m_missing = ids;
            for (const Case &c : found.cases)
                m_missing.removeAll(c.id);
            DossierInput input;
            input.cases = found.cases;
            input.observed = found.observed;
            input.policy = m_session->clocks()->policy(); // the profile's SLA targets
            input.words = m_session->words();
            input.source = tr("local store");
            input.generator
                = QStringLiteral("Case Console %1").arg(QCoreApplication::applicationVersion());
            start(std::move(input));
        });
}

void DossierActions::showProgress(const QString &label)
{
    if (m_progress)
        return;
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 100, m_window);
    m_progress->setObjectName(QStringLiteral("dossierProgress"));
    m_progress->setWindowTitle(tr("Case Dossier"));
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(300);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_job, &DossierExport::cancel);
}

void DossierActions::onFinished(const DossierFile::Result &outcome)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    DossierFile::Result result = outcome;
    const bool incomplete = result.ok && !m_missing.isEmpty();
    if (incomplete) {
        result.message += QLatin1Char(' ')
            + tr("Left out, not in the local store yet: %1.", nullptr, int(m_missing.size()))
                  .arg(m_missing.join(QStringLiteral(", ")));
    }
    m_missing.clear();
    m_window->statusBar()->showMessage(result.message, 10000);
    if ((!result.ok && !result.cancelled) || incomplete) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Case Dossier"), result.message, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("dossierError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit finished(result);
}
