#pragma once

#include "dossier/DossierFile.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QStringList>

#include <memory>

class CaseListView;
class CaseSession;
class DossierExport;
class QAction;
class QMainWindow;
class QMenu;
class QPrinter;
struct DossierInput;

// Case > Export… (Ctrl+Shift+E) and Case > Print… (Ctrl+P): the case dossier (docs/dossier.md)
// of the cases selected in the list, or of the open case, as one PDF or JSON file, or printed.
// The cases are read off the GUI thread and the document is made on a thread of its own
// (DossierExport) behind a progress dialog with Cancel.
class DossierActions : public QObject
{
    Q_OBJECT

public:
    DossierActions(QMainWindow *window, CaseSession *session, CaseListView *list);
    ~DossierActions() override;

    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    // The selected cases in list order, or the open case when none is selected.
    QStringList casesToExport() const;

    // Without the dialogs (the menus' second half, and tests): exports `ids` to `path` (the
    // format from its suffix, PDF when it has none) / prints them on `printer`.
    void exportTo(const QStringList &ids, const QString &path);
    void printTo(const QStringList &ids, std::shared_ptr<QPrinter> printer);
    bool isBusy() const;
    // The progress dialog while a document is made (for tests).
    QProgressDialog *progressDialog() const { return m_progress; }

signals:
    void finished(const DossierFile::Result &result);

private:
    void chooseFileAndExport();
    void choosePrinterAndPrint();
    // Reads the cases, then hands the input to `start` (on the GUI thread).
    void withInput(const QStringList &ids, std::function<void(DossierInput)> start);
    void showProgress(const QString &label);
    void onFinished(const DossierFile::Result &result);

    QMainWindow *m_window;
    CaseSession *m_session;
    CaseListView *m_list;
    QAction *m_export;
    QAction *m_print;
    DossierExport *m_job;
    QPointer<QProgressDialog> m_progress;
    bool m_loading = false;
    bool m_printing = false;
    // The asked-for cases the store did not have, named when the document is done.
    QStringList m_missing;
};
