#pragma once

#include "models/OutboxItem.h"
#include "models/RepositoryEntry.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class RepositoryBrowser;
class RepositoryEntryDialog;
class RepositoryEntryModel;
class RepositoryPublisher;
class RepositoryWrite;

namespace Ui {
class RepositoryPanel;
}

// The Case Repository tab: search the repository's case statuses (filters, server-side paging
// and sorting), see one entry's details and history, and create, edit or delete entries.
// It shows a RepositoryBrowser, which does the searching, paging, sorting and writing (through
// the outbox, with each write's progress shown in the entry dialog and in the panel). Failures
// are said in words in the panel, never in a message box. The panel searches by itself the
// first time it is shown when the browser can search.
class RepositoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RepositoryPanel(RepositoryBrowser *browser, QWidget *parent = nullptr);
    ~RepositoryPanel() override;

    // The search behind the rows shown: the filters as last searched, page, size and sort.
    RepositoryQuery query() const;
    // Fills the filter form from `query` and loads its page.
    void setQuery(const RepositoryQuery &query);
    // The filters as the form has them now (page 0, the current size and sort), or nothing
    // when the form cannot be searched (the reason is then shown).
    std::optional<RepositoryQuery> formQuery();

    // Which business keys are provider cases the console knows: those link to their case
    // (caseLinkActivated()).
    void setCaseLookup(std::function<bool(const QString &)> isKnownCase);

    RepositoryEntryModel *model() const;
    int totalElements() const;
    int totalPages() const;
    bool isBusy() const;
    // The entry in the detail pane (usually the selected row); empty caseId when none.
    RepositoryEntry shownEntry() const;
    // The message line: the last failure or write state, in words.
    QString message() const;
    // Shows how publishing stands, with "Publish all now" (PublishAllBar), above the results.
    void setPublisher(RepositoryPublisher *publisher);

public slots:
    // The form's filters, from the first page.
    void search();
    // The page shown, again: rows change in place.
    void refresh();
    // Empties the filter form and searches everything.
    void clearFilters();
    void goToPage(int page);
    // Selects the entry's row when it is on the page shown; otherwise shows it on its own.
    void showEntry(const QString &caseId);
    // Open the entry dialog (new / the shown entry) or the delete confirmation; the writes go
    // through the outbox.
    void newEntry();
    void editShownEntry();
    void deleteShownEntry();

signals:
    // A search answered; the model holds its page.
    void pageLoaded();
    void searchFailed(const QString &message);
    // The detail pane shows `caseId` with its history.
    void historyLoaded(const QString &caseId);
    // A write of this panel was confirmed (the entry's caseId) or refused (why).
    void changeDone(OutboxItem::Kind kind, const QString &caseId);
    void changeFailed(OutboxItem::Kind kind, const QString &message);
    // The engineer clicked the business key of an entry that is a provider case.
    void caseLinkActivated(const QString &caseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpResultsView();
    void setUpFilterForm();
    void setUpPageControls();
    void followBrowser();
    void updatePageControls();
    void updateSortIndicator();
    void onHeaderClicked(int column);
    void onSelectionChanged();
    void selectRow(int row);
    void showDetails();
    void renderHistory(const QList<RepositoryEntryChange> &changes);
    void updateActions();
    void setMessage(const QString &text, bool problem = false);
    void showMessage(const QString &text, bool problem);
    // Shows the write's progress in `dialog` (when there is one) as it goes.
    void follow(RepositoryWrite *write, RepositoryEntryDialog *dialog);
    void fillFilterChoices();

    std::unique_ptr<Ui::RepositoryPanel> m_ui;
    RepositoryBrowser *m_browser;
    std::function<bool(const QString &)> m_isKnownCase;
};
