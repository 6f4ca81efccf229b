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

bool moves(const SlaReport &r)
{
    for (SlaClocks::Kind kind : Kinds) {
        const SlaClock &c = clockOf(r, kind);
        if (c.state == SlaClock::State::Running
            || (c.state == SlaClock::State::Breached && !c.stoppedAt.isValid()))
            return true;
    }
    return false;
}

quint64 shownKey(const SlaReport &r)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    const auto mix = [&hash](qint64 value) {
        hash ^= quint64(value);
        hash *= 0x100000001b3ULL;
        hash ^= hash >> 29;
    };
    for (SlaClocks::Kind kind : Kinds) {
        const SlaClock &c = clockOf(r, kind);
        mix(qint64(c.state));
        mix(c.targetSeconds);
        mix(c.due.isValid() ? c.due.ticks() : -1);
        mix(c.stoppedAt.isValid() ? c.stoppedAt.ticks() : -1);
        mix(c.elapsedSeconds / 60);
    }
    mix(qint64(r.turn));
    mix(r.turnSince.isValid() ? r.turnSince.ticks() : -1);
    return hash;
}

quint8 armedAfter(quint8 armed, const SlaReport &report, qint64 lead, QList<SlaClocks::Kind> *near)
{
    if (lead <= 0)
        return armed;
    for (SlaClocks::Kind kind : Kinds) {
        const SlaClock &c = clockOf(report, kind);
        const quint8 bit = quint8(1u << int(kind));
        if (c.state == SlaClock::State::Running && c.leftSeconds() > lead) {
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
}

const QList<StatusChange> &ObservedIndex::of(const QString &id) const
{
    static const QList<StatusChange> none;
    if (m_entries.empty())
        return none;
    const size_t hash = qHash(id);
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
    const qint64 lead = qint64(policy.warnBeforeMinutes) * 60;
    briefs.reserve(end - first);
    kept.reserve(size_t(end - first));
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
            kept.emplace_back();
            continue;
        }
        const SlaReport report = computeSla(s, digest, observed.of(s.id), rules, at);
        briefs.append(SlaBrief::of(report));
        // Nothing was armed before: no warning at start.
        kept.push_back({shownKey(report), armedAfter(0, report, lead, nullptr), moves(report)});
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
