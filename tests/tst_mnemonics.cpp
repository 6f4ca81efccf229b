// Every mnemonic (&X) of the main window, its menus and each dialog, in every shipped language:
// two that can be reached at the same time must not share a key, or Alt+X does nothing (Qt
// calls the shortcut ambiguous) or only ever reaches one of them.

#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "app/Translations.h"
#include "models/CaseTypeMatrix.h"
#include "models/RepositoryEntry.h"
#include "session/CaseSession.h"
#include "session/Credentials.h"
#include "session/Profiles.h"
#include "session/RepositoryBrowser.h"
#include "store/ProfileStore.h"
#include "store/StoreThread.h"
#include "ui/CreateCaseDialog.h"
#include "ui/MainWindow.h"
#include "ui/ReplyDialog.h"
#include "ui/RepositoryEntryDialog.h"
#include "ui/RepositoryPanel.h"
#include "ui/RepositorySettingsDialog.h"
#include "ui/SecretPromptDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/SlaTargetsDialog.h"
#include "ui/WelcomePage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace {

struct Mnemonic
{
    QKeySequence key;
    QString text;
    QString owner; // class and object name, for the message
    const QWidget *widget; // where it lives: decides what can be reached with it
};

QString describe(const QObject *object)
{
    const QString name = object->objectName();
    return QString::fromLatin1(object->metaObject()->className())
        + (name.isEmpty() ? QString() : u' ' + name);
}

// The mnemonics a window registers for Alt+X: buttons, labels with a buddy, group boxes, tabs
// and the menu bar's titles. Hidden widgets count too: they are shown in some state.
QList<Mnemonic> windowMnemonics(QWidget *root)
{
    QList<Mnemonic> found;
    const auto add = [&found](const QString &text, const QObject *owner, const QWidget *widget) {
        if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty())
            found.append({key, text, describe(owner), widget});
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w->inherits("QMenu"))
            continue; // a menu's own mnemonics count only while it is open: menuMnemonics()
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text(), button, button);
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text(), label, label);
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(group->title(), group, group); // focuses its first field, or toggles it
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), tabs, tabs);
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *action : bar->actions())
                add(action->text(), action, bar);
        }
    }
    return found;
}

// The page of `stack` that holds `w`, or null when `w` is not inside it.
const QWidget *pageOf(const QStackedWidget *stack, const QWidget *w)
{
    for (; w; w = w->parentWidget()) {
        if (w->parentWidget() == stack && stack->indexOf(const_cast<QWidget *>(w)) >= 0)
            return w;
    }
    return nullptr;
}

// Two widgets can be reached at the same time unless they are on different pages of a stack
// (tabs, the welcome page instead of the cases).
bool reachableTogether(const QWidget *a, const QWidget *b)
{
    for (const QWidget *w = a; w; w = w->parentWidget()) {
        if (const auto *stack = qobject_cast<const QStackedWidget *>(w)) {
            const QWidget *pageA = pageOf(stack, a);
            const QWidget *pageB = pageOf(stack, b);
            if (pageA && pageB && pageA != pageB)
                return false;
        }
    }
    return true;
}

QStringList clashes(const QString &where, const QList<Mnemonic> &mnemonics, bool checkReach)
{
    QStringList found;
    for (qsizetype i = 0; i < mnemonics.size(); ++i) {
        for (qsizetype j = i + 1; j < mnemonics.size(); ++j) {
            const Mnemonic &a = mnemonics.at(i);
            const Mnemonic &b = mnemonics.at(j);
            if (a.key != b.key || (checkReach && !reachableTogether(a.widget, b.widget)))
                continue;
            found << QStringLiteral("%1: %2 “%3” (%4) and “%5” (%6)")
                         .arg(where, a.key.toString(QKeySequence::PortableText), a.text, a.owner,
                             b.text, b.owner);
        }
    }
    return found;
}

// Inside each menu of `root`: its visible items.
QStringList menuClashes(QWidget *root)
{
    QStringList found;
    QList<QMenu *> menus = root->findChildren<QMenu *>();
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (QAction *action : window->menuBar()->actions()) {
            if (action->menu() && !menus.contains(action->menu()))
                menus << action->menu();
        }
    }
    for (QMenu *menu : std::as_const(menus)) {
        QList<Mnemonic> items;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            if (const QKeySequence key = QKeySequence::mnemonic(action->text()); !key.isEmpty())
                items.append({key, action->text(), describe(action), menu});
        }
        found << clashes(QStringLiteral("menu “%1”").arg(menu->title()), items, false);
    }
    return found;
}

// A status tip or tooltip shows its text as it is: a mnemonic's "&" there is a stray character
// (the Timeline's status tip read "Sho&w Timeline").
QStringList strayAmpersands(QWidget *root)
{
    static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s]"));
    QStringList found;
    for (QAction *action : root->findChildren<QAction *>()) {
        for (const QString &tip : {action->statusTip(), action->toolTip()}) {
            if (tip.contains(mnemonic))
                found << QStringLiteral("“%1” of %2").arg(tip, describe(action));
        }
    }
    return found;
}

QStringList allClashes(const QString &where, QWidget *root)
{
    return clashes(where, windowMnemonics(root), true) + menuClashes(root);
}

