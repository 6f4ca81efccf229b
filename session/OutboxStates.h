#pragma once

#include "models/OutboxItem.h"

class ProviderWords;

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
// Whether sending `item` again cannot succeed: a reply refused while its case is closed. The
// provider refuses every reply to a closed case, whichever way it says so (an error that names
// it, a bare "An error has occurred", a plain false: sandbox/README.md, --closed-reply), so the
// case's state decides, not the words of the refusal. Such an item is not offered for sending
// again and is not counted among the changes waiting to be sent.
bool cannotSucceed(const OutboxItem &item, bool caseClosed);
// Whether a case in `status` takes no more replies: closed or cancelled in `words`. A resolved
// case takes them (a reply may reopen it), though the list counts it as closed.
bool refusesReplies(const QString &status, const ProviderWords &words);
// For the thread, beside a reply that cannotSucceed(): plain text.
QString cannotSucceedText(const OutboxItem &item);
// One word for a list ("waiting", "sending", "unknown", "refused", "done").
QString word(OutboxItem::State state);

} // namespace OutboxStates
