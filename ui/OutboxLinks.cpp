#include "ui/OutboxLinks.h"

#include "session/CaseSession.h"
#include "ui/CaseThreadRenderer.h"

OutboxLinks::OutboxLinks(CaseSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

void OutboxLinks::open(const QUrl &url)
{
    CaseThreadRenderer::Action action;
    QString key;
    if (!CaseThreadRenderer::parseActionUrl(url, &action, &key))
        return;
    if (action == CaseThreadRenderer::Action::Retry)
        m_session->retrySending(key);
    else
        takeBack(key);
}

void OutboxLinks::takeBack(const QString &key)
{
    // Only once the outbox has let go of it (not while it is being sent or checked).
    const std::optional<OutboxItem> taken = m_session->outboxItem(key);
    if (!taken)
        return;
    if (!m_session->discardUnsent(key)) {
        emit message(tr("It is being sent right now; try again in a moment."), 5000);
        return;
    }
    if (taken->kind != OutboxItem::Kind::ReplyToCase)
        return;
    const QString caseId = taken->payload.value(QLatin1String("caseId")).toString();
    const QString draftKey = CaseSession::replyDraftKey(caseId);
    QString text = QString::fromUtf8(m_session->draft(draftKey));
    if (!text.isEmpty())
        text += QStringLiteral("\n\n");
    text += taken->payload.value(QLatin1String("message")).toString();
    m_session->saveDraft(draftKey, text.toUtf8());
    emit message(tr("The reply is back in your draft (Ctrl+R)."), 6000);
}
