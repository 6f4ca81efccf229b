// How the console looks, as the engineer chooses it: the case list's columns (the header's
// context menu, View > Columns…), compact rows (View > Compact rows), and the theme (Settings >
// Appearance > Theme: System, Light, Dark), each kept for the next window and the next start.
// The real session against the sandbox server, on the offscreen platform.

#include "SandboxServer.h"
#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "app/Console.h"
#include "models/CaseFilterProxyModel.h"
#include "models/CaseListModel.h"
#include "models/SettingsKeys.h"
#include "session/CaseSession.h"
#include "session/Credentials.h"
#include "session/Profiles.h"
#include "store/ProfileStore.h"
#include "store/StoreThread.h"
#include "ui/CaseRowDelegate.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/Theme.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextFrame>

#include <memory>

namespace {

struct Window
{
    Window(const QUrl &graphql, const QUrl &token, const QString &databasePath)
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

    bool start(const QSize &size = QSize(1280, 760))
    {
        window.resize(size);
        window.show();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        QSignalSpy succeeded(&poller, &CasePoller::pollSucceeded);
        session.start();
        return succeeded.wait(15'000)
            && QTest::qWaitFor([this] { return session.filtered()->rowCount() >= 40; });
    }

    ProviderConnection connection;
    StoreThread store;
    CasePoller poller;
    Outbox outbox;
    CaseSession session;
    MainWindow window;
};

QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR");
    return dir.isEmpty() ? QString() : dir + u'/' + name;
}

QAction *actionNamed(const QString &text, QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

// The backgrounds of the thread's parts (its messages' tables), beside its base.
QList<QColor> threadBackgrounds(QTextBrowser *thread)
{
    QList<QColor> colors {thread->palette().color(QPalette::Base)};
    for (QTextFrame *frame : thread->document()->rootFrame()->childFrames()) {
        const QBrush background = frame->frameFormat().background();
        if (background.style() != Qt::NoBrush)
            colors << background.color();
    }
    return colors;
}

// Every colour the thread's text is written in (its palette's, and the HTML's own).
QList<QColor> threadTextColors(QTextBrowser *thread)
{
    QList<QColor> colors {thread->palette().color(QPalette::Text)};
    for (QTextBlock block = thread->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.hasProperty(QTextFormat::ForegroundBrush) && !format.isAnchor())
                colors << format.foreground().color();
        }
    }
    return colors;
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headerMenuHidesAColumnAndANewWindowKeepsIt();
    void columnsDialogShowsItAgain();
    void defaultAtNarrowWidthsDoesNotScrollSideways();
    void compactRowsAreSmallerAndTheTextFits();
    void darkThemeIsDarkAndReadable();
    void settingsThemeAppliesAtOnceAndAtStart();

private:
    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_data;
    int m_databases = 0;
    QPalette m_systemPalette;
    QString m_systemStyle;
    QString database() { return m_data.filePath(QStringLiteral("%1.db").arg(++m_databases)); }
};

