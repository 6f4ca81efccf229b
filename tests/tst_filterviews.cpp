// Multi-select filters and saved views (issue 13), driven as an engineer would: the filter bar's
// menus with the keyboard and the mouse, the View menu's saved views and their shortcuts, on the
// real session against the sandbox, on the offscreen platform.

#include "SandboxServer.h"
#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "session/CaseSession.h"
#include "store/StoreThread.h"
#include "ui/CaseFilterBar.h"
#include "ui/MainWindow.h"
#include "ui/MultiChoiceButton.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// One console: connection, poller, store, session and window, as app/main.cpp wires them.
struct Console
{
    Console(const QUrl &graphql, const QUrl &token, const QString &databasePath)
        : store(databasePath)
        , poller(connection.api())
        , outbox(connection.api(), &store)
        , session(&store, &poller, &outbox, connection.api())
        , window(&session)
        , proxyTester(session.filtered(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        Profile profile;
        profile.endpoint = graphql;
        profile.tokenUrl = token;
        profile.clientId = QStringLiteral("demo-client");
        connection.configure(profile);
        connection.setClientSecret(QStringLiteral("demo-secret"));
        connection.setTimeout(15'000);
        poller.setInterval(3600);
    }

    bool startAndPoll()
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        QApplication::setActiveWindow(&window);
        QSignalSpy succeeded(&poller, &CasePoller::pollSucceeded);
        session.start();
        if (!succeeded.wait(15'000)
            || !QTest::qWaitFor([this] { return session.cases()->rowCount() >= 40; }, 15'000))
            return false;
        // The account's services too, before a test opens the service menu.
        return QTest::qWaitFor([this] { return !session.account().services.isEmpty(); }, 15'000);
    }

    // The statuses (or services) of the rows the list shows, each once.
    QSet<QString> shown(int role) const
    {
        QSet<QString> values;
        const QAbstractItemModel *model = window.caseView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            values.insert(model->index(row, 0).data(role).toString());
        return values;
    }

    MultiChoiceButton *button(const char *name) const
    {
        return window.findChild<MultiChoiceButton *>(QLatin1String(name));
    }

    QAction *viewAction(const QString &objectName) const
    {
        auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
        for (QAction *action : menu->actions()) {
            if (action->objectName() == objectName)
                return action;
        }
        return nullptr;
    }

    ProviderConnection connection;
    StoreThread store;
    CasePoller poller;
    Outbox outbox;
    CaseSession session;
    MainWindow window;
    QAbstractItemModelTester proxyTester;
};

QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR");
    return dir.isEmpty() ? QString() : dir + u'/' + name;
}

// The menu action that stands for `value`.
QAction *choice(QMenu *menu, const QString &value)
{
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == value)
            return action;
    }
    return nullptr;
}

// Moves the menu's active action down to `target` with the arrow key.
bool arrowTo(QMenu *menu, QAction *target)
{
    for (int i = 0; i < 40 && menu->activeAction() != target; ++i)
        QTest::keyClick(menu, Qt::Key_Down);
    return menu->activeAction() == target;
}

} // namespace

class TestFilterViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoStatusesChosenWithTheKeyboardShowOnlyThoseRows();
    void servicesChosenWithTheMouseAndAddedAsCasesArrive();
    void aSavedViewComesBackWithItsShortcutAndSurvivesANewWindow();
    void badViewNamesAreRefusedAndATakenOneIsReplacedOnlyWhenConfirmed();
    void viewsAreRenamedAndDeletedInManageViews();

private:
    // Saves the filters set now as a view named `name` through View > Save View….
    bool saveView(Console &console, const QString &name);

    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_data;
    int m_databases = 0;
    QString nextDatabase() { return m_data.filePath(QStringLiteral("%1.db").arg(++m_databases)); }
};

