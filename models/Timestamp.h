#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

// A point in time as the provider sends it: ISO 8601's extended form, ASCII digits only. A date
// (midnight UTC) or a date and time (`T` or a space, seconds optional, 1 to 9 fractional digits
// after the seconds, the 8th and 9th dropped) with `Z`, `±HH:MM`, `±HHMM`, `±HH` (at most 14
// hours) or no zone, read as UTC: the grammar the sandbox accepts (sandbox/README.md, Dates).
// .NET emits 100-nanosecond ticks, finer than QDateTime's milliseconds, so the instant is kept in
// ticks and two messages a few microseconds apart still sort in the order the server wrote them.
class Timestamp
{
public:
    Timestamp() = default;

    static std::optional<Timestamp> parse(QStringView text);
    static Timestamp fromDateTime(const QDateTime &dateTime);
    static Timestamp fromTicks(qint64 ticksSinceEpoch, int offsetSeconds = 0);

    bool isValid() const { return m_valid; }
    // 100-ns ticks since 1970-01-01T00:00:00Z.
    qint64 ticks() const { return m_ticks; }
    // The zone offset the server wrote, in seconds east of UTC.
    int offsetSeconds() const { return m_offsetSeconds; }

    // Millisecond precision, in UTC; convert with toLocalTime() for display.
    QDateTime toDateTime() const;
    // The form the provider expects: 2026-11-22T09:31:07.1234567+00:00.
    QString toIsoString() const;

    friend bool operator==(const Timestamp &a, const Timestamp &b)
    {
        return a.m_valid == b.m_valid && a.m_ticks == b.m_ticks;
    }
    // Invalid timestamps sort first.
    friend std::strong_ordering operator<=>(const Timestamp &a, const Timestamp &b)
    {
        if (a.m_valid != b.m_valid)
            return a.m_valid ? std::strong_ordering::greater : std::strong_ordering::less;
        return a.m_ticks <=> b.m_ticks;
    }

private:
    qint64 m_ticks = 0;
    int m_offsetSeconds = 0;
    bool m_valid = false;
};

Q_DECLARE_METATYPE(Timestamp)
