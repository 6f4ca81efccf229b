#include "models/SlaDigest.h"

#include "models/Case.h"
#include "models/SlaClock.h"

#include <QtEndian>

#include <algorithm>
#include <limits>
#include <vector>

// The bytes, little-endian: a header of 40 bytes (version, flags, stamp, first provider message,
// last message, the three counts), then the provider's updates (8 bytes each), the questions
// (16: from, to) and the status changes (24: ticks, word, kind, closed).
namespace {

constexpr quint8 Version = 1;
constexpr qsizetype HeaderSize = 40;
constexpr qsizetype ChangeSize = 24;
constexpr quint8 HasFirst = 1;
constexpr quint8 HasLast = 2;
constexpr quint8 LastAsks = 4;
constexpr qint64 Forever = std::numeric_limits<qint64>::max();

void put64(QByteArray &bytes, qsizetype offset, quint64 value)
{
    qToLittleEndian(value, bytes.data() + offset);
}

void put32(QByteArray &bytes, qsizetype offset, quint32 value)
{
    qToLittleEndian(value, bytes.data() + offset);
}

quint64 fnv(quint64 hash, const QString &text)
{
    for (const QChar ch : text) {
        hash ^= ch.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

constexpr quint64 FnvBasis = 0xcbf29ce484222325ULL;

struct Facts
{
    std::optional<qint64> first;
    const Communication *last = nullptr;
    std::vector<qint64> updates;
    std::vector<std::pair<qint64, qint64>> questions;
};

bool asksUs(const Communication &m, const ProviderWords &words)
{
    return m.isFromProvider(words) && !words.isStatusUpdate(m.type) && m.message.contains(u'?');
}

// The same walk over the thread as the rules in SlaClock.cpp made before the digest.
Facts factsOf(const Case &c, const ProviderWords &words)
{
    Facts f;
    std::optional<qint64> questionAt;
    for (const Communication &m : c.communications) {
        if (!m.timestamp.isValid())
            continue;
        const qint64 at = m.timestamp.ticks();
        const bool provider = m.isFromProvider(words);
        const bool statusUpdate = words.isStatusUpdate(m.type);
        if (provider)
            f.updates.push_back(at);
        if (provider && !statusUpdate)
            f.first = std::min(f.first.value_or(Forever), at);
        if (!statusUpdate && (!f.last || f.last->timestamp <= m.timestamp))
            f.last = &m;
        if (asksUs(m, words) && !questionAt) {
            questionAt = at;
        } else if (!provider && questionAt) {
            f.questions.push_back({*questionAt, at});
            questionAt.reset();
        }
    }
    if (questionAt)
        f.questions.push_back({*questionAt, Forever});
    std::sort(f.updates.begin(), f.updates.end());
    return f;
}

} // namespace

SlaDigest SlaDigest::of(const Case &c, const ProviderWords &words, bool withStatusChanges)
{
    const Facts f = factsOf(c, words);
    const QList<StatusChange> changes
        = withStatusChanges ? statusChangesFromThread(c, words) : QList<StatusChange>();
    const qsizetype updatesAt = HeaderSize;
    const qsizetype questionsAt = updatesAt + qsizetype(f.updates.size()) * 8;
    const qsizetype changesAt = questionsAt + qsizetype(f.questions.size()) * 16;
    QByteArray bytes(changesAt + changes.size() * ChangeSize, '\0');
    quint8 flags = 0;
    flags |= f.first ? HasFirst : 0;
    flags |= f.last ? HasLast : 0;
    flags |= f.last && asksUs(*f.last, words) ? LastAsks : 0;
    bytes[0] = char(Version);
    bytes[1] = char(flags);
    put32(bytes, 4, stampOf(words));
    put64(bytes, 8, quint64(f.first.value_or(0)));
    put64(bytes, 16, quint64(f.last ? f.last->timestamp.ticks() : 0));
    put32(bytes, 24, quint32(f.updates.size()));
    put32(bytes, 28, quint32(f.questions.size()));
    put32(bytes, 32, quint32(changes.size()));
    for (size_t i = 0; i < f.updates.size(); ++i)
        put64(bytes, updatesAt + qsizetype(i) * 8, quint64(f.updates[i]));
    for (size_t i = 0; i < f.questions.size(); ++i) {
        put64(bytes, questionsAt + qsizetype(i) * 16, quint64(f.questions[i].first));
        put64(bytes, questionsAt + qsizetype(i) * 16 + 8, quint64(f.questions[i].second));
    }
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const qsizetype at = changesAt + i * ChangeSize;
        put64(bytes, at, quint64(changes.at(i).at.ticks()));
        put64(bytes, at + 8, wordKey(changes.at(i).status));
        bytes[at + 16] = char(words.statusKind(changes.at(i).status));
        bytes[at + 17] = char(words.isClosed(changes.at(i).status) ? 1 : 0);
    }
    return SlaDigest(std::move(bytes));
}

SlaDigest SlaDigest::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() < HeaderSize || quint8(bytes.at(0)) != Version)
        return {};
    const SlaDigest d(bytes);
    const qint64 expected = HeaderSize + qint64(d.word32(24)) * 8 + qint64(d.word32(28)) * 16
        + qint64(d.word32(32)) * ChangeSize;
    return expected == bytes.size() ? d : SlaDigest();
}

