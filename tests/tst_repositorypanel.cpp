// The Case Repository panel against the real sandbox, driven like an engineer would: filters,
// paging, sorting on the server, details with history, and create / edit / delete through the
// dialogs and the outbox, with refusals (a read-only user, a wrong password) said in words.

#include "SandboxServer.h"
#include "TestSupport.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "api/RepositoryClient.h"
#include "models/RepositoryEntryModel.h"
#include "session/RepositoryBrowser.h"
#include "store/StoreThread.h"
#include "ui/RepositoryEntryDialog.h"
#include "ui/RepositoryPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUuid>

#include <memory>

namespace {

QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR");
    return dir.isEmpty() ? QString() : dir + u'/' + name;
}

// Rendered always (a broken paint fails every run), saved only when asked for.
bool screenshot(QWidget *widget, const QString &name)
{
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull())
        return false;
    const QString path = screenshotPath(name);
    return path.isEmpty() || pixmap.save(path);
}

// The one visible dialog of type T that `parent` has opened.
template<typename T>
T *openDialog(QWidget *parent)
{
    T *found = nullptr;
    for (T *candidate : parent->findChildren<T *>()) {
        if (candidate->isVisible())
            found = candidate;
    }
    return found;
}

// A word-wrapped label is tall enough for all its lines (once the layout has caught up).
bool showsAllLines(QLabel *label)
{
    return label->isVisible() && label->height() >= label->heightForWidth(label->width());
}

QString uniqueKey()
{
    return QStringLiteral("CS-P%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
}

} // namespace

class TestRepositoryPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void filtersMatchEveryRow();
    void pagesThroughResults();
    void sortsOnTheServerByClickingAHeader();
    void staleAnswersAreDropped();
    void selectingARowShowsDetailsAndHistory();
    void createEditAndDeleteThroughTheDialogs();
    void formSaysWhatIsRequired();
    void readOnlyUserIsToldWhy();
    void wrongPasswordIsSaidInWords();
    void aConflictIsSaidOnceAndGoesWithCancel();
    void aProviderCasesBusinessKeyLinksToIt();
    void datesAreShownWhole();

private:
    RepositoryClient *client(const QString &user, const QString &password);
    // A panel on its own window, shown, with its first page loaded.
    std::unique_ptr<RepositoryPanel> shownPanel(RepositoryClient *repository, Outbox *outbox);
    // An entry created directly in the repository, with business key `key`.
    RepositoryEntry createEntry(const QString &key);
    bool search(RepositoryPanel &panel);
    int serverTotal(const RepositoryQuery &query);
    void selectRow(RepositoryPanel &panel, int row);

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<RepositoryClient>> m_clients;
    QTemporaryDir m_dir;
    std::unique_ptr<ProviderConnection> m_connection;
    std::unique_ptr<StoreThread> m_store;
    std::unique_ptr<Outbox> m_outbox;
    RepositoryClient *m_publisher = nullptr;
};

void TestRepositoryPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_publisher = client(QStringLiteral("demo-publisher"), QStringLiteral("demo-password"));

    m_connection = std::make_unique<ProviderConnection>();
    QVERIFY(m_connection->configure(m_server->demoProfile()).isEmpty());
    m_connection->setClientSecret(SandboxServer::demoSecret());
    m_store = std::make_unique<StoreThread>(m_dir.filePath(QStringLiteral("panel.db")));
    m_store->open();
    m_outbox = std::make_unique<Outbox>(m_connection->api(), m_store.get());
    m_outbox->setRepository(m_publisher);
    m_outbox->setBaseRetryDelay(100);
    m_outbox->setReconcileDelay(100);
    m_outbox->start();
}

void TestRepositoryPanel::init()
{
    // The same 300 demo entries for every test.
    QVERIFY(!m_server->control("POST", QStringLiteral("/reset")).contains(QLatin1String("error")));
}

void TestRepositoryPanel::cleanup()
{
    QTRY_COMPARE(m_outbox->items().size(), 0);
}

RepositoryClient *TestRepositoryPanel::client(const QString &user, const QString &password)
{
    m_clients.push_back(m_server->repositoryClient(&m_network, user, password));
    return m_clients.back().get();
}

std::unique_ptr<RepositoryPanel> TestRepositoryPanel::shownPanel(
    RepositoryClient *repository, Outbox *outbox)
{
    auto *browser = new RepositoryBrowser(repository, outbox);
    auto panel = std::make_unique<RepositoryPanel>(browser);
    browser->setParent(panel.get()); // goes with the panel
    panel->resize(1280, 760);
    QSignalSpy loaded(panel.get(), &RepositoryPanel::pageLoaded);
    QSignalSpy failed(panel.get(), &RepositoryPanel::searchFailed);
    panel->show();
    // Shown for the first time, it searches by itself.
    if (!QTest::qWaitForWindowExposed(panel.get()))
        qWarning("the panel was not exposed");
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 15'000))
        qWarning("the first search did not answer");
    return panel;
}

