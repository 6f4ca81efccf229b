// The create-case and reply dialogs on their own, driven like an engineer would: the form
// offers exactly the case-type matrix, refuses what the provider would refuse and says why,
// and hands over a draft with both incident dates.

#include "TestSupport.h"
#include "models/CaseTypeMatrix.h"
#include "ui/CreateCaseDialog.h"
#include "ui/ReplyDialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

QStringList itemData(QComboBox *combo)
{
    QStringList data;
    for (int i = 0; i < combo->count(); ++i)
        data << combo->itemData(i).toString();
    return data;
}

QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("CASECONSOLE_SCREENSHOT_DIR");
    return dir.isEmpty() ? QString() : dir + u'/' + name;
}

struct CreateForm
{
    explicit CreateForm(CreateCaseDialog &d)
        : dialog(d)
        , type(child<QComboBox>(&d, "typeCombo"))
        , priority(child<QComboBox>(&d, "priorityCombo"))
        , subject(child<QComboBox>(&d, "subjectCombo"))
        , service(child<QComboBox>(&d, "serviceCombo"))
        , start(child<QDateTimeEdit>(&d, "startEdit"))
        , endCheck(child<QCheckBox>(&d, "endCheck"))
        , end(child<QDateTimeEdit>(&d, "endEdit"))
        , reference(child<QLineEdit>(&d, "referenceEdit"))
        , sentBy(child<QLineEdit>(&d, "sentByEdit"))
        , message(child<QPlainTextEdit>(&d, "messageEdit"))
        , problems(child<QLabel>(&d, "problemLabel"))
        , state(child<QLabel>(&d, "stateLabel"))
        , create(child<QPushButton>(&d, "createButton"))
    { }

    void chooseType(const QString &id) { type->setCurrentIndex(type->findData(id)); }
    void choose(QComboBox *combo, const QString &id)
    {
        const int index = combo->findData(id);
        QVERIFY2(index >= 0, qPrintable(id));
        combo->setCurrentIndex(index);
    }

    CreateCaseDialog &dialog;
    QComboBox *type, *priority, *subject, *service;
    QDateTimeEdit *start;
    QCheckBox *endCheck;
    QDateTimeEdit *end;
    QLineEdit *reference, *sentBy;
    QPlainTextEdit *message;
    QLabel *problems, *state;
    QPushButton *create;
};

const QList<CreateCaseDialog::ServiceChoice> services {
    {QStringLiteral("SVC-1001"), QStringLiteral("Internet Paris — SVC-1001 (Paris HQ)")},
    {QStringLiteral("SVC-1002"), QStringLiteral("MPLS Lyon — SVC-1002 (Lyon DC)")},
};

} // namespace

class TestCaseDialogs : public QObject
{
    Q_OBJECT

private slots:
    void createOffersExactlyTheMatrix();
    void createSaysWhenTheProviderSetsThePriority();
    void switchingTypeKeepsWhatFitsAndResetsTheRest();
    void createRefusesInvalidInputAndSaysWhy();
    void ctrlReturnCreatesTheCase();
    void createSendsBothIncidentDates();
    void createShowsTheServersRefusalAndUnlocks();
    void createFindsAServiceByPartOfItsName();
    void replyOffersItsDraftAndSendsOnlyText();
    void formsRefuseWhatTheProviderWouldRefuse();
    // Issue 13, defect 9.
    void aCreatedCaseLeavesACleanForm();
    void switchingTypeSaysWhatItChanged();
    void aStartOfIncidentInTheFutureIsRefused();
    void theIncidentTimesSayTheirTimeZone();
};