void TestFilterViews::initTestCase()
{
    QVERIFY(m_data.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestFilterViews::twoStatusesChosenWithTheKeyboardShowOnlyThoseRows()
{
    QSettings().clear();
    Console console(m_server->graphqlUrl(), m_server->tokenUrl(), nextDatabase());
    QVERIFY(console.startAndPoll());
    MultiChoiceButton *status = console.button("statusFilter");
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("All statuses"));
    const QSet<QString> all = console.shown(CaseListModel::StatusRole);
    QVERIFY(all.contains(QStringLiteral("InProgress")));
    QVERIFY(all.contains(QStringLiteral("PendingCustomer")));

    // Alt+T (the label's mnemonic) reaches the button, Space opens its menu.
    QTest::keyClick(&console.window, Qt::Key_T, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(status));
    QTest::keyClick(status, Qt::Key_Space);
    QMenu *menu = status->choiceMenu();
    QTRY_VERIFY(menu->isVisible());
    QAction *inProgress = choice(menu, QStringLiteral("InProgress"));
    QAction *pending = choice(menu, QStringLiteral("PendingCustomer"));
    QVERIFY(inProgress && pending);
    QCOMPARE(inProgress->text(), QStringLiteral("In progress")); // the model's label
    QVERIFY(arrowTo(menu, inProgress));
    QTest::keyClick(menu, Qt::Key_Space);
    QVERIFY(menu->isVisible()); // the menu stays open for the next choice
    QVERIFY(arrowTo(menu, pending));
    QTest::keyClick(menu, Qt::Key_Return);
    QVERIFY(inProgress->isChecked() && pending->isChecked());
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!menu->isVisible());

    QCOMPARE(console.shown(CaseListModel::StatusRole),
        (QSet<QString> {QStringLiteral("InProgress"), QStringLiteral("PendingCustomer")}));
    QTRY_COMPARE(status->text(), QStringLiteral("In progress, Pending customer"));
    // The button shows its whole text (the bar has room for it).
    QTRY_VERIFY(status->width() >= status->fontMetrics().horizontalAdvance(status->text()));
    if (const QString shot = screenshotPath(QStringLiteral("filters-multiselect.png"));
        !shot.isEmpty()) {
        QTest::mouseClick(status, Qt::LeftButton);
        QTRY_VERIFY(menu->isVisible());
        QPixmap window = console.window.grab();
        QPainter painter(&window);
        painter.drawPixmap(console.window.mapFromGlobal(menu->pos()), menu->grab());
        painter.end();
        QVERIFY(window.save(shot));
        menu->close();
    }

    // A third one: the button counts them; "All statuses" clears the choice.
    QTest::mouseClick(status, Qt::LeftButton);
    QTRY_VERIFY(menu->isVisible());
    QAction *onHold = choice(menu, QStringLiteral("OnHold"));
    QVERIFY(onHold);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(onHold).center());
    QVERIFY(menu->isVisible());
    QTRY_COMPARE(status->text(), QStringLiteral("3 chosen"));
    QCOMPARE(console.shown(CaseListModel::StatusRole).size(), 3);
    QAction *any = menu->actions().constFirst();
    QCOMPARE(any->text(), QStringLiteral("All statuses"));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(any).center());
    QTRY_COMPARE(status->text(), QStringLiteral("All statuses"));
    QCOMPARE(console.shown(CaseListModel::StatusRole), all);
    menu->close();
}

void TestFilterViews::servicesChosenWithTheMouseAndAddedAsCasesArrive()
{
    QSettings().clear();
    Console console(m_server->graphqlUrl(), m_server->tokenUrl(), nextDatabase());
    QVERIFY(console.startAndPoll());
    MultiChoiceButton *service = console.button("serviceFilter");
    QVERIFY(service);
    QCOMPARE(service->text(), QStringLiteral("All services"));
    const QStringList services = console.session.cases()->serviceIds();
    QVERIFY(services.size() >= 3);
    QTest::mouseClick(service, Qt::LeftButton);
    QMenu *menu = service->choiceMenu();
    QTRY_VERIFY(menu->isVisible());
    for (const QString &id : {services.at(0), services.at(2)}) {
        QAction *action = choice(menu, id);
        QVERIFY2(action, qPrintable(id));
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    }
    // A ticked choice shows the style's check mark (an icon beside it was drawn as a raised
    // frame instead, with no mark at all).
    for (QAction *action : menu->actions()) {
        if (action->isCheckable())
            QVERIFY2(action->icon().isNull(), qPrintable(action->text()));
    }
    menu->close();
    // The button says what is chosen from its start, elided at its end, whatever room the bar
    // leaves it (squeezed, it was cut on both sides).
    for (int width : {console.window.width(), 1024, 800}) {
        console.window.resize(width, console.window.height());
        QTest::qWait(0);
        const int margin = service->style()->pixelMetric(QStyle::PM_ButtonMargin, nullptr, service);
        const QString shown
            = QString(service->text()).replace(QStringLiteral("&&"), QStringLiteral("&"));
        QVERIFY2(service->fontMetrics().horizontalAdvance(shown) + 2 * margin <= service->width(),
            qPrintable(QStringLiteral("“%1” in %2 px").arg(shown).arg(service->width())));
        QVERIFY2(shown.startsWith(service->toolTip().left(3)), qPrintable(shown));
    }
    QCOMPARE(console.shown(CaseListModel::ServiceIdRole),
        (QSet<QString> {services.at(0), services.at(2)}));
    const QStringList filtered = console.session.filtered()->serviceIds();
    QCOMPARE(QSet<QString>(filtered.cbegin(), filtered.cend()),
        (QSet<QString> {services.at(0), services.at(2)}));

    // A case on a service no case named before: the menu offers it, without a model reset.
    QSignalSpy reset(console.session.cases(), &QAbstractItemModel::modelReset);
    CaseSummary fresh = *console.session.cases()->caseAt(0);
    fresh.id = QStringLiteral("CS-NEWSVC");
    fresh.serviceId = QStringLiteral("SVC-NEW-9");
    fresh.serviceName = QStringLiteral("Brand new line");
    console.session.cases()->upsert({fresh});
    QVERIFY(choice(menu, QStringLiteral("SVC-NEW-9")));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(console.shown(CaseListModel::ServiceIdRole),
        (QSet<QString> {services.at(0), services.at(2)}));
}

