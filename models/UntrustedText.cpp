#include "models/UntrustedText.h"

namespace UntrustedText {

namespace {

constexpr char16_t LRE = 0x202A;
constexpr char16_t RLO = 0x202E;
constexpr char16_t PDF = 0x202C;
constexpr char16_t LRI = 0x2066;
constexpr char16_t FSI = 0x2068;
constexpr char16_t PDI = 0x2069;

bool isEmbeddingOrOverride(char16_t c)
{
    return c >= LRE && c <= RLO && c != PDF;
}

bool isIsolateInitiator(char16_t c)
{
    return c >= LRI && c <= FSI;
}

bool isDirectionControl(char16_t c)
{
    return (c >= LRE && c <= RLO) || (c >= LRI && c <= PDI);
}

QString codePoint(char16_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

QString forTerminal(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'\n' || c == u'\t') {
            out += ch;
        } else if (c == u'\r') {
            out += QLatin1String("\\r");
        } else if (c < 0x20 || c == 0x7f) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else if ((c >= 0x80 && c <= 0x9f) || isDirectionControl(c)) {
            out += u'<' + codePoint(c) + u'>';
        } else {
            out += ch;
        }
    }
    return out;
}

QString isolated(QStringView text)
{
    // What is open, innermost last: 'e' an embedding or override, 'i' an isolate (UAX #9, X1-X8).
    QString open;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isEmbeddingOrOverride(c)) {
            open += u'e';
        } else if (c == PDF) {
            if (open.endsWith(u'e')) // a PDF never closes past an isolate
                open.chop(1);
        } else if (isIsolateInitiator(c)) {
            open += u'i';
        } else if (c == PDI) {
            // Closes the last isolate and every embedding opened inside it.
            const qsizetype last = open.lastIndexOf(u'i');
            if (last >= 0)
                open.truncate(last);
        }
    }
    QString out;
    out.reserve(text.size() + open.size() + 2);
    out += QChar(FSI);
    out += text;
    for (qsizetype i = open.size() - 1; i >= 0; --i)
        out += QChar(open.at(i) == u'e' ? PDF : PDI);
    out += QChar(PDI);
    return out;
}

QStringList directionControls(QStringView text)
{
    QStringList found;
    for (const QChar ch : text) {
        if (isDirectionControl(ch.unicode())) {
            const QString name = codePoint(ch.unicode());
            if (!found.contains(name))
                found << name;
        }
    }
    return found;
}

} // namespace UntrustedText
