#pragma once

#include <QString>

struct CaseSummary;
struct Communication;
class ProviderWords;
class Timestamp;

// What the context menus copy: plain text for a ticket, a chat or an e-mail, with times that
// say their offset from UTC, so that they read the same wherever they are pasted.
namespace CaseClipboardText {

// "3 Dec 2026 14:05 (UTC+01:00)": the local time as the list shows it, and its offset from UTC.
QString dateTime(const Timestamp &t);
// Who wrote a message, as the thread names them: its sender, else "Us" or "Provider".
QString sender(const Communication &m, const ProviderWords &words);
// "Provider NOC — 3 Dec 2026 14:05 (UTC+01:00)" and the message's text on the next lines.
QString message(const Communication &m, const ProviderWords &words);
// The case, a fact a line: id, subject and type, priority, status, service, site, created, last
// modified, the engineer's reference and the last message's sender and time (`lastMessage`, or
// only its time from `c` when null).
QString summary(const CaseSummary &c, const Communication *lastMessage, const ProviderWords &words);

} // namespace CaseClipboardText
