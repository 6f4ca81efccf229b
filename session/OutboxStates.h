#pragma once

#include "models/OutboxItem.h"

#include <QString>

// The one place that turns an outbox item's state into words; everything that shows an item's
// state (forms, the thread, the repository panel, publishing, casectl) asks here. The words
// that depend on the operation come from its OutboxOperation (api/outbox/).
namespace OutboxStates {

// For the form that submitted the item (a new case, a Case Repository entry): rich text.
QString formText(const OutboxItem &item);
// For the thread, beside an unconfirmed reply or reference: plain text.
QString threadText(const OutboxItem &item);
// For a case's publishing to the Case Repository: plain text ("publishing…").
QString progressText(const OutboxItem &item);
// A status line naming the item by its title ("New case status for X: sending…"): plain text.
// Empty for a done item (what was done says more).
QString lineText(const OutboxItem &item);
// One word for a list ("waiting", "sending", "unknown", "refused", "done").
QString word(OutboxItem::State state);

} // namespace OutboxStates
