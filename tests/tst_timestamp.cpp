#include "models/Timestamp.h"

#include <QTest>

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
    QTest::newRow("date only") << "2026-11-22";
    QTest::newRow("month 13") << "2026-13-22T09:31:07Z";
    QTest::newRow("30 February") << "2026-02-30T09:31:07Z";
    QTest::newRow("hour 24") << "2026-11-22T24:00:00Z";
    QTest::newRow("empty fraction") << "2026-11-22T09:31:07.Z";
    QTest::newRow("junk after zone") << "2026-11-22T09:31:07Zjunk";
    QTest::newRow("bad offset") << "2026-11-22T09:31:07+25:00";
    QTest::newRow("words") << "yesterday";
}

void TestTimestamp::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!Timestamp::parse(text).has_value());
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

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
