#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Text from a server (the provider's messages and subjects, error messages, Case Repository
// entries) shown to a person, where its invisible characters must not act on the display.
namespace UntrustedText {

// `text` for a terminal: every control character that could move the cursor, change colours,
// set the window title, ring the bell or reorder the line is replaced by a visible escape.
// Kept: line feed and tab (layout). Replaced: carriage return by "\r"; the other C0 controls
// and DEL by "\xHH" (ESC is "\x1b"); the C1 controls (U+0080-U+009F, which some terminals take
// as CSI/OSC) and the bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069)
// by "<U+XXXX>". LRM, RLM and ALM (U+200E, U+200F, U+061C) stay: right-to-left text needs
// them and each orders only its neighbours. A backslash is not doubled, so a message that
// itself reads "\x1b" shows the same; --json output is where text is exact.
QString forTerminal(QStringView text);

// `text` as one directional island for a larger run of rich text: inside U+2068 FSI ... U+2069
// PDI (its direction from its own first strong character), with every embedding, override or
// isolate it opened and did not close closed before the PDI, so that none reaches past it.
QString isolated(QStringView text);

// The bidi embeddings, overrides and isolates in `text`, each once, as "U+202E".
QStringList directionControls(QStringView text);

} // namespace UntrustedText
