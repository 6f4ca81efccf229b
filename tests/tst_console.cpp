// The console as main() starts it (app/Console): the first run without a profile shows the
// welcome page, and its "Try the sandbox demo" starts the real sandbox server as a child process
// and shows its cases.

#include "SandboxServer.h"
#include "api/LocalSandbox.h"
#include "app/Console.h"
#include "models/CaseListModel.h"
#include "models/RepositoryEntryModel.h"
#include "store/ProfileStore.h"
#include "store/SqliteStore.h"
#include "store/StorePaths.h"
#include "ui/MainWindow.h"
#include "ui/RepositoryPanel.h"
#include "ui/SecretPromptDialog.h"
#include "ui/SettingsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRunOffersTheSandboxDemo();
    void aProfileWithoutItsSecretAsksAndStillOpens();
    void theSandboxStopsWithoutBlocking();
    void changingOnlyTheSlaTargetsKeepsTheConnection();

private:
    QTemporaryDir m_data;
};

void TestConsole::initTestCase()
{
    QVERIFY(m_data.isValid());
    QStandardPaths::setTestModeEnabled(true);
    // No profile: a first run (the test mode's settings files, not the user's).
    QSettings().clear();
    QSettings(QStringLiteral("CaseConsole"), QStringLiteral("caseconsole")).clear();
    qputenv("CASECONSOLE_DATA_DIR", m_data.path().toUtf8());
    qputenv("CASECONSOLE_SANDBOX_DIR", CASECONSOLE_SOURCE_DIR "/sandbox");
}

