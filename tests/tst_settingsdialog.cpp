// The settings dialog, the welcome page and the secret prompt, driven as an engineer would:
// real widgets on the offscreen platform, a real keychain (scripts/test runs this inside its own
// D-Bus session with gnome-keyring) and the real sandbox server for "Test connection".

#include "SandboxServer.h"
#include "TestSupport.h"
#include "api/SecretStore.h"
#include "session/Credentials.h"
#include "session/Profiles.h"
#include "store/ProfileStore.h"
#include "ui/RepositorySettingsDialog.h"
#include "ui/SecretPromptDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/WelcomePage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

const QString KeychainService = QStringLiteral("CaseConsoleTest");

struct ReadResult
{
    SecretStore::Status status = SecretStore::Status::OtherError;
    QString secret;
    bool done = false;
};

ReadResult readSecret(SecretStore &store, const QString &key)
{
    ReadResult result;
    QObject context;
    store.read(key, &context, [&](SecretStore::Status s, const QString &secret, const QString &) {
        result = {s, secret, true};
    });
    if (!QTest::qWaitFor([&] { return result.done; }, 15'000))
        qWarning("the keychain did not answer within 15 s");
    return result;
}

void removeSecret(SecretStore &store, const QString &key)
{
    bool done = false;
    QObject context;
    store.remove(key, &context, [&](SecretStore::Status, const QString &) { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 15'000))
        qWarning("the keychain did not answer within 15 s");
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Lets pending layout requests run, so a grab shows what the engineer would see.
void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
}

QString screenshotPath(const QString &name)
{
    // Saved for looking at when asked to; never into the source tree otherwise.
    const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR");
    return dir.isEmpty() ? QString() : dir + u'/' + name;
}

// Renders `widget`; saves it when screenshots are asked for. False if it could not be rendered
// or saved.
bool shot(QWidget &widget, const QString &name)
{
    const QPixmap pixmap = widget.grab();
    if (pixmap.isNull())
        return false;
    const QString path = screenshotPath(name);
    return path.isEmpty() || pixmap.save(path);
}

Profile profileNamed(const QString &name, const QString &clientId)
{
    Profile p;
    p.name = name;
    p.endpoint = QUrl(QStringLiteral("https://api.example.com/graphql"));
    p.clientId = clientId;
    return p;
}

// A profile store on a throw-away settings file, and a dialog on it.
struct Fixture
{
    Fixture()
        : settings(dir.filePath(QStringLiteral("caseconsole.conf")), QSettings::IniFormat)
        , profiles(&settings)
        , secrets(KeychainService)
        , editedProfiles(&profiles)
        , credentials(&secrets)
    { }

    SettingsDialog *openDialog()
    {
        dialog = std::make_unique<SettingsDialog>(&editedProfiles, &credentials);
        dialog->move(0, 0);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qWarning("the dialog was not shown");
        return dialog.get();
    }

    // The Case Repository dialog of an active profile "Production", opened from the settings
    // dialog; null when it did not show.
    RepositorySettingsDialog *openRepositoryDialog()
    {
        profiles.save(profileNamed(QStringLiteral("Production"), QStringLiteral("prod-client")));
        profiles.setActiveName(QStringLiteral("Production"));
        openDialog();
        QTest::mouseClick(child<QPushButton>(dialog.get(), "repositoryButton"), Qt::LeftButton);
        RepositorySettingsDialog *repo = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            repo = dialog->findChild<RepositorySettingsDialog *>();
            return repo && repo->isVisible();
        });
        return shown ? repo : nullptr;
    }

    QByteArray settingsBytes()
    {
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir dir;
    QSettings settings;
    ProfileStore profiles;
    SecretStore secrets;
    Profiles editedProfiles; // `profiles` as the dialog edits them
    Credentials credentials; // `secrets` as the dialogs use them
    std::unique_ptr<SettingsDialog> dialog;
};

QPushButton *okButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secretGoesToTheKeychainNeverToTheSettingsFile();
    void invalidInputDisablesOkAndSaysWhy();
    void profilesRoundTripThroughTheStore();
    void unchangedActiveProfileIsNotReported();
    void addingAProfileNeverMakesItActive();
    void providerWordsPerProfileOverLearnedAndDefaults();
    void testConnectionAgainstTheSandbox();
    void anOldTestResultGoesWhenAConnectionFieldChanges();
    void anUnknownHostIsNamed();
    void theSecretFieldAndItsHintFitAtTheDefaultSize();
    void keychainMissingOffersSessionOnly();
    void welcomePageButtonsEmitTheirSignals();
    void secretPromptRemembersInTheKeychain();
    void secretPromptWithoutKeychainCannotRemember();
    void repositorySettingsKeepThePasswordInTheKeychain();
    void repositoryTestAgainstTheSandbox();
    void screenshots();

private:
    std::unique_ptr<SandboxServer> m_server;
};

void TestSettingsDialog::initTestCase()
{
    if (qEnvironmentVariableIsSet("CASECONSOLE_TEST_NO_KEYCHAIN"))
        return; // the child of keychainMissingOffersSessionOnly needs no server
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestSettingsDialog::secretGoesToTheKeychainNeverToTheSettingsFile()
{
    Fixture f;
    SettingsDialog *dialog = f.openDialog();
    QCOMPARE(child<QListWidget>(dialog, "profileList")->count(), 0);

    QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
    const QString clientId = QStringLiteral("client-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString secret
        = QStringLiteral("Zebra-Quokka-") + QUuid::createUuid().toString(QUuid::Id128);
    retype(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Production"));
    retype(child<QLineEdit>(dialog, "endpointEdit"),
        QStringLiteral("https://api.example.com/graphql"));
    retype(child<QLineEdit>(dialog, "clientIdEdit"), clientId);
    retype(child<QLineEdit>(dialog, "secretEdit"), secret);
    QCOMPARE(child<QLineEdit>(dialog, "secretEdit")->echoMode(), QLineEdit::Password);
    QTRY_VERIFY(okButton(dialog)->isEnabled());
    // Made active by the engineer (adding a profile does not).
    QTest::mouseClick(child<QPushButton>(dialog, "setActiveButton"), Qt::LeftButton);

    QSignalSpy saved(dialog, &SettingsDialog::profilesSaved);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(saved.wait(15'000));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->activeProfile(), QStringLiteral("Production"));
    QVERIFY(dialog->activeProfileChanged());
    QVERIFY(dialog->sessionSecret(QStringLiteral("Production")).isEmpty());

    const QByteArray bytes = f.settingsBytes();
    QVERIFY2(bytes.contains(clientId.toUtf8()), bytes.constData()); // the profile is there
    QVERIFY2(!bytes.contains(secret.toUtf8()), "the client secret reached the settings file");
    QVERIFY(!bytes.contains("Zebra-Quokka"));

    const std::optional<Profile> stored = f.profiles.load(QStringLiteral("Production"));
    QVERIFY(stored);
    const ReadResult read = readSecret(f.secrets, stored->secretKey());
    QCOMPARE(read.status, SecretStore::Status::Ok);
    QCOMPARE(read.secret, secret);

    // Opened again, the dialog says a secret is stored without showing it.
    SettingsDialog *again = f.openDialog();
    QCOMPARE(child<QLineEdit>(again, "secretEdit")->text(), QString());
    QTRY_VERIFY(child<QLabel>(again, "keychainStatusLabel")
                    ->text()
                    .contains(QLatin1String("stored in the system keychain")));
    removeSecret(f.secrets, stored->secretKey());
}

void TestSettingsDialog::invalidInputDisablesOkAndSaysWhy()
{
    Fixture f;
    f.profiles.save(profileNamed(QStringLiteral("Staging"), QStringLiteral("staging-client")));
    SettingsDialog *dialog = f.openDialog();
    auto *endpoint = child<QLineEdit>(dialog, "endpointEdit");
    auto *clientId = child<QLineEdit>(dialog, "clientIdEdit");
    auto *problems = child<QLabel>(dialog, "validationLabel");
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(problems->isHidden());

    // Plain http to a remote host would send credentials in clear.
    retype(endpoint, QStringLiteral("http://api.example.com/graphql"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(QLatin1String("Plain http")), qPrintable(problems->text()));
    QVERIFY(!child<QPushButton>(dialog, "testButton")->isEnabled());

    // Plain http to this computer is fine (the sandbox).
    retype(endpoint, QStringLiteral("http://127.0.0.1:8080/graphql"));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(problems->isHidden());

    retype(clientId, QString());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(problems->text().contains(QLatin1String("client id")), qPrintable(problems->text()));

    // A remote http token URL is refused too, and OK stays disabled whatever else is right.
    retype(clientId, QStringLiteral("staging-client"));
    QVERIFY(okButton(dialog)->isEnabled());
    retype(child<QLineEdit>(dialog, "tokenUrlEdit"), QStringLiteral("http://auth.example.com/t"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(problems->text().contains(QLatin1String("Token URL")), qPrintable(problems->text()));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(dialog->isVisible());

    // The token URL's placeholder shows the default.
    retype(child<QLineEdit>(dialog, "tokenUrlEdit"), QString());
    QCOMPARE(child<QLineEdit>(dialog, "tokenUrlEdit")->placeholderText(),
        QStringLiteral("http://127.0.0.1:8080/oauth2/token"));

    // Two profiles cannot share a name.
    QTest::mouseClick(child<QPushButton>(dialog, "duplicateButton"), Qt::LeftButton);
    retype(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("staging"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(
        problems->text().contains(QLatin1String("already called")), qPrintable(problems->text()));
}

void TestSettingsDialog::profilesRoundTripThroughTheStore()
{
    Fixture f;
    f.profiles.save(profileNamed(QStringLiteral("Alpha"), QStringLiteral("alpha-client")));
    f.profiles.save(profileNamed(QStringLiteral("Beta"), QStringLiteral("beta-client")));
    f.profiles.setActiveName(QStringLiteral("Alpha"));
    SettingsDialog *dialog = f.openDialog();
    auto *list = child<QListWidget>(dialog, "profileList");
    QCOMPARE(list->count(), 2);
    // The active profile is selected first and marked, in text as well as in bold.
    QCOMPARE(list->currentRow(), 0);
    QVERIFY(list->item(0)->text().contains(QLatin1String("active")));
    QVERIFY(list->item(0)->font().bold());
    QVERIFY(!list->item(1)->text().contains(QLatin1String("active")));
    QVERIFY(!child<QPushButton>(dialog, "setActiveButton")->isEnabled());

    // Beta becomes active, with notifications about P1/P2 incidents only, and every 30 s.
    list->setCurrentRow(1);
    QCOMPARE(child<QLineEdit>(dialog, "clientIdEdit")->text(), QStringLiteral("beta-client"));
    QTest::mouseClick(child<QPushButton>(dialog, "setActiveButton"), Qt::LeftButton);
    QVERIFY(list->item(1)->text().contains(QLatin1String("active")));
    QVERIFY(!list->item(0)->text().contains(QLatin1String("active")));
    child<QCheckBox>(dialog, "notifyMessagesCheck")->click();
    auto *poll = child<QSpinBox>(dialog, "pollIntervalSpin");
    QCOMPARE(poll->minimum(), 5);
    poll->setValue(30);

    // A copy of Beta, renamed.
    QTest::mouseClick(child<QPushButton>(dialog, "duplicateButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->currentRow(), 2);
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Beta (copy)"));
    retype(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Gamma"));
    QCOMPARE(list->item(2)->text(), QStringLiteral("Gamma"));

    // A new one, with all notifications off.
    QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 4);
    QVERIFY(!okButton(dialog)->isEnabled()); // a new profile needs an endpoint and a client id
    retype(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Delta"));
    retype(
        child<QLineEdit>(dialog, "endpointEdit"), QStringLiteral("https://delta.example.com/gql"));
    retype(child<QLineEdit>(dialog, "clientIdEdit"), QStringLiteral("delta-client"));
    child<QCheckBox>(dialog, "notificationsOffCheck")->click();
    QVERIFY(!child<QCheckBox>(dialog, "notifyIncidentsCheck")->isEnabled());
    // A provider without priorities: what its cases count as, and no priority line.
    QVERIFY(child<QCheckBox>(dialog, "statePriorityCheck")->isChecked()); // on by default
    child<QCheckBox>(dialog, "statePriorityCheck")->click();
    auto *defaultPriority = child<QComboBox>(dialog, "defaultPriorityCombo");
    QCOMPARE(defaultPriority->currentData().toString(), QString());
    defaultPriority->setCurrentIndex(defaultPriority->findData(QStringLiteral("P2")));

    // Alpha goes, after confirming.
    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
    auto *confirm = dialog->findChild<QMessageBox *>(QStringLiteral("removeConfirmation"));
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    QVERIFY(confirm->text().contains(QLatin1String("Alpha")));
    QTest::mouseClick(child<QPushButton>(confirm, "confirmRemoveButton"), Qt::LeftButton);
    QTRY_COMPARE(list->count(), 3);
    QCOMPARE(f.profiles.names().size(), 2); // nothing is written before OK

    QVERIFY(okButton(dialog)->isEnabled());
    QSignalSpy saved(dialog, &SettingsDialog::profilesSaved);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(saved.count() == 1 || saved.wait(15'000));
    QCOMPARE(saved.at(0).at(0).toString(), QStringLiteral("Beta"));
    QCOMPARE(saved.at(0).at(1).toBool(), true);

    QCOMPARE(f.profiles.names(),
        QStringList({QStringLiteral("Beta"), QStringLiteral("Delta"), QStringLiteral("Gamma")}));
    QCOMPARE(f.profiles.activeName(), QStringLiteral("Beta"));
    const Profile beta = *f.profiles.load(QStringLiteral("Beta"));
    QCOMPARE(beta.pollIntervalSeconds, 30);
    QVERIFY(!beta.notifications.providerMessages);
    QVERIFY(beta.notifications.wantsUrgentIncidents());
    const Profile gamma = *f.profiles.load(QStringLiteral("Gamma"));
    QCOMPARE(gamma.clientId, QStringLiteral("beta-client"));
    const Profile delta = *f.profiles.load(QStringLiteral("Delta"));
    QCOMPARE(delta.endpoint, QUrl(QStringLiteral("https://delta.example.com/gql")));
    QVERIFY(delta.notifications.allOff);
    QVERIFY(delta.notifications.urgentIncidents); // kept for when they are turned on again
    QVERIFY(!delta.notifications.wantsUrgentIncidents());
    QCOMPARE(delta.defaultPriority, QStringLiteral("P2"));
    QVERIFY(!delta.statePriorityInMessage);
    QVERIFY(beta.statePriorityInMessage);
    QCOMPARE(beta.defaultPriority, QString());
}

void TestSettingsDialog::unchangedActiveProfileIsNotReported()
{
    Fixture f;
    f.profiles.save(profileNamed(QStringLiteral("Alpha"), QStringLiteral("alpha-client")));
    f.profiles.save(profileNamed(QStringLiteral("Beta"), QStringLiteral("beta-client")));
    f.profiles.setActiveName(QStringLiteral("Alpha"));
    {
        SettingsDialog *dialog = f.openDialog();
        // Only another profile changes: the console need not reconnect.
        child<QListWidget>(dialog, "profileList")->setCurrentRow(1);
        retype(child<QLineEdit>(dialog, "accountLabelEdit"), QStringLiteral("Test lab"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(dialog->activeProfile(), QStringLiteral("Alpha"));
        QVERIFY(!dialog->activeProfileChanged());
        QCOMPARE(f.profiles.load(QStringLiteral("Beta"))->accountLabel, QStringLiteral("Test lab"));
    }
    {
        // The active profile's poll interval changes: it must.
        SettingsDialog *dialog = f.openDialog();
        child<QSpinBox>(dialog, "pollIntervalSpin")->setValue(120);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(dialog->activeProfileChanged());
    }
}

// Issue 13, defect 4: saving Settings switched the running session (the sandbox demo, which
// is no profile) to the first profile added: it became active silently.
void TestSettingsDialog::addingAProfileNeverMakesItActive()
{
    Fixture f;
    QVERIFY(f.profiles.activeName().isEmpty());
    SettingsDialog *dialog = f.openDialog();
    auto *list = child<QListWidget>(dialog, "profileList");
    QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
    retype(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Staging"));
    retype(child<QLineEdit>(dialog, "endpointEdit"),
        QStringLiteral("https://staging.example.com/gql"));
    retype(child<QLineEdit>(dialog, "clientIdEdit"), QStringLiteral("staging-client"));
    QCOMPARE(list->count(), 1);
    QVERIFY2(!list->item(0)->text().contains(QLatin1String("active")),
        qPrintable(list->item(0)->text()));
    // Making it active is offered, and left to the engineer.
    QVERIFY(child<QPushButton>(dialog, "setActiveButton")->isEnabled());
    QSignalSpy saved(dialog, &SettingsDialog::profilesSaved);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(saved.count() == 1 || saved.wait(15'000));
    QCOMPARE(saved.at(0).at(0).toString(), QString());
    QVERIFY(!saved.at(0).at(1).toBool());
    QCOMPARE(f.profiles.names(), QStringList {QStringLiteral("Staging")});
    QCOMPARE(f.profiles.activeName(), QString());

    // With an active profile: a second one added and the active one edited, both saved; the
    // active one stays (only its settings changed).
    f.profiles.save(profileNamed(QStringLiteral("Alpha"), QStringLiteral("alpha-client")));
    f.profiles.setActiveName(QStringLiteral("Alpha"));
    dialog = f.openDialog();
    list = child<QListWidget>(dialog, "profileList");
    QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
    retype(
        child<QLineEdit>(dialog, "endpointEdit"), QStringLiteral("https://beta.example.com/gql"));
    retype(child<QLineEdit>(dialog, "clientIdEdit"), QStringLiteral("beta-client"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(f.profiles.activeName(), QStringLiteral("Alpha"));
    QVERIFY(!dialog->activeProfileChanged());

    // "Set active" is how another one becomes active.
    dialog = f.openDialog();
    list = child<QListWidget>(dialog, "profileList");
    list->setCurrentRow(list->count() - 1);
    QTest::mouseClick(child<QPushButton>(dialog, "setActiveButton"), Qt::LeftButton);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(f.profiles.activeName() != QLatin1String("Alpha"));
    QVERIFY(dialog->activeProfileChanged());
}

void TestSettingsDialog::providerWordsPerProfileOverLearnedAndDefaults()
{
    Fixture f;
    const Profile alpha = profileNamed(QStringLiteral("Alpha"), QStringLiteral("alpha-client"));
    f.profiles.save(alpha);
    f.profiles.save(profileNamed(QStringLiteral("Beta"), QStringLiteral("beta-client")));
    f.profiles.setActiveName(QStringLiteral("Alpha"));
    SettingsDialog *dialog = f.openDialog();
    // What the console learned of Alpha's provider shows while its field is empty; Beta has
    // learned nothing: the default table.
    LearnedWords learned;
    learned.ourTypes = {QStringLiteral("Requester Note")};
    dialog->setLearnedWords(alpha.storageKey(), learned);
    auto *ours = child<QLineEdit>(dialog, "ourTypesEdit");
    auto *closed = child<QLineEdit>(dialog, "closedStatusesEdit");
    QVERIFY(ours->text().isEmpty());
    QVERIFY2(ours->placeholderText().contains(QLatin1String("Requester Note")),
        qPrintable(ours->placeholderText()));
    QVERIFY(closed->placeholderText().contains(QLatin1String("Solved")));
    auto *list = child<QListWidget>(dialog, "profileList");
    list->setCurrentRow(1);
    QVERIFY2(ours->placeholderText().contains(QLatin1String("CustomerMessage"))
            && !ours->placeholderText().contains(QLatin1String("Requester Note")),
        qPrintable(ours->placeholderText()));

    // Alpha's own words, typed as a list.
    list->setCurrentRow(0);
    retype(ours, QStringLiteral("Client,  Requester Note,"));
    retype(closed, QStringLiteral("Closed, Archived by NOC"));
    QSignalSpy saved(dialog, &SettingsDialog::profilesSaved);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(saved.count() == 1 || saved.wait(15'000));
    QVERIFY(saved.at(0).at(1).toBool()); // the active profile's words changed: reconnect
    const Profile stored = *f.profiles.load(QStringLiteral("Alpha"));
    QCOMPARE(stored.words.ourTypes,
        (QStringList {QStringLiteral("Client"), QStringLiteral("Requester Note")}));
    QCOMPARE(stored.words.closedStatuses,
        (QStringList {QStringLiteral("Closed"), QStringLiteral("Archived by NOC")}));
    QVERIFY(f.profiles.load(QStringLiteral("Beta"))->words.ourTypes.isEmpty());

    // Shown again as typed; emptied, they are gone from the settings file.
    dialog = f.openDialog();
    ours = child<QLineEdit>(dialog, "ourTypesEdit");
    closed = child<QLineEdit>(dialog, "closedStatusesEdit");
    QCOMPARE(ours->text(), QStringLiteral("Client, Requester Note"));
    QCOMPARE(closed->text(), QStringLiteral("Closed, Archived by NOC"));
    ours->clear();
    closed->clear();
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(f.profiles.load(QStringLiteral("Alpha"))->words, WordOverrides());
    QVERIFY(!f.settingsBytes().contains("providerWords"));
}

void TestSettingsDialog::testConnectionAgainstTheSandbox()
{
    Fixture f;
    SettingsDialog *dialog = f.openDialog();
    QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
    retype(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Sandbox"));
    retype(child<QLineEdit>(dialog, "endpointEdit"), m_server->graphqlUrl().toString());
    retype(child<QLineEdit>(dialog, "tokenUrlEdit"), m_server->tokenUrl().toString());
    retype(child<QLineEdit>(dialog, "clientIdEdit"), QStringLiteral("demo-client"));
    QTRY_VERIFY(child<QLabel>(dialog, "keychainStatusLabel")
                    ->text()
                    .contains(QLatin1String("demo client")));

    // No secret typed, none stored: the sandbox's demo secret.
    auto *test = child<QPushButton>(dialog, "testButton");
    auto *busy = child<QProgressBar>(dialog, "testProgress");
    auto *result = child<QLabel>(dialog, "testResultLabel");
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(busy->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(busy->isHidden(), 20'000);
    QVERIFY2(
        result->text().contains(QStringLiteral("Connected to the account “Northwind Logistics”")),
        qPrintable(result->text()));
    QVERIFY2(result->text().contains(QLatin1String("service")), qPrintable(result->text()));

    // A wrong secret typed: refused, in words.
    retype(child<QLineEdit>(dialog, "secretEdit"), QStringLiteral("not-the-secret"));
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(busy->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(busy->isHidden(), 20'000);
    QVERIFY2(
        result->text().startsWith(QLatin1String("Could not connect.")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QLatin1String("credentials")), qPrintable(result->text()));
    QVERIFY(!result->text().contains(QLatin1String("not-the-secret")));

    // Nothing answers: the check fails in words too, and can be cancelled meanwhile.
    retype(child<QLineEdit>(dialog, "endpointEdit"),
        SandboxServer::unreachableUrl(QStringLiteral("/graphql")).toString());
    retype(child<QLineEdit>(dialog, "tokenUrlEdit"), QString());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(busy->isHidden(), 20'000);
    QVERIFY2(
        result->text().startsWith(QLatin1String("Could not connect.")), qPrintable(result->text()));
    if (const QString shot = screenshotPath(QStringLiteral("settings-test-failed.png"));
        !shot.isEmpty()) {
        settle();
        QVERIFY(dialog->grab().save(shot));
    }

    QTest::mouseClick(test, Qt::LeftButton);
    if (busy->isVisible()) { // it may already have failed: a refused connection is quick
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(busy->isHidden());
        QCOMPARE(result->text(), QStringLiteral("Test cancelled."));
    }
}

// Issue 13, defect 12: an old "Could not connect" stayed after the endpoint was edited.
void TestSettingsDialog::anOldTestResultGoesWhenAConnectionFieldChanges()
{
    Fixture f;
    Profile p = profileNamed(QStringLiteral("Alpha"), QStringLiteral("alpha-client"));
    p.endpoint = SandboxServer::unreachableUrl(QStringLiteral("/graphql"));
    f.profiles.save(p);
    f.profiles.setActiveName(p.name);
    SettingsDialog *dialog = f.openDialog();
    auto *test = child<QPushButton>(dialog, "testButton");
    auto *busy = child<QProgressBar>(dialog, "testProgress");
    auto *result = child<QLabel>(dialog, "testResultLabel");
    for (const char *field :
        {"endpointEdit", "tokenUrlEdit", "clientIdEdit", "secretEdit", "scopesEdit"}) {
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(busy->isHidden(), 20'000);
        QVERIFY2(result->text().startsWith(QLatin1String("Could not connect.")),
            qPrintable(result->text()));
        auto *edit = child<QLineEdit>(dialog, field);
        edit->setFocus();
        edit->end(false);
        QTest::keyClick(edit, Qt::Key_X);
        QVERIFY2(result->text().isEmpty(), field);
        // The field back as it was, for the next round.
        QTest::keyClick(edit, Qt::Key_Backspace);
    }
    // Another field (not the connection's) keeps it.
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(busy->isHidden(), 20'000);
    QVERIFY(!result->text().isEmpty());
    retype(child<QLineEdit>(dialog, "accountLabelEdit"), QStringLiteral("Lab"));
    QVERIFY(!result->text().isEmpty());
}

// Issue 13, defect 12: a DNS failure said "Cannot reach the server"; the host is the useful part.
void TestSettingsDialog::anUnknownHostIsNamed()
{
    Fixture f;
    Profile p = profileNamed(QStringLiteral("Alpha"), QStringLiteral("alpha-client"));
    p.endpoint = QUrl(QStringLiteral("https://example.invalid/graphql"));
    f.profiles.save(p);
    f.profiles.setActiveName(p.name);
    SettingsDialog *dialog = f.openDialog();
    retype(child<QLineEdit>(dialog, "secretEdit"), QStringLiteral("a-secret"));
    QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QProgressBar>(dialog, "testProgress")->isHidden(), 30'000);
    const QString text = child<QLabel>(dialog, "testResultLabel")->text();
    QVERIFY2(text.contains(QLatin1String("example.invalid not found")), qPrintable(text));
    QCOMPARE(child<QLabel>(dialog, "testResultLabel")->textFormat(), Qt::PlainText);
}

// Issue 13, defect 12: at the default size the client-secret field was squashed and the keychain
// hint under it clipped.
void TestSettingsDialog::theSecretFieldAndItsHintFitAtTheDefaultSize()
{
    // The longest hint is the one without a keychain: also in a child of this test whose
    // session bus does not exist (the D-Bus connection is made once per process).
    const bool noKeychain = qEnvironmentVariableIsSet("CASECONSOLE_TEST_NO_KEYCHAIN");
    if (!noKeychain) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=/nonexistent/caseconsole-test-bus"));
        env.insert(QStringLiteral("CASECONSOLE_TEST_NO_KEYCHAIN"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("theSecretFieldAndItsHintFitAtTheDefaultSize")});
        QVERIFY(child.waitForFinished(60'000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
            output.constData());
    }
    Fixture f;
    f.profiles.save(profileNamed(QStringLiteral("Production"), QStringLiteral("prod-client")));
    f.profiles.setActiveName(QStringLiteral("Production"));
    SettingsDialog *dialog = f.openDialog();
    auto *hint = child<QLabel>(dialog, "keychainStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(!hint->text().contains(QLatin1String("Checking")), 15'000);
    if (noKeychain)
        QVERIFY2(
            hint->text().contains(QLatin1String("No system keychain")), qPrintable(hint->text()));
    settle();
    const QString shot
        = screenshotPath(noKeychain ? QStringLiteral("settings-default-size-nokeychain.png")
                                    : QStringLiteral("settings-default-size.png"));
    if (!shot.isEmpty())
        QVERIFY(dialog->grab().save(shot));
    auto *secret = child<QLineEdit>(dialog, "secretEdit");
    QVERIFY2(secret->height() >= secret->sizeHint().height(),
        qPrintable(QStringLiteral("secret field %1 px high, needs %2")
                       .arg(secret->height())
                       .arg(secret->sizeHint().height())));
    QVERIFY2(secret->width() >= 200, qPrintable(QString::number(secret->width())));
    QVERIFY2(hint->height() >= hint->heightForWidth(hint->width()),
        qPrintable(QStringLiteral("hint %1 px high, its text needs %2 at %3 px wide")
                       .arg(hint->height())
                       .arg(hint->heightForWidth(hint->width()))
                       .arg(hint->width())));
    // Nothing overlaps the next row.
    auto *scopes = child<QLineEdit>(dialog, "scopesEdit");
    const int hintBottom = hint->mapTo(dialog, QPoint(0, hint->height())).y();
    QVERIFY2(hintBottom <= scopes->mapTo(dialog, QPoint(0, 0)).y(),
        qPrintable(QStringLiteral("hint ends at %1, scopes start at %2")
                       .arg(hintBottom)
                       .arg(scopes->mapTo(dialog, QPoint(0, 0)).y())));
}

void TestSettingsDialog::keychainMissingOffersSessionOnly()
{
    // The D-Bus connection is made once per process, so "no keychain" runs in a child of this
    // test whose session bus does not exist.
    if (!qEnvironmentVariableIsSet("CASECONSOLE_TEST_NO_KEYCHAIN")) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=/nonexistent/caseconsole-test-bus"));
        env.insert(QStringLiteral("CASECONSOLE_TEST_NO_KEYCHAIN"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("keychainMissingOffersSessionOnly")});
        QVERIFY(child.waitForFinished(60'000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
            output.constData());
        return;
    }

    Fixture f;
    SettingsDialog *dialog = f.openDialog();
    QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
    const QString secret = QStringLiteral("Session-Only-Secret-42");
    retype(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Production"));
    retype(child<QLineEdit>(dialog, "endpointEdit"),
        QStringLiteral("https://api.example.com/graphql"));
    retype(child<QLineEdit>(dialog, "clientIdEdit"), QStringLiteral("prod-client"));
    QTRY_VERIFY(child<QLabel>(dialog, "keychainStatusLabel")
                    ->text()
                    .contains(QLatin1String("No system keychain")));
    retype(child<QLineEdit>(dialog, "secretEdit"), secret);

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    auto *problem = child<QLabel>(dialog, "keychainProblemLabel");
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 20'000);
    QVERIFY2(
        problem->text().contains(QLatin1String("No system keychain")), qPrintable(problem->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(f.profiles.names().isEmpty()); // nothing saved yet

    QSignalSpy saved(dialog, &SettingsDialog::profilesSaved);
    QTest::mouseClick(child<QPushButton>(dialog, "sessionOnlyButton"), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->activeProfile(), QString()); // adding a profile makes it no active one
    QCOMPARE(dialog->sessionSecret(QStringLiteral("Production")), secret);
    QCOMPARE(f.profiles.names(), QStringList {QStringLiteral("Production")});
    QVERIFY(!f.settingsBytes().contains(secret.toUtf8()));
}

void TestSettingsDialog::welcomePageButtonsEmitTheirSignals()
{
    WelcomePage page;
    page.resize(800, 560);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy setUp(&page, &WelcomePage::setUpConnectionRequested);
    QSignalSpy demo(&page, &WelcomePage::sandboxDemoRequested);
    QTest::mouseClick(child<QCommandLinkButton>(&page, "setUpButton"), Qt::LeftButton);
    QCOMPARE(setUp.count(), 1);
    QCOMPARE(demo.count(), 0);
    // By keyboard too: the demo button has the focus after one Tab, Space presses it.
    auto *demoButton = child<QCommandLinkButton>(&page, "demoButton");
    demoButton->setFocus();
    QTest::keyClick(demoButton, Qt::Key_Space);
    QCOMPARE(demo.count(), 1);
    QCOMPARE(setUp.count(), 1);
    QVERIFY(child<QLabel>(&page, "nodeNoteLabel")->text().contains(QLatin1String("Node.js 20")));
}

void TestSettingsDialog::secretPromptRemembersInTheKeychain()
{
    SecretStore secrets(KeychainService);
    Profile profile = profileNamed(QStringLiteral("Production"),
        QStringLiteral("prompt-") + QUuid::createUuid().toString(QUuid::Id128));
    Credentials credentials(&secrets);
    SecretPromptDialog dialog(profile, &credentials, Credentials::Status::NotFound,
        QStringLiteral("No client secret is stored in the system keychain for this profile."));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(
        child<QLabel>(&dialog, "reasonLabel")->text().contains(QLatin1String("No client secret")));
    auto *remember = child<QCheckBox>(&dialog, "rememberCheck");
    QVERIFY(remember->isEnabled());
    QVERIFY(remember->isChecked());
    QVERIFY(!okButton(&dialog)->isEnabled()); // nothing typed yet
    const QString secret = QStringLiteral("Prompted-") + QUuid::createUuid().toString(QUuid::Id128);
    QTest::keyClicks(child<QLineEdit>(&dialog, "secretEdit"), secret);
    QVERIFY(okButton(&dialog)->isEnabled());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QVERIFY(accepted.count() == 1 || accepted.wait(15'000));
    QCOMPARE(dialog.secret(), secret);
    QVERIFY(dialog.isRemembered());
    const ReadResult read = readSecret(secrets, profile.secretKey());
    QCOMPARE(read.status, SecretStore::Status::Ok);
    QCOMPARE(read.secret, secret);
    removeSecret(secrets, profile.secretKey());
}

void TestSettingsDialog::secretPromptWithoutKeychainCannotRemember()
{
    SecretStore secrets(KeychainService);
    const Profile profile = profileNamed(QStringLiteral("Production"), QStringLiteral("nokc"));
    Credentials credentials(&secrets);
    SecretPromptDialog dialog(profile, &credentials, Credentials::Status::NoKeychain,
        QStringLiteral("No system keychain is available."));
    dialog.show();
    auto *remember = child<QCheckBox>(&dialog, "rememberCheck");
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    QVERIFY(child<QLabel>(&dialog, "rememberNoteLabel")
                ->text()
                .contains(QLatin1String("this session only")));
    QTest::keyClicks(child<QLineEdit>(&dialog, "secretEdit"), QStringLiteral("for-now"));
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.secret(), QStringLiteral("for-now"));
    QVERIFY(!dialog.isRemembered());
    QCOMPARE(readSecret(secrets, profile.secretKey()).status, SecretStore::Status::NotFound);
}

void TestSettingsDialog::repositorySettingsKeepThePasswordInTheKeychain()
{
    Fixture f;
    RepositorySettingsDialog *repo = f.openRepositoryDialog();
    QVERIFY(repo);
    SettingsDialog *dialog = f.dialog.get();
    QPushButton *ok = okButton(repo);

    // A remote plain-http URL is refused, in words; publishing needs the client.
    retype(child<QLineEdit>(repo, "urlEdit"), QStringLiteral("http://repo.example.com/api"));
    retype(child<QLineEdit>(repo, "userEdit"), QStringLiteral("publisher"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!child<QLabel>(repo, "problemLabel")->text().isEmpty());
    retype(child<QLineEdit>(repo, "urlEdit"),
        QStringLiteral("https://repo.example.com/api/case-repository"));
    QVERIFY(ok->isEnabled());
    child<QGroupBox>(repo, "publishGroup")->setChecked(true);
    QVERIFY(!ok->isEnabled());
    child<QComboBox>(repo, "clientTypeCombo")->setCurrentText(QStringLiteral("NIP"));
    retype(child<QLineEdit>(repo, "clientIdEdit"), QStringLiteral("5252344078"));
    QVERIFY(ok->isEnabled());
    const QString password = QStringLiteral("Walrus-") + QUuid::createUuid().toString(QUuid::Id128);
    retype(child<QLineEdit>(repo, "passwordEdit"), password);
    QVERIFY(shot(*repo, QStringLiteral("repository-settings.png")));
    // Closed on OK once the keychain has the password, and deleted with it.
    const QPointer<RepositorySettingsDialog> closing(repo);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(closing.isNull() || !closing->isVisible());

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    const std::optional<Profile> saved = f.profiles.load(QStringLiteral("Production"));
    QVERIFY(saved);
    QCOMPARE(saved->repository.url.host(), QStringLiteral("repo.example.com"));
    QCOMPARE(saved->repository.user, QStringLiteral("publisher"));
    QVERIFY(saved->repository.publish);
    QCOMPARE(saved->repository.clientId, QStringLiteral("5252344078"));
    QVERIFY(dialog->activeProfileChanged());
    QVERIFY(!f.settingsBytes().contains(password.toUtf8()));
    const auto stored = readSecret(f.secrets, saved->repository.passwordKey());
    QCOMPARE(stored.status, SecretStore::Status::Ok);
    QCOMPARE(stored.secret, password);
}

void TestSettingsDialog::repositoryTestAgainstTheSandbox()
{
    Fixture f;
    RepositorySettingsDialog *repo = f.openRepositoryDialog();
    QVERIFY(repo);
    SettingsDialog *dialog = f.dialog.get();
    auto *test = child<QPushButton>(repo, "testButton");
    auto *result = child<QLabel>(repo, "testLabel");

    // The sandbox's demo user on loopback needs no password typed; the count is the server's.
    retype(child<QLineEdit>(repo, "urlEdit"), m_server->caseRepositoryUrl().toString());
    retype(child<QLineEdit>(repo, "userEdit"), QStringLiteral("demo-publisher"));
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    const int entries = int(m_server->control("GET", QStringLiteral("/state"))
                                .value(QLatin1String("caseRepository"))
                                .toObject()
                                .value(QLatin1String("entries"))
                                .toInt());
    QVERIFY(entries > 0);
    QTRY_VERIFY2_WITH_TIMEOUT(
        result->text().startsWith(QStringLiteral("Connected: %1 case status").arg(entries)),
        qPrintable(result->text()), 20'000);
    QVERIFY(shot(*repo, QStringLiteral("repository-test.png")));

    // A wrong password typed: refused, in words, and the password is not shown.
    retype(child<QLineEdit>(repo, "passwordEdit"), QStringLiteral("not-the-password"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!result->text().startsWith(QLatin1String("Testing"))
            && !result->text().startsWith(QLatin1String("Connected")),
        20'000);
    QVERIFY(!result->text().isEmpty());
    QVERIFY(!result->text().contains(QLatin1String("not-the-password")));
    repo->reject();
    dialog->reject();
}

void TestSettingsDialog::screenshots()
{
    // Renders every dialog in the states worth seeing; saves them as PNG files when
    // CASECONSOLE_SCREENSHOT_DIR is set (scripts/screenshots).
    Fixture f;
    Profile sandbox;
    sandbox.name = QStringLiteral("Sandbox");
    sandbox.endpoint = m_server->graphqlUrl();
    sandbox.clientId = QStringLiteral("demo-client");
    sandbox.accountLabel = QStringLiteral("Northwind Logistics (demo)");
    f.profiles.save(sandbox);
    f.profiles.save(profileNamed(QStringLiteral("Production"), QStringLiteral("prod-client")));
    f.profiles.setActiveName(QStringLiteral("Sandbox"));
    SettingsDialog *dialog = f.openDialog();
    QTRY_VERIFY(child<QLabel>(dialog, "keychainStatusLabel")
                    ->text()
                    .contains(QLatin1String("demo client")));
    QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QProgressBar>(dialog, "testProgress")->isHidden(), 20'000);
    settle();
    QVERIFY(shot(*dialog, QStringLiteral("settings.png")));

    child<QListWidget>(dialog, "profileList")->setCurrentRow(0);
    retype(
        child<QLineEdit>(dialog, "endpointEdit"), QStringLiteral("http://api.example.com/graphql"));
    retype(child<QLineEdit>(dialog, "clientIdEdit"), QString());
    settle();
    QVERIFY(shot(*dialog, QStringLiteral("settings-invalid.png")));

    for (const bool dark : {false, true}) {
        WelcomePage page;
        if (dark) {
            page.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
            QPalette palette;
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
            palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
            palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
            palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
            page.setPalette(palette);
            page.setAutoFillBackground(true);
        }
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        settle();
        QVERIFY(
            shot(page, dark ? QStringLiteral("welcome-dark.png") : QStringLiteral("welcome.png")));
    }

    SecretStore secrets(KeychainService);
    Credentials credentials(&secrets);
    for (const auto status : {Credentials::Status::NotFound, Credentials::Status::NoKeychain}) {
        const bool none = status == Credentials::Status::NoKeychain;
        SecretPromptDialog prompt(
            profileNamed(QStringLiteral("Production"), QStringLiteral("prod-client")), &credentials,
            status,
            none ? QStringLiteral("No system keychain is available (on Linux: no Secret Service "
                                  "such as GNOME Keyring or KWallet is running). The client secret "
                                  "cannot be stored; you can enter it for this session only.")
                 : QStringLiteral("No client secret is stored in the system keychain for this "
                                  "profile."));
        prompt.show();
        QVERIFY(QTest::qWaitForWindowExposed(&prompt));
        QVERIFY(shot(prompt,
            none ? QStringLiteral("secret-prompt-nokeychain.png")
                 : QStringLiteral("secret-prompt.png")));
    }
}

QTEST_MAIN(TestSettingsDialog)

#include "tst_settingsdialog.moc"
