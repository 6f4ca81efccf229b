// The main window against the real sandbox server, on the offscreen platform.

#include "SandboxServer.h"
#include "api/CasePoller.h"
#include "api/GraphQLCaseApi.h"
#include "api/GraphQLTransport.h"
#include "api/TokenProvider.h"
#include "models/CaseListModel.h"
#include "models/CaseTypeMatrix.h"
#include "ui/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsCasesAndThreadFromTheSandbox();
    void pollFailureIsShownInWords();
};

void TestMainWindow::showsCasesAndThreadFromTheSandbox()
{
    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    QNetworkAccessManager network;
    TokenProvider tokens(&network);
    tokens.setTokenUrl(server.tokenUrl());
    tokens.setClientId(QStringLiteral("demo-client"));
    tokens.setClientSecret(QStringLiteral("demo-secret"));
    GraphQLTransport transport(&network, &tokens);
    transport.setEndpoint(server.graphqlUrl());
    GraphQLCaseApi api(&transport);
    CasePoller poller(&api);
    poller.setInterval(3600);
    CaseListModel cases;
    QAbstractItemModelTester tester(&cases, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(&poller, &CasePoller::casesReceived, &cases,
        [&cases](const QList<Case> &received) { cases.upsert(received); });

    MainWindow window(&cases, &poller);
    window.setConnectionLabel(QStringLiteral("Sandbox"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSignalSpy succeeded(&poller, &CasePoller::pollSucceeded);
    poller.start();
    QVERIFY(succeeded.wait(15'000));
    QTableView *view = window.caseView();
    QVERIFY(view->model()->rowCount() >= 40);

    // Select the first row by keyboard and read its thread.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    const QModelIndex current = view->currentIndex();
    QVERIFY(current.isValid());
    const Case *c = cases.caseById(current.data(CaseListModel::CaseIdRole).toString());
    QVERIFY(c);
    const QString thread = window.threadView()->toPlainText();
    QVERIFY2(thread.contains(CaseTypeMatrix::builtIn().subjectLabel(c->subject)),
        qPrintable(thread.left(200)));
    QVERIFY(thread.contains(c->communications.constLast().message.section(u'\n', 0, 0)));

    // A provider reply arrives; F5 polls; the open thread shows it, the selection stays.
    const QJsonObject answer = server.control("POST", QStringLiteral("/cases/%1/reply").arg(c->id),
        {{QStringLiteral("message"), QStringLiteral("Engineer on site at 14:00.")}});
    QVERIFY(!answer.contains(QLatin1String("error")));
    const int rowsBefore = view->model()->rowCount();
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(succeeded.wait(15'000));
    QCOMPARE(view->model()->rowCount(), rowsBefore);
    QCOMPARE(view->currentIndex().data(CaseListModel::CaseIdRole).toString(), c->id);
    QTRY_VERIFY(
        window.threadView()->toPlainText().contains(QLatin1String("Engineer on site at 14:00.")));

    const QString label = window.statusBar()->findChildren<QLabel *>().constFirst()->text();
    QVERIFY2(label.contains(QLatin1String("Connected")), qPrintable(label));

    const QString shot = QStringLiteral(CASECONSOLE_SOURCE_DIR "/build/screenshots/mainwindow.png");
    QDir().mkpath(QFileInfo(shot).absolutePath());
    QVERIFY(window.grab().save(shot));
}

void TestMainWindow::pollFailureIsShownInWords()
{
    QNetworkAccessManager network;
    TokenProvider tokens(&network);
    tokens.setTokenUrl(SandboxServer::unreachableUrl(QStringLiteral("/oauth2/token")));
    tokens.setClientId(QStringLiteral("demo-client"));
    tokens.setClientSecret(QStringLiteral("demo-secret"));
    GraphQLTransport transport(&network, &tokens);
    transport.setEndpoint(SandboxServer::unreachableUrl(QStringLiteral("/graphql")));
    GraphQLCaseApi api(&transport);
    CasePoller poller(&api);
    CaseListModel cases;
    MainWindow window(&cases, &poller);
    window.show();
    QSignalSpy failed(&poller, &CasePoller::pollFailed);
    poller.start();
    QVERIFY(failed.wait(15'000));
    QStringList texts;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(u' ');
    QVERIFY2(all.contains(QLatin1String("Offline")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Cannot reach the server")), qPrintable(all));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