bool TestRepositoryPanel::search(RepositoryPanel &panel)
{
    QSignalSpy loaded(&panel, &RepositoryPanel::pageLoaded);
    QTest::mouseClick(child<QPushButton>(&panel, "searchButton"), Qt::LeftButton);
    return loaded.wait(15'000);
}

int TestRepositoryPanel::serverTotal(const RepositoryQuery &query)
{
    auto *reply = waitFor(m_publisher->search(query));
    return reply->error().isError() ? -1 : reply->page().totalElements;
}

RepositoryEntry TestRepositoryPanel::createEntry(const QString &key)
{
    RepositoryEntry entry;
    entry.caseType = QStringLiteral("NetworkIncident");
    entry.clientType = QStringLiteral("NIP");
    entry.clientId = QStringLiteral("5252344078");
    entry.status = QStringLiteral("OPEN");
    entry.businessKey = key;
    entry.source = QStringLiteral("case-console");
    auto *reply = waitFor(m_publisher->create(entry));
    if (reply->error().isError())
        qWarning("could not create %s", qPrintable(key));
    return reply->entry();
}

void TestRepositoryPanel::selectRow(RepositoryPanel &panel, int row)
{
    auto *view = child<QTableView>(&panel, "resultsView");
    const QRect cell = view->visualRect(panel.model()->index(row, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
}

void TestRepositoryPanel::filtersMatchEveryRow()
{
    auto panel = shownPanel(m_publisher, m_outbox.get());
    QCOMPARE(panel->totalElements(), 300);
    QVERIFY(panel->message().isEmpty());

    auto *status = child<QComboBox>(panel.get(), "statusFilter");
    auto *clientType = child<QComboBox>(panel.get(), "clientTypeFilter");
    status->setCurrentIndex(status->findData(QStringLiteral("IN_PROGRESS")));
    clientType->setCurrentIndex(clientType->findText(QStringLiteral("NIP")));
    QVERIFY(search(*panel));

    RepositoryQuery expected;
    expected.status = QStringLiteral("IN_PROGRESS");
    expected.clientType = QStringLiteral("NIP");
    const int total = serverTotal(expected);
    QVERIFY(total > 0);
    QVERIFY(total < 300);
    QCOMPARE(panel->totalElements(), total);
    QCOMPARE(panel->query().status, QStringLiteral("IN_PROGRESS"));
    QCOMPARE(panel->query().clientType, QStringLiteral("NIP"));
    const RepositoryEntryModel *model = panel->model();
    QCOMPARE(model->rowCount(), qMin(total, 20));
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->entryAt(row).status, QStringLiteral("IN_PROGRESS"));
        QCOMPARE(model->entryAt(row).clientType, QStringLiteral("NIP"));
        QCOMPARE(model->index(row, RepositoryEntryModel::StatusColumn).data().toString(),
            QStringLiteral("In progress"));
    }
    const QString pageText = child<QLabel>(panel.get(), "pageLabel")->text();
    QVERIFY2(pageText.contains(QStringLiteral("%1 entries").arg(total)), qPrintable(pageText));

    // Return in a field searches too: one client's entries.
    const QString clientId = model->entryAt(0).clientId;
    auto *clientIdEdit = child<QLineEdit>(panel.get(), "clientIdFilter");
    clientIdEdit->setText(clientId);
    QSignalSpy loaded(panel.get(), &RepositoryPanel::pageLoaded);
    QTest::keyClick(clientIdEdit, Qt::Key_Return);
    QVERIFY(loaded.wait(15'000));
    QVERIFY(panel->totalElements() >= 1);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->entryAt(row).clientId, clientId);

    // Clear: every entry again.
    QTest::mouseClick(child<QPushButton>(panel.get(), "clearButton"), Qt::LeftButton);
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(panel->totalElements(), 300);
    QCOMPARE(status->currentIndex(), 0);
}

void TestRepositoryPanel::pagesThroughResults()
{
    auto panel = shownPanel(m_publisher, m_outbox.get());
    // A filter whose count is no multiple of the page size, so the last page is short.
    auto *source = child<QLineEdit>(panel.get(), "sourceFilter");
    source->setText(QStringLiteral("eximee"));
    QVERIFY(search(*panel));
    const int total = panel->totalElements();
    QVERIFY(total > 40);
    int size = 20;
    if (total % size == 0) {
        auto *sizes = child<QComboBox>(panel.get(), "pageSizeCombo");
        QSignalSpy loaded(panel.get(), &RepositoryPanel::pageLoaded);
        sizes->setCurrentIndex(sizes->findData(50));
        QVERIFY(loaded.wait(15'000));
        size = 50;
    }
    const int pages = (total + size - 1) / size;
    QCOMPARE(panel->totalPages(), pages);
    auto *pageLabel = child<QLabel>(panel.get(), "pageLabel");
    QCOMPARE(pageLabel->text(), QStringLiteral("Page 1 of %1 · %2 entries").arg(pages).arg(total));
    QVERIFY(!child<QToolButton>(panel.get(), "previousPageButton")->isEnabled());
    const QString firstOfPageOne = panel->model()->entryAt(0).caseId;

    QSignalSpy loaded(panel.get(), &RepositoryPanel::pageLoaded);
    QTest::mouseClick(child<QToolButton>(panel.get(), "nextPageButton"), Qt::LeftButton);
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(panel->query().page, 1);
    QCOMPARE(pageLabel->text(), QStringLiteral("Page 2 of %1 · %2 entries").arg(pages).arg(total));
    QCOMPARE(panel->model()->rowCount(), size);
    QCOMPARE(panel->model()->rowOf(firstOfPageOne), -1);

    QTest::mouseClick(child<QToolButton>(panel.get(), "lastPageButton"), Qt::LeftButton);
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(panel->query().page, pages - 1);
    QCOMPARE(panel->model()->rowCount(), total - (pages - 1) * size);
    QVERIFY(!child<QToolButton>(panel.get(), "nextPageButton")->isEnabled());
    QVERIFY(!child<QToolButton>(panel.get(), "lastPageButton")->isEnabled());
    for (int row = 0; row < panel->model()->rowCount(); ++row)
        QCOMPARE(panel->model()->entryAt(row).source, QStringLiteral("eximee"));

    QTest::mouseClick(child<QToolButton>(panel.get(), "firstPageButton"), Qt::LeftButton);
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(panel->query().page, 0);
    QCOMPARE(panel->model()->entryAt(0).caseId, firstOfPageOne);

    // Another page size starts at the first page again.
    QTest::mouseClick(child<QToolButton>(panel.get(), "nextPageButton"), Qt::LeftButton);
    QVERIFY(loaded.wait(15'000));
    auto *sizes = child<QComboBox>(panel.get(), "pageSizeCombo");
    sizes->setCurrentIndex(sizes->findData(100));
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(panel->query().page, 0);
    QCOMPARE(panel->query().size, 100);
    QCOMPARE(panel->model()->rowCount(), qMin(total, 100));
    QCOMPARE(panel->totalPages(), (total + 99) / 100);
}

void TestRepositoryPanel::sortsOnTheServerByClickingAHeader()
{
    auto panel = shownPanel(m_publisher, m_outbox.get());
    auto *view = child<QTableView>(panel.get(), "resultsView");
    QHeaderView *header = view->horizontalHeader();
    QCOMPARE(panel->query().sortField, QStringLiteral("updateDate"));
    QCOMPARE(header->sortIndicatorSection(), int(RepositoryEntryModel::UpdatedColumn));

    const auto clickHeader = [&](int column) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                header->height() / 2));
    };
    const auto clientIds = [&] {
        QStringList ids;
        for (int row = 0; row < panel->model()->rowCount(); ++row)
            ids << panel->model()->entryAt(row).clientId;
        return ids;
    };

    // Go to another page first: a new sort starts at the first page.
    QSignalSpy loaded(panel.get(), &RepositoryPanel::pageLoaded);
    QTest::mouseClick(child<QToolButton>(panel.get(), "nextPageButton"), Qt::LeftButton);
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(panel->query().page, 1);

    clickHeader(RepositoryEntryModel::ClientIdColumn);
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(panel->query().sortField, QStringLiteral("clientId"));
    QCOMPARE(panel->query().sortDescending, false);
    QCOMPARE(panel->query().page, 0);
    QCOMPARE(header->sortIndicatorSection(), int(RepositoryEntryModel::ClientIdColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QStringList ids = clientIds();
    QStringList sorted = ids;
    std::sort(sorted.begin(), sorted.end()); // UTF-16 code units, as the server compares
    QCOMPARE(ids, sorted);
    // The smallest client id of all 300 entries is on the first page.
    RepositoryQuery all;
    all.sortField = QStringLiteral("clientId");
    all.sortDescending = false;
    all.size = 1;
    QCOMPARE(ids.first(), waitFor(m_publisher->search(all))->page().content.value(0).clientId);

    clickHeader(RepositoryEntryModel::ClientIdColumn);
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(panel->query().sortDescending, true);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    ids = clientIds();
    sorted = ids;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QCOMPARE(ids, sorted);

    // Dates start newest first.
    clickHeader(RepositoryEntryModel::CreatedColumn);
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(panel->query().sortField, QStringLiteral("creationDate"));
    QCOMPARE(panel->query().sortDescending, true);
    for (int row = 1; row < panel->model()->rowCount(); ++row)
        QVERIFY(panel->model()->entryAt(row - 1).creationDate
            >= panel->model()->entryAt(row).creationDate);

    // The description cannot be sorted by the server: nothing is asked, and the panel says so.
    loaded.clear();
    clickHeader(RepositoryEntryModel::DescriptionColumn);
    QVERIFY(!panel->isBusy());
    QCOMPARE(panel->query().sortField, QStringLiteral("creationDate"));
    QCOMPARE(header->sortIndicatorSection(), int(RepositoryEntryModel::CreatedColumn));
    QVERIFY2(panel->message().contains(QLatin1String("cannot sort")), qPrintable(panel->message()));
    QTest::qWait(200);
    QCOMPARE(loaded.size(), 0);
}

void TestRepositoryPanel::staleAnswersAreDropped()
{
    auto panel = shownPanel(m_publisher, m_outbox.get());
    QSignalSpy loaded(panel.get(), &RepositoryPanel::pageLoaded);
    RepositoryQuery first;
    first.status = QStringLiteral("COMPLETED");
    RepositoryQuery second;
    second.status = QStringLiteral("REJECTED");
    panel->setQuery(first);
    panel->setQuery(second); // before the first answered
    QVERIFY(panel->isBusy());
    QVERIFY(loaded.wait(15'000));
    QTest::qWait(300);
    QCOMPARE(loaded.size(), 1);
    QVERIFY(!panel->isBusy());
    QCOMPARE(panel->query().status, QStringLiteral("REJECTED"));
    QCOMPARE(panel->totalElements(), serverTotal(second));
    for (int row = 0; row < panel->model()->rowCount(); ++row)
        QCOMPARE(panel->model()->entryAt(row).status, QStringLiteral("REJECTED"));
}

void TestRepositoryPanel::selectingARowShowsDetailsAndHistory()
{
    auto panel = shownPanel(m_publisher, m_outbox.get());
    // An entry with a business key and a change after its creation, for a full detail pane.
    int row = -1;
    for (int r = 0; r < panel->model()->rowCount() && row < 0; ++r) {
        const RepositoryEntry e = panel->model()->entryAt(r);
        if (!e.businessKey.isEmpty() && e.updateDate > e.creationDate)
            row = r;
    }
    QVERIFY(row >= 0);
    const RepositoryEntry entry = panel->model()->entryAt(row);
    QSignalSpy history(panel.get(), &RepositoryPanel::historyLoaded);
    selectRow(*panel, row);
    QVERIFY(history.wait(15'000));
    QCOMPARE(history.first().first().toString(), entry.caseId);
    QCOMPARE(panel->shownEntry(), entry);

    QCOMPARE(child<QLabel>(panel.get(), "caseIdValue")->text(), entry.caseId);
    QCOMPARE(child<QLabel>(panel.get(), "businessKeyValue")->text(), entry.businessKey);
    QCOMPARE(child<QLabel>(panel.get(), "clientValue")->text(),
        entry.clientType + u' ' + entry.clientId);
    QCOMPARE(child<QLabel>(panel.get(), "sourceValue")->text(), entry.source);
    const QString statusText = child<QLabel>(panel.get(), "statusValue")->text();
    QVERIFY(statusText.contains(RepositoryStatuses::builtIn().label(entry.status)));
    QVERIFY(statusText.contains(entry.status));
    const bool open = RepositoryStatuses::builtIn().isOpen(entry.status);
    QCOMPARE(child<QLabel>(panel.get(), "statusBadge")->text(),
        open ? QStringLiteral("Open") : QStringLiteral("Closed"));
    QVERIFY(child<QPushButton>(panel.get(), "editButton")->isEnabled());
    QVERIFY(child<QPushButton>(panel.get(), "deleteButton")->isEnabled());

    auto *reply = waitFor(m_publisher->history(entry.caseId));
    const QList<RepositoryEntryChange> changes = reply->changes();
    QVERIFY(changes.size() >= 2);
    const QString timeline = child<QTextBrowser>(panel.get(), "historyView")->toPlainText();
    QVERIFY2(timeline.contains(QLatin1String("Created")), qPrintable(timeline));
    QVERIFY2(timeline.contains(QLatin1String("Updated")), qPrintable(timeline));
    for (const RepositoryEntryChange &change : changes) {
        QVERIFY2(timeline.contains(change.user), qPrintable(change.user));
        for (const RepositoryEntryChange::Field &field : change.changes) {
            if (!field.to.isEmpty() && !field.to.contains(u'\n'))
                QVERIFY2(timeline.contains(QStringLiteral("→ ") + field.to), qPrintable(field.to));
        }
    }
    QVERIFY(screenshot(panel.get(), QStringLiteral("repository-panel.png")));

    // Another row, another history; no selection, no details.
    const int other = row == 0 ? 1 : 0;
    selectRow(*panel, other);
    QVERIFY(history.wait(15'000));
    QCOMPARE(panel->shownEntry().caseId, panel->model()->entryAt(other).caseId);
    child<QTableView>(panel.get(), "resultsView")->clearSelection();
    QVERIFY(panel->shownEntry().caseId.isEmpty());
    QVERIFY(!child<QPushButton>(panel.get(), "editButton")->isEnabled());
}

void TestRepositoryPanel::createEditAndDeleteThroughTheDialogs()
{
    auto panel = shownPanel(m_publisher, m_outbox.get());
    QSignalSpy done(panel.get(), &RepositoryPanel::changeDone);
    QSignalSpy loaded(panel.get(), &RepositoryPanel::pageLoaded);

    // Create.
    QTest::mouseClick(child<QPushButton>(panel.get(), "newButton"), Qt::LeftButton);
    RepositoryEntryDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog<RepositoryEntryDialog>(panel.get())));
    QCOMPARE(dialog->mode(), RepositoryEntryDialog::Mode::Create);
    auto *ok = child<QPushButton>(dialog, "okButton");
    auto *problems = child<QLabel>(dialog, "problemLabel");
    QVERIFY(!ok->isEnabled()); // nothing typed yet
    QVERIFY(problems->text().contains(QLatin1String("case type")));
    const QString key = uniqueKey();
    child<QLineEdit>(dialog, "caseTypeEdit")->setText(QStringLiteral("NetworkIncident"));
    auto *clientType = child<QComboBox>(dialog, "clientTypeCombo");
    clientType->setCurrentIndex(clientType->findData(QStringLiteral("NIP")));
    auto *clientId = child<QLineEdit>(dialog, "clientIdEdit");
    clientId->setText(QStringLiteral("5252344078"));
    auto *status = child<QComboBox>(dialog, "statusCombo");
    status->setCurrentIndex(status->findData(QStringLiteral("OPEN")));
    child<QLineEdit>(dialog, "businessKeyEdit")->setText(key);
    child<QLineEdit>(dialog, "sourceEdit")->setText(QStringLiteral("case-console"));
    auto *description = child<QPlainTextEdit>(dialog, "descriptionEdit");
    description->setPlainText(QString(1001, u'x'));
    QVERIFY(!ok->isEnabled()); // too long, counted in characters
    QVERIFY2(problems->text().contains(QLatin1String("1001")), qPrintable(problems->text()));
    // 1000 characters outside the BMP are 2000 UTF-16 units, and still allowed.
    description->setPlainText(QString::fromUcs4(std::u32string(1000, U'😀').data(), 1000));
    QVERIFY(ok->isEnabled());
    description->setPlainText(QStringLiteral("Link down at the Warsaw depot"));
    // The client ID is optional, the client type is not.
    clientId->clear();
    QVERIFY(ok->isEnabled());
    clientType->setEditText(QString());
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problems->text().contains(
                 QLatin1String("Enter the client type: the Case Repository requires it.")),
        qPrintable(problems->text()));
    clientType->setCurrentIndex(clientType->findData(QStringLiteral("NIP")));
    clientId->setText(QStringLiteral("5252344078"));
    QVERIFY(ok->isEnabled());
    QVERIFY(screenshot(dialog, QStringLiteral("status-entry-new.png")));

    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(done.wait(15'000));
    QCOMPARE(done.first().at(0).value<OutboxItem::Kind>(), OutboxItem::Kind::CreateRepositoryEntry);
    const QString caseId = done.first().at(1).toString();
    QVERIFY(!caseId.isEmpty());
    QTRY_VERIFY(!dialog->isVisible());
    // The new entry is on the first page (newest first), selected, with its history.
    QTRY_COMPARE(panel->shownEntry().caseId, caseId);
    QVERIFY(panel->model()->rowOf(caseId) >= 0);
    QCOMPARE(panel->shownEntry().businessKey, key);
    QCOMPARE(
        panel->shownEntry().statusDescription, QStringLiteral("Link down at the Warsaw depot"));
    QTRY_VERIFY(child<QTextBrowser>(panel.get(), "historyView")
                    ->toPlainText()
                    .contains(QLatin1String("Created")));

    // Edit: only what changed is sent.
    done.clear();
    QTest::mouseClick(child<QPushButton>(panel.get(), "editButton"), Qt::LeftButton);
    QTRY_VERIFY((dialog = openDialog<RepositoryEntryDialog>(panel.get())));
    QCOMPARE(dialog->mode(), RepositoryEntryDialog::Mode::Edit);
    QCOMPARE(dialog->original().caseId, caseId);
    ok = child<QPushButton>(dialog, "okButton");
    QVERIFY(!ok->isEnabled());
    QVERIFY(
        child<QLabel>(dialog, "problemLabel")->text().contains(QLatin1String("Nothing changed")));
    status = child<QComboBox>(dialog, "statusCombo");
    status->setCurrentIndex(status->findData(QStringLiteral("IN_PROGRESS")));
    child<QPlainTextEdit>(dialog, "descriptionEdit")
        ->setPlainText(QStringLiteral("Engineer on site"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog->changes().keys(),
        (QStringList {QStringLiteral("status"), QStringLiteral("statusDescription")}));
    QVERIFY(screenshot(dialog, QStringLiteral("status-entry-edit.png")));
    QSignalSpy history(panel.get(), &RepositoryPanel::historyLoaded);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(done.wait(15'000));
    QCOMPARE(done.first().at(0).value<OutboxItem::Kind>(), OutboxItem::Kind::UpdateRepositoryEntry);
    QTRY_COMPARE(panel->shownEntry().status, QStringLiteral("IN_PROGRESS"));
    const int row = panel->model()->rowOf(caseId);
    QVERIFY(row >= 0);
    QCOMPARE(panel->model()->entryAt(row).status, QStringLiteral("IN_PROGRESS"));
    QCOMPARE(child<QTableView>(panel.get(), "resultsView")->currentIndex().row(), row);

    auto *reply = waitFor(m_publisher->history(caseId));
    QCOMPARE(reply->changes().size(), 2);
    const RepositoryEntryChange update = reply->changes().last();
    QCOMPARE(update.action, QStringLiteral("UPDATED"));
    QStringList fields;
    for (const RepositoryEntryChange::Field &f : update.changes)
        fields << f.name;
    fields.sort();
    QCOMPARE(fields, (QStringList {QStringLiteral("status"), QStringLiteral("statusDescription")}));
    QTRY_VERIFY(child<QTextBrowser>(panel.get(), "historyView")
                    ->toPlainText()
                    .contains(QStringLiteral("Status: OPEN → IN_PROGRESS")));

    // Delete: Cancel keeps it.
    const auto confirmation = [&]() -> QMessageBox * {
        QTest::mouseClick(child<QPushButton>(panel.get(), "deleteButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] { return (box = openDialog<QMessageBox>(panel.get())); }))
            return nullptr;
        return box;
    };
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QVERIFY2(box->text().contains(key), qPrintable(box->text()));
    QVERIFY(box->text().contains(QLatin1String("5252344078")));
    QVERIFY(box->text().contains(QLatin1String("In progress")));
    QVERIFY(box->informativeText().contains(QLatin1String("whole history")));
    QVERIFY(box->informativeText().contains(QLatin1String("cannot be undone")));
    QCOMPARE(box->defaultButton(), child<QPushButton>(box, "cancelButton"));
    QVERIFY(screenshot(box, QStringLiteral("status-delete-confirmation.png")));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!box->isVisible());
    QTest::qWait(300);
    QCOMPARE(m_outbox->items().size(), 0);
    QVERIFY(!waitFor(m_publisher->get(caseId))->error().isError());
    QVERIFY(panel->model()->rowOf(caseId) >= 0);

    // Confirmed: gone, with its history.
    box = confirmation();
    QVERIFY(box);
    done.clear();
    QTest::mouseClick(child<QPushButton>(box, "deleteButton"), Qt::LeftButton);
    QVERIFY(done.wait(15'000));
    QCOMPARE(done.first().at(0).value<OutboxItem::Kind>(), OutboxItem::Kind::DeleteRepositoryEntry);
    QCOMPARE(panel->model()->rowOf(caseId), -1);
    // The view moves on to the neighbouring row, as after any removal.
    QVERIFY(panel->shownEntry().caseId != caseId);
    QVERIFY(loaded.wait(15'000)); // the page refreshed
    QCOMPARE(panel->model()->rowOf(caseId), -1);
    RepositoryQuery byKey;
    byKey.businessKey = key;
    QCOMPARE(serverTotal(byKey), 0);
    child<QLineEdit>(panel.get(), "businessKeyFilter")->setText(key);
    QVERIFY(search(*panel));
    QCOMPARE(panel->totalElements(), 0);
    QCOMPARE(child<QLabel>(panel.get(), "pageLabel")->text(), QStringLiteral("No entries match"));
}

void TestRepositoryPanel::formSaysWhatIsRequired()
{
    // As Eximee publishes POST /v1: case type, client type and status required; the client ID
    // and the business key may be left empty, and the entry is created without them.
    auto panel = shownPanel(m_publisher, m_outbox.get());
    QSignalSpy done(panel.get(), &RepositoryPanel::changeDone);
    QTest::mouseClick(child<QPushButton>(panel.get(), "newButton"), Qt::LeftButton);
    RepositoryEntryDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog<RepositoryEntryDialog>(panel.get())));
    const QString required = child<QLabel>(dialog, "requiredLabel")->text();
    QVERIFY2(
        required.contains(QLatin1String("Required: the case type, the client type and the status."))
            && required.contains(QLatin1String("client ID"))
            && required.contains(QLatin1String("business key"))
            && required.contains(QLatin1String("may be left empty")),
        qPrintable(required));
    QVERIFY(child<QLineEdit>(dialog, "clientIdEdit")
                ->placeholderText()
                .startsWith(QLatin1String("Optional")));
    QVERIFY(child<QLineEdit>(dialog, "businessKeyEdit")
                ->placeholderText()
                .startsWith(QLatin1String("Optional")));

    auto *ok = child<QPushButton>(dialog, "okButton");
    auto *problems = child<QLabel>(dialog, "problemLabel");
    auto *status = child<QComboBox>(dialog, "statusCombo");
    status->setEditText(QString());
    QVERIFY(!ok->isEnabled());
    for (const char *field : {"case type", "client type", "status"}) {
        QVERIFY2(problems->text().contains(
                     QStringLiteral("Enter the %1: the Case Repository requires it.")
                         .arg(QLatin1String(field))),
            qPrintable(problems->text()));
    }
    QVERIFY(!problems->text().contains(QLatin1String("client ID")));
    QVERIFY(!problems->text().contains(QLatin1String("business key")));
    child<QLineEdit>(dialog, "caseTypeEdit")->setText(QStringLiteral("ServiceRequest"));
    child<QComboBox>(dialog, "clientTypeCombo")->setEditText(QStringLiteral("PESEL"));
    status->setCurrentIndex(status->findData(QStringLiteral("OPEN")));
    QVERIFY(ok->isEnabled());
    QCOMPARE(problems->text(), QStringLiteral("Ready to create."));

    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(done.wait(15'000));
    const QString caseId = done.first().at(1).toString();
    QVERIFY(!caseId.isEmpty());
    auto *got = waitFor(m_publisher->get(caseId));
    QVERIFY2(!got->error().isError(), qPrintable(got->error().userMessage()));
    QVERIFY(got->entry().clientId.isEmpty());
    QVERIFY(got->entry().businessKey.isEmpty());
    QCOMPARE(got->entry().clientType, QStringLiteral("PESEL"));
    QTRY_COMPARE(panel->shownEntry().caseId, caseId);
    QCOMPARE(
        child<QLabel>(panel.get(), "clientValue")->text(), QStringLiteral("PESEL, no client ID"));

    // Editing it: the required fields include the source; a client ID may be given later.
    QTest::mouseClick(child<QPushButton>(panel.get(), "editButton"), Qt::LeftButton);
    QTRY_VERIFY((dialog = openDialog<RepositoryEntryDialog>(panel.get())));
    QCOMPARE(dialog->mode(), RepositoryEntryDialog::Mode::Edit);
    QVERIFY(child<QLabel>(dialog, "requiredLabel")->text().contains(QLatin1String("the source")));
    child<QLineEdit>(dialog, "clientIdEdit")->setText(QStringLiteral("85010112345"));
    QCOMPARE(dialog->changes().keys(), QStringList {QStringLiteral("clientId")});
    dialog->reject();
}

void TestRepositoryPanel::readOnlyUserIsToldWhy()
{
    RepositoryClient *viewer
        = client(QStringLiteral("demo-viewer"), QStringLiteral("viewer-password"));
    StoreThread store(m_dir.filePath(QStringLiteral("viewer.db")));
    store.open();
    Outbox outbox(m_connection->api(), &store);
    outbox.setRepository(viewer);
    outbox.start();
    auto panel = shownPanel(viewer, &outbox);
    QCOMPARE(panel->totalElements(), 300); // reading is allowed

    QSignalSpy failed(panel.get(), &RepositoryPanel::changeFailed);
    QTest::mouseClick(child<QPushButton>(panel.get(), "newButton"), Qt::LeftButton);
    RepositoryEntryDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog<RepositoryEntryDialog>(panel.get())));
    child<QLineEdit>(dialog, "caseTypeEdit")->setText(QStringLiteral("ServiceRequest"));
    child<QComboBox>(dialog, "clientTypeCombo")->setEditText(QStringLiteral("REGON"));
    child<QLineEdit>(dialog, "clientIdEdit")->setText(QStringLiteral("123456785"));
    auto *ok = child<QPushButton>(dialog, "okButton");
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(failed.wait(15'000));
    const QString reason = failed.first().at(1).toString();
    QVERIFY2(reason.contains(QLatin1String("may only read")), qPrintable(reason));
    // The form stays open with the reason, ready to be sent again; the panel says it too.
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, "stateLabel")->text().contains(QLatin1String("may only read")));
    QVERIFY(ok->isEnabled());
    QVERIFY(panel->message().contains(QLatin1String("may only read")));
    QTRY_VERIFY(showsAllLines(child<QLabel>(dialog, "stateLabel")));
    QVERIFY(screenshot(dialog, QStringLiteral("status-entry-refused.png")));
    dialog->reject();
    QTRY_COMPARE(outbox.items().size(), 0);

    // A deletion, refused, keeps the entry and says why in the panel.
    failed.clear();
    QSignalSpy history(panel.get(), &RepositoryPanel::historyLoaded);
    selectRow(*panel, 0);
    QVERIFY(history.wait(15'000));
    const QString caseId = panel->shownEntry().caseId;
    QTest::mouseClick(child<QPushButton>(panel.get(), "deleteButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = openDialog<QMessageBox>(panel.get())));
    QTest::mouseClick(child<QPushButton>(box, "deleteButton"), Qt::LeftButton);
    QVERIFY(failed.wait(15'000));
    QVERIFY(panel->message().contains(QLatin1String("may only read")));
    QVERIFY(child<QLabel>(panel.get(), "messageLabel")->isVisible());
    QVERIFY(panel->model()->rowOf(caseId) >= 0);
    QVERIFY(!waitFor(m_publisher->get(caseId))->error().isError());
    QTRY_COMPARE(outbox.items().size(), 0);
}

void TestRepositoryPanel::wrongPasswordIsSaidInWords()
{
    RepositoryClient *wrong
        = client(QStringLiteral("demo-publisher"), QStringLiteral("not-the-password"));
    RepositoryBrowser browser(wrong, m_outbox.get());
    RepositoryPanel panel(&browser);
    panel.resize(1000, 600);
    QSignalSpy failed(&panel, &RepositoryPanel::searchFailed);
    panel.show();
    QVERIFY(failed.wait(15'000));
    QVERIFY2(panel.message().contains(QLatin1String("did not accept the user name or password")),
        qPrintable(panel.message()));
    QTRY_VERIFY(showsAllLines(child<QLabel>(&panel, "messageLabel")));
    QCOMPARE(panel.model()->rowCount(), 0);
    QVERIFY(child<QLabel>(&panel, "pageLabel")->text().isEmpty()); // nothing is known
    QVERIFY(!panel.isBusy());
    QVERIFY(screenshot(&panel, QStringLiteral("repository-panel-refused.png")));
}

void TestRepositoryPanel::aConflictIsSaidOnceAndGoesWithCancel()
{
    // Another entry has the business key already: the repository answers 409.
    const QString key = uniqueKey();
    QVERIFY(!createEntry(key).caseId.isEmpty());
    auto panel = shownPanel(m_publisher, m_outbox.get());
    QSignalSpy failed(panel.get(), &RepositoryPanel::changeFailed);
    QTest::mouseClick(child<QPushButton>(panel.get(), "newButton"), Qt::LeftButton);
    RepositoryEntryDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog<RepositoryEntryDialog>(panel.get())));
    child<QLineEdit>(dialog, "caseTypeEdit")->setText(QStringLiteral("NetworkIncident"));
    auto *clientType = child<QComboBox>(dialog, "clientTypeCombo");
    clientType->setCurrentIndex(clientType->findData(QStringLiteral("REGON")));
    child<QLineEdit>(dialog, "businessKeyEdit")->setText(key);
    child<QLineEdit>(dialog, "sourceEdit")->setText(QStringLiteral("case-console"));
    auto *problems = child<QLabel>(dialog, "problemLabel");
    QCOMPARE(problems->text(), QStringLiteral("Ready to create."));
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QVERIFY(failed.wait(15'000));

    // The refusal, once; not "Ready to create." above it.
    QVERIFY(dialog->isVisible());
    const QString state = child<QLabel>(dialog, "stateLabel")->text();
    QVERIFY2(state.contains(key), qPrintable(state));
    QVERIFY2(!problems->isVisible() || !problems->text().contains(QLatin1String("Ready")),
        qPrintable(problems->text()));
    QTRY_VERIFY(showsAllLines(child<QLabel>(dialog, "stateLabel")));
    QVERIFY(screenshot(dialog, QStringLiteral("status-entry-conflict.png")));
    auto *banner = child<QLabel>(panel.get(), "messageLabel");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->property("problem").toBool());

    // Editing the form speaks again.
    child<QLineEdit>(dialog, "businessKeyEdit")->setText(key + u'x');
    QTRY_VERIFY(problems->isVisible());
    QCOMPARE(problems->text(), QStringLiteral("Ready to create."));
    child<QLineEdit>(dialog, "businessKeyEdit")->setText(key);

    // Cancel: the refused entry goes, and its red line with it.
    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!openDialog<RepositoryEntryDialog>(panel.get()));
    QVERIFY2(!banner->isVisible(), qPrintable(banner->text()));
    QVERIFY(panel->message().isEmpty());
}

void TestRepositoryPanel::aProviderCasesBusinessKeyLinksToIt()
{
    const QString caseKey = uniqueKey();
    const QString otherKey = uniqueKey();
    createEntry(caseKey);
    createEntry(otherKey);
    auto panel = shownPanel(m_publisher, m_outbox.get());
    // The console knows `caseKey` as a provider case (MainWindow asks the session).
    panel->setCaseLookup([caseKey](const QString &id) { return id == caseKey; });
    QSignalSpy activated(panel.get(), &RepositoryPanel::caseLinkActivated);
    auto *value = child<QLabel>(panel.get(), "businessKeyValue");
    for (const QString &key : {otherKey, caseKey}) {
        child<QLineEdit>(panel.get(), "businessKeyFilter")->setText(key);
        QVERIFY(search(*panel));
        QCOMPARE(panel->totalElements(), 1);
        QSignalSpy history(panel.get(), &RepositoryPanel::historyLoaded);
        selectRow(*panel, 0);
        QVERIFY(history.wait(15'000));
        QTRY_VERIFY(value->isVisible());
        if (key == otherKey) {
            QCOMPARE(value->text(), otherKey); // not a case: plain text
            continue;
        }
        QVERIFY2(value->text().contains(QLatin1String("<a ")), qPrintable(value->text()));
        QVERIFY(value->text().contains(caseKey));
        QVERIFY(value->textInteractionFlags() & Qt::LinksAccessibleByMouse);
        // Clicked where the link is drawn.
        const QPoint onLink(value->fontMetrics().horizontalAdvance(caseKey) / 2,
            value->contentsRect().top() + value->fontMetrics().height() / 2);
        QTest::mouseClick(value, Qt::LeftButton, {}, onLink);
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), caseKey);
    }
}

void TestRepositoryPanel::datesAreShownWhole()
{
    auto panel = shownPanel(m_publisher, m_outbox.get());
    auto *view = child<QTableView>(panel.get(), "resultsView");
    QVERIFY(panel->model()->rowCount() > 0);
    // The time of the last update is in sight without scrolling, beside the status.
    QHeaderView *header = view->horizontalHeader();
    const int updated = RepositoryEntryModel::UpdatedColumn;
    QVERIFY2(header->sectionViewportPosition(updated) >= 0
            && header->sectionViewportPosition(updated) + header->sectionSize(updated)
                <= view->viewport()->width(),
        qPrintable(QStringLiteral("Updated at %1 px, %2 wide, in a viewport of %3")
                       .arg(header->sectionViewportPosition(updated))
                       .arg(header->sectionSize(updated))
                       .arg(view->viewport()->width())));
    const int margins
        = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    for (int column : {int(RepositoryEntryModel::UpdatedColumn),
             int(RepositoryEntryModel::CreatedColumn), int(RepositoryEntryModel::StatusColumn)}) {
        const int section = view->horizontalHeader()->sectionSize(column);
        for (int row = 0; row < panel->model()->rowCount(); ++row) {
            const QModelIndex index = panel->model()->index(row, column);
            const QString text = index.data().toString();
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.rect = view->visualRect(index);
            const int needed
                = qMax(view->itemDelegateForIndex(index)->sizeHint(option, index).width(),
                    view->fontMetrics().horizontalAdvance(text) + margins);
            QVERIFY2(needed <= section,
                qPrintable(QStringLiteral("column %1: “%2” needs %3 px of %4")
                               .arg(column)
                               .arg(text)
                               .arg(needed)
                               .arg(section)));
        }
    }
}

QTEST_MAIN(TestRepositoryPanel)
#include "tst_repositorypanel.moc"
