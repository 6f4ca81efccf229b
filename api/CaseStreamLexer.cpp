#include "api/CaseStreamLexer.h"

#include <charconv>
#include <cstdint>
#include <cstring>

namespace CaseStreamReader {

// The words below name their context, CaseStreamReader, in full: lupdate reads this file
// without the header, so tr() here would file them under JsonLexer.

namespace {

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

} // namespace

QString JsonLexer::decode(const Span &s)
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

bool JsonLexer::fail(const char *at, const QString &what)
{
    if (m_error.isEmpty())
        m_error = QCoreApplication::translate("CaseStreamReader", "Malformed answer at byte %1: %2")
                      .arg(at - m_begin)
                      .arg(what);
    return false;
}

bool JsonLexer::truncated()
{
    return fail(m_end, QCoreApplication::translate("CaseStreamReader", "unexpected end of input"));
}

bool JsonLexer::notAnObject(const char *what)
{
    return fail(m_p,
        QCoreApplication::translate("CaseStreamReader", "%1 is not an object")
            .arg(QLatin1String(what)));
}

bool JsonLexer::notAList(const char *what)
{
    return fail(m_p,
        QCoreApplication::translate("CaseStreamReader", "%1 is not a list")
            .arg(QLatin1String(what)));
}

bool JsonLexer::scanEscape(const char *&p)
{
    if (m_end - p < 2)
        return truncated();
    if (p[1] != 'u') {
        if (p[1] == '\0' || !std::strchr(EscapeLetters, p[1]))
            return fail(
                p, QCoreApplication::translate("CaseStreamReader", "invalid escape sequence"));
        p += 2;
        return true;
    }
    if (m_end - p < 6)
        return truncated();
    const int unit = hex4(p + 2);
    if (unit < 0)
        return fail(p, QCoreApplication::translate("CaseStreamReader", "invalid escape sequence"));
    if (QChar::isLowSurrogate(char32_t(unit)))
        return fail(p, QCoreApplication::translate("CaseStreamReader", "lone surrogate"));
    if (QChar::isHighSurrogate(char32_t(unit))) {
        if (m_end - p < 12)
            return truncated();
        const int low = p[6] == '\\' && p[7] == 'u' ? hex4(p + 8) : -1;
        if (low < 0 || !QChar::isLowSurrogate(char32_t(low)))
            return fail(p, QCoreApplication::translate("CaseStreamReader", "lone surrogate"));
        p += 6;
    }
    p += 6;
    return true;
}

// One UTF-8 sequence, shortest form, no surrogates, at most U+10FFFF (RFC 3629).
bool JsonLexer::scanUtf8(const char *&p)
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
        return fail(p, QCoreApplication::translate("CaseStreamReader", "invalid UTF-8"));
    for (int i = 1; i <= extra; ++i) {
        if (p + i >= m_end)
            return truncated();
        const auto c = static_cast<unsigned char>(p[i]);
        if (i == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF))
            return fail(p, QCoreApplication::translate("CaseStreamReader", "invalid UTF-8"));
    }
    p += extra + 1;
    return true;
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool JsonLexer::skipNumber()
{
    const auto digits = [this] {
        if (m_p >= m_end)
            return truncated();
        const char *start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p > start
            || fail(m_p, QCoreApplication::translate("CaseStreamReader", "invalid number"));
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
        return fail(start, QCoreApplication::translate("CaseStreamReader", "invalid number"));
    return true;
}

bool JsonLexer::skipValue(int depth)
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

} // namespace CaseStreamReader
