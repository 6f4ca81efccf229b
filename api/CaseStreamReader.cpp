#include "api/CaseStreamReader.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace CaseStreamReader {

namespace {

// As QJsonDocument: deeper answers are refused rather than risking the stack.
constexpr int MaxDepth = 1024;

// A string token as it stands in the input, between its quotes.
struct Span
{
    const char *begin = nullptr;
    const char *end = nullptr;
    bool escaped = false; // holds a backslash escape
    bool ascii = true;
};

// Four hex digits at p (bounds checked by the caller); -1 if they are not.
int hex4(const char *p)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        const int digit = c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f'             ? c - 'a' + 10
            : c >= 'A' && c <= 'F'             ? c - 'A' + 10
                                               : -1;
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

// The two-character escapes and what they stand for.
constexpr char EscapeLetters[] = "\"\\/bfnrt";
constexpr char16_t EscapeValues[] = u"\"\\/\b\f\n\r\t";

// Decodes a token already checked by Parser::readString.
QString decode(const Span &s)
{
    if (!s.escaped)
        return QString::fromUtf8(s.begin, s.end - s.begin);
    // Every escape and UTF-8 sequence is at least as long in bytes as in UTF-16 units.
    QString out(s.end - s.begin, Qt::Uninitialized);
    char16_t *const start = reinterpret_cast<char16_t *>(out.data());
    char16_t *d = start;
    for (const char *p = s.begin; p < s.end;) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '\\' && p[1] == 'u') {
            // A high surrogate is followed by its low one (checked): each is copied as it comes.
            *d++ = char16_t(hex4(p + 2));
            p += 6;
        } else if (c == '\\') {
            *d++ = EscapeValues[std::strchr(EscapeLetters, p[1]) - EscapeLetters];
            p += 2;
        } else if (c < 0x80) {
            *d++ = c;
            ++p;
        } else {
            const int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
            char32_t cp = c & (0x3F >> extra);
            for (int i = 1; i <= extra; ++i)
                cp = (cp << 6) | (static_cast<unsigned char>(p[i]) & 0x3F);
            p += extra + 1;
            if (cp >= 0x10000) {
                *d++ = QChar::highSurrogate(cp);
                *d++ = QChar::lowSurrogate(cp);
            } else {
                *d++ = char16_t(cp);
            }
        }
    }
    out.truncate(d - start);
    return out;
}

// Texts that repeat from case to case (types, statuses, sites, services) share one QString per
// distinct value instead of one allocation per field: allocation is most of the cost, and a big
// list takes less memory. A small direct-mapped cache keyed by the input bytes.
class SharedTexts
{
public:
    QString get(const Span &s)
    {
        const qsizetype size = s.end - s.begin;
        if (s.escaped || size > 64)
            return decode(s);
        std::uint32_t hash = 2166136261U; // FNV-1a
        for (const char *p = s.begin; p < s.end; ++p)
            hash = (hash ^ static_cast<unsigned char>(*p)) * 16777619U;
        Slot &slot = m_slots[hash % m_slots.size()];
        if (slot.size != size || std::memcmp(slot.text, s.begin, size_t(size)) != 0)
            slot = {s.begin, size, decode(s)};
        return slot.value;
    }

private:
    struct Slot
    {
        const char *text = nullptr; // in the input, which outlives the parse
        qsizetype size = -1;
        QString value;
    };
    std::array<Slot, 251> m_slots;
};

// The string members of T read from JSON; shared: see SharedTexts.
template<typename T>
struct TextField
{
    QByteArrayView name;
    QString T::*member;
    bool shared;
};

constexpr TextField<Case> CaseTexts[]
    = {{"id", &Case::id, false}, {"subject", &Case::subject, true}, {"type", &Case::type, true},
        {"priority", &Case::priority, true}, {"status", &Case::status, true},
        {"origin", &Case::origin, true}, {"customerReference", &Case::customerReference, false}};
constexpr TextField<Communication> CommunicationTexts[]
    = {{"message", &Communication::message, false}, {"type", &Communication::type, true},
        {"sentBy", &Communication::sentBy, true}};

