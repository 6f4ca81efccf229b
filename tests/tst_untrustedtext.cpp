// UntrustedText: server text made safe for a terminal (control characters shown, not obeyed)
// and isolated for the thread view (a bidi override cannot reach past its message).

#include "models/UntrustedText.h"

#include <QTest>

class TestUntrustedText : public QObject
{
    Q_OBJECT

private slots:
    void forTerminal_data();
    void forTerminal();
    void isolated_data();
    void isolated();
    void directionControls();
};

void TestUntrustedText::forTerminal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    QTest::newRow("plain") << QStringLiteral("Engineer on site at 14:00.")
                           << QStringLiteral("Engineer on site at 14:00.");
    QTest::newRow("line feed and tab kept")
        << QStringLiteral("a\tb\nc") << QStringLiteral("a\tb\nc");
    QTest::newRow("carriage return") << QStringLiteral("ok\rFAKE") << QStringLiteral("ok\\rFAKE");
    QTest::newRow("escape sequence (colour)")
        << QStringLiteral("\x1b[31mred\x1b[0m") << QStringLiteral("\\x1b[31mred\\x1b[0m");
    QTest::newRow("OSC title with BEL")
        << QStringLiteral("\x1b]0;pwned\x07") << QStringLiteral("\\x1b]0;pwned\\x07");
    QTest::newRow("NUL, backspace, DEL")
        << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("\bb\x7f"))
        << QStringLiteral("a\\x00\\x08b\\x7f");
    QTest::newRow("C1 CSI") << QString(QChar(0x9b) + QStringLiteral("2J"))
                            << QStringLiteral("<U+009B>2J");
    QTest::newRow("C1 NEL") << QString(QChar(0x85)) << QStringLiteral("<U+0085>");
    QTest::newRow("right-to-left override")
        << QStringLiteral("report\u202Efdp.exe") << QStringLiteral("report<U+202E>fdp.exe");
    QTest::newRow("every embedding, override and isolate")
        << QStringLiteral("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069")
        << QStringLiteral("<U+202A><U+202B><U+202C><U+202D><U+202E><U+2066><U+2067><U+2068>"
                          "<U+2069>");
    QTest::newRow("marks kept") << QStringLiteral("\u200E\u200F\u061C")
                                << QStringLiteral("\u200E\u200F\u061C");
    QTest::newRow("non-ASCII text kept")
        << QStringLiteral("Zażółć שלום 日本 ✓") << QStringLiteral("Zażółć שלום 日本 ✓");
    QTest::newRow("non-breaking space kept (U+00A0 is no C1 control)")
        << QStringLiteral("a\u00A0b") << QStringLiteral("a\u00A0b");
}

void TestUntrustedText::forTerminal()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(UntrustedText::forTerminal(text), shown);
}

void TestUntrustedText::isolated_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("isolated");

    QTest::newRow("plain") << QStringLiteral("hello") << QStringLiteral("\u2068hello\u2069");
    QTest::newRow("empty") << QString() << QStringLiteral("\u2068\u2069");
    QTest::newRow("override left open") << QStringLiteral("report\u202Efdp.exe")
                                        << QStringLiteral("\u2068report\u202Efdp.exe\u202C\u2069");
    QTest::newRow("override closed")
        << QStringLiteral("a\u202Eb\u202Cc") << QStringLiteral("\u2068a\u202Eb\u202Cc\u2069");
    QTest::newRow("two embeddings left open") << QStringLiteral(
        "\u202Aa\u202Bb") << QStringLiteral("\u2068\u202Aa\u202Bb\u202C\u202C\u2069");
    QTest::newRow("isolate left open")
        << QStringLiteral("a\u2067b") << QStringLiteral("\u2068a\u2067b\u2069\u2069");
    QTest::newRow("override inside an open isolate") << QStringLiteral(
        "\u2066a\u202Eb") << QStringLiteral("\u2068\u2066a\u202Eb\u202C\u2069\u2069");
    QTest::newRow("PDI closes the embeddings inside its isolate") << QStringLiteral(
        "\u2066a\u202Eb\u2069c") << QStringLiteral("\u2068\u2066a\u202Eb\u2069c\u2069");
    QTest::newRow("a PDF does not close an isolate")
        << QStringLiteral("\u2067a\u202C") << QStringLiteral("\u2068\u2067a\u202C\u2069\u2069");
    QTest::newRow("stray closers change nothing")
        << QStringLiteral("\u202C\u2069x") << QStringLiteral("\u2068\u202C\u2069x\u2069");
}

void TestUntrustedText::isolated()
{
    QFETCH(QString, text);
    QFETCH(QString, isolated);
    QCOMPARE(UntrustedText::isolated(text), isolated);
}

void TestUntrustedText::directionControls()
{
    QCOMPARE(UntrustedText::directionControls(QStringLiteral("plain \u200F text")), QStringList());
    QCOMPARE(UntrustedText::directionControls(QStringLiteral("a\u202Eb\u202Ec\u2066d")),
        (QStringList {QStringLiteral("U+202E"), QStringLiteral("U+2066")}));
}

QTEST_APPLESS_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
