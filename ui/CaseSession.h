#pragma once

#include "models/Case.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class CaseFilterProxyModel;
class CaseListModel;
class CasePoller;
class CaseStore;
class CommunicationThreadModel;
class Outbox;

// The console's data for one profile, without widgets: polls land in the local store, the
// store's changes land in the models, the open case's thread is loaded from the store and
// marked read, searches run in the store. Created by the app; the window reads its models.
class CaseSession : public QObject
{
    Q_OBJECT

public:
    CaseSession(CaseStore *store, CasePoller *poller, Outbox *outbox, QObject *parent = nullptr);
    ~CaseSession() override;

    CaseListModel *cases() const { return m_cases; }
    CaseFilterProxyModel *filtered() const { return m_filtered; }
    CommunicationThreadModel *thread() const { return m_thread; }
    Outbox *outbox() const { return m_outbox; }

    // Opens the store and shows what it holds, then starts polling.
    void start();
    bool isLoaded() const { return m_loaded; }

    // Shows a case's thread and marks it read; empty shows none.
    void openCase(const QString &caseId);
    QString openCaseId() const { return m_openCaseId; }
    const CaseSummary *openCaseSummary() const;
    void setRead(const QString &caseId, bool read);

    // Full-text search; an empty text ends it.
    void search(const QString &text);

signals:
    void loaded(int caseCount);
    // The open case's thread was (re)loaded or grew.
    void threadChanged(const QString &caseId);
    void searchFinished(const QString &text, int hits);
    // Something about the local data the engineer should know (a rebuilt database, a failed
    // write).
    void storeMessage(const QString &message);

private:
    CaseStore *m_store;
    CasePoller *m_poller;
    Outbox *m_outbox;
    CaseListModel *m_cases;
    CaseFilterProxyModel *m_filtered;
    CommunicationThreadModel *m_thread;
    QString m_openCaseId;
    QString m_searchText;
    quint64 m_searchGeneration = 0;
    // Without a usable local store the session still works, from memory.
    bool m_storeUsable = false;
    QHash<QString, Case> m_memory;
    bool m_loaded = false;
    bool m_hadData = false;
};
