#include "ui/OutboxLinks.h"

#include "session/CaseSession.h"
#include "session/Outgoing.h"
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
    if (action == CaseThreadRenderer::Action::Retry) {
        m_session->outgoing()->retry(key);
        return;
    }
    // Only once the outbox has let go of it (not while it is being sent or checked).
    switch (m_session->outgoing()->takeBack(key)) {
    case Outgoing::TakeBack::Busy:
        emit message(tr("It is being sent right now; try again in a moment."), 5000);
        break;
    case Outgoing::TakeBack::BackInDraft:
        emit message(tr("The reply is back in your draft (Ctrl+R)."), 6000);
        break;
    case Outgoing::TakeBack::Unknown:
    case Outgoing::TakeBack::Discarded:
        break;
    }
}
