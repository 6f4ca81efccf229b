// casectl's commands against its command line: each verb has one command, the help names it,
// and every option a command takes is one the command line defines. (What each command does
// is tested on the real binary: tst_casectl, tst_casectl_repository.)

#include "app/casectl/CommandRegistry.h"
#include "app/casectl/Options.h"

#include <QTest>

class TestCasectlCommands : public QObject
{
    Q_OBJECT

private slots:
    void everyVerbHasACommand();
    void theHelpNamesEveryVerb();
    void everyOptionIsDefined();
    void theNeedsOfEachVerb();
};

namespace {

const QStringList Verbs {QStringLiteral("capabilities"), QStringLiteral("case"),
    QStringLiteral("cases"), QStringLiteral("create"), QStringLiteral("export"),
    QStringLiteral("matrix"), QStringLiteral("outbox"), QStringLiteral("poll"),
    QStringLiteral("reference"), QStringLiteral("reply"), QStringLiteral("rfo"),
    QStringLiteral("save-profile"), QStringLiteral("status create"),
    QStringLiteral("status delete"), QStringLiteral("status get"), QStringLiteral("status history"),
    QStringLiteral("status search"), QStringLiteral("status update"),
    QStringLiteral("store-repository-password"), QStringLiteral("store-secret")};

} // namespace

void TestCasectlCommands::everyVerbHasACommand()
{
    const CommandRegistry registry;
    QCOMPARE(registry.verbs(), Verbs);
    for (const QString &verb : Verbs) {
        QVERIFY2(registry.find(verb), qPrintable(verb));
        QCOMPARE(registry.find(verb)->verb(), verb);
    }
    QVERIFY(!registry.find(QStringLiteral("status")));
    QVERIFY(!registry.find(QStringLiteral("frob")));
}

void TestCasectlCommands::theHelpNamesEveryVerb()
{
    const QString help = Options().helpText();
    for (const QString &verb : Verbs)
        QVERIFY2(help.contains(QLatin1String("\n  ") + verb + u' ')
                || help.contains(QLatin1String("\n  ") + verb + u'\n'),
            qPrintable(verb));
}

void TestCasectlCommands::everyOptionIsDefined()
{
    const CommandRegistry registry;
    for (const QString &verb : Verbs) {
        for (const QString &option : registry.find(verb)->options()) {
            // A defined option parses, or misses only its value; an undefined one is unknown.
            Options options;
            const bool parsed
                = options.parse({QStringLiteral("casectl"), QStringLiteral("--") + option});
            QVERIFY2(parsed || options.errorText().startsWith(QLatin1String("Missing value")),
                qPrintable(verb + u' ' + option + QStringLiteral(": ") + options.errorText()));
        }
    }
}

void TestCasectlCommands::theNeedsOfEachVerb()
{
    const CommandRegistry registry;
    Options listing;
    QVERIFY(listing.parse({QStringLiteral("casectl"), QStringLiteral("outbox")}));
    Options reconciling;
    QVERIFY(reconciling.parse(
        {QStringLiteral("casectl"), QStringLiteral("outbox"), QStringLiteral("--reconcile")}));
    const auto needs = [&](const char *verb, const Options &options) {
        return registry.find(QLatin1String(verb))->needs(options);
    };
    QCOMPARE(needs("matrix", listing), Command::Needs::Nothing);
    QCOMPARE(needs("save-profile", listing), Command::Needs::Profile);
    QCOMPARE(needs("store-secret", listing), Command::Needs::Profile);
    QCOMPARE(needs("outbox", listing), Command::Needs::Profile);
    QCOMPARE(needs("outbox", reconciling), Command::Needs::Provider);
    QCOMPARE(needs("cases", listing), Command::Needs::Provider);
    QCOMPARE(needs("status get", listing), Command::Needs::Repository);
    QCOMPARE(needs("store-repository-password", listing), Command::Needs::Repository);
}

QTEST_GUILESS_MAIN(TestCasectlCommands)
#include "tst_casectlcommands.moc"
