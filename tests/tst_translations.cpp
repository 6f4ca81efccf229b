// The translations: every shipped language loads and translates the window, the data files'
// labels are all marked for translation, and plural forms follow the language.

#include "models/CaseStatusEntry.h"
#include "models/CaseTypeMatrix.h"
#include "models/DataLabels.h"
#include "models/Translations.h"

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
    const QString one = translated("MainWindow", "%n case(s)", 1);
    const QString five = translated("MainWindow", "%n case(s)", 5);
    QVERIFY(!one.isEmpty() && !five.isEmpty());
    QVERIFY2(one != five, qPrintable(one + QStringLiteral(" / ") + five));
    if (language == QLatin1String("pl")) {
        // Polish has three forms: 1, 2–4, 5 and more.
        const QString two = translated("MainWindow", "%n case(s)", 2);
        QVERIFY2(two != five && two != one, qPrintable(two));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
