#include "models/CaseLabels.h"
#include "models/Timestamp.h"

#include <QTest>

#include <ctime>

class TestTimestamp : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void sevenDigitsKeepOrder();
    void isoStringRoundTrip();
    void isoStringMatchesTheCalendar();
    // Issue 13: the site's time beside local time, where the date's offset tells it.
    void siteTimeOnlyWhereTheOffsetTellsIt_data();
    void siteTimeOnlyWhereTheOffsetTellsIt();
};

void TestTimestamp::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ticks");
    QTest::addColumn<int>("offset");

    // 2026-11-22T09:31:07Z = 1795339867 s since the epoch.
    const qint64 base = 1'795'339'867LL * 10'000'000;
    QTest::newRow("Z, no fraction") << "2026-11-22T09:31:07Z" << base << 0;
    QTest::newRow("no zone is UTC") << "2026-11-22T09:31:07" << base << 0;
    QTest::newRow("one digit") << "2026-11-22T09:31:07.5Z" << base + 5'000'000 << 0;
    QTest::newRow("three digits") << "2026-11-22T09:31:07.123Z" << base + 1'230'000 << 0;
    QTest::newRow(".NET seven digits, +00:00")
        << "2026-11-22T09:31:07.1234567+00:00" << base + 1'234'567 << 0;
    QTest::newRow("offset +01:00")
        << "2026-11-22T10:31:07.1234567+01:00" << base + 1'234'567 << 3600;
    QTest::newRow("offset -05:30") << "2026-11-22T04:01:07-05:30" << base << -19800;
    QTest::newRow("offset without colon") << "2026-11-22T10:31:07+0100" << base << 3600;
    QTest::newRow("more than seven digits")
        << "2026-11-22T09:31:07.123456789Z" << base + 1'234'567 << 0;
    QTest::newRow("no seconds") << "2026-11-22T09:31Z" << base - 7 * 10'000'000LL << 0;
    QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << 1'709'164'800LL * 10'000'000 << 0;
    // Every form of the grammar (sandbox/README.md, Dates).
    const qint64 midnight = 1'795'305'600LL * 10'000'000; // 2026-11-22T00:00:00Z
    QTest::newRow("bare date") << "2026-11-22" << midnight << 0;
    QTest::newRow("space instead of T") << "2026-11-22 09:31:07Z" << base << 0;
    QTest::newRow("lower-case z") << "2026-11-22T09:31:07z" << base << 0;
    QTest::newRow("offset +HH") << "2026-11-22T10:31:07+01" << base << 3600;
    QTest::newRow("offset -HH") << "2026-11-22T03:31:07-06" << base << -21600;
    QTest::newRow("offset +14:00") << "2026-11-22T23:31:07+14:00" << base << 50400;
    QTest::newRow("offset -14:59") << "2026-11-21T18:32:07-14:59" << base << -53940;
    QTest::newRow("offset -00:00") << "2026-11-22T09:31:07-00:00" << base << 0;
    QTest::newRow("offset +HHMM, no seconds")
        << "2026-11-22T10:31+0100" << base - 7 * 10'000'000LL << 3600;
    QTest::newRow("offset +HH, no seconds") << "2026-11-22T10:31+01" << base - 70'000'000 << 3600;
    QTest::newRow("comma as decimal sign") << "2026-11-22T09:31:07,5Z" << base + 5'000'000 << 0;
    QTest::newRow("nine digits") << "2026-11-22T09:31:07.999999999Z" << base + 9'999'999 << 0;
    QTest::newRow("fraction, no zone") << "2026-11-22T09:31:07.25" << base + 2'500'000 << 0;
    QTest::newRow("surrounding spaces") << " 2026-11-22T09:31:07Z\n" << base << 0;
    QTest::newRow("year 0000") << "0000-01-01" << -62'167'219'200LL * 10'000'000 << 0;
    QTest::newRow("year 9999") << "9999-12-31T23:59:59.9999999+00:00"
                               << 253'402'300'799LL * 10'000'000 + 9'999'999 << 0;
    QTest::newRow("leap day 2000") << "2000-02-29" << 951'782'400LL * 10'000'000 << 0;
    QTest::newRow("before 1970") << "1969-12-31T23:59:59Z" << -10'000'000LL << 0;
}

void TestTimestamp::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, ticks);
    QFETCH(int, offset);
    const auto t = Timestamp::parse(text);
    QVERIFY2(t.has_value(), qPrintable(text));
    QCOMPARE(t->ticks(), ticks);
    QCOMPARE(t->offsetSeconds(), offset);
    QCOMPARE(t->toDateTime().toMSecsSinceEpoch(), ticks / 10'000);
}