void TestConsole::firstRunOffersTheSandboxDemo()
{
    QVERIFY(ProfileStore().names().isEmpty());
    Console console({});
    console.start();
    MainWindow *welcome = console.window();
    QVERIFY(welcome);
    QVERIFY(QTest::qWaitForWindowExposed(welcome));
    QWidget *page = welcome->findChild<QWidget *>(QStringLiteral("welcomePage"));
    QVERIFY(page);
    QVERIFY(page->isVisible());
    // Case actions are off until there is a connection.
    QAction *newCase = welcome->findChild<QAction *>(QStringLiteral("newCaseAction"));
    QVERIFY(newCase && !newCase->isEnabled());
    if (const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(welcome->grab().save(dir + QStringLiteral("/first-run.png")));

    QAbstractButton *demo = nullptr;
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        if (button->text().contains(QLatin1String("sandbox demo")))
            demo = button;
    }
    QVERIFY(demo);
    QTest::mouseClick(demo, Qt::LeftButton);

    // A new window for the sandbox connection, with the demo's cases.
    QTRY_VERIFY_WITH_TIMEOUT(console.window() && console.window() != welcome, 30'000);
    MainWindow *window = console.window();
    QTRY_VERIFY_WITH_TIMEOUT(window->caseView()->model()->rowCount() >= 40, 30'000);
    QVERIFY(window->findChild<QAction *>(QStringLiteral("newCaseAction"))->isEnabled());
    // The sandbox keeps its cases in the data directory, the console its store there too.
    QVERIFY(QDir(m_data.path()).exists(QStringLiteral("profiles/sandbox-demo/cases.db")));

    // The profile has the sandbox's Case Repository: its panel is a tab (Ctrl+2) that searches
    // it as soon as it is shown.
    QApplication::setActiveWindow(window);
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    auto *panel = window->findChild<RepositoryPanel *>(QStringLiteral("repositoryPanel"));
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && panel->model()->rowCount() > 0, 15'000);
    QVERIFY(panel->totalElements() >= 300);
    if (const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(window->grab().save(dir + QStringLiteral("/main-window-repository.png")));
    }

    // Issue 13, defect 4: a profile added in Settings and saved took over the running session
    // (it became active silently). Adding one changes nothing that runs.
    window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    SettingsDialog *settings = nullptr;
    QTRY_VERIFY((settings = window->findChild<SettingsDialog *>()) && settings->isVisible());
    QTest::mouseClick(
        settings->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    const auto type = [settings](const char *field, const QString &text) {
        auto *edit = settings->findChild<QLineEdit *>(QLatin1String(field));
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    type("nameEdit", QStringLiteral("Staging"));
    type("endpointEdit", QStringLiteral("https://staging.example.com/graphql"));
    type("clientIdEdit", QStringLiteral("staging-client"));
    QSignalSpy saved(settings, &SettingsDialog::profilesSaved);
    QTest::mouseClick(settings->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QVERIFY(saved.count() == 1 || saved.wait(20'000));
    QTest::qWait(1000); // a switch is queued: give it the time to happen
    QCOMPARE(console.window(), window);
    QVERIFY(window->caseView()->model()->rowCount() >= 40);
    QVERIFY(ProfileStore().names().contains(QStringLiteral("Staging")));
    QCOMPARE(ProfileStore().activeName(), QString());
    ProfileStore().remove(QStringLiteral("Staging"));
}

void TestConsole::aProfileWithoutItsSecretAsksAndStillOpens()
{
    ProfileStore profiles;
    Profile production;
    production.name = QStringLiteral("Production");
    production.endpoint = SandboxServer::unreachableUrl(QStringLiteral("/graphql"));
    production.clientId = QStringLiteral("prod-") + QUuid::createUuid().toString(QUuid::Id128);
    profiles.save(production);
    profiles.setActiveName(production.name);

    Console console({});
    console.start();
    MainWindow *window = console.window();
    QVERIFY(window);
    // No secret in the keychain (or no keychain): the console asks, and says why.
    SecretPromptDialog *prompt = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (prompt = window->findChild<SecretPromptDialog *>()) != nullptr && prompt->isVisible(),
        15'000);
    prompt->reject();
    // Declined: the window stays, says what to do, and does not try to connect (an attempt
    // would fail at once and put its own error in place of the advice).
    const auto statusText = [window] {
        QStringList texts;
        for (QLabel *label : window->statusBar()->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(u' ');
    };
    QTRY_VERIFY(statusText().contains(QLatin1String("No client secret")));
    QTest::qWait(1000);
    QVERIFY2(statusText().contains(QLatin1String("Not connected")), qPrintable(statusText()));
    QVERIFY2(statusText().contains(QLatin1String("No client secret")), qPrintable(statusText()));
    profiles.remove(production.name);
}

void TestConsole::theSandboxStopsWithoutBlocking()
{
    auto *sandbox = new LocalSandbox;
    QSignalSpy started(sandbox, &LocalSandbox::started);
    QSignalSpy failed(sandbox, &LocalSandbox::failed);
    sandbox->start({}, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 20'000);
    const QUrl url = sandbox->graphqlUrl();
    const QPointer<LocalSandbox> alive(sandbox);
    QElapsedTimer timer;
    timer.start();
    sandbox->stopLater();
    QVERIFY(timer.elapsed() < 500); // returned at once
    QVERIFY(alive); // still there until the server has exited
    QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 10'000);
    QVERIFY(failed.isEmpty()); // stopping on purpose is no failure
    // Nothing listens there any more.
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    QVERIFY(!socket.waitForConnected(2000));
}

void TestConsole::changingOnlyTheSlaTargetsKeepsTheConnection()
{
    // Issue 14: saving the active profile with other SLA targets connected it all over again (a
    // new window, store and poller: the whole profile was compared). The clocks are computed
    // again under the new targets instead.
    ProfileStore profiles;
    Profile profile;
    profile.name = QStringLiteral("Targets");
    profile.endpoint = SandboxServer::unreachableUrl(QStringLiteral("/graphql"));
    profile.clientId = QStringLiteral("targets-") + QUuid::createUuid().toString(QUuid::Id128);
    profiles.save(profile);
    profiles.setActiveName(profile.name);
    {
        SqliteStore seed(StorePaths::databaseFor(profile));
        QVERIFY(seed.open().ok);
        const Timestamp created
            = Timestamp::fromDateTime(QDateTime::currentDateTimeUtc().addSecs(-5 * 60));
        Case c;
        c.id = QStringLiteral("CS-77");
        c.type = QStringLiteral("Incident");
        c.subject = QStringLiteral("ServiceDown");
        c.priority = QStringLiteral("P1");
        c.status = QStringLiteral("InProgress");
        c.createdDate = c.lastModifiedDate = c.startOfIncident = created;
        c.communications = {{QStringLiteral("Site down."), QStringLiteral("CustomerMessage"),
            created, QStringLiteral("noc")}};
        QVERIFY(seed.applyCases({c}, true).has_value());
    }
    Console console({});
    console.start();
    MainWindow *window = console.window();
    QVERIFY(window);
    SecretPromptDialog *prompt = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (prompt = window->findChild<SecretPromptDialog *>()) != nullptr && prompt->isVisible(),
        15'000);
    prompt->reject();
    QAbstractItemModel *list = window->caseView()->model();
    const auto nextBreach
        = [list] { return list->index(0, CaseListModel::NextBreachColumn).data().toString(); };
    QTRY_VERIFY_WITH_TIMEOUT(
        list->rowCount() == 1 && nextBreach().contains(QLatin1String("left")), 15'000);
    const QString before = nextBreach(); // "10 min left" of P1's 15 min

    window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    SettingsDialog *settings = nullptr;
    QTRY_VERIFY((settings = window->findChild<SettingsDialog *>()) && settings->isVisible());
    QTest::mouseClick(
        settings->findChild<QPushButton *>(QStringLiteral("slaButton")), Qt::LeftButton);
    QDialog *targets = nullptr;
    QTRY_VERIFY((targets = settings->findChild<QDialog *>(QStringLiteral("SlaTargetsDialog")))
        && targets->isVisible());
    auto *p1 = targets->findChild<QLineEdit *>(QStringLiteral("firstResponseP1Edit"));
    QVERIFY(p1);
    p1->clear();
    QTest::keyClicks(p1, QStringLiteral("1 d"));
    QTest::mouseClick(
        targets->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QSignalSpy saved(settings, &SettingsDialog::profilesSaved);
    QTest::mouseClick(settings->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    const QPointer<MainWindow> shown(window);
    QVERIFY(saved.count() == 1 || saved.wait(20'000));
    QTest::qWait(1000); // a reconnection is queued: give it the time to happen
    QVERIFY(shown); // the same run: nothing reconnected
    QCOMPARE(console.window(), window);
    QTRY_VERIFY_WITH_TIMEOUT(nextBreach() != before && nextBreach().contains(QLatin1String("h")),
        15'000); // "23 h 55 min left"
    profiles.remove(profile.name);
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
