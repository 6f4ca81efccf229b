#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct Communication;

// The SHA-256 of a case's thread as received, so a dispute can show the record was not edited
// (docs/dossier.md, Manifest). The provider gives communications no id and the store keeps them
// parsed (text, type, sender, instant with the offset the server wrote), not the bytes of the
// answer, so the digest is over a canonical serialisation of those fields, which anyone holding
// the dossier's JSON (or the provider's answer) can compute again:
// one line per communication, UTF-8, each a JSON object with exactly the keys
// timestamp, type, sentBy, message in that order, no spaces, strings escaped as JSON does
// (\" \\ \b \f \n \r \t, other characters below U+0020 as \u00xx, everything else as itself),
// the line ending in \n; the lines sorted by instant, then by their bytes (so the order the
// communications came in, which the API does not fix for equal times, does not matter).
// `timestamp` is Timestamp::toIsoString(): seven fractional digits and the server's offset.
namespace ThreadDigest {

inline constexpr auto Basis = "canonical-communications-v1";

// The serialisation described above.
QByteArray canonical(const QList<Communication> &thread);
// Lower-case hex SHA-256 of canonical(thread).
QString sha256(const QList<Communication> &thread);
// One communication's line, without the final \n (exposed for the tests).
QByteArray line(const Communication &c);

} // namespace ThreadDigest