bool TestFilterViews::saveView(Console &console, const QString &name)
{
    QAction *save = console.viewAction(QStringLiteral("saveViewAction"));
    if (!save)
        return false;
    save->trigger();
    auto *dialog = console.window.findChild<QDialog *>(QStringLiteral("saveViewDialog"));
    if (!dialog || !dialog->isVisible())
        return false;
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("viewName"));
    edit->clear();
    QTest::keyClicks(edit, name);
    QTest::keyClick(edit, Qt::Key_Return);
    // The offscreen platform leaves the closed dialog active; a desktop gives the focus back.
    QApplication::setActiveWindow(&console.window);
    return !dialog->isVisible();
}

void TestFilterViews::aSavedViewComesBackWithItsShortcutAndSurvivesANewWindow()
{
    QSettings().clear();
    const QSet<QString> chosen {QStringLiteral("InProgress"), QStringLiteral("PendingCustomer")};
    QString firstService;
    {
        Console console(m_server->graphqlUrl(), m_server->tokenUrl(), nextDatabase());
        QVERIFY(console.startAndPoll());
        firstService = console.session.cases()->serviceIds().constFirst();
        console.button("statusFilter")->setChosen({chosen.cbegin(), chosen.cend()});
        console.button("serviceFilter")->setChosen({firstService});
        console.window.caseView()->sortByColumn(CaseListModel::PriorityColumn, Qt::AscendingOrder);
        const int rows = console.window.caseView()->model()->rowCount();
        QVERIFY(rows > 0);
        QVERIFY(saveView(console, QStringLiteral("Busy lines")));
        QAction *first = console.viewAction(QStringLiteral("savedViewAction1"));
        QVERIFY(first);
        QCOMPARE(first->text(), QStringLiteral("Busy lines"));
        QCOMPARE(first->shortcut(), QKeySequence(Qt::ALT | Qt::Key_1));

        // Other filters, another order; "All cases" (Alt+0) clears every filter.
        console.button("statusFilter")->setChosen({QStringLiteral("New")});
        console.window.findChild<QCheckBox *>(QStringLiteral("unreadOnly"))->setChecked(true);
        console.window.caseView()->sortByColumn(CaseListModel::IdColumn, Qt::DescendingOrder);
        QTest::keyClick(&console.window, Qt::Key_0, Qt::AltModifier);
        QTRY_COMPARE(console.button("statusFilter")->text(), QStringLiteral("All statuses"));
        QVERIFY(!console.window.findChild<QCheckBox *>(QStringLiteral("unreadOnly"))->isChecked());
        QCOMPARE(
            console.window.caseView()->model()->rowCount(), console.session.cases()->rowCount());

        console.button("statusFilter")->setChosen({QStringLiteral("New")});
        QTest::keyClick(&console.window, Qt::Key_1, Qt::AltModifier);
        QCOMPARE(console.shown(CaseListModel::StatusRole).subtract(chosen).size(), 0);
        QCOMPARE(console.shown(CaseListModel::ServiceIdRole), QSet<QString> {firstService});
        QCOMPARE(console.window.caseView()->model()->rowCount(), rows);
        QTRY_COMPARE(console.button("statusFilter")->text(),
            QStringLiteral("In progress, Pending customer"));
        QHeaderView *header = console.window.caseView()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::PriorityColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);

        if (const QString shot = screenshotPath(QStringLiteral("view-menu.png")); !shot.isEmpty()) {
            QVERIFY(saveView(console, QStringLiteral("Night shift")));
            auto *menu = console.window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
            menu->popup(console.window.mapToGlobal(QPoint(40, 30)));
            QTRY_VERIFY(menu->isVisible());
            QPixmap window = console.window.grab();
            QPainter painter(&window);
            painter.drawPixmap(console.window.mapFromGlobal(menu->pos()), menu->grab());
            painter.end();
            QVERIFY(window.save(shot));
            menu->close();
        }
        console.window.close();
    }
    // A new window knows the view and its shortcut.
    Console again(m_server->graphqlUrl(), m_server->tokenUrl(), nextDatabase());
    QVERIFY(again.startAndPoll());
    QAction *first = again.viewAction(QStringLiteral("savedViewAction1"));
    QVERIFY(first);
    QCOMPARE(first->text(), QStringLiteral("Busy lines"));
    QTest::keyClick(&again.window, Qt::Key_0, Qt::AltModifier);
    QTRY_COMPARE(again.button("statusFilter")->text(), QStringLiteral("All statuses"));
    QTest::keyClick(&again.window, Qt::Key_1, Qt::AltModifier);
    QTRY_COMPARE(
        again.button("statusFilter")->text(), QStringLiteral("In progress, Pending customer"));
    QCOMPARE(again.shown(CaseListModel::ServiceIdRole), QSet<QString> {firstService});
}

