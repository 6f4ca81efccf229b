#pragma once

#include "models/Case.h"
#include "store/Store.h"

#include <QHash>
#include <QObject>

class CaseListModel;
class CasePoller;
class StoreThread;

// Poll -> store -> list: each poll's cases go to the local store, and the store's answer (what
// it inserted and updated) to the case list, never as a reset. Until the store has saved a
// poll's cases, what the poll said of them is kept here, so the next poll (and news, and
// publishing) compare against the newest copy (lastReceived()). Without a usable store the
// cases are kept in memory and go to the list directly.
class CaseSync : public QObject
{
    Q_OBJECT

public:
    CaseSync(
        StoreThread *store, CasePoller *poller, CaseListModel *cases, QObject *parent = nullptr);

    // What the store held when it opened: the list shows it, and the polls ask only for what
    // changed since the last sync (an empty or unusable store starts with a full sync).
    void storeOpened(bool usable, const QList<CaseSummary> &summaries, const QDateTime &lastSync);
    bool isLoaded() const { return m_loaded; }
    bool isStoreUsable() const { return m_storeUsable; }
    // A first sync's cases are in the list and the store is still writing them (and indexing
    // them for search).
    bool isIndexing() const { return m_indexingTotal > 0; }

    // Whether a poll is the baseline of "what is new": the first full sync of an empty store.
    bool isBaseline(bool full) const { return full && !m_hadData; }
    // What the console last heard of a case: a poll's answer not yet in the list, or the list.
    const CaseSummary *lastReceived(const QString &caseId) const;
    // While indexing: a case of the first sync as the poll brought it, so a case opened then
    // shows its thread before the store has written it; nullptr when not among them.
    const Case *inFirstSync(const QString &caseId) const;
    // A case as a poll brought it, when the store is not usable (else an empty case).
    Case inMemory(const QString &caseId) const { return m_memory.value(caseId); }

    // Takes a poll's cases: to the store (the list follows its answer) or, without a store, to
    // memory and the list. A first sync (the baseline) goes to the list at once, and to the
    // store meanwhile (indexing()). Emits received(). `words` tell our messages from the
    // provider's.
    void apply(const QList<Case> &received, bool baseline, const ProviderWords &words = {});

signals:
    // A poll's cases as it brought them (with their communications), once taken.
    void received(const QList<Case> &cases);
    // The store saved a poll's cases and the list shows them.
    void applied(const Store::Change &change);
    // How far the store is with a first sync shown before it was stored; `done` == `total` when
    // it has finished (saved or not: a failure is told by the store).
    void indexing(int done, int total);

private:
    void onApplied(const Store::Change &change);
    void onApplyProgress(int done, int total);
    // The list's summaries of cases a poll brought, everything in them seen.
    static QList<CaseSummary> seenSummaries(const QList<Case> &cases);

    StoreThread *m_store;
    CasePoller *m_poller;
    CaseListModel *m_cases;
    bool m_storeUsable = false;
    bool m_loaded = false;
    bool m_hadData = false;
    int m_indexingTotal = 0; // cases of a first sync the store is writing, 0 when none
    QHash<QString, Case> m_memory; // without a usable store
    QList<Case> m_firstSync; // while indexing: the first sync's cases (shared with the store's)
    QHash<QString, CaseSummary> m_unapplied; // sent to the store, not yet in the list
};
