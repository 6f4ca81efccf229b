#include "ui/RfoActions.h"

#include "models/CaseListModel.h"
#include "models/CaseTypeMatrix.h"
#include "models/ProviderCapabilities.h"
#include "models/SettingsKeys.h"
#include "session/CaseSession.h"
#include "ui/CreateCaseDialog.h"
#include "ui/PlainText.h"

#include <QAction>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>

RfoActions::RfoActions(QMainWindow *window, CaseSession *session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_request(new QAction(tr("Re&quest RFO…"), window))
{
    m_request->setObjectName(QStringLiteral("rfoAction"));
    connect(m_request, &QAction::triggered, this, &RfoActions::requestForOpenCase);
    // The open case, its status (a poll) and the words it is read in decide.
    connect(m_session, &CaseSession::threadChanged, this, &RfoActions::update);
    connect(m_session, &CaseSession::wordsChanged, this, &RfoActions::update);
    connect(m_session->cases(), &QAbstractItemModel::dataChanged, this, &RfoActions::update);
    connect(m_session, &CaseSession::outboxItemChanged, this, &RfoActions::onOutboxItem);
    update();
}

void RfoActions::update()
{
    const QString refusal = m_session->rfoRefusal(m_session->openCaseId());
    m_request->setEnabled(refusal.isEmpty());
    m_request->setToolTip(refusal.isEmpty()
            ? tr("Ask the provider for the Reason for Outage of this incident: a new case, "
                 "linked to this one")
            : PlainText::toolTip(refusal));
}

void RfoActions::buildDialog()
{
    m_dialog = new CreateCaseDialog(CaseTypeMatrix::builtIn(), m_window);
    m_dialog->setObjectName(QStringLiteral("rfoDialog"));
    connect(m_dialog, &CreateCaseDialog::submitted, this, [this](const CaseDraft &draft) {
        QSettings().setValue(SettingsKeys::SentBy, draft.sentBy);
        if (const auto item = m_session->outboxItem(m_session->submitRfo(draft, m_originalId)))
            m_dialog->showSendState(*item);
    });
    connect(m_dialog, &CreateCaseDialog::created, this, [this](const QString &caseId) {
        m_window->statusBar()->showMessage(
            tr("RFO request %1 created for %2.").arg(caseId, m_originalId), 8000);
        emit created(caseId);
    });
}

void RfoActions::requestForOpenCase()
{
    const QString caseId = m_session->openCaseId();
    if (const QString refusal = m_session->rfoRefusal(caseId); !refusal.isEmpty()) {
        m_window->statusBar()->showMessage(refusal, 6000);
        return;
    }
    if (!m_dialog)
        buildDialog();
    if (!m_dialog->pendingKey().isEmpty()) {
        // A request still on its way: that form, not a second one.
        m_dialog->show();
        m_dialog->raise();
        return;
    }
    QList<CreateCaseDialog::ServiceChoice> services;
    for (const CaseSession::ServiceChoice &service : m_session->services())
        services.append({service.serviceId, service.label});
    m_dialog->setServices(services);
    const ProviderCapabilities caps = m_session->capabilities();
    m_dialog->setProviderSetsPriority(
        caps.isDiscovered() && !caps.has(ProviderCapabilities::Part::CreateCasePriority),
        m_session->statesPriorityInMessage());
    if (!m_dialog->isVisible() || m_originalId != caseId) {
        m_originalId = caseId;
        m_dialog->setDraft(
            m_session->rfoDraft(caseId, QSettings().value(SettingsKeys::SentBy).toString()));
    }
    m_dialog->setWindowTitle(tr("Request RFO for %1").arg(caseId));
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void RfoActions::onOutboxItem(const OutboxItem &item)
{
    if (!m_dialog || item.key != m_dialog->pendingKey())
        return;
    m_dialog->showSendState(item);
    if (item.state == OutboxItem::State::Failed) {
        // Refused: the request is back in the form, nothing is lost.
        m_dialog->show();
        m_dialog->raise();
        m_session->discardUnsent(item.key);
    }
}
