#include "session/SlaClocksStart.h"

#include <algorithm>
#include <system_error>
#include <thread>

namespace SlaClocksStart {

const SlaClock &clockOf(const SlaReport &r, SlaClocks::Kind kind)
{
    switch (kind) {
    case SlaClocks::Kind::FirstResponse:
        return r.firstResponse;
    case SlaClocks::Kind::UpdateGap:
        return r.updateGap;
    case SlaClocks::Kind::Restore:
        break;
    }
    return r.restore;
}

bool moves(const SlaBrief &b)
{
    return std::any_of(std::cbegin(b.clocks), std::cend(b.clocks), [](const SlaBrief::Clock &c) {
        return c.state == SlaClock::State::Running
            || (c.state == SlaClock::State::Breached && !c.stopped);
    });
}

quint64 shownKey(const SlaBrief &b)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    const auto mix = [&hash](qint64 value) {
        hash ^= quint64(value);
        hash *= 0x100000001b3ULL;
        hash ^= hash >> 29;
    };
    for (const SlaBrief::Clock &c : b.clocks) {
        mix(qint64(c.state) << 1 | qint64(c.stopped));
        mix(c.targetSeconds);
        mix(c.elapsedSeconds / 60);
    }
    mix(b.nextBreachTicks);
    mix(b.turnSinceTicks);
    mix(qint64(b.turn) << 8 | qint64(b.headline));
    return hash;
}

quint8 armedAfter(quint8 armed, const SlaBrief &brief, qint64 lead, QList<SlaClocks::Kind> *near)
{
    if (lead <= 0)
        return armed;
    for (SlaClocks::Kind kind : Kinds) {
        const SlaBrief::Clock &c = brief.clocks[int(kind)];
        const quint8 bit = quint8(1u << int(kind));
        if (c.state == SlaClock::State::Running
            && qint64(c.targetSeconds) - qint64(c.elapsedSeconds) > lead) {
            armed |= bit;
            continue;
        }
        if (c.state != SlaClock::State::Running || !(armed & bit))
            continue;
        armed &= quint8(~bit);
        if (near)
            near->append(kind);
    }
    return armed;
}

SlaDigest digestOf(const CaseSummary &s)
{
    return SlaDigest::fromBytes(
        QByteArray::fromRawData(s.slaDigest.constData(), s.slaDigest.size()));
}

SlaDigest usableDigestOf(const CaseSummary &s, quint32 stamp)
{
    SlaDigest digest = digestOf(s);
    return digest.isValid() && digest.stamp() == stamp ? digest : SlaDigest();
}

ObservedIndex::ObservedIndex(const QHash<QString, QList<StatusChange>> &observed)
{
    m_entries.reserve(size_t(observed.size()));
    for (auto it = observed.cbegin(); it != observed.cend(); ++it)
        m_entries.push_back({qHash(it.key()), &it.key(), &it.value()});
    std::sort(m_entries.begin(), m_entries.end(),
        [](const Entry &a, const Entry &b) { return a.hash < b.hash; });
    // 32 bits per entry (a case without any passes one time in 32 or fewer), a power of two.
    size_t words = 1;
    while (words * 64 < m_entries.size() * 32)
        words *= 2;
    m_bits.assign(words, 0);
    for (const Entry &e : m_entries) {
        const size_t bit = e.hash & (words * 64 - 1);
        m_bits[bit / 64] |= quint64(1) << (bit % 64);
    }
}

const QList<StatusChange> &ObservedIndex::of(const QString &id) const
{
    static const QList<StatusChange> none;
    if (m_entries.empty())
        return none;
    const size_t hash = qHash(id);
    const size_t bit = hash & (m_bits.size() * 64 - 1);
    if (!(m_bits[bit / 64] & (quint64(1) << (bit % 64))))
        return none;
    auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), hash,
        [](const Entry &e, size_t h) { return e.hash < h; });
    for (; it != m_entries.cend() && it->hash == hash; ++it) {
        if (*it->id == id)
            return *it->changes;
    }
    return none;
}

void LoadPart::compute(const QList<CaseSummary> &summaries, const ObservedIndex &observed,
    const SlaPolicy &policy, const ProviderWords &words, quint32 stamp, const Timestamp &at)
{
    const SlaRules rules(policy, words);
    briefs.reserve(end - first);
    for (qsizetype i = first; i < end; ++i) {
        // The summaries are in the list's order, their digests and ids where the store read
        // them (another order): asked for ahead, they are in the cache when needed.
        if (i + PrefetchAhead < end) {
            const CaseSummary &ahead = summaries.at(i + PrefetchAhead);
            prefetch(ahead.slaDigest.constData());
            prefetch(ahead.id.constData());
        }
        const CaseSummary &s = summaries.at(i);
        const SlaDigest digest = usableDigestOf(s, stamp);
        if (!digest.isValid()) {
            skipped.append(i);
            briefs.append(SlaBrief());
            continue;
        }
        briefs.append(SlaBrief::of(computeSla(s, digest, observed.of(s.id), rules, at)));
    }
}

void computeParts(std::vector<LoadPart> &parts, const QList<CaseSummary> &summaries,
    const ObservedIndex &observed, const SlaPolicy &policy, const ProviderWords &words,
    quint32 stamp, const Timestamp &at)
{
    const auto compute
        = [&](LoadPart &part) { part.compute(summaries, observed, policy, words, stamp, at); };
    std::vector<std::thread> helpers;
    std::vector<LoadPart *> left;
    for (size_t k = 1; k < parts.size(); ++k) {
        try {
            helpers.emplace_back(compute, std::ref(parts[k]));
        } catch (const std::system_error &) {
            left.push_back(&parts[k]);
        }
    }
    if (!parts.empty())
        compute(parts.front());
    for (LoadPart *part : left)
        compute(*part);
    for (std::thread &helper : helpers)
        helper.join();
}

} // namespace SlaClocksStart