quint32 SlaDigest::stampOf(const ProviderWords &words)
{
    quint64 hash = FnvBasis;
    const auto list = [&hash](const QStringList &items, char16_t separator) {
        for (const QString &item : items)
            hash = fnv(hash, item + separator);
        hash = fnv(hash, QStringLiteral("|"));
    };
    list(words.overrides().ourTypes, u'\x1f');
    list(words.overrides().closedStatuses, u'\x1f');
    list(words.learned().ourTypes, u'\x1f');
    const std::optional<bool> echoes = words.learned().echoesSender;
    hash = fnv(hash, echoes ? (*echoes ? QStringLiteral("1") : QStringLiteral("0")) : QString());
    return quint32(hash ^ (hash >> 32));
}

quint64 SlaDigest::wordKey(const QString &status)
{
    return fnv(FnvBasis, ProviderWords::normalised(status));
}

qint64 SlaDigest::word64(qsizetype offset) const
{
    return qFromLittleEndian<qint64>(m_bytes.constData() + offset);
}

quint32 SlaDigest::word32(qsizetype offset) const
{
    return qFromLittleEndian<quint32>(m_bytes.constData() + offset);
}

quint32 SlaDigest::stamp() const
{
    return isValid() ? word32(4) : 0;
}

std::optional<qint64> SlaDigest::firstProviderMessage() const
{
    if (!isValid() || !(quint8(m_bytes.at(1)) & HasFirst))
        return std::nullopt;
    return word64(8);
}

std::optional<qint64> SlaDigest::lastMessage() const
{
    if (!isValid() || !(quint8(m_bytes.at(1)) & HasLast))
        return std::nullopt;
    return word64(16);
}

bool SlaDigest::lastAsksUs() const
{
    return isValid() && (quint8(m_bytes.at(1)) & LastAsks);
}

int SlaDigest::updateCount() const
{
    return isValid() ? int(word32(24)) : 0;
}

qint64 SlaDigest::update(int i) const
{
    return word64(HeaderSize + qsizetype(i) * 8);
}

int SlaDigest::questionCount() const
{
    return isValid() ? int(word32(28)) : 0;
}

std::pair<qint64, qint64> SlaDigest::question(int i) const
{
    const qsizetype at = HeaderSize + qsizetype(updateCount()) * 8 + qsizetype(i) * 16;
    return {word64(at), word64(at + 8)};
}

int SlaDigest::changeCount() const
{
    return isValid() ? int(word32(32)) : 0;
}

SlaDigest::Change SlaDigest::change(int i) const
{
    const qsizetype at = HeaderSize + qsizetype(updateCount()) * 8 + qsizetype(questionCount()) * 16
        + i * ChangeSize;
    Change c;
    c.ticks = word64(at);
    c.word = quint64(word64(at + 8));
    c.kind = ProviderWords::StatusKind(quint8(m_bytes.at(at + 16)));
    c.closed = m_bytes.at(at + 17) != 0;
    return c;
}
