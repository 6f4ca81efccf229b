// Server text with markup reaches the windows as text (issue 11, finding 5): a GraphQL error
// message from a hostile server, a provider's message in the sandbox, Case Repository entries and
// send failures each carry <h1>, <img src=file://…> and <a href=file://…>; every label, tooltip
// and message box that shows them must show those characters, never a headline, an image or a
// link. Offscreen, against the real sandbox and a tiny hostile server on loopback.

#include "HostileServer.h"
#include "SandboxServer.h"
#include "TestSupport.h"
#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "api/RepositoryClient.h"
#include "models/CaseListModel.h"
#include "models/CaseTypeMatrix.h"
#include "models/CommunicationThreadModel.h"
#include "models/OutboxItem.h"
#include "models/RepositoryEntryModel.h"
#include "session/CaseSession.h"
#include "session/Profiles.h"
#include "session/RepositoryBrowser.h"
#include "store/ProfileStore.h"
#include "store/StoreThread.h"
#include "ui/CaseThreadRenderer.h"
#include "ui/CreateCaseDialog.h"
#include "ui/MainWindow.h"
#include "ui/PlainText.h"
#include "ui/ReplyDialog.h"
#include "ui/RepositoryEntryDialog.h"
#include "ui/RepositoryPanel.h"
#include "ui/RepositorySettingsDialog.h"
#include "ui/SecretPromptDialog.h"
#include "ui/SettingsDialog.h"

#include <QAbstractItemDelegate>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolTip>
#include <QUuid>

#include <memory>

namespace {

// Markup as a hostile server would send it; `word` finds the widgets that show it.
QString markup(const QString &word)
{
    return QStringLiteral("<h1>%1</h1><img src=\"file:///etc/hostile.png\">"
                          "<a href=\"file:///etc/passwd\">open</a>")
        .arg(word);
}

// What a person sees in `label`: its text, or the text its rich text renders to.
QString shown(const QLabel *label)
{
    const bool rich = label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich)
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

// The text a tooltip shows (QToolTip renders it as rich text when it might be).
QString shownToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}

// Every label under `root` that shows `word` shows the markup around it literally. Returns how
// many labels showed it.
int checkLabels(const QWidget *root, const QString &word)
{
    int count = 0;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        const QString text = shown(label);
        if (!text.contains(word) && !label->text().contains(word))
            continue;
        ++count;
        const QString where
            = QStringLiteral("%1 (%2) shows “%3” from “%4”")
                  .arg(label->objectName(), QString::fromLatin1(label->metaObject()->className()),
                      text, label->text());
        if (!text.contains(QLatin1String("<h1>")) || !text.contains(QLatin1String("<img src=")))
            QTest::qFail(qPrintable(where), __FILE__, __LINE__);
    }
    return count;
}

