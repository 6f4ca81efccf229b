// The repository browser without widgets, against the real sandbox: searching with filters,
// paging, sorting on the server, a stale answer dropped, the entry shown with its history, and
// writes through the outbox whose handles report their progress (and a refusal in words).

#include "SandboxServer.h"
#include "TestSupport.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "api/RepositoryClient.h"
#include "models/RepositoryEntryModel.h"
#include "session/RepositoryBrowser.h"
#include "session/RepositoryWrite.h"
#include "store/StoreThread.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace {

RepositoryEntry newEntry(const QString &businessKey)
{
    RepositoryEntry e;
    e.caseType = QStringLiteral("NetworkIncident");
    e.clientId = QStringLiteral("5252344078");
    e.clientType = QStringLiteral("NIP");
    e.status = QStringLiteral("OPEN");
    e.statusDescription = QStringLiteral("Link down at the Warsaw depot");
    e.businessKey = businessKey;
    e.source = QStringLiteral("case-console");
    return e;
}

QString uniqueKey()
{
    return QStringLiteral("CS-B%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
}

QStringList caseIds(const RepositoryEntryModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.entryAt(row).caseId;
    return ids;
}

QStringList caseIds(const RepositoryPage &page)
{
    QStringList ids;
    for (const RepositoryEntry &e : page.content)
        ids << e.caseId;
    return ids;
}

} // namespace

class TestRepositoryBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void searchesWithFilters();
    void pagesThroughResults();
    void sortsOnTheServer();
    void staleAnswerIsDropped();
    void showsAnEntryWithItsHistory();
    void writesReportTheirProgress();
    void refusedWriteIsSaidInWords();
    void withoutAClientSaysWhy();

private:
    RepositoryClient *client(const QString &user, const QString &password);
    // A browser over the publisher and the shared outbox, its first page loaded.
    std::unique_ptr<RepositoryBrowser> loaded(const RepositoryQuery &query = {});
    int serverTotal(const RepositoryQuery &query);

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<RepositoryClient>> m_clients;
    QTemporaryDir m_dir;
    std::unique_ptr<ProviderConnection> m_connection;
    std::unique_ptr<StoreThread> m_store;
    std::unique_ptr<Outbox> m_outbox;
    RepositoryClient *m_publisher = nullptr;
};

void TestRepositoryBrowser::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_publisher = client(QStringLiteral("demo-publisher"), QStringLiteral("demo-password"));

    m_connection = std::make_unique<ProviderConnection>();
    QVERIFY(m_connection->configure(m_server->demoProfile()).isEmpty());
    m_connection->setClientSecret(SandboxServer::demoSecret());
    m_store = std::make_unique<StoreThread>(m_dir.filePath(QStringLiteral("browser.db")));
    m_store->open();
    m_outbox = std::make_unique<Outbox>(m_connection->api(), m_store.get());
    m_outbox->setRepository(m_publisher);
    m_outbox->setBaseRetryDelay(100);
    m_outbox->setReconcileDelay(100);
    m_outbox->start();
}

void TestRepositoryBrowser::init()
{
    // The same 300 demo entries for every test.
    QVERIFY(!m_server->control("POST", QStringLiteral("/reset")).contains(QLatin1String("error")));
}

void TestRepositoryBrowser::cleanup()
{
    QTRY_COMPARE(m_outbox->items().size(), 0);
}

RepositoryClient *TestRepositoryBrowser::client(const QString &user, const QString &password)
{
    m_clients.push_back(m_server->repositoryClient(&m_network, user, password));
    return m_clients.back().get();
}

