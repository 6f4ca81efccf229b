// Writing to a case from the main window, where the case's state matters (issue 13): a reply
// to a closed case is warned about before it is written, and its refusal, which sending again
// cannot change, offers no "Send again" and is not counted as waiting to be sent; a reply to a
// resolved case says that it may reopen it; the reference dialog says why Set is disabled.
// Against the real sandbox, once for each way it may refuse a reply to a closed case (the
// provider's article leaves that open: sandbox/README.md, --closed-reply).

#include "SandboxServer.h"
#include "api/CasePoller.h"
#include "api/Outbox.h"
#include "api/ProviderConnection.h"
#include "models/CaseListModel.h"
#include "models/OutboxItem.h"
#include "session/CaseSession.h"
#include "store/SqliteStore.h"
#include "store/StoreThread.h"
#include "ui/MainWindow.h"
#include "ui/ReplyDialog.h"
#include "ui/ThreadView.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <memory>

namespace {

struct Console
{
    Console(const SandboxServer &server, const QString &databasePath)
        : store(std::make_unique<SqliteStore>(databasePath))
        , poller(connection.api())
        , outbox(connection.api(), &store)
        , session(&store, &poller, &outbox, connection.api())
        , window(&session)
    {
        connection.configure(server.demoProfile());
        connection.setClientSecret(SandboxServer::demoSecret());
        connection.setTimeout(15'000);
        poller.setInterval(3600);
    }

    // The first case whose status is `status` (the sandbox's words).
    QString caseWithStatus(const QString &status) const
    {
        for (int row = 0; row < session.cases()->rowCount(); ++row) {
            if (session.cases()->caseAt(row)->status == status)
                return session.cases()->caseAt(row)->id;
        }
        return {};
    }

    ProviderConnection connection;
    StoreThread store;
    CasePoller poller;
    Outbox outbox;
    CaseSession session;
    MainWindow window;
};

// The label of the reply dialog that tells about the case's state.
QLabel *caseStateLabel(ReplyDialog *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("caseStateLabel"));
}

} // namespace

class TestCaseWriting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aReplyToAClosedCaseIsWarnedAboutAndItsRefusalIsFinal_data();
    void aReplyToAClosedCaseIsWarnedAboutAndItsRefusalIsFinal();
    void aRefusedReplyToAClosedCaseIsNotOfferedAgain_data();
    void aRefusedReplyToAClosedCaseIsNotOfferedAgain();
    void aReplyToAResolvedCaseSaysItMayReopenIt();
    void theReferenceDialogSaysWhySetIsDisabled();

private:
    QTemporaryDir m_data;
};

void TestCaseWriting::initTestCase()
{
    QVERIFY(m_data.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestCaseWriting::aReplyToAClosedCaseIsWarnedAboutAndItsRefusalIsFinal_data()
{
    QTest::addColumn<QString>("refusal");
    QTest::newRow("CASE_CLOSED") << QStringLiteral("code");
    QTest::newRow("An error has occurred") << QStringLiteral("generic");
    QTest::newRow("false") << QStringLiteral("false");
}

void TestCaseWriting::aReplyToAClosedCaseIsWarnedAboutAndItsRefusalIsFinal()
{
    QFETCH(QString, refusal);
    SandboxServer server({QStringLiteral("--closed-reply"), refusal});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Console console(server, m_data.filePath(refusal + QStringLiteral(".db")));
    console.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console.window));
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(console.session.cases()->rowCount() >= 40);
    const QString closed = console.caseWithStatus(QStringLiteral("Closed"));
    QVERIFY(!closed.isEmpty());
    console.window.selectCase(closed);
    QTRY_COMPARE(console.window.threadView()->caseId(), closed);

    // Warned before writing a word.
    console.window.replyToOpenCase();
    ReplyDialog *dialog = console.window.replyDialog();
    QVERIFY(dialog && dialog->isVisible());
    QLabel *warning = caseStateLabel(dialog);
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("closed")), qPrintable(warning->text()));
    QVERIFY(warning->text().contains(QLatin1String("new case")));
    if (const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/reply-closed.png")));

    // Sent anyway: refused, for good.
    auto *message = dialog->findChild<QPlainTextEdit *>(QStringLiteral("messageEdit"));
    message->setFocus();
    QTest::keyClicks(message, QStringLiteral("Still seeing drops at night."));
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!console.session.outboxItemsFor(closed).isEmpty()
            && console.session.outboxItemsFor(closed).first().state == OutboxItem::State::Failed,
        15'000);
    ThreadView *view = console.window.threadView();
    // Nothing to send again; it can go back to the draft; it is not waiting to be sent.
    QTRY_VERIFY(!view->document()->toHtml().contains(QLatin1String("caseconsole:retry")));
    QVERIFY(view->document()->toHtml().contains(QLatin1String("caseconsole:discard")));
    QVERIFY2(view->toPlainText().contains(QLatin1String("takes no replies")),
        qPrintable(view->toPlainText()));
    QCOMPARE(console.session.unsentCount(), 0);
    if (const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(console.window.grab().save(
            dir + QStringLiteral("/reply-refused-") + refusal + QStringLiteral(".png")));
}

void TestCaseWriting::aRefusedReplyToAClosedCaseIsNotOfferedAgain_data()
{
    aReplyToAClosedCaseIsWarnedAboutAndItsRefusalIsFinal_data();
}

// The refusal alone, whatever the reply form says: sent as casectl or an older draft would.
void TestCaseWriting::aRefusedReplyToAClosedCaseIsNotOfferedAgain()
{
    QFETCH(QString, refusal);
    SandboxServer server({QStringLiteral("--closed-reply"), refusal});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Console console(
        server, m_data.filePath(QStringLiteral("refused-") + refusal + QStringLiteral(".db")));
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(console.session.cases()->rowCount() >= 40);
    const QString closed = console.caseWithStatus(QStringLiteral("Closed"));
    QVERIFY(!closed.isEmpty());
    console.window.selectCase(closed);
    QTRY_COMPARE(console.window.threadView()->caseId(), closed);
    console.session.submitReply(closed, QStringLiteral("Any news?"), QStringLiteral("Ada"));
    QTRY_VERIFY_WITH_TIMEOUT(!console.session.outboxItemsFor(closed).isEmpty()
            && console.session.outboxItemsFor(closed).first().state == OutboxItem::State::Failed,
        15'000);
    ThreadView *view = console.window.threadView();
    QTRY_VERIFY(!view->document()->toHtml().contains(QLatin1String("caseconsole:retry")));
    QVERIFY(view->document()->toHtml().contains(QLatin1String("caseconsole:discard")));
    QCOMPARE(console.session.unsentCount(), 0);

    // The thread's links are in its menu too (Tab does not walk through them): Shift+F10 in the
    // thread offers the reply back to the draft, and nothing to send again.
    console.window.show();
    QApplication::setActiveWindow(&console.window);
    QVERIFY(QTest::qWaitForWindowActive(&console.window));
    view->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY2(menu, "Shift+F10 opened no menu in the thread");
    QAction *back = menu->findChild<QAction *>(QStringLiteral("backToDraftAction"));
    QVERIFY(back);
    QVERIFY2(back->text().contains(QLatin1String("Any news?")), qPrintable(back->text()));
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("sendAgainAction")));
    back->trigger();
    menu->close();
    QTRY_VERIFY(console.session.outboxItemsFor(closed).isEmpty());
}

