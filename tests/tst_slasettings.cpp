// Settings > SLA targets…, driven with the keyboard as an engineer would: the targets per
// priority, the pauses and the notice before a breach are typed, refused in words when they are
// no duration, saved in the profile (SettingsKeys::SlaPolicy), shown again when the dialog is
// reopened, and kept per profile.

#include "TestSupport.h"
#include "api/SecretStore.h"
#include "app/Translations.h"
#include "models/SettingsKeys.h"
#include "models/SlaLabels.h"
#include "models/SlaPolicy.h"
#include "session/Credentials.h"
#include "session/Profiles.h"
#include "store/ProfileStore.h"
#include "ui/SettingsDialog.h"
#include "ui/SlaTargetsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

Profile profileNamed(const QString &name, const QString &clientId)
{
    Profile p;
    p.name = name;
    p.endpoint = QUrl(QStringLiteral("https://api.example.com/graphql"));
    p.clientId = clientId;
    return p;
}

QPushButton *button(QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(which);
}

// Selects everything in the focused field and types `text` over it, as Ctrl+A and typing would.
void typeOver(QWidget *window, const QString &text)
{
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QTest::keyClick(focused, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(focused, Qt::Key_Delete);
    else
        QTest::keyClicks(focused, text);
    Q_UNUSED(window)
}

void tab(QWidget *window)
{
    QTest::keyClick(
        QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Tab);
}

QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR");
    return dir.isEmpty() ? QString() : dir + u'/' + name;
}

struct Fixture
{
    Fixture()
        : settings(dir.filePath(QStringLiteral("caseconsole.conf")), QSettings::IniFormat)
        , profiles(&settings)
        , secrets(QStringLiteral("CaseConsoleTest"))
        , editedProfiles(&profiles)
        , credentials(&secrets)
    {
        profiles.save(profileNamed(QStringLiteral("Alpha"), QStringLiteral("alpha-client")));
        profiles.save(profileNamed(QStringLiteral("Beta"), QStringLiteral("beta-client")));
        profiles.setActiveName(QStringLiteral("Alpha"));
    }

    SettingsDialog *openDialog()
    {
        dialog = std::make_unique<SettingsDialog>(&editedProfiles, &credentials);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qWarning("the dialog was not shown");
        return dialog.get();
    }

    // The SLA targets of the selected profile, opened from the keyboard (the button has no free
    // mnemonic left in the dialog).
    SlaTargetsDialog *openTargets()
    {
        auto *open = child<QPushButton>(dialog.get(), "slaButton");
        open->setFocus();
        QTest::keyClick(open, Qt::Key_Space);
        SlaTargetsDialog *targets = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            targets = dialog->findChild<SlaTargetsDialog *>();
            return targets && targets->isVisible();
        });
        if (!shown)
            return nullptr;
        targets->activateWindow();
        if (!QTest::qWaitForWindowActive(targets))
            qWarning("the SLA targets did not become active");
        const bool focused
            = QTest::qWaitFor([&] { return targets->isAncestorOf(QApplication::focusWidget()); });
        return focused ? targets : nullptr;
    }

    QTemporaryDir dir;
    QSettings settings;
    ProfileStore profiles;
    SecretStore secrets;
    Profiles editedProfiles;
    Credentials credentials;
    std::unique_ptr<SettingsDialog> dialog;
};

} // namespace

class TestSlaSettings : public QObject
{
    Q_OBJECT

private slots:
    void targetsAreTypedSavedAndShownAgain();
    void badInputIsRefusedInWords();
    void restoreDefaults();
    void theDefaultsSaveInEveryLanguage();
};