void TestCaseDialogs::createOffersExactlyTheMatrix()
{
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    CreateCaseDialog dialog(matrix);
    CreateForm form(dialog);
    dialog.setServices(services);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QStringList typeIds;
    for (const auto &type : matrix.types())
        typeIds << type.id;
    QCOMPARE(itemData(form.type), typeIds);
    QVERIFY(typeIds.contains(QLatin1String("Incident")));
    QVERIFY(typeIds.contains(QLatin1String("NonIncident")));

    for (const CaseTypeMatrix::Type &type : matrix.types()) {
        form.chooseType(type.id);
        QCOMPARE(itemData(form.priority), type.priorities);
        QStringList subjectIds;
        for (const auto &s : type.subjects)
            subjectIds << s.id;
        QCOMPARE(itemData(form.subject), subjectIds);
        QCOMPARE(form.start->isVisible(), type.requiresIncidentDates);
        QCOMPARE(form.endCheck->isVisible(), type.requiresIncidentDates);
        // Every combination the form offers is one the matrix allows, and the form accepts it.
        form.service->setCurrentIndex(0);
        form.message->setPlainText(QStringLiteral("Link down since 09:10."));
        for (int p = 0; p < form.priority->count(); ++p) {
            for (int s = 0; s < form.subject->count(); ++s) {
                form.priority->setCurrentIndex(p);
                form.subject->setCurrentIndex(s);
                const CaseDraft draft = dialog.draft();
                QVERIFY(matrix.allowsPriority(type.id, draft.priority));
                QVERIFY(matrix.allowsSubject(type.id, draft.subject));
                QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u' ')));
                QVERIFY(form.create->isEnabled());
            }
        }
        if (const QString path = screenshotPath(QStringLiteral("create-%1.png").arg(type.id));
            !path.isEmpty()) {
            form.subject->setCurrentIndex(form.subject->count() - 1);
            form.reference->setText(QStringLiteral("NOC-2231"));
            form.sentBy->setText(QStringLiteral("Ada Lovelace"));
            QVERIFY(dialog.grab().save(path));
        }
    }
}

void TestCaseDialogs::createSaysWhenTheProviderSetsThePriority()
{
    const CaseTypeMatrix &matrix = CaseTypeMatrix::builtIn();
    CreateCaseDialog dialog(matrix);
    CreateForm form(dialog);
    dialog.setServices(services);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *note = child<QLabel>(&dialog, "priorityNote");
    QVERIFY(!note->isVisible());

    dialog.setProviderSetsPriority(true);
    QVERIFY(note->isVisible());
    QVERIFY2(
        note->text().contains(QLatin1String("sets the priority itself")), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QLatin1String("Requested priority")), qPrintable(note->text()));
    // The matrix still holds: a general request offers P3 to P5 only.
    form.chooseType(QStringLiteral("NonIncident"));
    QCOMPARE(itemData(form.priority), matrix.type(QStringLiteral("NonIncident"))->priorities);
    QVERIFY(!itemData(form.priority).contains(QLatin1String("P1")));

    QVERIFY2(note->text().contains(QLatin1String("first line")), qPrintable(note->text()));
    dialog.setProviderSetsPriority(true, false);
    QVERIFY2(note->text().contains(QLatin1String("not sent")), qPrintable(note->text()));

    dialog.setProviderSetsPriority(false);
    QVERIFY(!note->isVisible());
}

void TestCaseDialogs::switchingTypeKeepsWhatFitsAndResetsTheRest()
{
    CreateCaseDialog dialog(CaseTypeMatrix::builtIn());
    CreateForm form(dialog);
    form.chooseType(QStringLiteral("Incident"));
    form.choose(form.priority, QStringLiteral("P1"));
    form.choose(form.subject, QStringLiteral("ServiceDown"));

    // P1 and "Service down" do not exist for a general request: back to its default, no subject.
    form.chooseType(QStringLiteral("NonIncident"));
    QCOMPARE(form.priority->currentData().toString(), QStringLiteral("P3"));
    QCOMPARE(form.subject->currentIndex(), -1);
    QVERIFY(dialog.problems().join(u' ').contains(QLatin1String("subject")));

    // P4 exists for both: it stays.
    form.choose(form.priority, QStringLiteral("P4"));
    form.chooseType(QStringLiteral("Incident"));
    QCOMPARE(form.priority->currentData().toString(), QStringLiteral("P4"));
}