// In the order CaseJson reads them, which decides which error it reports.
constexpr struct
{
    QByteArrayView name;
    Timestamp Case::*member;
} CaseDates[] = {{"createdDate", &Case::createdDate}, {"lastModifiedDate", &Case::lastModifiedDate},
    {"startOfIncident", &Case::startOfIncident}, {"endOfIncident", &Case::endOfIncident}};
constexpr qsizetype DateCount = std::size(CaseDates);

// The objects on the way to the cases.
constexpr const char *Path[] = {"data", "viewer", "account", "cases"};

// The text of an unreadable date, kept until the case is read; then reported in CaseJson's
// order with its message, in its translation context, so both readers say the same.
using DateError = std::optional<QString>;

CaseJson::SkippedCase unreadableDate(const QString &id, QByteArrayView key, const QString &text)
{
    const QLatin1String field(key.data(), key.size());
    return {id, field,
        QCoreApplication::translate("CaseJson", "unreadable date in %1: “%2”").arg(field, text)};
}

// Every read* and skip* below starts on the first character of its value (never at the end)
// and leaves m_p just after it; false is a malformed answer (m_error).
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(CaseStreamReader)

public:
    explicit Parser(QByteArrayView in)
        : m_begin(in.data())
        , m_p(in.data())
        , m_end(in.data() + in.size())
    { }

    Result run()
    {
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3; // a byte order mark, which QJsonDocument accepts too
        if (!more())
            return {std::nullopt, {}, m_error, false, {}};
        if (*m_p != '{')
            return {std::nullopt, {}, tr("The answer is not a JSON object."), false, {}};
        const bool ok = forEach(1, [&](QByteArrayView key) {
            if (key == "data") {
                m_hasData = true;
                return readPath(2, 0);
            }
            return key == "errors" ? readErrors(2) : skipValue(2);
        });
        skipWhitespace();
        if (ok && m_p != m_end)
            fail(m_p, tr("garbage after the document"));
        if (!m_error.isEmpty())
            return {std::nullopt, {}, m_error, m_hasData, {}};
        return {std::move(m_cases), m_errors, {}, m_hasData, std::move(m_skipped)};
    }

