#pragma once

#include <QString>

// How long what the engineer writes may be, checked before anything is queued: a change the
// provider would refuse is refused here, with a clear reason, instead of going out and failing
// (or, for a huge message, timing out with an unknown outcome). The provider's article gives no
// numbers; these are the sandbox's decisions (sandbox/README.md, "Decisions", item 9 and
// sandbox/lib/store.js), which the client takes as its own limits. Lengths count UTF-16 code
// units, as the server does.
namespace Limits {

// A message (a reply, or a new case's first message).
inline constexpr qsizetype MaxMessageLength = 32'000;
// A customer reference.
inline constexpr qsizetype MaxReferenceLength = 255;
// Who is writing ("sent by"): the sandbox does not check it; the client holds it to the same
// limit as a reference, a name's worth of text.
inline constexpr qsizetype MaxSentByLength = 255;

// What keeps each from being sent, for the engineer; empty when it may be sent.
QString messageProblem(const QString &message);
QString referenceProblem(const QString &reference);
QString sentByProblem(const QString &sentBy);

} // namespace Limits