void TestCaseDialogs::createRefusesInvalidInputAndSaysWhy()
{
    CreateCaseDialog dialog(CaseTypeMatrix::builtIn());
    CreateForm form(dialog);
    dialog.setServices(services);
    dialog.setDraft({});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Empty: nothing can be created, and the form says what is missing.
    QVERIFY(!form.create->isEnabled());
    QVERIFY(form.problems->text().contains(QLatin1String("Choose a subject")));
    QVERIFY(form.problems->text().contains(QLatin1String("Choose the service")));
    QVERIFY(form.problems->text().contains(QLatin1String("Describe the problem")));

    form.chooseType(QStringLiteral("Incident"));
    form.choose(form.subject, QStringLiteral("ServiceDegradation"));
    form.message->setFocus();
    QTest::keyClicks(form.message, QStringLiteral("Packet loss of 5 % towards Frankfurt."));
    // A service that is not the account's.
    form.service->setEditText(QStringLiteral("Nonexistent line"));
    QVERIFY(!form.create->isEnabled());
    QVERIFY(form.problems->text().contains(QLatin1String("none of the account")));
    form.service->setCurrentIndex(1);

    // An end before the start.
    form.endCheck->setChecked(true);
    form.end->setDateTime(form.start->dateTime().addSecs(-3600));
    QVERIFY(!form.create->isEnabled());
    QVERIFY(form.problems->text().contains(QLatin1String("before its start")));
    form.end->setDateTime(form.start->dateTime().addSecs(1800));
    QVERIFY2(form.create->isEnabled(), qPrintable(form.problems->text()));
    QVERIFY(form.problems->text().contains(QLatin1String("Ready")));

    // A click on a disabled Create sends nothing; clearing the message disables it again.
    QSignalSpy submitted(&dialog, &CreateCaseDialog::submitted);
    form.message->clear();
    QVERIFY(!form.create->isEnabled());
    QTest::mouseClick(form.create, Qt::LeftButton);
    QCOMPARE(submitted.count(), 0);
}