private:
    bool fail(const char *at, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = tr("Malformed answer at byte %1: %2").arg(at - m_begin).arg(what);
        return false;
    }
    bool truncated() { return fail(m_end, tr("unexpected end of input")); }
    // Shapes; what is a name from the schema.
    bool notAnObject(const char *what)
    {
        return fail(m_p, tr("%1 is not an object").arg(QLatin1String(what)));
    }
    bool notAList(const char *what)
    {
        return fail(m_p, tr("%1 is not a list").arg(QLatin1String(what)));
    }
    void skipWhitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    // Skips whitespace and checks that something follows.
    bool more()
    {
        skipWhitespace();
        return m_p < m_end || truncated();
    }
    bool take(char a, char b = 0)
    {
        const bool taken = m_p < m_end && (*m_p == a || (b && *m_p == b));
        m_p += taken;
        return taken;
    }

    bool readString(Span &out)
    {
        const char *p = m_p + 1; // after the opening quote
        out = Span {p, p, false, true};
        for (;;) {
            // Eight plain bytes at a time (none of " \ control or non-ASCII), then one by one.
            constexpr std::uint64_t Ones = 0x0101010101010101ULL, High = Ones * 0x80;
            while (m_end - p >= 8) {
                std::uint64_t w;
                std::memcpy(&w, p, 8);
                const std::uint64_t quote = w ^ (Ones * '"'), backslash = w ^ (Ones * '\\');
                if ((w | (w - Ones * 0x20) | ((quote - Ones) & ~quote)
                        | ((backslash - Ones) & ~backslash))
                    & High)
                    break;
                p += 8;
            }
            while (p < m_end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20
                && static_cast<unsigned char>(*p) < 0x80)
                ++p;
            if (p >= m_end)
                return truncated();
            if (*p == '"') {
                out.end = p;
                m_p = p + 1;
                return true;
            }
            if (*p == '\\')
                out.escaped = true;
            else if (static_cast<unsigned char>(*p) < 0x20)
                return fail(p, tr("control character in a string"));
            else
                out.ascii = false;
            if (!(*p == '\\' ? scanEscape(p) : scanUtf8(p)))
                return false;
        }
    }

    bool scanEscape(const char *&p)
    {
        if (m_end - p < 2)
            return truncated();
        if (p[1] != 'u') {
            if (p[1] == '\0' || !std::strchr(EscapeLetters, p[1]))
                return fail(p, tr("invalid escape sequence"));
            p += 2;
            return true;
        }
        if (m_end - p < 6)
            return truncated();
        const int unit = hex4(p + 2);
        if (unit < 0)
            return fail(p, tr("invalid escape sequence"));
        if (QChar::isLowSurrogate(char32_t(unit)))
            return fail(p, tr("lone surrogate"));
        if (QChar::isHighSurrogate(char32_t(unit))) {
            if (m_end - p < 12)
                return truncated();
            const int low = p[6] == '\\' && p[7] == 'u' ? hex4(p + 8) : -1;
            if (low < 0 || !QChar::isLowSurrogate(char32_t(low)))
                return fail(p, tr("lone surrogate"));
            p += 6;
        }
        p += 6;
        return true;
    }

    // One UTF-8 sequence, shortest form, no surrogates, at most U+10FFFF (RFC 3629).
    bool scanUtf8(const char *&p)
    {
        const auto lead = static_cast<unsigned char>(*p);
        const int extra = lead >= 0xC2 && lead <= 0xDF ? 1
            : lead >= 0xE0 && lead <= 0xEF             ? 2
            : lead >= 0xF0 && lead <= 0xF4             ? 3
                                                       : 0;
        // The range of the second byte.
        const unsigned char low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        const unsigned char high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        if (extra == 0)
            return fail(p, tr("invalid UTF-8"));
        for (int i = 1; i <= extra; ++i) {
            if (p + i >= m_end)
                return truncated();
            const auto c = static_cast<unsigned char>(p[i]);
            if (i == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF))
                return fail(p, tr("invalid UTF-8"));
        }
        p += extra + 1;
        return true;
    }

    bool skipLiteral(QByteArrayView word)
    {
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (m_p + i >= m_end)
                return truncated();
            if (m_p[i] != word[i])
                return fail(m_p + i, tr("unexpected character"));
        }
        m_p += word.size();
        return true;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    bool skipNumber()
    {
        const auto digits = [this] {
            if (m_p >= m_end)
                return truncated();
            const char *start = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            return m_p > start || fail(m_p, tr("invalid number"));
        };
        const char *start = m_p;
        take('-');
        if (!take('0') && !digits())
            return false;
        if (take('.') && !digits())
            return false;
        if (take('e', 'E')) {
            take('+', '-');
            if (!digits())
                return false;
        } else if (m_p - start <= 300) {
            return true; // no exponent, too short to leave a double's range
        }
        // As QJsonDocument: a number a double cannot hold (1e999, 1e-999) is refused.
        double value = 0;
        if (std::from_chars(start, m_p, value).ec == std::errc::result_out_of_range)
            return fail(start, tr("invalid number"));
        return true;
    }

    bool skipValue(int depth)
    {
        const char c = *m_p;
        if (c == '{' || c == '[')
            return forEach(depth, [&](QByteArrayView) { return skipValue(depth + 1); });
        if (c == '"') {
            Span ignored;
            return readString(ignored);
        }
        if (c == '-' || (c >= '0' && c <= '9'))
            return skipNumber();
        return skipLiteral(c == 't' ? "true" : c == 'f' ? "false" : "null");
    }

    // A key's text as UTF-8: the input itself unless it holds escapes (valid until the next key).
    QByteArrayView keyOf(const Span &span)
    {
        if (!span.escaped)
            return QByteArrayView(span.begin, span.end);
        m_keyBuffer = decode(span).toUtf8();
        return m_keyBuffer;
    }

    // An object or array (m_p on '{' or '['). onItem(key) reads one member's value or one
    // element (key empty).
    template<typename OnItem>
    bool forEach(int depth, OnItem onItem)
    {
        const bool object = *m_p == '{';
        const char close = object ? '}' : ']';
        if (depth > MaxDepth)
            return fail(m_p, tr("nesting too deep"));
        ++m_p;
        if (!more())
            return false;
        if (take(close))
            return true;
        for (;;) {
            QByteArrayView key;
            if (object) {
                Span span;
                if (*m_p != '"')
                    return fail(m_p, tr("expected a key"));
                if (!readString(span) || !more())
                    return false;
                if (!take(':'))
                    return fail(m_p, tr("expected “:”"));
                if (!more())
                    return false;
                key = keyOf(span);
            }
            if (!onItem(key) || !more())
                return false;
            if (take(close))
                return true;
            if (!take(','))
                return fail(m_p, object ? tr("expected “,” or “}”") : tr("expected “,” or “]”"));
            if (!more())
                return false;
        }
    }

    // A list of objects or null (what: its name); onObject() reads one object.
    template<typename OnObject>
    bool forEachObject(int depth, const char *what, OnObject onObject)
    {
        if (*m_p == 'n')
            return skipLiteral("null");
        if (*m_p != '[')
            return notAList(what);
        return forEach(depth, [&](QByteArrayView) {
            if (*m_p != '{')
                return fail(m_p, tr("an item of %1 is not an object").arg(QLatin1String(what)));
            return onObject();
        });
    }

    // Path[level]: an object or null on the way to the cases, or the cases.
    bool readPath(int depth, int level)
    {
        // The last occurrence of a key counts: forget what an earlier one held.
        m_cases.reset();
        m_skipped.clear();
        if (level == 3)
            return readCaseList(depth);
        if (*m_p == 'n')
            return skipLiteral("null");
        if (*m_p != '{')
            return notAnObject(Path[level]);
        return forEach(depth, [&](QByteArrayView key) {
            return key == Path[level + 1] ? readPath(depth + 1, level + 1) : skipValue(depth + 1);
        });
    }

    bool readErrors(int depth)
    {
        m_errors = {};
        if (*m_p == 'n')
            return skipLiteral("null");
        if (*m_p != '[')
            return notAList("errors");
        const char *start = m_p;
        if (!skipValue(depth))
            return false;
        // Errors are few and small: checked above, read by QJsonDocument for the same values.
        QJsonParseError error;
        const QJsonDocument document
            = QJsonDocument::fromJson(QByteArray::fromRawData(start, m_p - start), &error);
        if (error.error != QJsonParseError::NoError)
            return fail(start + error.offset, error.errorString());
        m_errors = document.array();
        return true;
    }

    bool readCaseList(int depth)
    {
        const bool null = *m_p == 'n';
        QList<Case> cases;
        QList<CaseJson::SkippedCase> skipped;
        const bool ok = forEachObject(depth, "cases", [&] {
            // An unreadable case is left out and named; the others are read (as CaseJson).
            Case c;
            std::optional<CaseJson::SkippedCase> unreadable;
            if (!readCase(c, unreadable, depth + 1))
                return false;
            if (unreadable)
                skipped.append(std::move(*unreadable));
            else
                cases.append(std::move(c));
            return true;
        });
        if (ok && !null) {
            m_cases = std::move(cases);
            m_skipped = std::move(skipped);
        }
        return ok;
    }

    bool readCase(Case &c, std::optional<CaseJson::SkippedCase> &unreadable, int depth)
    {
        DateError dates[DateCount], timestamp;
        const bool ok = forEach(depth, [&](QByteArrayView key) {
            for (const auto &field : CaseTexts) {
                if (key == field.name)
                    return readText(c.*field.member, field.shared, depth + 1);
            }
            for (qsizetype i = 0; i < DateCount; ++i) {
                if (key == CaseDates[i].name)
                    return readDate(c.*CaseDates[i].member, dates[i], depth + 1);
            }
            if (key == "communications")
                return readCommunications(c.communications, timestamp, depth + 1);
            if (key == "site")
                return readPair(c.siteId, "siteId", c.siteName, "name", depth + 1, "site");
            if (key == "service") {
                return readPair(
                    c.serviceId, "serviceId", c.serviceName, "serviceName", depth + 1, "service");
            }
            return skipValue(depth + 1);
        });
        if (!ok)
            return false;
        // In CaseJson's order: the id, the case's dates, then the first communication's.
        if (c.id.isEmpty()) {
            unreadable = CaseJson::SkippedCase {QString(), QStringLiteral("id"),
                QCoreApplication::translate("CaseJson", "a case without an id")};
            return true;
        }
        for (qsizetype i = 0; i < DateCount && !unreadable; ++i) {
            if (dates[i])
                unreadable = unreadableDate(c.id, CaseDates[i].name, *dates[i]);
        }
        if (!unreadable && timestamp)
            unreadable = unreadableDate(c.id, "timestamp", *timestamp);
        if (unreadable)
            return true;
        // The provider sends the history oldest first; keep it so even if a reply does not.
        const auto earlier = [](const Communication &a, const Communication &b) {
            return a.timestamp < b.timestamp;
        };
        if (!std::is_sorted(c.communications.cbegin(), c.communications.cend(), earlier))
            std::stable_sort(c.communications.begin(), c.communications.end(), earlier);
        return true;
    }

    // `error` gets the first unreadable timestamp, as CaseJson reports the first.
    bool readCommunications(QList<Communication> &out, DateError &error, int depth)
    {
        out.clear();
        error.reset();
        return forEachObject(depth, "communications", [&] {
            Communication m;
            DateError timestamp;
            const bool ok = forEach(depth + 1, [&](QByteArrayView key) {
                for (const auto &field : CommunicationTexts) {
                    if (key == field.name)
                        return readText(m.*field.member, field.shared, depth + 2);
                }
                if (key == "timestamp")
                    return readDate(m.timestamp, timestamp, depth + 2);
                return skipValue(depth + 2);
            });
            if (timestamp && !error)
                error = std::move(timestamp);
            out.append(std::move(m));
            return ok;
        });
    }

    // site or service (what): two strings, or null.
    bool readPair(QString &first, QByteArrayView firstKey, QString &second,
        QByteArrayView secondKey, int depth, const char *what)
    {
        first.clear();
        second.clear();
        if (*m_p == 'n')
            return skipLiteral("null");
        if (*m_p != '{')
            return notAnObject(what);
        return forEach(depth, [&](QByteArrayView key) {
            if (key == firstKey)
                return readText(first, true, depth + 1);
            if (key == secondKey)
                return readText(second, true, depth + 1);
            return skipValue(depth + 1);
        });
    }

    // A string; anything else (null, a number, ...) reads as empty, as QJsonValue::toString().
    bool readText(QString &out, bool shared, int depth)
    {
        Span span;
        if (*m_p != '"') {
            out.clear();
            return skipValue(depth);
        }
        if (!readString(span))
            return false;
        out = shared ? m_shared.get(span) : decode(span);
        return true;
    }

    bool readDate(Timestamp &out, DateError &error, int depth)
    {
        out = {};
        error.reset();
        if (*m_p == 'n')
            return skipLiteral("null");
        Span span;
        if (*m_p != '"') {
            error = QString(); // CaseJson reads a number's or an object's text as empty
            return skipValue(depth);
        }
        if (!readString(span))
            return false;
        std::optional<Timestamp> t;
        // Short plain dates are widened on the stack: no QString to allocate for each.
        constexpr qsizetype Short = 64;
        const qsizetype size = span.end - span.begin;
        if (!span.escaped && span.ascii && size <= Short) {
            char16_t wide[Short];
            std::copy(span.begin, span.end, wide);
            t = Timestamp::parse(QStringView(wide, size));
        } else {
            t = Timestamp::parse(decode(span));
        }
        if (t)
            out = *t;
        else
            error = decode(span);
        return true;
    }

    const char *const m_begin;
    const char *m_p;
    const char *const m_end;
    QString m_error;
    std::optional<QList<Case>> m_cases;
    QList<CaseJson::SkippedCase> m_skipped;
    QJsonArray m_errors;
    bool m_hasData = false;
    QByteArray m_keyBuffer;
    SharedTexts m_shared;
};

} // namespace

Result read(QByteArrayView responseBody)
{
    return Parser(responseBody).run();
}

} // namespace CaseStreamReader
