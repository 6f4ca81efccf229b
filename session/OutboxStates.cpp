#include "session/OutboxStates.h"

#include "api/outbox/OutboxOperation.h"
#include "models/ProviderWords.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OutboxStates", text);
}

QString inItsWords(const OutboxItem &item)
{
    return OutboxOperation::of(item.kind)->stateText(item);
}

} // namespace

namespace OutboxStates {

QString formText(const OutboxItem &item)
{
    return inItsWords(item);
}

QString threadText(const OutboxItem &item)
{
    return inItsWords(item);
}

QString progressText(const OutboxItem &item)
{
    return inItsWords(item);
}

QString lineText(const OutboxItem &item)
{
    const QString title = item.title();
    switch (item.state) {
    case OutboxItem::State::Pending:
        return item.attempts == 0
            ? tr("%1: waiting to be sent…").arg(title)
            : tr("%1: not sent yet (%2); it will be sent again automatically.")
                  .arg(title, item.lastError);
    case OutboxItem::State::Sending:
        return tr("%1: sending…").arg(title);
    case OutboxItem::State::Uncertain:
        return tr("%1: no answer yet (%2); checking whether it arrived.")
            .arg(title, item.lastError);
    case OutboxItem::State::Failed:
        return tr("%1 was refused: %2").arg(title, item.lastError);
    case OutboxItem::State::Done:
        break;
    }
    return {};
}

bool cannotSucceed(const OutboxItem &item, bool caseClosed)
{
    return caseClosed && item.kind == OutboxItem::Kind::ReplyToCase
        && item.state == OutboxItem::State::Failed;
}

bool refusesReplies(const QString &status, const ProviderWords &words)
{
    return words.isClosed(status)
        && words.statusKind(status) != ProviderWords::StatusKind::Resolved;
}

QString cannotSucceedText(const OutboxItem &)
{
    return tr("Not accepted: the case is closed, and the provider takes no replies to a closed "
              "case. Open a new case, or take the text back into the draft.");
}

QString word(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Pending:
        return tr("waiting");
    case OutboxItem::State::Sending:
        return tr("sending");
    case OutboxItem::State::Uncertain:
        return tr("unknown");
    case OutboxItem::State::Failed:
        return tr("refused");
    case OutboxItem::State::Done:
        return tr("done");
    }
    return {};
}

} // namespace OutboxStates