// A session that never connects: enough for the window to be built.
struct Console
{
    Console()
        : store(QStringLiteral(":memory:"))
        , poller(connection.api())
        , outbox(connection.api(), &store)
        , session(&store, &poller, &outbox, connection.api())
        , browser(nullptr, nullptr)
        , window(&session)
    { }

    ProviderConnection connection;
    StoreThread store;
    CasePoller poller;
    Outbox outbox;
    CaseSession session;
    RepositoryBrowser browser;
    MainWindow window;
};

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noTwoReachableAtOnceShareAKey_data();
    void noTwoReachableAtOnceShareAKey();
    void theCheckFindsAClash();

private:
    QTemporaryDir m_dir;
};

void TestMnemonics::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestMnemonics::noTwoReachableAtOnceShareAKey_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    for (const QString &language : Translations::available()) {
        if (language != QLatin1String("en"))
            QTest::newRow(qPrintable(language)) << language;
    }
}

void TestMnemonics::noTwoReachableAtOnceShareAKey()
{
    QFETCH(QString, language);
    const auto cleanup = qScopeGuard([] {
        for (QTranslator *installed : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(installed);
            delete installed;
        }
        QLocale::setDefault(QLocale::c());
    });
    QVERIFY(Translations::install(language).startsWith(language));

    QStringList found;
    {
        Console console;
        auto *panel = new RepositoryPanel(&console.browser);
        panel->setPublisher(console.session.publisher()); // its "Publish all now" bar
        console.window.setRepositoryPanel(panel);
        console.window.showWelcome(new WelcomePage);
        found << allClashes(QStringLiteral("main window"), &console.window)
              << strayAmpersands(&console.window);
    }
    CreateCaseDialog create(CaseTypeMatrix::builtIn());
    found << allClashes(QStringLiteral("new case"), &create);
    ReplyDialog reply;
    found << allClashes(QStringLiteral("reply"), &reply);
    RepositoryEntryDialog newEntry;
    found << allClashes(QStringLiteral("new case status"), &newEntry);
    RepositoryEntry entry;
    entry.caseId = QStringLiteral("c-1");
    entry.caseType = QStringLiteral("NetworkIncident");
    entry.clientType = QStringLiteral("NIP");
    entry.status = QStringLiteral("OPEN");
    entry.source = QStringLiteral("case-console");
    RepositoryEntryDialog editEntry(entry);
    found << allClashes(QStringLiteral("edit case status"), &editEntry);

    Credentials credentials(nullptr);
    RepositorySettingsDialog repositorySettings(RepositorySettings(), &credentials);
    found << allClashes(QStringLiteral("Case Repository settings"), &repositorySettings);
    Profile profile;
    profile.name = QStringLiteral("Sandbox");
    SecretPromptDialog prompt(profile, &credentials, Credentials::Status::NotFound, QString());
    found << allClashes(QStringLiteral("secret prompt"), &prompt);
    QSettings settings(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    Profiles profiles(&store);
    SettingsDialog settingsDialog(&profiles, &credentials);
    found << allClashes(QStringLiteral("settings"), &settingsDialog);
    SlaTargetsDialog slaTargets(SlaPolicy::defaults());
    found << allClashes(QStringLiteral("SLA targets"), &slaTargets);

    for (const QString &clash : std::as_const(found))
        qWarning().noquote() << clash;
    QVERIFY2(found.isEmpty(),
        qPrintable(QStringLiteral("%1 clashes, each in a warning above").arg(found.size())));
}

void TestMnemonics::theCheckFindsAClash()
{
    // The check itself: two buttons with &R in one window, one on each page of a stack.
    QWidget window;
    auto *stack = new QStackedWidget(&window);
    auto *page1 = new QWidget;
    auto *page2 = new QWidget;
    stack->addWidget(page1);
    stack->addWidget(page2);
    auto *label = new QLabel(QStringLiteral("&Reference:"), &window);
    label->setBuddy(stack);
    auto *menuBar = new QMenuBar(&window);
    menuBar->addMenu(QStringLiteral("&File"));
    auto *onPage1 = new QLabel(QStringLiteral("&Fax:"), page1);
    onPage1->setBuddy(page1);
    auto *onPage2 = new QLabel(QStringLiteral("&Reply:"), page2);
    onPage2->setBuddy(page2);
    auto *alsoOnPage2 = new QLabel(QStringLiteral("Fo&x:"), page2);
    alsoOnPage2->setBuddy(page2);
    auto *otherOnPage1 = new QLabel(QStringLiteral("Bo&x:"), page1);
    otherOnPage1->setBuddy(page1);
    const QStringList found = allClashes(QStringLiteral("test"), &window);
    // &Reference with &Reply; &File with &Fax; not Fo&x with Bo&x (never shown together).
    QCOMPARE(found.size(), 2);
    QVERIFY2(found.join(u' ').contains(QLatin1String("&Reference:"))
            && found.join(u' ').contains(QLatin1String("&Reply:")),
        qPrintable(found.join(u'\n')));
    QVERIFY2(found.join(u' ').contains(QLatin1String("&File")), qPrintable(found.join(u'\n')));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