void TestAppearance::initTestCase()
{
    QVERIFY(m_data.isValid());
    QStandardPaths::setTestModeEnabled(true);
    m_systemPalette = QApplication::palette();
    m_systemStyle = QApplication::style()->name();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestAppearance::init()
{
    QSettings().clear();
}

void TestAppearance::cleanup()
{
    Theme::apply(Theme::Choice::System);
}

void TestAppearance::headerMenuHidesAColumnAndANewWindowKeepsIt()
{
    Window console(m_server->graphqlUrl(), m_server->tokenUrl(), database());
    QVERIFY(console.start());
    CaseListView *view = console.window.caseView();
    QHeaderView *header = view->horizontalHeader();
    QVERIFY(!view->isColumnHidden(CaseListModel::PriorityColumn));
    const int threadBefore = console.window.threadView()->width();

    // A right click on the header shows every column with a check box.
    const QPoint onPriority(
        header->sectionViewportPosition(CaseListModel::PriorityColumn) + 5, header->height() / 2);
    QContextMenuEvent click(QContextMenuEvent::Mouse, onPriority, header->mapToGlobal(onPriority));
    QApplication::sendEvent(header->viewport(), &click);
    QMenu *menu = nullptr;
    QTRY_VERIFY(
        (menu = view->findChild<QMenu *>(QStringLiteral("caseColumnsMenu"))) && menu->isVisible());
    QAction *id = actionNamed(QStringLiteral("Case"), menu);
    QAction *priority = actionNamed(QStringLiteral("Priority"), menu);
    QAction *site = actionNamed(QStringLiteral("Site"), menu);
    QVERIFY(id && priority && site);
    QVERIFY(id->isCheckable() && id->isChecked() && !id->isEnabled()); // the id stays
    QVERIFY(priority->isChecked());
    QVERIFY(!site->isChecked()); // hidden by default
    const QString shot = screenshotPath(QStringLiteral("column-chooser.png"));
    if (!shot.isEmpty()) {
        QPixmap pixmap = console.window.grab();
        QPainter painter(&pixmap);
        painter.drawPixmap(console.window.mapFromGlobal(menu->pos()), menu->grab());
        painter.end();
        QVERIFY(pixmap.save(shot));
    }
    const int widthBefore = view->widthThrough(view->lastShownColumn());
    priority->trigger();
    QVERIFY(view->isColumnHidden(CaseListModel::PriorityColumn));
    menu->close();
    // The list's width logic leaves it out, and the thread gets the room.
    QVERIFY(view->widthThrough(view->lastShownColumn()) < widthBefore);
    QTRY_VERIFY2(console.window.threadView()->width() > threadBefore,
        qPrintable(QStringLiteral("the thread stays %1 px wide")
                       .arg(console.window.threadView()->width())));

    // Kept at once: a new window (another start) shows the same columns.
    Window next(m_server->graphqlUrl(), m_server->tokenUrl(), database());
    QVERIFY(next.window.caseView()->isColumnHidden(CaseListModel::PriorityColumn));
    QVERIFY(!next.window.caseView()->isColumnHidden(CaseListModel::IdColumn));
    QVERIFY(!next.window.caseView()->isColumnHidden(CaseListModel::StatusColumn));
    QVERIFY(next.window.caseView()->isColumnHidden(CaseListModel::SiteColumn));
}

void TestAppearance::columnsDialogShowsItAgain()
{
    Window console(m_server->graphqlUrl(), m_server->tokenUrl(), database());
    CaseListView *view = console.window.caseView();
    view->setColumnShown(CaseListModel::AgeColumn, false);
    view->setColumnShown(CaseListModel::IdColumn, false); // refused
    QVERIFY(!view->isColumnHidden(CaseListModel::IdColumn));
    console.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console.window));

    auto *columns = console.window.findChild<QAction *>(QStringLiteral("caseColumnsAction"));
    QVERIFY(columns);
    QVERIFY(
        console.window.findChild<QMenu *>(QStringLiteral("viewMenu"))->actions().contains(columns));
    columns->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = console.window.findChild<QDialog *>(QStringLiteral("caseColumnsDialog")))
        && dialog->isVisible());
    auto *age = dialog->findChild<QCheckBox *>(
        QStringLiteral("column%1").arg(int(CaseListModel::AgeColumn)));
    auto *id = dialog->findChild<QCheckBox *>(
        QStringLiteral("column%1").arg(int(CaseListModel::IdColumn)));
    QVERIFY(age && id);
    QVERIFY(!age->isChecked());
    QVERIFY(id->isChecked() && !id->isEnabled());
    age->click();
    QVERIFY(!view->isColumnHidden(CaseListModel::AgeColumn));
    QVERIFY(view->columnWidth(CaseListModel::AgeColumn) > 0);
    dialog->close();

    Window next(m_server->graphqlUrl(), m_server->tokenUrl(), database());
    QVERIFY(!next.window.caseView()->isColumnHidden(CaseListModel::AgeColumn));
}