// Ctrl+Return in the message creates the case, as it sends a reply (a NOC tryout pressed it
// and nothing happened).
void TestCaseDialogs::ctrlReturnCreatesTheCase()
{
    CreateCaseDialog dialog(CaseTypeMatrix::builtIn());
    CreateForm form(dialog);
    dialog.setServices(services);
    dialog.setDraft({});
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy submitted(&dialog, &CreateCaseDialog::submitted);
    form.chooseType(QStringLiteral("Incident"));
    form.choose(form.priority, QStringLiteral("P2"));
    form.choose(form.subject, QStringLiteral("ServiceDown"));
    form.service->setCurrentIndex(0);
    form.start->setDateTime(QDateTime::currentDateTime().addSecs(-600));
    form.message->setFocus();
    QTest::keyClicks(form.message, QStringLiteral("No light on the fibre."));
    QVERIFY(form.create->isEnabled());
    QTest::keyClick(form.message, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(form.message->toPlainText(), QStringLiteral("No light on the fibre."));
}

void TestCaseDialogs::createSendsBothIncidentDates()
{
    CreateCaseDialog dialog(CaseTypeMatrix::builtIn());
    CreateForm form(dialog);
    dialog.setServices(services);
    dialog.setDraft({});
    QSignalSpy submitted(&dialog, &CreateCaseDialog::submitted);
    QSignalSpy saved(&dialog, &CreateCaseDialog::draftChanged);

    form.chooseType(QStringLiteral("Incident"));
    form.choose(form.priority, QStringLiteral("P2"));
    form.choose(form.subject, QStringLiteral("ServiceDown"));
    form.service->setCurrentIndex(0);
    form.message->setPlainText(QStringLiteral("No light on the fibre since 08:55."));
    const QDateTime start = QDateTime(QDate(2026, 11, 20), QTime(8, 55));
    form.start->setDateTime(start);

    // Open-ended: the start, and an end the client sends as null.
    QVERIFY(form.create->isEnabled());
    QTest::mouseClick(form.create, Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    const CaseDraft ongoing = submitted.takeFirst().at(0).value<CaseDraft>();
    QCOMPARE(ongoing.startOfIncident.toDateTime(), start.toUTC());
    QVERIFY(!ongoing.endOfIncident.isValid());
    const QJsonObject json = ongoing.toJson();
    QVERIFY(json.contains(QLatin1String("startOfIncident")));
    QVERIFY(json.contains(QLatin1String("endOfIncident")));
    QVERIFY(json.value(QLatin1String("endOfIncident")).isNull());
    QCOMPARE(ongoing.type, QStringLiteral("Incident"));
    QCOMPARE(ongoing.priority, QStringLiteral("P2"));
    QCOMPARE(ongoing.serviceId, QStringLiteral("SVC-1001"));
    // The draft was handed over for saving at the moment of the submission.
    QVERIFY(!saved.isEmpty());
    QCOMPARE(saved.last().at(0).value<CaseDraft>(), ongoing);
    // The form is locked while the case is on its way.
    QVERIFY(!form.create->isEnabled());
    QVERIFY(!form.type->isEnabled());

    // Refused, then sent again with an end.
    OutboxItem refused = OutboxItem::create(OutboxItem::Kind::CreateCase, ongoing.toJson());
    refused.state = OutboxItem::State::Failed;
    refused.lastError = QStringLiteral("Try again later.");
    dialog.showSendState(refused);
    form.endCheck->setChecked(true);
    form.end->setDateTime(start.addSecs(2 * 3600));
    QTest::mouseClick(form.create, Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    const CaseDraft ended = submitted.takeFirst().at(0).value<CaseDraft>();
    QCOMPARE(ended.startOfIncident.toDateTime(), start.toUTC());
    QCOMPARE(ended.endOfIncident.toDateTime(), start.addSecs(2 * 3600).toUTC());

    // A general request carries no incident dates.
    dialog.showSendState(refused);
    form.chooseType(QStringLiteral("NonIncident"));
    form.choose(form.subject, QStringLiteral("ChangeRequest"));
    const CaseDraft request = dialog.draft();
    QVERIFY(!request.startOfIncident.isValid());
    QVERIFY(!request.endOfIncident.isValid());
}

void TestCaseDialogs::createShowsTheServersRefusalAndUnlocks()
{
    CreateCaseDialog dialog(CaseTypeMatrix::builtIn());
    CreateForm form(dialog);
    dialog.setServices(services);
    CaseDraft draft;
    draft.type = QStringLiteral("NonIncident");
    draft.priority = QStringLiteral("P4");
    draft.subject = QStringLiteral("InformationRequest");
    draft.serviceId = QStringLiteral("SVC-1002");
    draft.message = QStringLiteral("Please send the last invoice's usage report.");
    dialog.setDraft(draft);
    QCOMPARE(dialog.draft(), draft);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QSignalSpy submitted(&dialog, &CreateCaseDialog::submitted);
    QTest::mouseClick(form.create, Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);

    OutboxItem item = OutboxItem::create(OutboxItem::Kind::CreateCase, draft.toJson());
    item.state = OutboxItem::State::Sending;
    dialog.showSendState(item);
    QCOMPARE(dialog.pendingKey(), item.key);
    QVERIFY(form.state->text().contains(QLatin1String("Creating")));
    QVERIFY(form.message->isReadOnly());

    item.state = OutboxItem::State::Failed;
    item.lastError = QStringLiteral("The service SVC-1002 is suspended; call the provider.");
    dialog.showSendState(item);
    QVERIFY(form.state->text().contains(QLatin1String("suspended")));
    QVERIFY(form.create->isEnabled());
    QVERIFY(!form.message->isReadOnly());
    QVERIFY(dialog.pendingKey().isEmpty());
    QCOMPARE(dialog.draft(), draft); // nothing typed is lost
    if (const QString path = screenshotPath(QStringLiteral("create-refused.png")); !path.isEmpty())
        QVERIFY(dialog.grab().save(path));

    QSignalSpy created(&dialog, &CreateCaseDialog::created);
    QTest::mouseClick(form.create, Qt::LeftButton);
    item.state = OutboxItem::State::Done;
    item.resultId = QStringLiteral("CS-5000001");
    dialog.showSendState(item);
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.at(0).at(0).toString(), QStringLiteral("CS-5000001"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestCaseDialogs::createFindsAServiceByPartOfItsName()
{
    CreateCaseDialog dialog(CaseTypeMatrix::builtIn());
    CreateForm form(dialog);
    dialog.setServices(services);
    dialog.setDraft({});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    form.service->setFocus();
    form.service->lineEdit()->clear();
    QTest::keyClicks(form.service->lineEdit(), QStringLiteral("lyon"));
    QCompleter *completer = form.service->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), services.at(1).label);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(dialog.draft().serviceId, QStringLiteral("SVC-1002"));
}

void TestCaseDialogs::replyOffersItsDraftAndSendsOnlyText()
{
    ReplyDialog dialog;
    dialog.setCase(QStringLiteral("CS-4100901"), QStringLiteral("Service down"));
    QSignalSpy saved(&dialog, &ReplyDialog::draftChanged);
    QSignalSpy submitted(&dialog, &ReplyDialog::submitted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *send = child<QPushButton>(&dialog, "sendButton");
    auto *message = child<QPlainTextEdit>(&dialog, "messageEdit");
    QVERIFY(!send->isEnabled());

    message->setFocus();
    QTest::keyClicks(message, QStringLiteral("Rebooted the CPE, no change."));
    // Saved while typing (debounced), without closing.
    QTRY_VERIFY(!saved.isEmpty());
    QCOMPARE(saved.last().at(0).toString(), QStringLiteral("CS-4100901"));
    QCOMPARE(saved.last().at(1).toString(), QStringLiteral("Rebooted the CPE, no change."));

    // Closing with unsaved typing saves it at once.
    saved.clear();
    QTest::keyClicks(message, QStringLiteral(" Light levels attached."));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(1).toString(),
        QStringLiteral("Rebooted the CPE, no change. Light levels attached."));

    // Whitespace alone is not a reply; Ctrl+Return sends.
    dialog.setMessage(QStringLiteral("   "));
    dialog.show();
    QVERIFY(!send->isEnabled());
    dialog.setMessage(QStringLiteral("Please escalate."));
    QVERIFY(send->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "draftLabel")->text().contains(QLatin1String("Restored")));
    dialog.setSentBy(QStringLiteral("Ada"));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(message, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.at(0).at(1).toString(), QStringLiteral("Please escalate."));
    QCOMPARE(submitted.at(0).at(2).toString(), QStringLiteral("Ada"));
    QVERIFY(!dialog.isVisible());
}

void TestCaseDialogs::formsRefuseWhatTheProviderWouldRefuse()
{
    // The provider takes at most 32,000 characters a message and the client at most 255 for
    // "sent by": longer is not sent, and the form says why instead of letting it time out.
    const QString longest(32'000, u'x');
    const QString tooLong = longest + u'x';
    const QString name255(255, u'n');

    ReplyDialog reply;
    reply.setCase(QStringLiteral("CS-4100901"), QStringLiteral("Service down"));
    QSignalSpy submitted(&reply, &ReplyDialog::submitted);
    reply.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reply));
    auto *send = child<QPushButton>(&reply, "sendButton");
    auto *label = child<QLabel>(&reply, "draftLabel");
    auto *sentBy = child<QLineEdit>(&reply, "sentByEdit");
    child<QPlainTextEdit>(&reply, "messageEdit")->setPlainText(tooLong);
    QVERIFY(!send->isEnabled());
    QVERIFY2(label->text().contains(QLatin1String("too long")), qPrintable(label->text()));
    QVERIFY(send->toolTip().contains(QLatin1String("too long")));
    // The draft is saved as typed, and the form still says why it cannot be sent (it said
    // "Draft saved." instead, seen in the real window).
    QSignalSpy saved(&reply, &ReplyDialog::draftChanged);
    QVERIFY(saved.wait(15'000));
    QCOMPARE(saved.last().at(1).toString(), tooLong);
    QVERIFY2(label->text().contains(QLatin1String("too long")), qPrintable(label->text()));
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(submitted.count(), 0);
    child<QPlainTextEdit>(&reply, "messageEdit")->setPlainText(longest);
    QVERIFY(send->isEnabled());
    sentBy->setText(name255 + u'n');
    QVERIFY(!send->isEnabled());
    QVERIFY2(label->text().contains(QLatin1String("Sent by")), qPrintable(label->text()));
    sentBy->setText(name255);
    QVERIFY(send->isEnabled());
    // A restored draft that is too long says so, too.
    reply.setMessage(tooLong);
    QVERIFY(!send->isEnabled());
    QVERIFY2(label->text().contains(QLatin1String("too long")), qPrintable(label->text()));

    CreateCaseDialog dialog(CaseTypeMatrix::builtIn());
    CreateForm form(dialog);
    dialog.setServices(services);
    dialog.setDraft({});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    form.chooseType(QStringLiteral("NonIncident"));
    form.choose(form.subject, QStringLiteral("Other"));
    form.service->setCurrentIndex(1);
    form.message->setPlainText(longest);
    QVERIFY2(form.create->isEnabled(), qPrintable(form.problems->text()));
    form.message->setPlainText(tooLong);
    QVERIFY(!form.create->isEnabled());
    QVERIFY2(form.problems->text().contains(QLatin1String("too long")),
        qPrintable(form.problems->text()));
    form.message->setPlainText(longest);
    form.sentBy->setText(name255 + u'n');
    QVERIFY(!form.create->isEnabled());
    QVERIFY(form.problems->text().contains(QLatin1String("Sent by")));
    form.sentBy->setText(name255);
    form.reference->setText(QString(256, u'r'));
    QVERIFY(!form.create->isEnabled());
    QVERIFY(form.problems->text().contains(QLatin1String("reference is too long")));
    form.reference->setText(QString(255, u'r'));
    QVERIFY2(form.create->isEnabled(), qPrintable(form.problems->text()));
}

void TestCaseDialogs::aCreatedCaseLeavesACleanForm()
{
    CreateCaseDialog dialog(CaseTypeMatrix::builtIn());
    CreateForm form(dialog);
    dialog.setServices(services);
    CaseDraft draft;
    draft.type = QStringLiteral("Incident");
    draft.priority = QStringLiteral("P1");
    draft.subject = QStringLiteral("ServiceDown");
    draft.serviceId = QStringLiteral("SVC-1001");
    draft.message = QStringLiteral("Site down since 09:10.");
    draft.sentBy = QStringLiteral("Ada");
    draft.startOfIncident = Timestamp::fromDateTime(QDateTime::currentDateTime().addSecs(-600));
    dialog.setDraft(draft);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(form.create, Qt::LeftButton);
    OutboxItem item = OutboxItem::create(OutboxItem::Kind::CreateCase, dialog.draft().toJson());
    item.state = OutboxItem::State::Done;
    item.resultId = QStringLiteral("CS-5000002");
    dialog.showSendState(item);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // The next case starts from a clean form: the type's default priority, nothing said about
    // the case just created; the sender stays.
    const auto isClean = [&] {
        QCOMPARE(form.priority->currentData().toString(), QStringLiteral("P3"));
        QCOMPARE(form.subject->currentIndex(), -1);
        QVERIFY(form.message->toPlainText().isEmpty());
        QVERIFY2(!form.state->text().contains(QLatin1String("CS-5000002")),
            qPrintable(form.state->text()));
        QVERIFY(form.create->isVisible() && !form.message->isReadOnly());
        QCOMPARE(form.sentBy->text(), QStringLiteral("Ada"));
    };
    dialog.show();
    isClean();
    if (QTest::currentTestFailed())
        return;
    // As the window fills it with the (now removed) draft: the same.
    CaseDraft empty;
    empty.sentBy = QStringLiteral("Ada");
    dialog.setDraft(empty);
    isClean();
}

void TestCaseDialogs::switchingTypeSaysWhatItChanged()
{
    CreateCaseDialog dialog(CaseTypeMatrix::builtIn());
    CreateForm form(dialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("typeChangeNote"));
    QVERIFY2(note, "no note for what a change of type changed");
    form.chooseType(QStringLiteral("Incident"));
    form.choose(form.priority, QStringLiteral("P1"));
    form.choose(form.subject, QStringLiteral("ServiceDown"));
    QVERIFY(!note->isVisible());

    form.chooseType(QStringLiteral("NonIncident"));
    QVERIFY(note->isVisible());
    QVERIFY2(
        note->text().contains(QLatin1String("P1")) && note->text().contains(QLatin1String("P3")),
        qPrintable(note->text()));
    QVERIFY2(note->text().contains(QLatin1String("Service down")), qPrintable(note->text()));
    if (const QString path = screenshotPath(QStringLiteral("create-type-changed.png"));
        !path.isEmpty())
        QVERIFY(dialog.grab().save(path));

    // Nothing had to change: nothing to say.
    form.choose(form.priority, QStringLiteral("P4"));
    form.chooseType(QStringLiteral("Incident"));
    QVERIFY(!note->isVisible());
}

void TestCaseDialogs::aStartOfIncidentInTheFutureIsRefused()
{
    CreateCaseDialog dialog(CaseTypeMatrix::builtIn());
    CreateForm form(dialog);
    dialog.setServices(services);
    CaseDraft draft;
    draft.type = QStringLiteral("Incident");
    draft.priority = QStringLiteral("P2");
    draft.subject = QStringLiteral("ServiceDegradation");
    draft.serviceId = QStringLiteral("SVC-1001");
    draft.message = QStringLiteral("Packet loss 5%.");
    dialog.setDraft(draft);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(form.create->isEnabled());

    form.start->setDateTime(QDateTime::currentDateTime().addSecs(2 * 3600));
    QVERIFY(!form.create->isEnabled());
    QVERIFY2(dialog.problems().join(u' ').contains(QLatin1String("future")),
        qPrintable(dialog.problems().join(u' ')));
    QVERIFY(form.problems->text().contains(QLatin1String("future")));

    // A clock a minute or two ahead of the provider's is no reason to refuse.
    form.start->setDateTime(QDateTime::currentDateTime().addSecs(120));
    QVERIFY(form.create->isEnabled());
}

void TestCaseDialogs::theIncidentTimesSayTheirTimeZone()
{
    CreateCaseDialog dialog(CaseTypeMatrix::builtIn());
    CreateForm form(dialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    form.chooseType(QStringLiteral("Incident"));
    auto *zone = dialog.findChild<QLabel *>(QStringLiteral("timeZoneLabel"));
    QVERIFY2(zone, "the incident times do not say their time zone");
    QVERIFY(zone->isVisible());
    const int offset = QDateTime::currentDateTime().offsetFromUtc();
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                            .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                            .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    QVERIFY2(zone->text().contains(utc), qPrintable(zone->text()));
    form.chooseType(QStringLiteral("NonIncident"));
    QVERIFY(!zone->isVisible());
}

QTEST_MAIN(TestCaseDialogs)
#include "tst_casedialogs.moc"
