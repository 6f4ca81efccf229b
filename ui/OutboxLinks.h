#pragma once

#include <QObject>

class CaseSession;
class QUrl;

// The links the thread shows on what the engineer sent and the provider has not confirmed
// (CaseThreadRenderer::actionUrl()): "Send again" sends it now; "Back to the draft" takes it
// out of the outbox and a reply's text back into the case's draft, after anything typed since
// (Outgoing::takeBack()).
class OutboxLinks : public QObject
{
    Q_OBJECT

public:
    explicit OutboxLinks(CaseSession *session, QObject *parent = nullptr);

    // Does what `url` asks; any other link is ignored.
    void open(const QUrl &url);

signals:
    // What happened, for the status bar.
    void message(const QString &text, int timeout);

private:
    CaseSession *m_session;
};
