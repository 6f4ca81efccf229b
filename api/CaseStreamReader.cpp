#include "api/CaseStreamReader.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
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

enum class Key {
    Unknown,
    Data,
    Errors,
    Viewer,
    Account,
    Cases,
    Id,
    Subject,
    Type,
    Priority,
    Status,
    Origin,
    CustomerReference,
    CreatedDate,
    LastModifiedDate,
    StartOfIncident,
    EndOfIncident,
    Communications,
    Site,
    Service,
    Message,
    Timestamp,
    SentBy,
    SiteId,
    Name,
    ServiceId,
    ServiceName
};

struct KeyName
{
    const char *text;
    qsizetype size;
    Key key;
};

template<qsizetype N>
constexpr KeyName entry(const char (&text)[N], Key k)
{
    return {text, N - 1, k};
}

constexpr KeyName KeyNames[] = {entry("data", Key::Data), entry("errors", Key::Errors),
    entry("viewer", Key::Viewer), entry("account", Key::Account), entry("cases", Key::Cases),
    entry("id", Key::Id), entry("subject", Key::Subject), entry("type", Key::Type),
    entry("priority", Key::Priority), entry("status", Key::Status), entry("origin", Key::Origin),
    entry("customerReference", Key::CustomerReference), entry("createdDate", Key::CreatedDate),
    entry("lastModifiedDate", Key::LastModifiedDate),
    entry("startOfIncident", Key::StartOfIncident), entry("endOfIncident", Key::EndOfIncident),
    entry("communications", Key::Communications), entry("site", Key::Site),
    entry("service", Key::Service), entry("message", Key::Message),
    entry("timestamp", Key::Timestamp), entry("sentBy", Key::SentBy), entry("siteId", Key::SiteId),
    entry("name", Key::Name), entry("serviceId", Key::ServiceId),
    entry("serviceName", Key::ServiceName)};

