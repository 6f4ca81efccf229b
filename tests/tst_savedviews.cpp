// Saved views (issue 13): named filter sets, kept in the settings, without widgets.

#include "models/SettingsKeys.h"
#include "session/SavedViews.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

SavedView urgent()
{
    SavedView view;
    view.name = QStringLiteral("Urgent & mine");
    view.statuses = {QStringLiteral("In Progress"), QStringLiteral("Pending Customer")};
    view.serviceIds = {QStringLiteral("SVC-1001"), QStringLiteral("SVC-1002")};
    view.types = {QStringLiteral("Incident")};
    view.priorities = {QStringLiteral("P1"), QStringLiteral("P2")};
    view.text = QStringLiteral("fibre");
    view.unreadOnly = true;
    view.sortColumn = 3;
    view.sortOrder = Qt::AscendingOrder;
    return view;
}

} // namespace

class TestSavedViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void badNamesAreRefusedInWords_data();
    void badNamesAreRefusedInWords();
    void savedViewsSurviveANewInstance();
    void savingUnderATakenNameReplacesInPlace();
    void renameAndRemove();
    void aViewRoundTripsThroughJson();
};

void TestSavedViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSavedViews::init()
{
    QSettings().clear();
}

void TestSavedViews::badNamesAreRefusedInWords_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("refused");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("blank") << QStringLiteral("   ") << true;
    QTest::newRow("too long") << QString(81, u'x') << true;
    QTest::newRow("line break") << QStringLiteral("a\nb") << true;
    QTest::newRow("fine") << QStringLiteral("P1 open") << false;
    QTest::newRow("ampersand") << QStringLiteral("Paris & Lyon") << false;
}

void TestSavedViews::badNamesAreRefusedInWords()
{
    QFETCH(QString, name);
    QFETCH(bool, refused);
    QCOMPARE(!SavedViews::nameProblem(name).isEmpty(), refused);
    SavedViews views;
    SavedView view = urgent();
    view.name = name;
    QCOMPARE(views.save(view), !refused);
    QCOMPARE(views.views().size(), refused ? 0 : 1);
}

void TestSavedViews::savedViewsSurviveANewInstance()
{
    {
        SavedViews views;
        QSignalSpy changed(&views, &SavedViews::changed);
        QVERIFY(views.save(urgent()));
        SavedView second;
        second.name = QStringLiteral("Pending");
        second.statuses = {QStringLiteral("Pending Customer")};
        QVERIFY(views.save(second));
        QCOMPARE(changed.count(), 2);
    }
    QVERIFY(QSettings().contains(SettingsKeys::SavedViews));
    SavedViews again;
    QCOMPARE(again.views().size(), 2);
    QCOMPARE(again.views().at(0), urgent());
    QCOMPARE(again.views().at(1).name, QStringLiteral("Pending"));
    QVERIFY(again.find(QStringLiteral("pending")) == 1); // names compare case-insensitively
}

void TestSavedViews::savingUnderATakenNameReplacesInPlace()
{
    SavedViews views;
    QVERIFY(views.save(urgent()));
    SavedView other;
    other.name = QStringLiteral("Other");
    QVERIFY(views.save(other));
    SavedView replacement = urgent();
    replacement.name = QStringLiteral("  urgent & MINE ");
    replacement.unreadOnly = false;
    QVERIFY(views.contains(replacement.name));
    QVERIFY(views.save(replacement));
    QCOMPARE(views.views().size(), 2);
    QCOMPARE(views.views().at(0).name, QStringLiteral("urgent & MINE")); // trimmed, in place
    QCOMPARE(views.views().at(0).unreadOnly, false);
    QCOMPARE(SavedViews().views().at(0).unreadOnly, false);
}

void TestSavedViews::renameAndRemove()
{
    SavedViews views;
    QVERIFY(views.save(urgent()));
    SavedView other;
    other.name = QStringLiteral("Other");
    QVERIFY(views.save(other));
    QVERIFY(!views.rename(QStringLiteral("Other"), QStringLiteral("URGENT & MINE"))); // taken
    QVERIFY(!views.rename(QStringLiteral("Other"), QStringLiteral(" "))); // no name
    QVERIFY(!views.rename(QStringLiteral("Missing"), QStringLiteral("New")));
    QVERIFY(views.rename(QStringLiteral("Other"), QStringLiteral("Night shift")));
    QVERIFY(views.rename(QStringLiteral("Night shift"), QStringLiteral("night SHIFT"))); // its own
    QCOMPARE(views.views().at(1).name, QStringLiteral("night SHIFT"));
    QVERIFY(views.remove(QStringLiteral("urgent & mine")));
    QVERIFY(!views.remove(QStringLiteral("urgent & mine")));
    QCOMPARE(views.views().size(), 1);
    QCOMPARE(SavedViews().views().size(), 1);
    QCOMPARE(SavedViews().views().at(0).name, QStringLiteral("night SHIFT"));
}

void TestSavedViews::aViewRoundTripsThroughJson()
{
    QCOMPARE(SavedView::fromJson(urgent().toJson()), urgent());
    SavedView open;
    open.name = QStringLiteral("Open");
    open.openOnly = true;
    QCOMPARE(SavedView::fromJson(open.toJson()), open);
    QCOMPARE(SavedView::fromJson(open.toJson()).sortColumn, -1); // the list's own order
}

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
