#pragma once

#include "models/OutboxItem.h"
#include "models/RepositoryEntry.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class Outbox;
class RepositoryClient;
class RepositoryEntryModel;
class RepositoryEntryReply;
class RepositoryHistoryReply;
class RepositoryPageReply;
class RepositoryWrite;

// Browsing the Case Repository, without widgets: the search behind the page shown (filters,
// server-side paging and sorting), the entry shown with its history, and create, update and
// delete through the outbox, one RepositoryWrite per write. Reads go straight to the client, one
// search, one history and one entry look-up at a time: a request overtaken by a newer one is
// cancelled and its answer dropped. Everything the engineer should read (a failure, a write's
// state) comes as notice(), in words. The Case Repository tab (RepositoryPanel) only shows it.
class RepositoryBrowser : public QObject
{
    Q_OBJECT

public:
    // Without a client nothing is searched (saying why); without an outbox nothing is written.
    RepositoryBrowser(RepositoryClient *client, Outbox *outbox, QObject *parent = nullptr);
    ~RepositoryBrowser() override;

    // A client that knows where the repository is.
    bool canSearch() const;
    bool canWrite() const { return m_outbox != nullptr; }
    // Whether a search was ever started.
    bool hasSearched() const { return m_searchedOnce; }

    // The search behind the rows shown: the filters as last searched, page, size and sort.
    RepositoryQuery query() const { return m_query; }
    // The page shown, in place: rows change, never a reset for a new page.
    RepositoryEntryModel *model() const { return m_model; }
    int totalElements() const { return m_totalElements; }
    int totalPages() const { return m_totalPages; }
    // The totals are an answer's (not merely nothing yet, or a failed search's).
    bool isPageKnown() const { return m_pageKnown; }
    // A search is on its way.
    bool isBusy() const;

    // Searches `query`; an answer to an earlier search is dropped.
    void load(const RepositoryQuery &query);
    // The page shown, again.
    void refresh();
    // A page of the search shown; ignored outside 0..totalPages()-1.
    void goToPage(int page);
    // The search shown with `size` rows a page, from the first page.
    void setPageSize(int size);
    // The search shown sorted by `field` from the first page: the other way round when it is
    // sorted by it already, else descending when `descendingFirst`. query() has the new order
    // at once, the rows follow the answer.
    void sortBy(const QString &field, bool descendingFirst);

    // The entry shown with its history (usually the selected row); empty caseId when none.
    RepositoryEntry shownEntry() const { return m_shown; }
    // The entry shown is not a row of the page (showEntry() fetched it).
    bool isShownOnItsOwn() const { return m_shownOnItsOwn; }
    QList<RepositoryEntryChange> history() const { return m_history; }
    // A row was chosen: shows it (its history again when it changed); a look-up still on its
    // way for an entry on its own is dropped.
    void select(const RepositoryEntry &entry);
    // No row is chosen: nothing is shown, unless an entry on its own is.
    void deselect();
    // Shows the entry: its row when it is on the page (rowWanted), otherwise fetched on its own.
    void showEntry(const QString &caseId);

    // The writes, through the outbox; nullptr without one. The browser owns the handle.
    RepositoryWrite *create(const RepositoryEntry &entry);
    RepositoryWrite *update(const RepositoryEntry &original, const QJsonObject &changes);
    RepositoryWrite *remove(const RepositoryEntry &entry);

    // Says `text` on the message line (the view's own problems go there too); a problem is
    // cleared by the next page that arrives.
    void setNotice(const QString &text, bool problem = false);
    QString notice() const { return m_notice; }
    bool isNoticeAProblem() const { return m_noticeProblem; }

signals:
    void busyChanged(bool busy);
    // A search answered; the model holds its page.
    void pageLoaded();
    void searchFailed(const QString &message);
    // query() or the totals changed (sort order, page).
    void queryChanged();
    // The entry's row should be selected and shown (-1: no row; the entry is shown on its own).
    void rowWanted(int row);
    // shownEntry() changed.
    void shownChanged();
    void historyLoading(const QString &caseId);
    // history() is the shown entry's.
    void historyLoaded(const QString &caseId);
    void historyFailed(const QString &caseId, const QString &message);
    void noticeChanged(const QString &text, bool problem);
    // A write of this browser was confirmed (the entry's caseId) or refused (why).
    void changeDone(OutboxItem::Kind kind, const QString &caseId);
    void changeFailed(OutboxItem::Kind kind, const QString &message);

private:
    void onPage(RepositoryPageReply *reply, const RepositoryQuery &query);
    void setQuery(const RepositoryQuery &query);
    void setBusy(bool busy);
    void setShown(const RepositoryEntry &entry, bool onItsOwn = false);
    void followShown();
    void fetchOnItsOwn(const QString &caseId);
    void loadHistory(const QString &caseId);

    // Everything that talks to the outbox.
    void watchOutbox();
    RepositoryWrite *submit(
        OutboxItem::Kind kind, const QJsonObject &payload, const QString &caseId);
    void onOutboxItem(const OutboxItem &item);
    void onOutboxDone(const OutboxItem &item);
    void onOutboxRemoved(const QString &key);
    void onWriteDone(RepositoryWrite *write, const OutboxItem &item);
    static QString progressWords(const OutboxItem &item);

    RepositoryClient *m_client;
    Outbox *m_outbox;
    RepositoryEntryModel *m_model;

    RepositoryQuery m_query;
    int m_totalElements = 0;
    int m_totalPages = 0;
    bool m_searchedOnce = false;
    bool m_pageKnown = false;
    QPointer<RepositoryPageReply> m_searchReply;
    quint64 m_searchGeneration = 0;

    RepositoryEntry m_shown;
    bool m_shownOnItsOwn = false;
    QList<RepositoryEntryChange> m_history;
    QPointer<RepositoryHistoryReply> m_historyReply;
    QPointer<RepositoryEntryReply> m_entryReply;
    quint64 m_historyGeneration = 0;
    // An entry to show once the next page arrives (one just created or changed).
    QString m_focusCaseId;

    QString m_notice;
    bool m_noticeProblem = false;

    QHash<QString, QPointer<RepositoryWrite>> m_writes; // by outbox key
};
