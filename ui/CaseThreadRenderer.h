#pragma once

#include "models/OutboxItem.h"

#include <QList>
#include <QString>
#include <QUrl>

struct CaseHeader;
class CommunicationThreadModel;

// Renders a case's header and communication thread as rich text for a QTextBrowser: our side
// and the provider's side told apart, times in local time, new messages marked, text escaped.
// What the engineer wrote that the provider has not confirmed yet (`pending` outbox items) is
// shown at the end of the thread with its state; a refused one carries links to retry it or take
// it back into the draft (actionUrl()).
namespace CaseThreadRenderer {

enum class Action { Retry, Discard };

// `repository`: the case's Case Repository status in words (empty: not shown);
// `repositoryProblem` marks it as a failure.
// `caseClosed`: the case takes no replies, so a refused reply cannot be sent again.
QString toHtml(const CaseHeader &c, const CommunicationThreadModel &thread,
    const QList<OutboxItem> &pending = {}, const QString &repository = {},
    bool repositoryProblem = false, bool caseClosed = false);

// The parts toHtml() is made of, in its order, for a view that renders only what changed
// (ThreadView): each part's HTML is whole tables, so a part can be replaced or appended in the
// document on its own and the document is the same as toHtml()'s.
// The header: subject, the case's fields (with a reference on its way among `pending`), the
// Case Repository line; one table.
QString headerHtml(const CaseHeader &c, const QList<OutboxItem> &pending = {},
    const QString &repository = {}, bool repositoryProblem = false);
// Message `row` of `thread`; one table.
QString messageHtml(const CommunicationThreadModel &thread, int row);
// What is on its way: a table for each item of `pending` shown in the thread. A refused reply
// that cannot succeed (OutboxStates::cannotSucceed(), `caseClosed`) says why and offers only to
// take it back into the draft; any other refused or waiting item also offers to send it again.
QString pendingHtml(const QList<OutboxItem> &pending, bool caseClosed = false);
// How many tables pendingHtml() makes of `pending`.
int pendingTables(const QList<OutboxItem> &pending);

// caseconsole:retry/<key>, caseconsole:discard/<key>
QUrl actionUrl(Action action, const QString &key);
// The action and the outbox key of a link; false for any other link.
bool parseActionUrl(const QUrl &url, Action *action, QString *key);

} // namespace CaseThreadRenderer
