#pragma once

#include "models/OutboxItem.h"
#include "models/RepositoryEntry.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class RepositoryClient;
class RepositoryEntryModel;
class Outbox;
class RepositoryEntryDialog;
class RepositoryHistoryReply;
class RepositoryPageReply;
class RepositoryEntryReply;

namespace Ui {
class RepositoryPanel;
}

// The Case Repository tab: search the repository's case statuses (filters, server-side paging
// and sorting), see one entry's details and history, and create, edit or delete entries.
// Reads go straight to the client, one search and one history at a time (an answer overtaken by
// a newer request is dropped); writes go through the outbox, and their progress is shown in the
// entry dialog and in the panel. Failures are said in words in the panel, never in a message
// box. The panel searches by itself the first time it is shown when the client is configured.
class RepositoryPanel : public QWidget
{
    Q_OBJECT

public:
    RepositoryPanel(RepositoryClient *client, Outbox *outbox, QWidget *parent = nullptr);
    ~RepositoryPanel() override;

    // The search behind the rows shown: the filters as last searched, page, size and sort.
    RepositoryQuery query() const { return m_query; }
    // Fills the filter form from `query` and loads its page.
    void setQuery(const RepositoryQuery &query);
    // The filters as the form has them now (page 0, the current size and sort), or nothing
    // when the form cannot be searched (the reason is then shown).
    std::optional<RepositoryQuery> formQuery();

    RepositoryEntryModel *model() const { return m_model; }
    int totalElements() const { return m_totalElements; }
    int totalPages() const { return m_totalPages; }
    bool isBusy() const;
    // The entry in the detail pane (usually the selected row); empty caseId when none.
    RepositoryEntry shownEntry() const { return m_shown; }
    // The message line: the last failure or write state, in words.
    QString message() const;

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Write
    {
        OutboxItem::Kind kind;
        QString caseId;
        QPointer<RepositoryEntryDialog> dialog;
    };

    void load(const RepositoryQuery &query);
    void onPage(RepositoryPageReply *reply, const RepositoryQuery &query);
    void setBusy(bool busy);
    void updatePageControls();
    void updateSortIndicator();
    void onHeaderClicked(int column);
    void onSelectionChanged();
    void showDetails(const RepositoryEntry &entry, bool onItsOwn = false);
    void loadHistory(const QString &caseId);
    void renderHistory(const QList<RepositoryEntryChange> &changes);
    void updateActions();
    void setMessage(const QString &text, bool problem = false);
    void submit(OutboxItem::Kind kind, const QJsonObject &payload, const QString &caseId,
        RepositoryEntryDialog *dialog);
    void onOutboxItem(const OutboxItem &item);
    void onOutboxDone(const OutboxItem &item);
    void fillFilterChoices();

    std::unique_ptr<Ui::RepositoryPanel> m_ui;
    RepositoryClient *m_client;
    Outbox *m_outbox;
    RepositoryEntryModel *m_model;

    RepositoryQuery m_query;
    int m_totalElements = 0;
    int m_totalPages = 0;
    bool m_searchedOnce = false;
    bool m_pageKnown = false; // the totals shown are an answer's
    QPointer<RepositoryPageReply> m_searchReply;
    quint64 m_searchGeneration = 0;

    RepositoryEntry m_shown;
    bool m_shownOnItsOwn = false; // not a row of the page shown
    QPointer<RepositoryHistoryReply> m_historyReply;
    QPointer<RepositoryEntryReply> m_entryReply;
    quint64 m_historyGeneration = 0;
    // An entry to select once the next page arrives (one just created or changed).
    QString m_focusCaseId;

    QHash<QString, Write> m_writes; // by outbox key
};
