#pragma once

#include "models/OutboxItem.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QUrl>

struct CaseHeader;
struct Communication;
class CommunicationThreadModel;

// Renders a case's header and communication thread as rich text for a QTextBrowser: our side
// and the provider's side told apart, times in local time, new messages marked, text escaped.
// What the engineer wrote that the provider has not confirmed yet (`pending` outbox items) is
// shown at the end of the thread with its state; a refused one carries links to retry it or take
// it back into the draft (actionUrl()).
namespace CaseThreadRenderer {

enum class Action { Retry, Discard };

// How the engineer reads threads (View menu, kept in the settings).
struct ThreadOptions
{
    // The latest message first, right under the header, with what is on its way above it.
    bool newestFirst = false;
    // Status updates on one line each.
    bool collapseStatusUpdates = false;
    // The status updates (Communication::identityKey()) shown the other way than the rest.
    QSet<QString> toggled;

    // Whether message `m` (a status update or not: `isStatusUpdate`) is shown on one line.
    bool isCollapsed(const Communication &m, bool isStatusUpdate) const;
};

// `repository`: the case's Case Repository status in words (empty: not shown);
// `repositoryProblem` marks it as a failure.
// `caseClosed`: the case takes no replies, so a refused reply cannot be sent again.
// `options`: the order, and which status updates are collapsed.
// `extraRows`: the header's extra rows (headerHtml()).
QString toHtml(const CaseHeader &c, const CommunicationThreadModel &thread,
    const QList<OutboxItem> &pending = {}, const QString &repository = {},
    bool repositoryProblem = false, bool caseClosed = false, const ThreadOptions &options = {},
    const QList<QPair<QString, QString>> &extraRows = {});

// The parts toHtml() is made of, for a view that renders only what changed (ThreadView): each
// part's HTML is whole tables, so a part can be replaced or inserted in the document on its own
// and the document is the same as toHtml()'s. Oldest first: the header, the messages, what is on
// its way; newest first: the header, what is on its way, the messages from the latest.
// The header: subject, the case's fields (with a reference on its way among `pending`), the
// Case Repository line, then `extraRows` (label, plain-text value: the SLA clocks,
// SlaLabels::rows()); one table.
// `links`: rows of links to other cases (an RFO request and its incident: caseUrl()), after
// the case's id.
struct LinkRow
{
    QString label; // "RFO requested", "RFO for"
    QStringList caseIds;
};
QString headerHtml(const CaseHeader &c, const QList<OutboxItem> &pending = {},
    const QString &repository = {}, bool repositoryProblem = false,
    const QList<QPair<QString, QString>> &extraRows = {}, const QList<LinkRow> &links = {});
// Message `row` of `thread`; one table. A status update has a link that collapses it to one line
// ("Status update · <time> · <text>"), or, collapsed, expands it (toggleUrl()).
QString messageHtml(const CommunicationThreadModel &thread, int row, bool collapsed = false);
// Messages `first` to `last` of `thread` in the order `options` shows them.
QString messagesHtml(
    const CommunicationThreadModel &thread, int first, int last, const ThreadOptions &options);
// What is on its way: a table for each item of `pending` shown in the thread. A refused reply
// that cannot succeed (OutboxStates::cannotSucceed(), `caseClosed`) says why and offers only to
// take it back into the draft; any other refused or waiting item also offers to send it again.
QString pendingHtml(const QList<OutboxItem> &pending, bool caseClosed = false);
// How many tables pendingHtml() makes of `pending`.
int pendingTables(const QList<OutboxItem> &pending);
// The links pendingHtml() gives `item`: Retry unless it cannot succeed, Discard; none while it
// is being sent, and none for an item not shown in the thread.
QList<Action> pendingActions(const OutboxItem &item, bool caseClosed = false);

// caseconsole:retry/<key>, caseconsole:discard/<key>
QUrl actionUrl(Action action, const QString &key);
// The action and the outbox key of a link; false for any other link.
bool parseActionUrl(const QUrl &url, Action *action, QString *key);
// caseconsole:case/<id>: opens that case (the header's links to a linked case).
QUrl caseUrl(const QString &caseId);
// The case id of a case link; empty for any other link.
QString parseCaseUrl(const QUrl &url);
// caseconsole:toggle/<row>: collapses or expands status update `row`.
QUrl toggleUrl(int row);
// The row of a toggle link; -1 for any other link.
int parseToggleUrl(const QUrl &url);

} // namespace CaseThreadRenderer