void TestSlaSettings::targetsAreTypedSavedAndShownAgain()
{
    Fixture f;
    SettingsDialog *dialog = f.openDialog();
    QVERIFY(child<QLabel>(dialog, "slaSummaryLabel")->text().contains(QLatin1String("15 min")));
    SlaTargetsDialog *targets = f.openTargets();
    QVERIFY(targets);
    // The first field has the focus; P1's three targets, then P2's, in tab order.
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("firstResponseP1Edit"));
    QCOMPARE(child<QLineEdit>(targets, "firstResponseP1Edit")->text(), QStringLiteral("15 min"));
    typeOver(targets, QStringLiteral("10 min"));
    tab(targets);
    typeOver(targets, QStringLiteral("45m"));
    tab(targets);
    typeOver(targets, QStringLiteral("3 h"));
    tab(targets);
    typeOver(targets, QStringLiteral("1h30m")); // P2's first response
    // The pauses: on hold no longer pauses; a question does.
    child<QCheckBox>(targets, "pauseOnHoldCheck")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    tab(targets);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    tab(targets);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("warnBeforeEdit"));
    typeOver(targets, QStringLiteral("20 min"));
    if (const QString path = screenshotPath(QStringLiteral("sla-targets.png")); !path.isEmpty())
        QVERIFY(targets->grab().save(path));
    const QPointer<SlaTargetsDialog> closing(targets);
    QVERIFY2(button(targets, QDialogButtonBox::Ok)->isEnabled(),
        qPrintable(child<QLabel>(targets, "problemLabel")->text()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(closing.isNull() || !closing->isVisible());
    QVERIFY(child<QLabel>(dialog, "slaSummaryLabel")->text().contains(QLatin1String("10 min")));

    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    const Profile alpha = *f.profiles.load(QStringLiteral("Alpha"));
    const SlaTargets p1 = alpha.sla.targetsFor(QStringLiteral("P1"));
    QCOMPARE(p1, (SlaTargets {10, 45, 180}));
    QCOMPARE(alpha.sla.targetsFor(QStringLiteral("P2")).firstResponseMinutes, 90);
    QCOMPARE(alpha.sla.targetsFor(QStringLiteral("P5")),
        SlaPolicy::defaults().targetsFor(QStringLiteral("P5")));
    QVERIFY(alpha.sla.pauseWhenWaitingOnUs);
    QVERIFY(!alpha.sla.pauseWhenOnHold);
    QVERIFY(alpha.sla.pauseOnProviderQuestion);
    QCOMPARE(alpha.sla.warnBeforeMinutes, 20);
    // Kept as the policy's JSON under its key in the profile's group.
    f.settings.sync();
    const QJsonObject stored = QJsonDocument::fromJson(
        f.settings.value(QStringLiteral("profiles/Alpha/") + SettingsKeys::SlaPolicy)
            .toString()
            .toUtf8())
                                   .object();
    QCOMPARE(SlaPolicy::fromJson(stored), alpha.sla);
    // Beta keeps its own (the defaults).
    QCOMPARE(f.profiles.load(QStringLiteral("Beta"))->sla, SlaPolicy::defaults());

    // Reopened: the fields show what was saved; Beta's show the defaults.
    dialog = f.openDialog();
    targets = f.openTargets();
    QVERIFY(targets);
    QCOMPARE(child<QLineEdit>(targets, "firstResponseP1Edit")->text(), QStringLiteral("10 min"));
    QCOMPARE(child<QLineEdit>(targets, "updateGapP1Edit")->text(), QStringLiteral("45 min"));
    QCOMPARE(child<QLineEdit>(targets, "restoreP1Edit")->text(), QStringLiteral("3 h"));
    QCOMPARE(
        child<QLineEdit>(targets, "firstResponseP2Edit")->text(), QStringLiteral("1 h 30 min"));
    QCOMPARE(child<QLineEdit>(targets, "warnBeforeEdit")->text(), QStringLiteral("20 min"));
    QVERIFY(!child<QCheckBox>(targets, "pauseOnHoldCheck")->isChecked());
    targets->reject();
    child<QListWidget>(dialog, "profileList")->setCurrentRow(1);
    targets = f.openTargets();
    QVERIFY(targets);
    QCOMPARE(child<QLineEdit>(targets, "firstResponseP1Edit")->text(), QStringLiteral("15 min"));
    QVERIFY(child<QCheckBox>(targets, "pauseOnHoldCheck")->isChecked());
    targets->reject();
}

void TestSlaSettings::badInputIsRefusedInWords()
{
    Fixture f;
    SettingsDialog *dialog = f.openDialog();
    SlaTargetsDialog *targets = f.openTargets();
    QVERIFY(targets);
    typeOver(targets, QStringLiteral("soon"));
    QVERIFY(!button(targets, QDialogButtonBox::Ok)->isEnabled());
    auto *problem = child<QLabel>(targets, "problemLabel");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("P1 first response"))
            && problem->text().contains(QStringLiteral("“soon”")),
        qPrintable(problem->text()));
    // Return does not accept it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(targets->isVisible());
    typeOver(targets, QStringLiteral("500 d"));
    QVERIFY(!button(targets, QDialogButtonBox::Ok)->isEnabled());
    typeOver(targets, QString()); // empty: no target
    QVERIFY(button(targets, QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(!problem->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!targets->isVisible());
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(f.profiles.load(QStringLiteral("Alpha"))
                 ->sla.targetsFor(QStringLiteral("P1"))
                 .firstResponseMinutes,
        0);
}

void TestSlaSettings::restoreDefaults()
{
    Fixture f;
    Profile alpha = *f.profiles.load(QStringLiteral("Alpha"));
    alpha.sla.byPriority[QStringLiteral("P3")] = {1, 2, 3};
    alpha.sla.warnBeforeMinutes = 0;
    f.profiles.save(alpha);
    f.openDialog();
    SlaTargetsDialog *targets = f.openTargets();
    QVERIFY(targets);
    QCOMPARE(child<QLineEdit>(targets, "restoreP3Edit")->text(), QStringLiteral("3 min"));
    QCOMPARE(child<QLineEdit>(targets, "warnBeforeEdit")->text(), QString());
    QTest::mouseClick(button(targets, QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(targets, "restoreP3Edit")->text(), QStringLiteral("1 d"));
    QCOMPARE(child<QLineEdit>(targets, "warnBeforeEdit")->text(), QStringLiteral("10 min"));
    QCOMPARE(targets->policy(), SlaPolicy::defaults());
    targets->reject();
}

// The fields are filled in the language's own units ("4 Std.", "1 T"), and must read back:
// in German and Dutch OK was disabled on the defaults.
void TestSlaSettings::theDefaultsSaveInEveryLanguage()
{
    for (const QString &language : Translations::available()) {
        QVERIFY(Translations::install(language).startsWith(language));
        for (const int minutes : {15, 60, 90, 240, 1440, 1500, 2 * 1440 + 61}) {
            QCOMPARE(SlaLabels::parseMinutes(SlaLabels::minutesText(minutes)), minutes);
        }
        SlaTargetsDialog targets(SlaPolicy::defaults());
        QVERIFY2(button(&targets, QDialogButtonBox::Ok)->isEnabled(),
            qPrintable(
                language + QStringLiteral(": ") + child<QLabel>(&targets, "problemLabel")->text()));
        QCOMPARE(targets.policy(), SlaPolicy::defaults());
        // English units keep working in every language (the README writes them).
        QCOMPARE(SlaLabels::parseMinutes(QStringLiteral("4 h 30 min")), 270);
    }
    Translations::install(QStringLiteral("en"));
}

QTEST_MAIN(TestSlaSettings)
#include "tst_slasettings.moc"