void TestCaseWriting::aReplyToAResolvedCaseSaysItMayReopenIt()
{
    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Console console(server, m_data.filePath(QStringLiteral("resolved.db")));
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(console.session.cases()->rowCount() >= 40);
    const QString resolved = console.caseWithStatus(QStringLiteral("Resolved"));
    const QString open = console.caseWithStatus(QStringLiteral("InProgress"));
    QVERIFY(!resolved.isEmpty() && !open.isEmpty());

    console.window.selectCase(resolved);
    QTRY_COMPARE(console.window.threadView()->caseId(), resolved);
    console.window.replyToOpenCase();
    ReplyDialog *dialog = console.window.replyDialog();
    QLabel *note = caseStateLabel(dialog);
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("reopen")), qPrintable(note->text()));
    dialog->close();

    // An open case: nothing to say.
    console.window.selectCase(open);
    QTRY_COMPARE(console.window.threadView()->caseId(), open);
    console.window.replyToOpenCase();
    QVERIFY(!caseStateLabel(dialog)->isVisible());
    dialog->close();
}

void TestCaseWriting::theReferenceDialogSaysWhySetIsDisabled()
{
    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Console console(server, m_data.filePath(QStringLiteral("reference.db")));
    console.window.show();
    QSignalSpy succeeded(&console.poller, &CasePoller::pollSucceeded);
    console.session.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_VERIFY(console.session.cases()->rowCount() >= 2);
    const QString id = console.session.cases()->caseAt(0)->id;
    console.window.selectCase(id);
    QTRY_COMPARE(console.window.threadView()->caseId(), id);

    // The dialog is modal: looked at while it runs, then closed whatever was found.
    bool looked = false;
    const auto look = [&](QDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(edit && buttons);
        QPushButton *set = buttons->button(QDialogButtonBox::Ok);
        QVERIFY(set);
        auto *why = dialog->findChild<QLabel *>(QStringLiteral("referenceProblemLabel"));
        QVERIFY2(why, "nothing says why Set is disabled");

        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("   "));
        QVERIFY(!set->isEnabled());
        QVERIFY(why->isVisible());
        QVERIFY2(!why->text().isEmpty(), "no reason given for a blank reference");
        QCOMPARE(set->toolTip(), why->text());

        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("INC0099881"));
        QVERIFY(set->isEnabled());
        QVERIFY(!why->isVisible());

        edit->setText(QString(300, u'x'));
        QVERIFY(!set->isEnabled());
        QVERIFY2(why->text().contains(QLatin1String("255")), qPrintable(why->text()));
        looked = true;
    };
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            look(dialog);
            dialog->reject();
        }
    });
    console.window.addCustomerReference();
    QVERIFY(looked);
}

QTEST_MAIN(TestCaseWriting)
#include "tst_casewriting.moc"
