// CaseSession: what RepositoryPublisher's catch-up needs from the session (the known cases, read
// in full from the store) and when it may run (a poll succeeded: the credentials work and the
// cases are fresh); and the cases of a dossier (read the same way).

#include "api/CasePoller.h"
#include "models/CaseListModel.h"
#include "session/CaseSession.h"
#include "session/CaseSync.h"
#include "session/ObservedHistory.h"
#include "store/StoreThread.h"

#include <QPointer>

void CaseSession::connectPublisher()
{
    m_publisher->setCases(
        [this] {
            QList<CaseSummary> known;
            known.reserve(m_cases->rowCount());
            for (int row = 0; row < m_cases->rowCount(); ++row) {
                const CaseSummary *listed = m_cases->caseAt(row);
                const CaseSummary *newest = m_sync->lastReceived(listed->id);
                known << (newest ? *newest : *listed);
            }
            return known;
        },
        [this](const QStringList &ids, QObject *context,
            std::function<void(const QList<Case> &)> done) { readCases(ids, context, done); });
    connect(m_poller, &CasePoller::pollSucceeded, m_publisher, &RepositoryPublisher::casesReady);
}

void CaseSession::readCases(
    const QStringList &ids, QObject *context, std::function<void(const QList<Case> &)> done)
{
    if (!m_sync->isStoreUsable()) {
        QList<Case> cases;
        for (const QString &id : ids) {
            if (Case c = m_sync->inMemory(id); !c.id.isEmpty())
                cases << c;
        }
        done(cases);
        return;
    }
    // Read on the store's thread; answered on this one.
    StoreThread *store = m_store;
    const QPointer<QObject> guard(context);
    m_store->run([store, guard, ids, done](Store &s) {
        QList<Case> cases;
        for (const QString &id : ids) {
            if (std::optional<Case> c = s.isOpen() ? s.loadCase(id) : std::nullopt)
                cases << *c;
        }
        QMetaObject::invokeMethod(
            store,
            [guard, done, cases] {
                if (guard)
                    done(cases);
            },
            Qt::QueuedConnection);
    });
}

void CaseSession::loadForDossier(
    const QStringList &ids, QObject *context, std::function<void(const DossierCases &)> done)
{
    readCases(ids, context, [this, done](const QList<Case> &cases) {
        DossierCases found;
        found.cases = cases;
        for (const Case &c : cases)
            found.observed += m_observed->changesOf(c.id);
        done(found);
    });
}
