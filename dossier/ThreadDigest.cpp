#include "dossier/ThreadDigest.h"

#include "models/Case.h"

#include <QCryptographicHash>

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace ThreadDigest {
namespace {

void appendString(QByteArray &out, const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto byte = static_cast<unsigned char>(ch);
        switch (byte) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += hex[byte >> 4];
                out += hex[byte & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

} // namespace

QByteArray line(const Communication &c)
{
    QByteArray out;
    out.reserve(c.message.size() + 128);
    out += "{\"timestamp\":";
    appendString(out, c.timestamp.isValid() ? c.timestamp.toIsoString() : QString());
    out += ",\"type\":";
    appendString(out, c.type);
    out += ",\"sentBy\":";
    appendString(out, c.sentBy);
    out += ",\"message\":";
    appendString(out, c.message);
    out += '}';
    return out;
}

QByteArray canonical(const QList<Communication> &thread)
{
    std::vector<std::pair<qint64, QByteArray>> lines;
    lines.reserve(thread.size());
    qsizetype size = 0;
    for (const Communication &c : thread) {
        lines.emplace_back(
            c.timestamp.isValid() ? c.timestamp.ticks() : std::numeric_limits<qint64>::min(),
            line(c));
        size += lines.back().second.size() + 1;
    }
    std::sort(lines.begin(), lines.end());
    QByteArray out;
    out.reserve(size);
    for (const auto &[ticks, text] : lines) {
        out += text;
        out += '\n';
    }
    return out;
}

QString sha256(const QList<Communication> &thread)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(thread), QCryptographicHash::Sha256).toHex());
}

} // namespace ThreadDigest
