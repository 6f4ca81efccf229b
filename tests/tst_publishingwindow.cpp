// What the window shows of publishing, against the real sandbox: a published case's entry in the
// repository, and why a case closed before publishing began has none. (Publishing itself, without
// widgets: tst_publishing.)

#include "PublishingFixture.h"
#include "models/CaseListModel.h"
#include "session/RepositoryBrowser.h"
#include "ui/MainWindow.h"
#include "ui/PublishAllBar.h"
#include "ui/RepositoryPanel.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

class TestPublishingWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void threadShowsWhatWasPublished();
    void theRepositoryTabSaysWhatIsOutOfDateAndPublishesAll();

private:
    std::unique_ptr<SandboxServer> m_server;
    QTemporaryDir m_data;
};

void TestPublishingWindow::initTestCase()
{
    QVERIFY(m_data.isValid());
    m_server = std::make_unique<SandboxServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestPublishingWindow::threadShowsWhatWasPublished()
{
    Publisher p(*m_server, m_data.filePath(QStringLiteral("a.db")));
    QSignalSpy succeeded(&p.poller, &CasePoller::pollSucceeded);
    p.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(p.session.cases()->rowCount() >= 40);
    QTRY_COMPARE_WITH_TIMEOUT(p.outbox.pendingCount(), 0, 30'000);
    QString open;
    QString closed;
    for (int row = 0; row < p.session.cases()->rowCount(); ++row) {
        const CaseSummary *c = p.session.cases()->caseAt(row);
        if (c->isOpen(ProviderWords()) && c->status == QLatin1String("New") && open.isEmpty())
            open = c->id;
        if (!c->isOpen(ProviderWords()) && closed.isEmpty())
            closed = c->id;
    }
    QVERIFY(!open.isEmpty() && !closed.isEmpty());
    // A status change of a published case.
    QVERIFY(!m_server
                 ->control("POST", QStringLiteral("/cases/%1/status").arg(open),
                     {{QStringLiteral("status"), QStringLiteral("PendingCustomer")}})
                 .contains(QLatin1String("error")));
    QVERIFY(p.poll());
    QTRY_COMPARE_WITH_TIMEOUT(p.outbox.pendingCount(), 0, 30'000);
    p.session.openCase(open);
    QTRY_VERIFY(p.session.publishState(open).published);
    QCOMPARE(p.session.publishState(open).status, QStringLiteral("WAITING_FOR_CUSTOMER"));

    // The window says so, and why a case closed before publishing began has no entry.
    MainWindow window(&p.session);
    window.selectCase(open);
    QTRY_VERIFY2(window.threadView()->toPlainText().contains(QLatin1String("Waiting for customer")),
        qPrintable(window.threadView()->toPlainText().left(600)));
    window.selectCase(closed);
    QTRY_VERIFY2(window.threadView()->toPlainText().contains(
                     QLatin1String("closed before publishing began")),
        qPrintable(window.threadView()->toPlainText().left(600)));
}

// Issue 13, defect 3: how many entries are out of date, and "Make all up to date" (Alt+M) in the
// Case Repository tab.
void TestPublishingWindow::theRepositoryTabSaysWhatIsOutOfDateAndPublishesAll()
{
    Publisher p(*m_server, m_data.filePath(QStringLiteral("b.db")));
    p.settings.source = QStringLiteral("case-console-tab");
    RepositorySettings off = p.settings;
    off.publish = false;
    p.session.setPublishing(&p.repository, off);
    QSignalSpy succeeded(&p.poller, &CasePoller::pollSucceeded);
    p.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(p.session.cases()->rowCount() >= 40);

    RepositoryBrowser browser(&p.repository, &p.outbox);
    RepositoryPanel panel(&browser);
    panel.setPublisher(p.session.publisher());
    panel.resize(1000, 700);
    panel.show();
    QApplication::setActiveWindow(&panel);
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    auto *bar = panel.findChild<PublishAllBar *>(QStringLiteral("publishAllBar"));
    QVERIFY(bar);
    QVERIFY(!bar->isVisible()); // not publishing

    // Turned on: the cases known before are compared, and what is missing is published.
    p.session.setPublishing(&p.repository, p.settings);
    QTRY_VERIFY(bar->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(QLatin1String("out of date")), 15'000);
    if (const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(panel.grab().save(dir + QStringLiteral("/repository-out-of-date.png")));
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(QLatin1String("all up to date")), 60'000);

    // "Publish all now" from the keyboard.
    auto *button = panel.findChild<QPushButton *>(QStringLiteral("publishAllButton"));
    QVERIFY(button && button->isEnabled());
    QSignalSpy changed(p.session.publisher(), &RepositoryPublisher::outOfDateChanged);
    QStringList texts;
    connect(p.session.publisher(), &RepositoryPublisher::outOfDateChanged, bar,
        [&texts, bar] { texts << bar->text(); });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::AltModifier);
    // (A mnemonic clicks the button a moment later, as a click would show.)
    QTRY_VERIFY(!changed.isEmpty());
    QVERIFY2(texts.first().contains(QLatin1String("Comparing")), qPrintable(texts.first()));
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(QLatin1String("all up to date")), 30'000);
    QVERIFY(button->isEnabled());
}

QTEST_MAIN(TestPublishingWindow)
#include "tst_publishingwindow.moc"