Key lookup(const char *text, qsizetype size)
{
    for (const KeyName &k : KeyNames) {
        if (k.size == size && std::memcmp(k.text, text, size_t(size)) == 0)
            return k.key;
    }
    return Key::Unknown;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Four hex digits at p (bounds checked by the caller); -1 if they are not.
int hex4(const char *p)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

// Decodes a token already checked by Parser::readString.
QString decode(const Span &s)
{
    if (!s.escaped)
        return QString::fromUtf8(s.begin, s.end - s.begin);
    // Every escape and UTF-8 sequence is at least as long in bytes as in UTF-16 units.
    QString out(s.end - s.begin, Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    char16_t *const start = d;
    for (const char *p = s.begin; p < s.end;) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '\\') {
            const char e = p[1];
            p += 2;
            switch (e) {
            case 'b':
                *d++ = u'\b';
                break;
            case 'f':
                *d++ = u'\f';
                break;
            case 'n':
                *d++ = u'\n';
                break;
            case 'r':
                *d++ = u'\r';
                break;
            case 't':
                *d++ = u'\t';
                break;
            case 'u':
                // A high surrogate is followed by its low one: each is written as it comes.
                *d++ = char16_t(hex4(p));
                p += 4;
                break;
            default:
                *d++ = char16_t(e);
                break; // " \ /
            }
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
    out.resize(d - start);
    return out;
}

// CaseJson's messages, in its translation context, so both readers say the same.
QString unreadableDate(const char *key, const QString &text)
{
    return QCoreApplication::translate("CaseJson", "unreadable date in %1: “%2”")
        .arg(QLatin1String(key), text);
}

// An unreadable date seen in the last occurrence of its key; reported once the case is read, in
// CaseJson's order.
struct DateError
{
    bool bad = false;
    QString text;
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(CaseStreamReader)

public:
    explicit Parser(QByteArrayView in)
        : m_begin(in.data())
        , m_p(in.data())
        , m_end(in.data() + in.size())
    { }

    Result run();

private:
    bool fail(const char *at, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = tr("Malformed answer at byte %1: %2").arg(at - m_begin).arg(what);
        return false;
    }
    bool truncated() { return fail(m_end, tr("unexpected end of input")); }
    bool unexpected() { return fail(m_p, tr("unexpected character")); }

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

    bool readString(Span &out);
    bool scanEscape(const char *&p);
    bool scanUtf8(const char *&p);
    bool skipLiteral(const char *word, qsizetype size);
    bool skipNumber();
    bool skipValue(int depth);
    Key readKey(Span &span);
    template<typename OnMember>
    bool forEachMember(int depth, OnMember onMember);
    template<typename OnElement>
    bool forEachElement(int depth, OnElement onElement);

    bool readPath(int depth, Key level);
    bool readErrors(int depth);
    bool readCaseList(int depth);
    bool readCase(Case &c, int depth, QString &caseError);
    bool readCommunications(QList<Communication> &out, DateError &error, int depth);
    bool readPair(
        QString &first, Key firstKey, QString &second, Key secondKey, int depth, const char *what);
    bool readText(QString &out, int depth);
    bool readDate(Timestamp &out, DateError &error, int depth);

    const char *const m_begin;
    const char *m_p;
    const char *const m_end;
    QString m_error;
    std::optional<QList<Case>> m_cases;
    QString m_caseError;
    QJsonArray m_errors;
    bool m_hasData = false;
};

bool Parser::readString(Span &out)
{
    // m_p is on the opening quote.
    const char *p = m_p + 1;
    out = Span {p, p, false, true};
    for (;;) {
        // Eight plain bytes at a time (none of " \ control or non-ASCII), then one by one.
        constexpr std::uint64_t Ones = 0x0101010101010101ULL, High = 0x8080808080808080ULL;
        while (m_end - p >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            const std::uint64_t quote = w ^ (Ones * '"'), backslash = w ^ (Ones * '\\');
            const std::uint64_t special = (w | (w - Ones * 0x20) | ((quote - Ones) & ~quote)
                                              | ((backslash - Ones) & ~backslash))
                & High;
            if (special)
                break;
            p += 8;
        }
        while (p < m_end) {
            const auto c = static_cast<unsigned char>(*p);
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                break;
            ++p;
        }
        if (p >= m_end)
            return truncated();
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"') {
            out.end = p;
            m_p = p + 1;
            return true;
        }
        if (c == '\\') {
            out.escaped = true;
            if (!scanEscape(p))
                return false;
        } else if (c < 0x20) {
            return fail(p, tr("control character in a string"));
        } else {
            out.ascii = false;
            if (!scanUtf8(p))
                return false;
        }
    }
}

bool Parser::scanEscape(const char *&p)
{
    if (m_end - p < 2)
        return truncated();
    switch (p[1]) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        p += 2;
        return true;
    case 'u':
        break;
    default:
        return fail(p, tr("invalid escape sequence"));
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
bool Parser::scanUtf8(const char *&p)
{
    const auto lead = static_cast<unsigned char>(*p);
    int extra = 0;
    unsigned char low = 0x80, high = 0xBF; // range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        extra = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        extra = 2;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        extra = 3;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return fail(p, tr("invalid UTF-8"));
    }
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

bool Parser::skipLiteral(const char *word, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (m_p + i >= m_end)
            return truncated();
        if (m_p[i] != word[i])
            return fail(m_p + i, tr("unexpected character"));
    }
    m_p += size;
    return true;
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool Parser::skipNumber()
{
    const auto digits = [this] {
        const char *start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p > start;
    };
    const auto needDigits = [&] {
        if (m_p >= m_end)
            return truncated();
        return digits() || fail(m_p, tr("invalid number"));
    };
    if (*m_p == '-')
        ++m_p;
    if (m_p < m_end && *m_p == '0')
        ++m_p;
    else if (!needDigits())
        return false;
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (!needDigits())
            return false;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (!needDigits())
            return false;
    }
    return true;
}

// Any value; m_p is on its first character (as for every read* below).
bool Parser::skipValue(int depth)
{
    switch (*m_p) {
    case '{':
        return forEachMember(depth, [&](Key) { return skipValue(depth + 1); });
    case '[':
        return forEachElement(depth, [&] { return skipValue(depth + 1); });
    case '"': {
        Span ignored;
        return readString(ignored);
    }
    case 't':
        return skipLiteral("true", 4);
    case 'f':
        return skipLiteral("false", 5);
    case 'n':
        return skipLiteral("null", 4);
    default:
        if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
            return skipNumber();
        return unexpected();
    }
}

Key Parser::readKey(Span &span)
{
    if (!span.escaped)
        return lookup(span.begin, span.end - span.begin);
    const QByteArray utf8 = decode(span).toUtf8();
    return lookup(utf8.constData(), utf8.size());
}

// m_p is on '{'; onMember(Key) reads the member's value and leaves m_p after it.
template<typename OnMember>
bool Parser::forEachMember(int depth, OnMember onMember)
{
    if (depth > MaxDepth)
        return fail(m_p, tr("nesting too deep"));
    ++m_p;
    if (!more())
        return false;
    if (*m_p == '}') {
        ++m_p;
        return true;
    }
    for (;;) {
        if (*m_p != '"')
            return fail(m_p, tr("expected a key"));
        Span span;
        if (!readString(span) || !more())
            return false;
        if (*m_p != ':')
            return fail(m_p, tr("expected “:”"));
        ++m_p;
        if (!more() || !onMember(readKey(span)) || !more())
            return false;
        if (*m_p == '}') {
            ++m_p;
            return true;
        }
        if (*m_p != ',')
            return fail(m_p, tr("expected “,” or “}”"));
        ++m_p;
        if (!more())
            return false;
    }
}

// m_p is on '['; onElement() reads one element and leaves m_p after it.
template<typename OnElement>
bool Parser::forEachElement(int depth, OnElement onElement)
{
    if (depth > MaxDepth)
        return fail(m_p, tr("nesting too deep"));
    ++m_p;
    if (!more())
        return false;
    if (*m_p == ']') {
        ++m_p;
        return true;
    }
    for (;;) {
        if (!onElement() || !more())
            return false;
        if (*m_p == ']') {
            ++m_p;
            return true;
        }
        if (*m_p != ',')
            return fail(m_p, tr("expected “,” or “]”"));
        ++m_p;
        if (!more())
            return false;
    }
}

Result Parser::run()
{
    if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
        m_p += 3; // a byte order mark, which QJsonDocument accepts too
    if (!more())
        return {std::nullopt, {}, m_error, false};
    if (*m_p != '{')
        return {std::nullopt, {}, tr("The answer is not a JSON object."), false};
    const bool ok = forEachMember(1, [&](Key key) {
        switch (key) {
        case Key::Data:
            m_hasData = true;
            return readPath(2, Key::Data);
        case Key::Errors:
            return readErrors(2);
        default:
            return skipValue(2);
        }
    });
    if (ok) {
        skipWhitespace();
        if (m_p != m_end)
            fail(m_p, tr("garbage after the document"));
    }
    if (!m_error.isEmpty())
        return {std::nullopt, {}, m_error, m_hasData};
    if (!m_caseError.isEmpty())
        return {std::nullopt, m_errors, m_caseError, m_hasData};
    return {std::move(m_cases), m_errors, {}, m_hasData};
}

// data, viewer or account (level): an object or null on the way to the cases.
bool Parser::readPath(int depth, Key level)
{
    // The last occurrence of a key counts: forget what an earlier one held.
    m_cases.reset();
    m_caseError.clear();
    if (*m_p == 'n')
        return skipLiteral("null", 4);
    if (*m_p != '{') {
        const char *name = level == Key::Data ? "data"
            : level == Key::Viewer            ? "viewer"
                                              : "account";
        return fail(m_p, tr("%1 is not an object").arg(QLatin1String(name)));
    }
    const Key next = level == Key::Data ? Key::Viewer
        : level == Key::Viewer          ? Key::Account
                                        : Key::Cases;
    return forEachMember(depth, [&](Key key) {
        if (key != next)
            return skipValue(depth + 1);
        return next == Key::Cases ? readCaseList(depth + 1) : readPath(depth + 1, next);
    });
}

bool Parser::readErrors(int depth)
{
    m_errors = {};
    if (*m_p == 'n')
        return skipLiteral("null", 4);
    if (*m_p != '[')
        return fail(m_p, tr("errors is not a list"));
    const char *start = m_p;
    if (!skipValue(depth))
        return false;
    // Errors are few and small: checked above, read with QJsonDocument for exact QJsonValues.
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromRawData(start, m_p - start), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(start + error.offset, error.errorString());
    m_errors = document.array();
    return true;
}

bool Parser::readCaseList(int depth)
{
    m_cases.reset();
    m_caseError.clear();
    if (*m_p == 'n')
        return skipLiteral("null", 4);
    if (*m_p != '[')
        return fail(m_p, tr("cases is not a list"));
    QList<Case> cases;
    const bool ok = forEachElement(depth, [&] {
        if (*m_p != '{')
            return fail(m_p, tr("a case is not an object"));
        // After an unreadable case the rest is only checked, as CaseJson stops there.
        if (!m_caseError.isEmpty())
            return skipValue(depth + 1);
        Case c;
        if (!readCase(c, depth + 1, m_caseError))
            return false;
        if (m_caseError.isEmpty())
            cases.append(std::move(c));
        return true;
    });
    if (ok && m_caseError.isEmpty())
        m_cases = std::move(cases);
    return ok;
}

bool Parser::readCase(Case &c, int depth, QString &caseError)
{
    DateError created, modified, start, end, communication;
    const bool ok = forEachMember(depth, [&](Key key) {
        switch (key) {
        case Key::Id:
            return readText(c.id, depth + 1);
        case Key::Subject:
            return readText(c.subject, depth + 1);
        case Key::Type:
            return readText(c.type, depth + 1);
        case Key::Priority:
            return readText(c.priority, depth + 1);
        case Key::Status:
            return readText(c.status, depth + 1);
        case Key::Origin:
            return readText(c.origin, depth + 1);
        case Key::CustomerReference:
            return readText(c.customerReference, depth + 1);
        case Key::CreatedDate:
            return readDate(c.createdDate, created, depth + 1);
        case Key::LastModifiedDate:
            return readDate(c.lastModifiedDate, modified, depth + 1);
        case Key::StartOfIncident:
            return readDate(c.startOfIncident, start, depth + 1);
        case Key::EndOfIncident:
            return readDate(c.endOfIncident, end, depth + 1);
        case Key::Communications:
            return readCommunications(c.communications, communication, depth + 1);
        case Key::Site:
            return readPair(c.siteId, Key::SiteId, c.siteName, Key::Name, depth + 1, "site");
        case Key::Service:
            return readPair(
                c.serviceId, Key::ServiceId, c.serviceName, Key::ServiceName, depth + 1, "service");
        default:
            return skipValue(depth + 1);
        }
    });
    if (!ok)
        return false;
    if (c.id.isEmpty())
        caseError = QCoreApplication::translate("CaseJson", "a case without an id");
    else if (created.bad)
        caseError = unreadableDate("createdDate", created.text);
    else if (modified.bad)
        caseError = unreadableDate("lastModifiedDate", modified.text);
    else if (start.bad)
        caseError = unreadableDate("startOfIncident", start.text);
    else if (end.bad)
        caseError = unreadableDate("endOfIncident", end.text);
    else if (communication.bad)
        caseError = unreadableDate("timestamp", communication.text);
    if (!caseError.isEmpty())
        return true;
    // The provider sends the history oldest first; keep it so even if a reply does not.
    const auto earlier
        = [](const Communication &a, const Communication &b) { return a.timestamp < b.timestamp; };
    if (!std::is_sorted(c.communications.cbegin(), c.communications.cend(), earlier))
        std::stable_sort(c.communications.begin(), c.communications.end(), earlier);
    return true;
}

// `error` gets the first unreadable timestamp, as CaseJson reports the first.
bool Parser::readCommunications(QList<Communication> &out, DateError &error, int depth)
{
    out.clear();
    error = {};
    if (*m_p == 'n')
        return skipLiteral("null", 4);
    if (*m_p != '[')
        return fail(m_p, tr("communications is not a list"));
    return forEachElement(depth, [&] {
        if (*m_p != '{')
            return fail(m_p, tr("a communication is not an object"));
        Communication m;
        DateError timestamp;
        const bool ok = forEachMember(depth + 1, [&](Key key) {
            switch (key) {
            case Key::Message:
                return readText(m.message, depth + 2);
            case Key::Type:
                return readText(m.type, depth + 2);
            case Key::SentBy:
                return readText(m.sentBy, depth + 2);
            case Key::Timestamp:
                return readDate(m.timestamp, timestamp, depth + 2);
            default:
                return skipValue(depth + 2);
            }
        });
        if (timestamp.bad && !error.bad)
            error = std::move(timestamp);
        out.append(std::move(m));
        return ok;
    });
}

// site or service (what): two strings, or null.
bool Parser::readPair(
    QString &first, Key firstKey, QString &second, Key secondKey, int depth, const char *what)
{
    first.clear();
    second.clear();
    if (*m_p == 'n')
        return skipLiteral("null", 4);
    if (*m_p != '{')
        return fail(m_p, tr("%1 is not an object").arg(QLatin1String(what)));
    return forEachMember(depth, [&](Key key) {
        if (key == firstKey)
            return readText(first, depth + 1);
        if (key == secondKey)
            return readText(second, depth + 1);
        return skipValue(depth + 1);
    });
}

// A string; anything else (null, a number, ...) reads as empty, as QJsonValue::toString().
bool Parser::readText(QString &out, int depth)
{
    if (*m_p != '"') {
        out.clear();
        return skipValue(depth);
    }
    Span span;
    if (!readString(span))
        return false;
    out = decode(span);
    return true;
}

bool Parser::readDate(Timestamp &out, DateError &error, int depth)
{
    out = {};
    error = {};
    if (*m_p == 'n')
        return skipLiteral("null", 4);
    if (*m_p != '"') {
        // CaseJson reads the text of a number or an object as empty: unreadable.
        error.bad = true;
        return skipValue(depth);
    }
    Span span;
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
    if (t) {
        out = *t;
    } else {
        error.bad = true;
        error.text = decode(span);
    }
    return true;
}

} // namespace

Result read(QByteArrayView responseBody)
{
    return Parser(responseBody).run();
}

} // namespace CaseStreamReader
