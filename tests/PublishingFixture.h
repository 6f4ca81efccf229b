// The fixture of the publishing tests (tst_publishing, tst_publishingwindow): a session over
// the real sandbox, publishing to its Case Repository as the demo publisher.
#pragma once

#include "SandboxServer.h"
#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "api/RepositoryClient.h"
#include "session/CaseSession.h"
#include "store/StoreThread.h"

#include <QSignalSpy>

struct Publisher
{
    Publisher(SandboxServer &server, const QString &databasePath)
        : store(databasePath)
        , poller(connection.api())
        , outbox(connection.api(), &store)
        , session(&store, &poller, &outbox, connection.api())
        , repository(connection.network())
    {
        connection.configure(server.demoProfile());
        connection.setClientSecret(SandboxServer::demoSecret());
        connection.setTimeout(15'000);
        poller.setInterval(3600);
        outbox.setBaseRetryDelay(100);
        outbox.setReconcileDelay(100);
        settings.url = server.caseRepositoryUrl();
        settings.user = QStringLiteral("demo-publisher");
        settings.publish = true;
        settings.clientType = QStringLiteral("NIP");
        settings.clientId = QStringLiteral("5252344078");
        settings.source = QStringLiteral("case-console-test");
        repository.configure(settings.url, settings.user);
        repository.setPassword(QStringLiteral("demo-password"));
        repository.setTimeout(15'000);
        session.setPublishing(&repository, settings);
    }

    bool poll()
    {
        QSignalSpy succeeded(&poller, &CasePoller::pollSucceeded);
        poller.pollNow();
        return succeeded.wait(15'000);
    }

    ProviderConnection connection;
    StoreThread store;
    CasePoller poller;
    Outbox outbox;
    CaseSession session;
    RepositoryClient repository;
    RepositorySettings settings;
};

// Every entry for a provider case under the source the test publishes as.
inline QList<RepositoryEntry> entriesFor(
    RepositoryClient &repository, const QString &caseId, const QString &source)
{
    RepositoryQuery query;
    query.businessKey = caseId;
    query.source = source;
    query.size = 200;
    StatusPageReply *reply = repository.search(query);
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(10'000) || reply->error().isError())
        qWarning("search failed: %s", qPrintable(reply->error().userMessage()));
    reply->deleteLater();
    return reply->page().content;
}
