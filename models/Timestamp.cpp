#include "models/Timestamp.h"

#include <QDate>
#include <QTime>

namespace {

constexpr qint64 TicksPerMs = 10'000;
constexpr qint64 TicksPerSecond = 10'000'000;

// Reads exactly `count` ASCII digits at `pos`, advancing it. Only 0-9: QChar::isDigit() would
// take Arabic-Indic or full-width digits, which no ISO 8601 date holds.
std::optional<int> readDigits(QStringView text, qsizetype &pos, int count)
{
    if (pos + count > text.size())
        return std::nullopt;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    pos += count;
    return value;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool expect(QStringView text, qsizetype &pos, char16_t c)
{
    if (pos >= text.size() || text[pos] != c)
        return false;
    ++pos;
    return true;
}

bool isLeapYear(int year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int daysInMonth(int year, int month)
{
    constexpr int Days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : Days[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil); year 0
// included, which QDate does not have.
qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

// The time of day and zone after a date; all zero when the date stands alone.
struct TimeOfDay
{
    int hour = 0;
    int minute = 0;
    int second = 0;
    int offset = 0; // seconds east of UTC
    qint64 fractionTicks = 0;
};

// [ ("." / ",") 1*9DIGIT ] after the seconds, into ticks; false when malformed.
bool readFraction(QStringView text, qsizetype &pos, qint64 &ticks)
{
    if (!expect(text, pos, u'.') && !expect(text, pos, u','))
        return true;
    int digits = 0;
    qint64 scale = TicksPerSecond;
    while (pos < text.size() && isAsciiDigit(text[pos])) {
        if (++digits > 9)
            return false;
        // The eighth and ninth digits are below a tick: read and dropped.
        if (digits <= 7) {
            scale /= 10;
            ticks += (text[pos].unicode() - u'0') * scale;
        }
        ++pos;
    }
    return digits > 0;
}

// [ zone ] up to the end of the text, into seconds east of UTC; false when malformed.
bool readZone(QStringView text, qsizetype &pos, int &offset)
{
    if (pos >= text.size())
        return true;
    const QChar sign = text[pos++];
    if (sign == u'Z' || sign == u'z')
        return true;
    if (sign != u'+' && sign != u'-')
        return false;
    const auto oh = readDigits(text, pos, 2);
    if (!oh)
        return false;
    int om = 0;
    if (pos < text.size()) {
        expect(text, pos, u':');
        const auto m2 = readDigits(text, pos, 2);
        if (!m2)
            return false;
        om = *m2;
    }
    if (*oh > 14 || om > 59)
        return false;
    offset = (*oh * 3600 + om * 60) * (sign == u'-' ? -1 : 1);
    return true;
}

// time (after its "T" or " ") up to the end of the text; false when malformed.
bool readTime(QStringView text, qsizetype &pos, TimeOfDay &out)
{
    const auto h = readDigits(text, pos, 2);
    if (!h || !expect(text, pos, u':'))
        return false;
    const auto m = readDigits(text, pos, 2);
    if (!m || *h > 23 || *m > 59)
        return false;
    out.hour = *h;
    out.minute = *m;
    if (expect(text, pos, u':')) {
        const auto s = readDigits(text, pos, 2);
        if (!s || *s > 59)
            return false;
        out.second = *s;
        if (!readFraction(text, pos, out.fractionTicks))
            return false;
    }
    return readZone(text, pos, out.offset) && pos == text.size();
}

} // namespace

// The grammar, the same as the sandbox's input (sandbox/lib/dates.js), ASCII only:
//   date     = YYYY "-" MM "-" DD [ ("T" / " ") time ]
//   time     = hh ":" mm [ ":" ss [ ("." / ",") 1*9DIGIT ] ] [ zone ]
//   zone     = "Z" / "z" / ("+" / "-") hh [ [":"] mm ]        offset at most 14 hours
// A bare date is midnight UTC; a time without a zone is UTC. Surrounding whitespace is ignored.
std::optional<Timestamp> Timestamp::parse(QStringView text)
{
    text = text.trimmed();
    qsizetype pos = 0;
    const auto year = readDigits(text, pos, 4);
    if (!year || !expect(text, pos, u'-'))
        return std::nullopt;
    const auto month = readDigits(text, pos, 2);
    if (!month || !expect(text, pos, u'-'))
        return std::nullopt;
    const auto day = readDigits(text, pos, 2);
    if (!day || *month < 1 || *month > 12 || *day < 1 || *day > daysInMonth(*year, *month))
        return std::nullopt;

    TimeOfDay time;
    if (pos < text.size()) {
        if (text[pos] != u'T' && text[pos] != u' ')
            return std::nullopt;
        ++pos;
        if (!readTime(text, pos, time))
            return std::nullopt;
    }

    const qint64 daySeconds = qint64(time.hour) * 3600 + qint64(time.minute) * 60 + time.second;
    const qint64 utcSeconds = daysFromCivil(*year, *month, *day) * 86400 + daySeconds - time.offset;

    Timestamp t;
    t.m_ticks = utcSeconds * TicksPerSecond + time.fractionTicks;
    t.m_offsetSeconds = time.offset;
    t.m_valid = true;
    return t;
}

Timestamp Timestamp::fromDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return fromTicks(dateTime.toMSecsSinceEpoch() * TicksPerMs, dateTime.offsetFromUtc());
}

Timestamp Timestamp::fromTicks(qint64 ticksSinceEpoch, int offsetSeconds)
{
    Timestamp t;
    t.m_ticks = ticksSinceEpoch;
    t.m_offsetSeconds = offsetSeconds;
    t.m_valid = true;
    return t;
}

QDateTime Timestamp::toDateTime() const
{
    if (!m_valid)
        return {};
    // Floor division so instants before 1970 round towards the past, like the ticks do.
    qint64 ms = m_ticks / TicksPerMs;
    if (m_ticks % TicksPerMs < 0)
        --ms;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString Timestamp::toIsoString() const
{
    if (!m_valid)
        return {};
    qint64 local = m_ticks + qint64(m_offsetSeconds) * TicksPerSecond;
    qint64 seconds = local / TicksPerSecond;
    qint64 fraction = local % TicksPerSecond;
    if (fraction < 0) {
        fraction += TicksPerSecond;
        --seconds;
    }
    qint64 days = seconds / 86400;
    qint64 secondOfDay = seconds % 86400;
    if (secondOfDay < 0) {
        secondOfDay += 86400;
        --days;
    }
    // The civil date of a day count (H. Hinnant's days_from_civil, inverted), without QDateTime:
    // the store writes several dates per case and this runs for each.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    const int month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
        const QDateTime wall = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        const int absOffset = qAbs(m_offsetSeconds);
        return QStringLiteral("%1.%2%3%4:%5")
            .arg(wall.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")))
            .arg(fraction, 7, 10, QLatin1Char('0'))
            .arg(m_offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
            .arg(absOffset / 3600, 2, 10, QLatin1Char('0'))
            .arg((absOffset % 3600) / 60, 2, 10, QLatin1Char('0'));
    }
    // 2026-11-22T09:31:07.1234567+00:00
    char16_t text[33];
    const auto put = [&text](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    const int absOffset = qAbs(m_offsetSeconds);
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    text[10] = u'T';
    put(11, secondOfDay / 3600, 2);
    text[13] = u':';
    put(14, secondOfDay % 3600 / 60, 2);
    text[16] = u':';
    put(17, secondOfDay % 60, 2);
    text[19] = u'.';
    put(20, fraction, 7);
    text[27] = m_offsetSeconds < 0 ? u'-' : u'+';
    put(28, absOffset / 3600, 2);
    text[30] = u':';
    put(31, absOffset % 3600 / 60, 2);
    return QString(reinterpret_cast<const QChar *>(text), 33);
}