void TestTimestamp::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("only spaces") << "   ";
    QTest::newRow("month 13") << "2026-13-22T09:31:07Z";
    QTest::newRow("month 00") << "2026-00-22";
    QTest::newRow("day 00") << "2026-11-00";
    QTest::newRow("30 February") << "2026-02-30T09:31:07Z";
    QTest::newRow("29 February, not a leap year") << "2026-02-29";
    QTest::newRow("29 February 1900") << "1900-02-29";
    QTest::newRow("31 April") << "2026-04-31";
    QTest::newRow("hour 24") << "2026-11-22T24:00:00Z";
    QTest::newRow("minute 60") << "2026-11-22T09:60:00Z";
    QTest::newRow("leap second") << "2026-12-31T23:59:60Z";
    QTest::newRow("empty fraction") << "2026-11-22T09:31:07.Z";
    QTest::newRow("ten fractional digits") << "2026-11-22T09:31:07.1234567890Z";
    QTest::newRow("fraction without seconds") << "2026-11-22T09:31.5Z";
    QTest::newRow("junk after zone") << "2026-11-22T09:31:07Zjunk";
    QTest::newRow("junk after date") << "2026-11-22x";
    QTest::newRow("T without time") << "2026-11-22T";
    QTest::newRow("hour only") << "2026-11-22T09";
    QTest::newRow("hour only with zone") << "2026-11-22T09Z";
    QTest::newRow("lower-case t") << "2026-11-22t09:31:07Z";
    QTest::newRow("zone on a bare date") << "2026-11-22Z";
    QTest::newRow("offset on a bare date") << "2026-11-22+01:00";
    QTest::newRow("offset +15") << "2026-11-22T09:31:07+15:00";
    QTest::newRow("offset +25:00") << "2026-11-22T09:31:07+25:00";
    QTest::newRow("offset minutes 60") << "2026-11-22T09:31:07+01:60";
    QTest::newRow("offset one digit") << "2026-11-22T09:31:07+1";
    QTest::newRow("offset three digits") << "2026-11-22T09:31:07+010";
    QTest::newRow("offset colon, no minutes") << "2026-11-22T09:31:07+01:";
    QTest::newRow("offset with seconds") << "2026-11-22T09:31:07+01:00:00";
    QTest::newRow("sign without offset") << "2026-11-22T09:31:07+";
    QTest::newRow("two zones") << "2026-11-22T09:31:07Z+01:00";
    QTest::newRow("basic format") << "20261122T093107Z";
    QTest::newRow("basic date") << "20261122";
    QTest::newRow("week date") << "2026-W47-7";
    QTest::newRow("ordinal date") << "2026-326";
    QTest::newRow("year and month") << "2026-11";
    QTest::newRow("five-digit year") << "12026-11-22";
    QTest::newRow("signed year") << "+2026-11-22";
    QTest::newRow("one-digit month") << "2026-1-22";
    QTest::newRow("one-digit hour") << "2026-11-22T9:31:07Z";
    QTest::newRow("slashes") << "2026/11/22";
    QTest::newRow("RFC 2822") << "Sun, 22 Nov 2026 09:31:07 GMT";
    QTest::newRow("words") << "yesterday";
    QTest::newRow("a number") << "1795339867";
    // Digits that QChar::isDigit() takes but ISO 8601 does not.
    QTest::newRow("Arabic-Indic digits")
        << QString::fromUtf8("\u0662\u0660\u0662\u0666-\u0661\u0661-\u0662\u0662");
    QTest::newRow("Arabic-Indic year, ASCII rest")
        << QString::fromUtf8("\u0662\u0660\u0662\u0666-11-22T09:31:07Z");
    QTest::newRow("Arabic-Indic fraction")
        << QString::fromUtf8("2026-11-22T09:31:07.\u0661\u0662Z");
    QTest::newRow("Arabic-Indic offset")
        << QString::fromUtf8("2026-11-22T09:31:07+\u0660\u0661:00");
    QTest::newRow("full-width digits")
        << QString::fromUtf8("\uFF12\uFF10\uFF12\uFF16-11-22T09:31:07Z");
    QTest::newRow("Devanagari seconds") << QString::fromUtf8("2026-11-22T09:31:\u0966\u0967Z");
    QTest::newRow("superscript digit") << QString::fromUtf8("2026-11-22T09:31:07.\u00B9Z");
    QTest::newRow("full-width T") << QString::fromUtf8("2026-11-22\uFF3409:31:07Z");
    QTest::newRow("full-width Z") << QString::fromUtf8("2026-11-22T09:31:07\uFF3A");
    QTest::newRow("minus sign U+2212") << QString::fromUtf8("2026-11-22T09:31:07\u221201:00");
    QTest::newRow("NUL inside") << QString::fromUtf16(u"2026-11-22\0T09:31:07Z", 21);
}

void TestTimestamp::rejects()
{
    QFETCH(QString, text);
    QVERIFY2(!Timestamp::parse(text).has_value(), qPrintable(text));
}