void TestFilterViews::badViewNamesAreRefusedAndATakenOneIsReplacedOnlyWhenConfirmed()
{
    QSettings().clear();
    Console console(m_server->graphqlUrl(), m_server->tokenUrl(), nextDatabase());
    QVERIFY(console.startAndPoll());
    QVERIFY(saveView(console, QStringLiteral("Pending")));
    console.button("statusFilter")->setChosen({QStringLiteral("PendingCustomer")});

    console.viewAction(QStringLiteral("saveViewAction"))->trigger();
    auto *dialog = console.window.findChild<QDialog *>(QStringLiteral("saveViewDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("viewName"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("viewNameProblem"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY(!problem->text().isEmpty());
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(dialog->isVisible()); // refused
    // A taken name: the dialog says it replaces the view, and the button says so too.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("pending"));
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->text().contains(QLatin1String("Pending")));
    QCOMPARE(ok->text(), QStringLiteral("&Replace"));
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QAction *first = console.viewAction(QStringLiteral("savedViewAction1"));
    first->trigger();
    QTRY_COMPARE(
        console.button("statusFilter")->text(), QStringLiteral("All statuses")); // unchanged

    console.button("statusFilter")->setChosen({QStringLiteral("PendingCustomer")});
    QVERIFY(saveView(console, QStringLiteral("pending")));
    QCOMPARE(
        console.viewAction(QStringLiteral("savedViewAction1"))->text(), QStringLiteral("pending"));
    QVERIFY(!console.viewAction(QStringLiteral("savedViewAction2")));
    console.button("statusFilter")->setChosen({});
    console.viewAction(QStringLiteral("savedViewAction1"))->trigger();
    QTRY_COMPARE(console.button("statusFilter")->text(), QStringLiteral("Pending customer"));
}

void TestFilterViews::viewsAreRenamedAndDeletedInManageViews()
{
    QSettings().clear();
    Console console(m_server->graphqlUrl(), m_server->tokenUrl(), nextDatabase());
    QVERIFY(console.startAndPoll());
    QVERIFY(saveView(console, QStringLiteral("One")));
    QVERIFY(saveView(console, QStringLiteral("Two")));
    console.viewAction(QStringLiteral("manageViewsAction"))->trigger();
    auto *dialog = console.window.findChild<QDialog *>(QStringLiteral("manageViewsDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *list = dialog->findChild<QListWidget *>();
    QCOMPARE(list->count(), 2);
    list->setCurrentRow(0);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("viewName"));
    auto *rename = dialog->findChild<QPushButton *>(QStringLiteral("renameViewButton"));
    auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("deleteViewButton"));
    QCOMPARE(name->text(), QStringLiteral("One"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("two"));
    QVERIFY(!rename->isEnabled()); // taken
    name->clear();
    QTest::keyClicks(name, QStringLiteral("First"));
    QVERIFY(rename->isEnabled());
    QTest::mouseClick(rename, Qt::LeftButton);
    QCOMPARE(
        console.viewAction(QStringLiteral("savedViewAction1"))->text(), QStringLiteral("First"));
    list->setCurrentRow(1);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    QVERIFY(!console.viewAction(QStringLiteral("savedViewAction2")));
    dialog->close();
}

QTEST_MAIN(TestFilterViews)
#include "tst_filterviews.moc"
