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
QString toHtml(const CaseHeader &c, const CommunicationThreadModel &thread,
    const QList<OutboxItem> &pending = {}, const QString &repository = {},
    bool repositoryProblem = false);

// caseconsole:retry/<key>, caseconsole:discard/<key>
QUrl actionUrl(Action action, const QString &key);
// The action and the outbox key of a link; false for any other link.
bool parseActionUrl(const QUrl &url, Action *action, QString *key);

} // namespace CaseThreadRenderer
