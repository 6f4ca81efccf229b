#pragma once

#include <QObject>
#include <QPointer>

class CaseSession;
class CreateCaseDialog;
class QAction;
class QMainWindow;
struct OutboxItem;

// Case > Request RFO… (issue 14 item 4; docs/architecture.md "Request RFO"): on a resolved or
// closed incident, the create-case form of its own, pre-filled as Incident / RfoRequest
// (CaseSession::rfoDraft: the service, the incident's start and end, the reference RFO-<id>, a
// message naming the case), editable before it is sent; sent through the outbox like any create
// (CaseSession::submitRfo), and the two cases linked once it is confirmed. Disabled, with a
// tooltip saying why, on an open case, a case that is not an incident, or no case. Its own form,
// so the engineer's new-case draft is neither shown nor replaced.
class RfoActions : public QObject
{
    Q_OBJECT

public:
    RfoActions(QMainWindow *window, CaseSession *session);

    QAction *requestAction() const { return m_request; }
    // The form, once opened (for tests).
    CreateCaseDialog *dialog() const { return m_dialog; }

    // Opens the form for the open case (when it allows one).
    void requestForOpenCase();

signals:
    // The request was confirmed: its id (the window selects it).
    void created(const QString &rfoId);

private:
    void buildDialog();
    // Enabled, and the tooltip, for the open case as it is now.
    void update();
    void onOutboxItem(const OutboxItem &item);

    QMainWindow *m_window;
    CaseSession *m_session;
    QAction *m_request;
    QPointer<CreateCaseDialog> m_dialog;
    QString m_originalId; // the case the form requests the RFO of
};
