#pragma once

#include "models/ProviderWords.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>

#include <optional>
#include <utility>

struct Case;
struct StatusChange;

// What the SLA clocks need of a case's thread (docs/sla.md), in a few bytes and without message
// bodies: when the provider first answered, when it spoke at all (messages and status updates),
// the provider questions still or once waiting on our answer, the last message (status updates
// aside) and whether it asks us something, and the statuses the thread's status updates name.
// The store keeps it beside each case (cases.sla_digest, written with the thread, read with the
// case list), so the clocks of every case are computed at start without reading a thread.
//
// Which communication is the provider's, which is a status update and what a status means
// depend on the provider's words: a digest names the words it was made with (stamp()); one made
// with other words is made again from the thread. The policy (targets, pauses) is not in it.
class SlaDigest
{
public:
    // A status the thread names, as the words read it.
    struct Change
    {
        qint64 ticks = 0;
        quint64 word = 0; // wordKey() of the status
        ProviderWords::StatusKind kind = ProviderWords::StatusKind::Unknown;
        bool closed = false;
    };

    SlaDigest() = default; // none: isValid() is false

    // The digest of `c`'s thread under `words`; without the status changes when the caller gives
    // them itself (computeSla() over a whole case).
    static SlaDigest of(const Case &c, const ProviderWords &words, bool withStatusChanges = true);
    // The bytes of bytes(); an invalid digest when they are not one (empty, damaged, older).
    static SlaDigest fromBytes(const QByteArray &bytes);
    const QByteArray &bytes() const { return m_bytes; }
    bool isValid() const { return !m_bytes.isEmpty(); }

    // What decides the words' answers (overrides, learned types), as a number; equal words give
    // equal stamps in every run.
    static quint32 stampOf(const ProviderWords &words);
    // A status word, normalised (ProviderWords::normalised), as a number stable across runs.
    static quint64 wordKey(const QString &status);

    quint32 stamp() const;
    // The provider's first message (status updates aside), in ticks.
    std::optional<qint64> firstProviderMessage() const;
    // The last message (status updates aside; the later in the thread among equal times).
    std::optional<qint64> lastMessage() const;
    // That last message is the provider's and holds a question mark.
    bool lastAsksUs() const;
    // Every communication of the provider (messages and status updates), oldest first.
    int updateCount() const;
    qint64 update(int i) const;
    // From a provider question (the first one after our last message) to our next message;
    // open questions end at the largest qint64.
    int questionCount() const;
    std::pair<qint64, qint64> question(int i) const;
    // The statuses the thread's status updates name, in thread order.
    int changeCount() const;
    Change change(int i) const;

private:
    explicit SlaDigest(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }
    qint64 word64(qsizetype offset) const;
    quint32 word32(qsizetype offset) const;

    QByteArray m_bytes;
};

Q_DECLARE_METATYPE(SlaDigest)