void TestTimestamp::sevenDigitsKeepOrder()
{
    // Two messages 300 ns apart: equal at millisecond precision, still ordered by ticks.
    const auto a = Timestamp::parse(u"2026-11-22T09:31:07.1234564+00:00");
    const auto b = Timestamp::parse(u"2026-11-22T09:31:07.1234567+00:00");
    QVERIFY(a && b);
    QCOMPARE(a->toDateTime(), b->toDateTime());
    QVERIFY(*a < *b);
    // The same instant written in two zones is the same timestamp.
    QCOMPARE(*Timestamp::parse(u"2026-11-22T10:31:07.1234567+01:00"), *b);
    QVERIFY(Timestamp() < *a);
}

void TestTimestamp::isoStringRoundTrip()
{
    for (const QString &text : {QStringLiteral("2026-11-22T09:31:07.1234567+00:00"),
             QStringLiteral("2026-11-22T10:31:07.0000001+01:00"),
             QStringLiteral("1969-12-31T23:59:59.9999999-03:30")}) {
        const auto t = Timestamp::parse(text);
        QVERIFY(t);
        QCOMPARE(t->toIsoString(), text);
    }
}

void TestTimestamp::isoStringMatchesTheCalendar()
{
    // toIsoString() works out the date itself: it must agree with QDateTime's calendar on every
    // kind of day (leap days, centuries, before 1970), in any zone.
    constexpr qint64 TicksPerSecond = 10'000'000;
    const int offsets[] = {0, 3600, -19800, 45900, -43200};
    int checked = 0;
    for (qint64 seconds = -2'208'988'800LL; seconds < 13'569'465'600LL;
         seconds += 86'399LL * 37 + 7) {
        const int offset = offsets[checked % 5];
        const Timestamp t
            = Timestamp::fromTicks(seconds * TicksPerSecond + checked % 9'999'999, offset);
        const QDateTime wall = QDateTime::fromSecsSinceEpoch(seconds + offset, Qt::UTC);
        const QString expected = wall.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
            + QStringLiteral(".%1").arg(checked % 9'999'999, 7, 10, QLatin1Char('0'))
            + (offset < 0 ? u'-' : u'+')
            + QStringLiteral("%1:%2")
                  .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                  .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
        QCOMPARE(t.toIsoString(), expected);
        QCOMPARE(Timestamp::parse(expected)->ticks(), t.ticks());
        ++checked;
    }
    QVERIFY(checked > 4'000);
    QCOMPARE(Timestamp::fromTicks(951'782'400LL * TicksPerSecond).toIsoString(),
        QStringLiteral("2000-02-29T00:00:00.0000000+00:00"));
}

void TestTimestamp::siteTimeOnlyWhereTheOffsetTellsIt_data()
{
    QTest::addColumn<QString>("localZone");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("site"); // a part of what is shown for the site; empty: nothing
    QTest::newRow("a site at -06:00") << "UTC"
                                      << "2026-12-04T08:05:00-06:00"
                                      << "UTC-06:00";
    QTest::newRow("the site's date differs") << "UTC"
                                             << "2026-12-04T20:05:00-06:00"
                                             << "2026";
    QTest::newRow("UTC tells nothing") << "UTC"
                                       << "2026-12-04T14:05:00+00:00"
                                       << "";
    QTest::newRow("Z tells nothing") << "UTC"
                                     << "2026-12-04T14:05:00Z"
                                     << "";
    QTest::newRow("no zone tells nothing") << "UTC"
                                           << "2026-12-04T14:05:00"
                                           << "";
    QTest::newRow("the local offset adds nothing") << "UTC+01"
                                                   << "2026-12-04T15:05:00+01:00"
                                                   << "";
    QTest::newRow("another local offset") << "UTC+01"
                                          << "2026-12-04T22:05:00+08:00"
                                          << "UTC+08:00";
}

void TestTimestamp::siteTimeOnlyWhereTheOffsetTellsIt()
{
    QFETCH(QString, localZone);
    QFETCH(QString, date);
    QFETCH(QString, site);
    // POSIX TZ: "UTC+01" is one hour WEST of UTC; the rows mean the opposite, so swap the sign.
    QString posix = localZone;
    posix.replace(u'+', u'-');
    qputenv("TZ", posix.toLatin1());
    tzset();
    const auto t = Timestamp::parse(date);
    QVERIFY(t);
    const QString shown = CaseLabels::siteDateTime(*t);
    const QString both = CaseLabels::localAndSiteDateTime(*t);
    if (site.isEmpty()) {
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
        QCOMPARE(both, CaseLabels::localDateTime(*t));
    } else {
        QVERIFY2(shown.contains(site), qPrintable(shown));
        QCOMPARE(both, QStringLiteral("%1 (site %2)").arg(CaseLabels::localDateTime(*t), shown));
    }
    qunsetenv("TZ");
    tzset();
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