void TestAppearance::defaultAtNarrowWidthsDoesNotScrollSideways()
{
    Window console(m_server->graphqlUrl(), m_server->tokenUrl(), database());
    QVERIFY(console.start(QSize(1024, 768)));
    CaseListView *view = console.window.caseView();
    QHeaderView *header = view->horizontalHeader();
    const int end = header->sectionViewportPosition(view->lastShownColumn()) + header->offset()
        + header->sectionSize(view->lastShownColumn());
    QVERIFY2(end <= view->viewport()->width(),
        qPrintable(QStringLiteral("the columns end at %1 px, the list shows %2")
                       .arg(end)
                       .arg(view->viewport()->width())));
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    // What matters stays.
    for (int column : {int(CaseListModel::IdColumn), int(CaseListModel::SubjectColumn),
             int(CaseListModel::PriorityColumn), int(CaseListModel::StatusColumn),
             int(CaseListModel::LastModifiedColumn)})
        QVERIFY2(!view->isColumnHidden(column), qPrintable(QString::number(column)));
}

void TestAppearance::compactRowsAreSmallerAndTheTextFits()
{
    Window console(m_server->graphqlUrl(), m_server->tokenUrl(), database());
    QVERIFY(console.start());
    CaseListView *view = console.window.caseView();
    const QModelIndex index = view->model()->index(0, CaseListModel::StatusColumn);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    QAbstractItemDelegate *delegate = view->itemDelegate();
    const int comfortable = delegate->sizeHint(option, index).height();
    const int comfortableRow = view->rowHeight(0);

    auto *compact = console.window.findChild<QAction *>(QStringLiteral("compactRowsAction"));
    QVERIFY(compact && compact->isCheckable() && !compact->isChecked());
    QVERIFY(
        console.window.findChild<QMenu *>(QStringLiteral("viewMenu"))->actions().contains(compact));
    compact->trigger();
    QVERIFY(compact->isChecked());
    const int small = delegate->sizeHint(option, index).height();
    QVERIFY2(
        small < comfortable, qPrintable(QStringLiteral("%1 / %2").arg(small).arg(comfortable)));
    QVERIFY(view->rowHeight(0) < comfortableRow);
    // Nothing cut: the text (bold, as unread rows are) and the marks fit the row.
    QFont bold = view->font();
    bold.setBold(true);
    QVERIFY(view->rowHeight(0) >= QFontMetrics(bold).height());
    QVERIFY(view->rowHeight(0) >= QFontMetrics(view->font()).height());
    QVERIFY(view->rowHeight(0) >= 12 + 2);

    Window next(m_server->graphqlUrl(), m_server->tokenUrl(), database());
    QVERIFY(next.window.caseView()->compactRows());
    QCOMPARE(next.window.caseView()->verticalHeader()->defaultSectionSize(), view->rowHeight(0));
    compact->trigger();
    QVERIFY(!view->compactRows());
    QCOMPARE(view->rowHeight(0), comfortableRow);
}