std::unique_ptr<RepositoryBrowser> TestRepositoryBrowser::loaded(const RepositoryQuery &query)
{
    auto browser = std::make_unique<RepositoryBrowser>(m_publisher, m_outbox.get());
    QSignalSpy pages(browser.get(), &RepositoryBrowser::pageLoaded);
    browser->load(query);
    if (!pages.wait(15'000))
        qWarning("the first search did not answer");
    return browser;
}

int TestRepositoryBrowser::serverTotal(const RepositoryQuery &query)
{
    auto *reply = waitFor(m_publisher->search(query));
    return reply->error().isError() ? -1 : reply->page().totalElements;
}

void TestRepositoryBrowser::searchesWithFilters()
{
    RepositoryBrowser browser(m_publisher, m_outbox.get());
    QVERIFY(browser.canSearch());
    QVERIFY(browser.canWrite());
    QVERIFY(!browser.hasSearched());
    QVERIFY(!browser.isPageKnown());

    RepositoryQuery query;
    query.status = QStringLiteral("IN_PROGRESS");
    query.clientType = QStringLiteral("NIP");
    QSignalSpy busy(&browser, &RepositoryBrowser::busyChanged);
    QSignalSpy pages(&browser, &RepositoryBrowser::pageLoaded);
    browser.load(query);
    QVERIFY(browser.hasSearched());
    QVERIFY(browser.isBusy());
    QVERIFY(pages.wait(15'000));
    QVERIFY(!browser.isBusy());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);

    QVERIFY(browser.isPageKnown());
    QCOMPARE(browser.query(), query);
    QCOMPARE(browser.totalElements(), serverTotal(query));
    QVERIFY(browser.totalElements() > 0);
    const RepositoryEntryModel *model = browser.model();
    QCOMPARE(model->rowCount(), qMin(browser.totalElements(), query.size));
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->entryAt(row).status, QStringLiteral("IN_PROGRESS"));
        QCOMPARE(model->entryAt(row).clientType, QStringLiteral("NIP"));
    }
    QVERIFY(browser.notice().isEmpty());
}

void TestRepositoryBrowser::pagesThroughResults()
{
    RepositoryQuery query;
    query.source = QStringLiteral("eximee");
    query.size = 20;
    auto browser = loaded(query);
    const int total = browser->totalElements();
    QVERIFY2(total > 40, "the demo data has enough entries of one source for three pages");
    const int pages = (total + 19) / 20;
    QCOMPARE(browser->totalPages(), pages);
    const QString firstOfPageOne = browser->model()->entryAt(0).caseId;

    QSignalSpy loadedPages(browser.get(), &RepositoryBrowser::pageLoaded);
    browser->goToPage(1);
    QVERIFY(loadedPages.wait(15'000));
    QCOMPARE(browser->query().page, 1);
    QCOMPARE(browser->model()->rowCount(), 20);
    QCOMPARE(browser->model()->rowOf(firstOfPageOne), -1);

    browser->goToPage(pages - 1);
    QVERIFY(loadedPages.wait(15'000));
    QCOMPARE(browser->query().page, pages - 1);
    QCOMPARE(browser->model()->rowCount(), total - (pages - 1) * 20);
    for (int row = 0; row < browser->model()->rowCount(); ++row)
        QCOMPARE(browser->model()->entryAt(row).source, QStringLiteral("eximee"));

    // Outside the pages there are: nothing is asked.
    browser->goToPage(pages);
    browser->goToPage(-1);
    QVERIFY(!browser->isBusy());

    // Another page size starts again from the first page.
    browser->setPageSize(100);
    QVERIFY(loadedPages.wait(15'000));
    QCOMPARE(browser->query().page, 0);
    QCOMPARE(browser->query().size, 100);
    QCOMPARE(browser->model()->rowCount(), qMin(total, 100));
    QCOMPARE(browser->model()->entryAt(0).caseId, firstOfPageOne);
}

void TestRepositoryBrowser::sortsOnTheServer()
{
    auto browser = loaded();
    QCOMPARE(browser->query().sortField, QStringLiteral("updateDate"));
    QSignalSpy pages(browser.get(), &RepositoryBrowser::pageLoaded);
    browser->goToPage(1);
    QVERIFY(pages.wait(15'000));

    QSignalSpy queryChanged(browser.get(), &RepositoryBrowser::queryChanged);
    browser->sortBy(QStringLiteral("clientId"), false);
    // The order is the new one at once; the page follows the answer, from the first page.
    QCOMPARE(queryChanged.size(), 1);
    QCOMPARE(browser->query().sortField, QStringLiteral("clientId"));
    QCOMPARE(browser->query().sortDescending, false);
    QVERIFY(pages.wait(15'000));
    QCOMPARE(browser->query().page, 0);
    RepositoryQuery all;
    all.sortField = QStringLiteral("clientId");
    all.sortDescending = false;
    QCOMPARE(caseIds(*browser->model()), caseIds(waitFor(m_publisher->search(all))->page()));

    // The same field again: the other way round.
    browser->sortBy(QStringLiteral("clientId"), false);
    QCOMPARE(browser->query().sortDescending, true);
    QVERIFY(pages.wait(15'000));
    all.sortDescending = true;
    QCOMPARE(caseIds(*browser->model()), caseIds(waitFor(m_publisher->search(all))->page()));
}

void TestRepositoryBrowser::staleAnswerIsDropped()
{
    auto browser = loaded();
    QSignalSpy pages(browser.get(), &RepositoryBrowser::pageLoaded);
    QSignalSpy failures(browser.get(), &RepositoryBrowser::searchFailed);
    RepositoryQuery first;
    first.status = QStringLiteral("COMPLETED");
    RepositoryQuery second;
    second.status = QStringLiteral("REJECTED");
    browser->load(first);
    browser->load(second); // before the first answered
    QVERIFY(browser->isBusy());
    QVERIFY(pages.wait(15'000));
    QVERIFY(!browser->isBusy());
    // The first search's answer never arrives: it was cancelled when the second went out.
    QVERIFY(!pages.wait(500));
    QCOMPARE(pages.size(), 1);
    QCOMPARE(failures.size(), 0);
    QCOMPARE(browser->query(), second);
    QCOMPARE(browser->totalElements(), serverTotal(second));
    for (int row = 0; row < browser->model()->rowCount(); ++row)
        QCOMPARE(browser->model()->entryAt(row).status, QStringLiteral("REJECTED"));
}

void TestRepositoryBrowser::showsAnEntryWithItsHistory()
{
    auto browser = loaded();
    const RepositoryEntry entry = browser->model()->entryAt(2);
    QSignalSpy rows(browser.get(), &RepositoryBrowser::rowWanted);
    QSignalSpy history(browser.get(), &RepositoryBrowser::historyLoaded);
    browser->showEntry(entry.caseId);
    // On the page: its row is wanted, and it is shown with its history.
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).at(0).toInt(), 2);
    QCOMPARE(browser->shownEntry(), entry);
    QVERIFY(!browser->isShownOnItsOwn());
    QVERIFY(history.wait(15'000));
    QCOMPARE(history.at(0).at(0).toString(), entry.caseId);
    QVERIFY(!browser->history().isEmpty());
    QCOMPARE(browser->history().first().action, QStringLiteral("CREATED"));

    // An entry the filters leave out is fetched and shown on its own.
    RepositoryQuery other;
    other.status = entry.status == QLatin1String("REJECTED") ? QStringLiteral("COMPLETED")
                                                             : QStringLiteral("REJECTED");
    QSignalSpy pages(browser.get(), &RepositoryBrowser::pageLoaded);
    browser->load(other);
    QVERIFY(pages.wait(15'000));
    QCOMPARE(browser->shownEntry().caseId, QString()); // its row went
    QSignalSpy shown(browser.get(), &RepositoryBrowser::shownChanged);
    browser->showEntry(entry.caseId);
    QCOMPARE(rows.last().at(0).toInt(), -1);
    QVERIFY(shown.wait(15'000));
    QCOMPARE(browser->shownEntry().caseId, entry.caseId);
    QVERIFY(browser->isShownOnItsOwn());
    QVERIFY(history.wait(15'000));
    // Choosing no row keeps an entry shown on its own; choosing one shows that one.
    browser->deselect();
    QCOMPARE(browser->shownEntry().caseId, entry.caseId);
    browser->select(browser->model()->entryAt(0));
    QCOMPARE(browser->shownEntry(), browser->model()->entryAt(0));
    QVERIFY(!browser->isShownOnItsOwn());
    browser->deselect();
    QVERIFY(browser->shownEntry().caseId.isEmpty());
    QVERIFY(browser->history().isEmpty());
}

void TestRepositoryBrowser::writesReportTheirProgress()
{
    auto browser = loaded();
    QSignalSpy done(browser.get(), &RepositoryBrowser::changeDone);
    QSignalSpy pages(browser.get(), &RepositoryBrowser::pageLoaded);

    const QString key = uniqueKey();
    QPointer<RepositoryWrite> write = browser->create(newEntry(key));
    QVERIFY(write);
    QCOMPARE(write->kind(), OutboxItem::Kind::CreateRepositoryEntry);
    // The outbox has it, waiting to be sent, before anything went out.
    QVERIFY(!write->item().key.isEmpty());
    QCOMPARE(write->item().state, OutboxItem::State::Pending);
    QVERIFY2(browser->notice().contains(QLatin1String("waiting to be sent")),
        qPrintable(browser->notice()));
    QSignalSpy progress(write.data(), &RepositoryWrite::progressed);
    QSignalSpy confirmed(write.data(), &RepositoryWrite::done);
    QVERIFY(confirmed.wait(15'000));
    const QString caseId = confirmed.at(0).at(0).toString();
    QVERIFY(!caseId.isEmpty());
    QCOMPARE(write->caseId(), caseId);
    QVERIFY(write->isFinished());
    const auto reached = [&](OutboxItem::State state) {
        return std::any_of(
            progress.cbegin(), progress.cend(), [state](const QList<QVariant> &args) {
                return args.at(0).value<OutboxItem>().state == state;
            });
    };
    QVERIFY(reached(OutboxItem::State::Sending));
    QCOMPARE(progress.last().at(0).value<OutboxItem>().state, OutboxItem::State::Done);
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.at(0).at(1).toString(), caseId);
    QCOMPARE(browser->notice(), QStringLiteral("Created the case status %1.").arg(caseId));
    // The page is searched again and the new entry is shown.
    QTRY_COMPARE(browser->shownEntry().caseId, caseId);
    QVERIFY(browser->model()->rowOf(caseId) >= 0);
    // The handle goes once it is done.
    QTRY_VERIFY(write.isNull());

    // An update sends the changes only.
    const RepositoryEntry created = browser->shownEntry();
    write = browser->update(created, {{QStringLiteral("status"), QStringLiteral("IN_PROGRESS")}});
    QSignalSpy updated(write.data(), &RepositoryWrite::done);
    QVERIFY(updated.wait(15'000));
    QCOMPARE(updated.at(0).at(0).toString(), caseId);
    QCOMPARE(browser->notice(), QStringLiteral("Saved the changes to %1.").arg(key));
    QTRY_COMPARE(browser->shownEntry().status, QStringLiteral("IN_PROGRESS"));

    // A deletion takes the row away and nothing is shown any more.
    write = browser->remove(browser->shownEntry());
    QSignalSpy deleted(write.data(), &RepositoryWrite::done);
    QVERIFY(deleted.wait(15'000));
    QCOMPARE(browser->notice(), QStringLiteral("Deleted %1.").arg(key));
    QCOMPARE(browser->model()->rowOf(caseId), -1);
    QVERIFY(browser->shownEntry().caseId.isEmpty());
    QCOMPARE(done.size(), 3);
    QCOMPARE(done.at(2).at(0).value<OutboxItem::Kind>(), OutboxItem::Kind::DeleteRepositoryEntry);
}

void TestRepositoryBrowser::refusedWriteIsSaidInWords()
{
    RepositoryClient *viewer
        = client(QStringLiteral("demo-viewer"), QStringLiteral("viewer-password"));
    StoreThread store(m_dir.filePath(QStringLiteral("viewer.db")));
    store.open();
    Outbox outbox(m_connection->api(), &store);
    outbox.setRepository(viewer);
    outbox.start();
    RepositoryBrowser browser(viewer, &outbox);
    QSignalSpy changeFailed(&browser, &RepositoryBrowser::changeFailed);

    QPointer<RepositoryWrite> write = browser.create(newEntry(uniqueKey()));
    QVERIFY(write);
    QSignalSpy failed(write.data(), &RepositoryWrite::failed);
    QVERIFY(failed.wait(15'000));
    const QString why = failed.at(0).at(0).toString();
    QVERIFY(!why.isEmpty());
    QVERIFY(write->isFinished());
    QCOMPARE(write->item().state, OutboxItem::State::Failed);
    QCOMPARE(changeFailed.size(), 1);
    QCOMPARE(changeFailed.at(0).at(1).toString(), why);
    QVERIFY(browser.isNoticeAProblem());
    QVERIFY2(browser.notice().contains(QLatin1String("was refused")), qPrintable(browser.notice()));
    // The refused item does not stay in the outbox: the form still holds the change.
    QTRY_COMPARE(outbox.items().size(), 0);
    QTRY_VERIFY(write.isNull());
}

void TestRepositoryBrowser::withoutAClientSaysWhy()
{
    RepositoryBrowser browser(nullptr, nullptr);
    QVERIFY(!browser.canSearch());
    QVERIFY(!browser.canWrite());
    QCOMPARE(browser.create(newEntry(uniqueKey())), nullptr);
    QSignalSpy notices(&browser, &RepositoryBrowser::noticeChanged);
    browser.load({});
    QVERIFY(!browser.isBusy());
    QCOMPARE(notices.size(), 1);
    QVERIFY(browser.isNoticeAProblem());
    QCOMPARE(browser.notice(), QStringLiteral("No Case Repository is set up for this profile."));
}

QTEST_MAIN(TestRepositoryBrowser)
#include "tst_repositorybrowser.moc"
