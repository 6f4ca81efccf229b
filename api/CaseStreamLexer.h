#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstring>

namespace CaseStreamReader {

// The JSON half of CaseStreamReader: walks the raw UTF-8 body byte by byte and checks it
// strictly (RFC 8259; see CaseStreamReader.h for what is refused), reading strings as spans of
// the input and skipping the values nobody asked for. What the values mean (the path to the
// cases, the case and communication fields) is the reader's, which derives from this class.
//
// Every read* and skip* starts on the first character of its value (never at the end) and
// leaves m_p just after it; false is a malformed answer, described in m_error (the first
// failure counts). Its words keep the tr() context CaseStreamReader.
class JsonLexer
{
    Q_DECLARE_TR_FUNCTIONS(CaseStreamReader)

public:
    // As QJsonDocument: deeper answers are refused rather than risking the stack.
    static constexpr int MaxDepth = 1024;

    // A string token as it stands in the input, between its quotes.
    struct Span
    {
        const char *begin = nullptr;
        const char *end = nullptr;
        bool escaped = false; // holds a backslash escape
        bool ascii = true;
    };

    // Decodes a token already checked by readString.
    static QString decode(const Span &s);

    explicit JsonLexer(QByteArrayView in)
        : m_begin(in.data())
        , m_p(in.data())
        , m_end(in.data() + in.size())
    { }

protected:
    bool fail(const char *at, const QString &what);
    bool truncated();
    // Shapes; what is a name from the schema.
    bool notAnObject(const char *what);
    bool notAList(const char *what);

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

    bool readString(Span &out);
    bool skipLiteral(QByteArrayView word);
    bool skipNumber();
    bool skipValue(int depth);
    // A key's text as UTF-8: the input itself unless it holds escapes (valid until the next key).
    QByteArrayView keyOf(const Span &span);

    // An object or array (m_p on '{' or '['). onItem(key) reads one member's value or one
    // element (key empty).
    template<typename OnItem>
    bool forEach(int depth, OnItem onItem);
    // A list of objects or null (what: its name); onObject() reads one object.
    template<typename OnObject>
    bool forEachObject(int depth, const char *what, OnObject onObject);

    const char *const m_begin;
    const char *m_p;
    const char *const m_end;
    QString m_error;

private:
    bool scanEscape(const char *&p);
    bool scanUtf8(const char *&p);
    // A member's key and its colon, leaving m_p on the value.
    bool readKey(QByteArrayView &key);

    QByteArray m_keyBuffer;
};

// The hot paths, here so that the reader inlines them as it did when both were one file.
inline bool JsonLexer::readString(Span &out)
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

inline bool JsonLexer::skipLiteral(QByteArrayView word)
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

inline QByteArrayView JsonLexer::keyOf(const Span &span)
{
    if (!span.escaped)
        return QByteArrayView(span.begin, span.end);
    m_keyBuffer = decode(span).toUtf8();
    return m_keyBuffer;
}

inline bool JsonLexer::readKey(QByteArrayView &key)
{
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
    return true;
}

template<typename OnItem>
bool JsonLexer::forEach(int depth, OnItem onItem)
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
        if (object && !readKey(key))
            return false;
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

template<typename OnObject>
bool JsonLexer::forEachObject(int depth, const char *what, OnObject onObject)
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

} // namespace CaseStreamReader