void TestAppearance::darkThemeIsDarkAndReadable()
{
    Window console(m_server->graphqlUrl(), m_server->tokenUrl(), database());
    QVERIFY(console.start());
    CaseListView *view = console.window.caseView();
    QVERIFY(view->selectLongestThread());
    QTextBrowser *thread = console.window.threadView();
    QTRY_VERIFY(thread->document()->rootFrame()->childFrames().size() > 3);
    // A new message, to see the badge.
    const QString openCase = console.session.openCaseId();

    Theme::apply(Theme::Choice::Dark);
    QTRY_VERIFY(console.window.palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(view->palette().color(QPalette::Base).lightness() < 60);
    const auto readable = [](const QPalette &palette, QPalette::ColorRole text,
                              QPalette::ColorRole base, QPalette::ColorGroup group, double ratio) {
        return Theme::contrastRatio(palette.color(group, text), palette.color(group, base))
            >= ratio;
    };
    QVERIFY(readable(view->palette(), QPalette::Text, QPalette::Base, QPalette::Active, 7));
    QVERIFY(
        readable(view->palette(), QPalette::Text, QPalette::AlternateBase, QPalette::Active, 7));
    QVERIFY(readable(
        view->palette(), QPalette::HighlightedText, QPalette::Highlight, QPalette::Active, 4.5));
    QVERIFY(readable(
        view->palette(), QPalette::ToolTipText, QPalette::ToolTipBase, QPalette::Active, 7));
    QVERIFY(readable(view->palette(), QPalette::Link, QPalette::Base, QPalette::Active, 4.5));
    // Disabled text is dimmer, but there.
    QVERIFY(readable(view->palette(), QPalette::Text, QPalette::Base, QPalette::Disabled, 2.5));
    QVERIFY(Theme::contrastRatio(view->palette().color(QPalette::Disabled, QPalette::Text),
                view->palette().color(QPalette::Base))
        < Theme::contrastRatio(
            view->palette().color(QPalette::Text), view->palette().color(QPalette::Base)));

    // The thread, rendered again in the dark: every text colour reads on every background.
    QTRY_VERIFY(
        threadBackgrounds(thread).size() > 2 && threadBackgrounds(thread).at(1).lightness() < 100);
    QCOMPARE(console.session.openCaseId(), openCase);
    QStringList poor;
    for (const QColor &text : threadTextColors(thread)) {
        for (const QColor &background : threadBackgrounds(thread)) {
            if (Theme::contrastRatio(text, background) < 4.5)
                poor << QStringLiteral("%1 on %2").arg(text.name(), background.name());
        }
    }
    poor.removeDuplicates();
    QVERIFY2(poor.isEmpty(), qPrintable(poor.join(QStringLiteral(", "))));
    const QString shot = screenshotPath(QStringLiteral("main-window-dark.png"));
    if (!shot.isEmpty())
        QVERIFY(console.window.grab().save(shot));

    // Light: light, whatever the system's.
    Theme::apply(Theme::Choice::Light);
    QTRY_VERIFY(console.window.palette().color(QPalette::Window).lightness() > 180);
    QVERIFY(readable(view->palette(), QPalette::Text, QPalette::Base, QPalette::Active, 7));
    QTRY_VERIFY(
        threadBackgrounds(thread).size() > 2 && threadBackgrounds(thread).at(1).lightness() > 200);

    // System: the palette and style the application started with.
    Theme::apply(Theme::Choice::System);
    QCOMPARE(QApplication::style()->name(), m_systemStyle);
    QCOMPARE(
        QApplication::palette().color(QPalette::Window), m_systemPalette.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::Base), m_systemPalette.color(QPalette::Base));
    QCOMPARE(
        console.window.palette().color(QPalette::Window), m_systemPalette.color(QPalette::Window));
}

void TestAppearance::settingsThemeAppliesAtOnceAndAtStart()
{
    QSettings profileSettings(
        m_data.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    ProfileStore store(&profileSettings);
    Profiles profiles(&store);
    Credentials credentials(nullptr);
    {
        SettingsDialog dialog(&profiles, &credentials);
        dialog.show();
        auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"));
        QVERIFY(theme);
        QCOMPARE(theme->count(), 3);
        QCOMPARE(theme->currentText(), QStringLiteral("System"));
        theme->setCurrentIndex(theme->findText(QStringLiteral("Dark")));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QTRY_VERIFY(dialog.palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(QSettings().value(SettingsKeys::Theme).toString(), QStringLiteral("dark"));
    }
    // At start: the console (app/) applies the saved theme before its first window.
    Theme::apply(Theme::Choice::System);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 80);
    {
        Console console({});
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(Theme::current(), Theme::Choice::Dark);
    }
    {
        SettingsDialog dialog(&profiles, &credentials);
        auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"));
        QCOMPARE(theme->currentText(), QStringLiteral("Dark"));
        theme->setCurrentIndex(theme->findText(QStringLiteral("System")));
        QCOMPARE(QApplication::palette().color(QPalette::Window),
            m_systemPalette.color(QPalette::Window));
        QCOMPARE(QSettings().value(SettingsKeys::Theme).toString(), QStringLiteral("system"));
    }
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
