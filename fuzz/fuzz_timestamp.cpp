// The date parser (models/Timestamp) against the grammar it promises, written independently as
// the sandbox's regular expression (sandbox/lib/dates.js) with the calendar from QDate: a text
// is accepted exactly when it matches and its fields are in range, and then the instant is the
// one QDateTime computes; what it accepts survives toIsoString() and back unchanged.

#include "FuzzSupport.h"
#include "models/Timestamp.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <cstdint>
#include <regex>
#include <string>

namespace {

const std::regex &grammar()
{
    static const std::regex re(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$)",
        std::regex::ECMAScript | std::regex::optimize);
    return re;
}

int number(const std::ssub_match &m, int otherwise = 0)
{
    return m.matched ? std::stoi(m.str()) : otherwise;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 256)
        return 0; // dates are short; longer inputs only slow the regular expression down
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<Timestamp> parsed = Timestamp::parse(text);

    const QString trimmed = text.trimmed();
    bool ascii = true;
    for (const QChar c : trimmed)
        ascii = ascii && c.unicode() < 0x80;
    if (parsed) {
        FUZZ_CHECK(ascii, text); // only ASCII digits, letters and signs make a date
        FUZZ_CHECK(parsed->isValid(), text);
        // The form the client writes reads back as the same instant in the same zone.
        const QString written = parsed->toIsoString();
        const std::optional<Timestamp> again = Timestamp::parse(written);
        FUZZ_CHECK(again && *again == *parsed && again->offsetSeconds() == parsed->offsetSeconds(),
            text + QStringLiteral(" -> ") + written);
    }
    if (!ascii)
        return 0;

    const std::string ascii8 = trimmed.toStdString();
    std::smatch m;
    const bool matches = std::regex_match(ascii8, m, grammar());
    if (!matches) {
        FUZZ_CHECK(!parsed, text);
        return 0;
    }
    const int year = number(m[1]), month = number(m[2]), day = number(m[3]);
    const int hour = number(m[4]), minute = number(m[5]), second = number(m[6]);
    int offset = 0;
    bool offsetInRange = true;
    if (m[8].matched && m[8].str() != "Z" && m[8].str() != "z") {
        std::string zone = m[8].str();
        const int sign = zone[0] == '-' ? -1 : 1;
        zone.erase(0, 1);
        if (zone.size() > 2 && zone[2] == ':')
            zone.erase(2, 1);
        const int oh = std::stoi(zone.substr(0, 2));
        const int om = zone.size() > 2 ? std::stoi(zone.substr(2, 2)) : 0;
        offsetInRange = oh <= 14 && om <= 59;
        offset = sign * (oh * 3600 + om * 60);
    }
    if (year == 0) {
        // QDate has no year 0; the parser does (proleptic Gregorian, as ISO 8601).
        return 0;
    }
    const QDate date(year, month, day);
    const bool valid
        = date.isValid() && hour <= 23 && minute <= 59 && second <= 59 && offsetInRange;
    FUZZ_CHECK(valid == parsed.has_value(), text);
    if (!parsed)
        return 0;
    std::string fraction = m[7].matched ? m[7].str() : std::string();
    fraction = (fraction + "0000000").substr(0, 7);
    const qint64 seconds
        = QDateTime(date, QTime(hour, minute, second), Qt::UTC).toSecsSinceEpoch() - offset;
    const qint64 ticks = seconds * 10'000'000 + std::stoll(fraction);
    FUZZ_CHECK(parsed->ticks() == ticks && parsed->offsetSeconds() == offset, text);
    return 0;
}