// One console, as app/main.cpp wires it.
struct Console
{
    Console(const QUrl &graphql, const QUrl &token, const QString &databasePath)
        : store(databasePath)
        , poller(connection.api())
        , outbox(connection.api(), &store)
        , session(&store, &poller, &outbox, connection.api())
        , window(&session)
    {
        Profile profile;
        profile.endpoint = graphql;
        profile.tokenUrl = token;
        profile.clientId = QStringLiteral("demo-client");
        connection.configure(profile);
        connection.setClientSecret(QStringLiteral("demo-secret"));
        connection.setTimeout(15'000);
        poller.setInterval(3600);
        window.setConnectionLabel(QStringLiteral("Sandbox"));
    }

    ProviderConnection connection;
    StoreThread store;
    CasePoller poller;
    Outbox outbox;
    CaseSession session;
    MainWindow window;
};

// A console on a server that hands anyone a token and answers every GraphQL request with an
// error carrying `message`.
struct FailingConsole
{
    explicit FailingConsole(const QString &message)
    {
        const QByteArray token
            = R"({"access_token":"hostile-token","token_type":"Bearer","expires_in":3600})";
        const QByteArray error = QJsonDocument(
            QJsonObject {{QStringLiteral("errors"),
                QJsonArray {QJsonObject {{QStringLiteral("message"),
                    message}}}}}).toJson(QJsonDocument::Compact);
        server.setHandler(
            [token, error](QTcpSocket *socket, const HostileServer::Request &request) {
                const bool forToken = request.target.startsWith("/oauth2/token");
                HostileServer::respond(200, {{"Content-Type", "application/json"}},
                    forToken ? token : error)(socket, request);
            });
        if (server.listen())
            console = std::make_unique<Console>(server.url(QStringLiteral("/graphql")),
                server.url(QStringLiteral("/oauth2/token")), QStringLiteral(":memory:"));
    }
    // Shows the window and polls once; true when the poll failed, as it must.
    bool pollFails()
    {
        if (!console)
            return false;
        console->window.show();
        if (!QTest::qWaitForWindowExposed(&console->window))
            return false;
        QSignalSpy failed(&console->poller, &CasePoller::pollFailed);
        console->session.start();
        return failed.wait(15'000);
    }

    HostileServer server;
    std::unique_ptr<Console> console;
};

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverErrorInTheStatusBarIsText();
    void serverErrorCannotReverseTheStatusBar();
    void providerMessageInTheThreadIsText();
    void repositoryEntryIsTextInLabelsTooltipsAndMessageBoxes();
    void sendFailuresInTheDialogsAreText();
    void plainTextToolTipKeepsLineBreaks();
    void keychainAndConnectionMessagesAreText();
    void threadIsolatesEachMessagesDirection();

private:
    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_data;
};

void TestHostileText::initTestCase()
{
    QVERIFY(m_data.isValid());
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestHostileText::serverErrorInTheStatusBarIsText()
{
    FailingConsole failing(markup(QStringLiteral("GraphQLError")));
    QVERIFY(failing.pollFails());
    QTRY_VERIFY(
        checkLabels(failing.console->window.statusBar(), QStringLiteral("GraphQLError")) >= 1);
}

void TestHostileText::serverErrorCannotReverseTheStatusBar()
{
    // Seen in the real window: "Maintenance<RLO>txt.exe" reversed the times and counts after it.
    FailingConsole failing(QStringLiteral("Maintenance\u202Etxt.exe"));
    QVERIFY(failing.pollFails());
    QLabel *shown = nullptr;
    QTRY_VERIFY((shown = [&] {
        for (QLabel *label : failing.console->window.statusBar()->findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String("txt.exe")))
                return label;
        }
        return static_cast<QLabel *>(nullptr);
    }()));
    // The override is inside an isolate that is closed (and the override ended) before the
    // console's own words go on.
    const QString text = shown->text();
    const qsizetype open = text.indexOf(QChar(0x2068));
    const qsizetype override = text.indexOf(QChar(0x202E));
    const qsizetype close = text.indexOf(QChar(0x2069), override);
    QVERIFY2(open >= 0 && open < override && close > override, qPrintable(text));
    QVERIFY2(text.mid(override, close - override).contains(QChar(0x202C)), qPrintable(text));
    QVERIFY2(text.indexOf(QLatin1String("txt.exe")) < close, qPrintable(text));
}

