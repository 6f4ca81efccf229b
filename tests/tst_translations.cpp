// The translations: every shipped language loads and translates the window, the data files'
// labels are all marked for translation, and plural forms follow the language.

#include "app/Translations.h"
#include "models/CaseTypeMatrix.h"
#include "models/DataLabels.h"
#include "models/RepositoryEntry.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyDataLabelIsMarked();
    void everyShippedLanguageLoadsAndTranslates_data();
    void everyShippedLanguageLoadsAndTranslates();
    void englishCountsAreSingularOrPlural_data();
    void englishCountsAreSingularOrPlural();
};

void TestTranslations::everyDataLabelIsMarked()
{
    QSet<QString> marked;
    for (const auto &[context, label] : DataLabels::all())
        marked.insert(QLatin1String(context) + u'/' + QLatin1String(label));
    QStringList inData;
    for (const CaseTypeMatrix::Type &type : CaseTypeMatrix::builtIn().types()) {
        inData << QStringLiteral("CaseTypeMatrix/") + type.label;
        for (const auto &subject : type.subjects)
            inData << QStringLiteral("CaseTypeMatrix/") + subject.label;
    }
    for (const auto &status : RepositoryStatuses::builtIn().statuses())
        inData << QStringLiteral("RepositoryStatuses/") + status.label;
    for (const QString &label : std::as_const(inData))
        QVERIFY2(
            marked.contains(label), qPrintable(label + QStringLiteral(" is not in DataLabels")));
    QCOMPARE(marked.size(), QSet<QString>(inData.cbegin(), inData.cend()).size());
}

void TestTranslations::everyShippedLanguageLoadsAndTranslates_data()
{
    QTest::addColumn<QString>("language");
    const QStringList shipped = Translations::available();
    QVERIFY2(shipped.contains(QLatin1String("en")), qPrintable(shipped.join(u' ')));
    for (const char *language : {"de", "nl", "pl"}) {
        QVERIFY2(shipped.contains(QLatin1String(language)), qPrintable(shipped.join(u' ')));
        QTest::newRow(language) << QString::fromLatin1(language);
    }
}

void TestTranslations::everyShippedLanguageLoadsAndTranslates()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QLocale(language), QStringLiteral("caseconsole"), QStringLiteral("_"),
        QStringLiteral(":/i18n")));
    QVERIFY(!translator.isEmpty());
    // A menu, a form label, a data label and a message with a count.
    const auto translated = [&](const char *context, const char *text, int n = -1) {
        return translator.translate(context, text, nullptr, n);
    };
    QVERIFY(!translated("MainWindow", "&Refresh").isEmpty());
    QVERIFY(translated("MainWindow", "&Refresh") != QLatin1String("&Refresh"));
    QVERIFY(!translated("CreateCaseDialog", "&Message:").isEmpty());
    QVERIFY(!translated("CaseTypeMatrix", "Service down").isEmpty());
    QVERIFY(!translated("RepositoryStatuses", "Waiting for customer").isEmpty());
    const QString one = translated("ConnectionStatusBar", "%n case(s)", 1);
    const QString five = translated("ConnectionStatusBar", "%n case(s)", 5);
    QVERIFY(!one.isEmpty() && !five.isEmpty());
    QVERIFY2(one != five, qPrintable(one + QStringLiteral(" / ") + five));
    if (language == QLatin1String("pl")) {
        // Polish has three forms: 1, 2–4, 5 and more.
        const QString two = translated("ConnectionStatusBar", "%n case(s)", 2);
        QVERIFY2(two != five && two != one, qPrintable(two));
    }
}

void TestTranslations::englishCountsAreSingularOrPlural_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << "en";
    QTest::newRow("English (US)") << "en_US";
    QTest::newRow("a language not shipped") << "fr";
}

void TestTranslations::englishCountsAreSingularOrPlural()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), QStringLiteral("en"));
    const auto text = [](const char *context, const char *source, int n) {
        return QCoreApplication::translate(context, source, nullptr, n);
    };
    QCOMPARE(text("ConnectionStatusBar", "%n case(s)", 1), QStringLiteral("1 case"));
    QCOMPARE(text("ConnectionStatusBar", "%n case(s)", 60), QStringLiteral("60 cases"));
    // The verb agrees with the count.
    QCOMPARE(text("ConnectionStatusBar", "%n case(s) match “%1”", 1),
        QStringLiteral("1 case matches “%1”"));
    QCOMPARE(text("ConnectionStatusBar", "%n case(s) match “%1”", 3),
        QStringLiteral("3 cases match “%1”"));
    QCOMPARE(text("RepositoryPanel", "Page %1 of %2 · %n entries", 1),
        QStringLiteral("Page %1 of %2 · 1 entry"));
    QCOMPARE(
        text("RepositorySettingsDialog", "Connected: %n case status(es) in the repository.", 2),
        QStringLiteral("Connected: 2 case statuses in the repository."));
    // Texts without a count stay as they are.
    QCOMPARE(text("MainWindow", "&Refresh", -1), QStringLiteral("&Refresh"));
    for (QTranslator *installed : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