void TestHostileText::providerMessageInTheThreadIsText()
{
    Console console(
        m_server->graphqlUrl(), m_server->tokenUrl(), m_data.filePath(QStringLiteral("t.db")));
    console.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console.window));
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTableView *view = console.window.caseView();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    view->selectRow(0);
    const QString id = view->currentIndex().data(CaseListModel::CaseIdRole).toString();
    QTRY_COMPARE(console.session.thread()->caseId(), id);

    QVERIFY(!m_server
                 ->control("POST", QStringLiteral("/cases/%1/reply").arg(id),
                     {{QStringLiteral("message"), markup(QStringLiteral("ProviderMessage"))},
                         {QStringLiteral("sentBy"), markup(QStringLiteral("ProviderName"))}})
                 .contains(QLatin1String("error")));
    QTest::keyClick(&console.window, Qt::Key_F5);
    QVERIFY(succeeded.wait(15'000));
    QTextBrowser *thread = console.window.threadView();
    QTRY_VERIFY(thread->toPlainText().contains(QLatin1String("ProviderMessage")));
    const QString text = thread->toPlainText();
    QVERIFY2(text.contains(markup(QStringLiteral("ProviderMessage"))), qPrintable(text));
    QVERIFY2(text.contains(markup(QStringLiteral("ProviderName"))), qPrintable(text));
    // Nothing of it became an element: no image, no link but the window's own.
    const QString html = thread->toHtml();
    QVERIFY(!html.contains(QLatin1String("<img")));
    QVERIFY(!html.contains(QLatin1String("file:///etc/passwd\"")));

    // The reply dialog's header carries the case: as text.
    console.window.activateWindow();
    ReplyDialog dialog;
    dialog.setCase(markup(QStringLiteral("CaseId")), markup(QStringLiteral("CaseTitle")));
    QCOMPARE(checkLabels(&dialog, QStringLiteral("CaseId")), 1);
    QCOMPARE(checkLabels(&dialog, QStringLiteral("CaseTitle")), 1);
}

void TestHostileText::repositoryEntryIsTextInLabelsTooltipsAndMessageBoxes()
{
    QNetworkAccessManager network;
    auto repository = m_server->repositoryClient(&network);
    RepositoryEntry entry;
    // Each field its own word, found in no caption of the panel.
    entry.caseType = QStringLiteral("<h1>HCaseType</h1><img src=x>");
    entry.clientType = QStringLiteral("<h1>HClientT</h1><img src=x>");
    entry.clientId = QStringLiteral("<h1>HClientId</h1><img src=x>");
    entry.status = QStringLiteral("<h1>HStatus</h1><img src=x>");
    entry.statusDescription = markup(QStringLiteral("HDescription"));
    entry.businessKey = QStringLiteral("<h1>HBusinessKey</h1><img src=x>")
        + QUuid::createUuid().toString(QUuid::Id128).left(8);
    entry.source = QStringLiteral("<h1>HSource</h1><img src=x>");
    auto *created = waitFor(repository->create(entry));
    QVERIFY2(!created->error().isError(), qPrintable(created->error().userMessage()));
    const QString caseId = created->entry().caseId;

    ProviderConnection connection;
    QVERIFY(connection.configure(m_server->demoProfile()).isEmpty());
    StoreThread store(m_data.filePath(QStringLiteral("panel.db")));
    store.open();
    Outbox outbox(connection.api(), &store);
    outbox.setRepository(repository.get());
    RepositoryBrowser browser(repository.get(), &outbox);
    RepositoryPanel panel(&browser);
    panel.resize(1280, 760);
    QSignalSpy history(&panel, &RepositoryPanel::historyLoaded);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showEntry(caseId);
    QVERIFY(history.wait(15'000));
    for (const char *word : {"HCaseType", "HClientT", "HClientId", "HDescription", "HBusinessKey",
             "HSource", "HStatus"}) {
        QVERIFY2(checkLabels(&panel, QString::fromLatin1(word)) >= 1, word);
    }
    // The history view renders its HTML with every value escaped.
    const QString historyText = child<QTextBrowser>(&panel, "historyView")->toPlainText();
    QVERIFY2(historyText.contains(QLatin1String("<h1>HSource</h1>")), qPrintable(historyText));

    // In the results, the description's tooltip is the description as text.
    RepositoryQuery query;
    query.businessKey = entry.businessKey;
    panel.setQuery(query);
    QTRY_VERIFY_WITH_TIMEOUT(
        panel.model()->rowCount() == 1 && panel.model()->entryAt(0).caseId == caseId, 15'000);
    auto *view = child<QTableView>(&panel, "resultsView");
    for (int column :
        {int(RepositoryEntryModel::DescriptionColumn), int(RepositoryEntryModel::StatusColumn)}) {
        const QModelIndex index = panel.model()->index(0, column);
        QStyleOptionViewItem option;
        option.rect = view->visualRect(index);
        QHelpEvent event(QEvent::ToolTip, option.rect.center(),
            view->viewport()->mapToGlobal(option.rect.center()));
        QVERIFY(view->itemDelegateForIndex(index)->helpEvent(&event, view, option, index));
        QTRY_VERIFY(!QToolTip::text().isEmpty());
        const QString tip = shownToolTip(QToolTip::text());
        QVERIFY2(tip.contains(QLatin1String("<h1>")), qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    // Deleting asks with a message box naming the entry: as text.
    QMessageBox *box = nullptr;
    panel.deleteShownEntry();
    QTRY_VERIFY((box = panel.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"))));
    QTRY_VERIFY(box->isVisible());
    QVERIFY(checkLabels(box, QStringLiteral("HBusinessKey")) >= 1);
    box->reject();

    // Editing it shows the status it has in a hint of the dialog: as text.
    RepositoryEntryDialog edit(created->entry());
    edit.show();
    QVERIFY(checkLabels(&edit, QStringLiteral("HStatus")) >= 1);
}

void TestHostileText::sendFailuresInTheDialogsAreText()
{
    OutboxItem item;
    item.key = QStringLiteral("k1");
    item.kind = OutboxItem::Kind::CreateCase;
    item.lastError = markup(QStringLiteral("SendError"));
    item.attempts = 1;
    for (const OutboxItem::State state :
        {OutboxItem::State::Pending, OutboxItem::State::Uncertain, OutboxItem::State::Failed}) {
        item.state = state;
        CreateCaseDialog create(CaseTypeMatrix::builtIn());
        create.showSendState(item);
        QVERIFY(checkLabels(&create, QStringLiteral("SendError")) == 1);

        item.kind = OutboxItem::Kind::CreateRepositoryEntry;
        RepositoryEntryDialog status;
        status.showSendState(item);
        QVERIFY(checkLabels(&status, QStringLiteral("SendError")) == 1);
        item.kind = OutboxItem::Kind::CreateCase;
    }
    item.state = OutboxItem::State::Done;
    item.resultId = markup(QStringLiteral("CreatedId"));
    CreateCaseDialog create(CaseTypeMatrix::builtIn());
    QSignalSpy created(&create, &CreateCaseDialog::created);
    create.showSendState(item);
    // The id goes to the window (its status bar, plain text); the form starts clean for the
    // next case (issue 13), so no label holds it, as text or as markup.
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().at(0).toString(), item.resultId);
    QCOMPARE(checkLabels(&create, QStringLiteral("CreatedId")), 0);
}

void TestHostileText::plainTextToolTipKeepsLineBreaks()
{
    QCOMPARE(PlainText::toolTip(QStringLiteral("plain text")), QStringLiteral("plain text"));
    const QString tip = PlainText::toolTip(QStringLiteral("<b>one</b>\ntwo"));
    QVERIFY(Qt::mightBeRichText(tip));
    QCOMPARE(shownToolTip(tip), QStringLiteral("<b>one</b>\ntwo"));
}

void TestHostileText::keychainAndConnectionMessagesAreText()
{
    // The keychain's own message, as SecretStore::read() answered it.
    Profile profile;
    profile.name = markup(QStringLiteral("ProfileName"));
    profile.clientId = QStringLiteral("client");
    SecretPromptDialog prompt(profile, nullptr, Credentials::Status::AccessDenied,
        markup(QStringLiteral("KeychainMessage")));
    QCOMPARE(checkLabels(&prompt, QStringLiteral("KeychainMessage")), 1);
    QCOMPARE(checkLabels(&prompt, QStringLiteral("ProfileName")), 1);

    // The labels where the connection tests, the keychain and the Case Repository's answers
    // are written (their paths need a keychain or a repository that refuses with such words).
    QSettings settings(m_data.filePath(QStringLiteral("profiles.conf")), QSettings::IniFormat);
    ProfileStore store(&settings);
    Profiles profiles(&store);
    SettingsDialog dialog(&profiles, nullptr);
    for (const char *name :
        {"testResultLabel", "keychainStatusLabel", "keychainProblemLabel", "validationLabel"}) {
        child<QLabel>(&dialog, name)->setText(markup(QString::fromLatin1(name)));
        QVERIFY2(checkLabels(&dialog, QString::fromLatin1(name)) == 1, name);
    }
    RepositorySettingsDialog repository({}, nullptr);
    for (const char *name : {"testLabel", "problemLabel"}) {
        child<QLabel>(&repository, name)->setText(markup(QString::fromLatin1(name)));
        QVERIFY2(checkLabels(&repository, QString::fromLatin1(name)) == 1, name);
    }
}

void TestHostileText::threadIsolatesEachMessagesDirection()
{
    // "report<RLO>fdp.exe" reads "reportexe.pdf": the override must end with its message, and
    // the message says it has one.
    const QString spoof = QStringLiteral("See report\u202Efdp.exe");
    CaseHeader header;
    header.id = QStringLiteral("CS-1");
    header.subject = QStringLiteral("ServiceDown");
    // In the header too: a reference that reads "REF-123" but is not (seen in the real window).
    header.customerReference = QStringLiteral("REF-\u202E321");
    header.type = QStringLiteral("Incident");
    CommunicationThreadModel thread;
    Communication first;
    first.message = spoof;
    first.type = QStringLiteral("ProviderMessage");
    first.sentBy = QStringLiteral("NOC\u202B");
    Communication second;
    second.message = QStringLiteral("Next message");
    second.type = QStringLiteral("CustomerMessage");
    thread.setThread(header.id, {first, second}, 2);
    QTextDocument document;
    document.setHtml(CaseThreadRenderer::toHtml(header, thread));
    const QString text = document.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("\u2068") + spoof + QStringLiteral("\u202C\u2069")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\u2068NOC\u202B\u202C\u2069")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\u2068Next message\u2069")));
    // Every isolate opened is closed before the next message begins.
    const QString before = text.left(text.indexOf(QStringLiteral("\u2068Next message")));
    QCOMPARE(before.count(QChar(0x2068)), before.count(QChar(0x2069)));
    QCOMPARE(
        before.count(QChar(0x202E)) + before.count(QChar(0x202B)), before.count(QChar(0x202C)));
    QVERIFY2(text.contains(QLatin1String("U+202E")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("U+202B")), qPrintable(text));
    QCOMPARE(text.count(QLatin1String("change the direction")), 2);
    QVERIFY2(text.contains(QStringLiteral("\u2068REF-\u202E321\u202C\u2069")), qPrintable(text));
}

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
