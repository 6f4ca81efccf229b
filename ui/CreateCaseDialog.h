#pragma once

#include "models/CaseDraft.h"
#include "models/OutboxItem.h"

#include <QDialog>

#include <memory>

class CaseTypeMatrix;
class QTimer;

namespace Ui {
class CreateCaseDialog;
}

// The create-case form. The case-type matrix decides what it offers: a type's priorities and
// subjects only, the incident dates only for a type that needs them; switching the type keeps
// what still fits and resets the rest. Create is enabled only for a draft the provider accepts,
// and the form says what is missing. The dialog does not send anything itself: it emits
// submitted(), its owner queues the draft in the outbox and reports the item's progress back
// through showSendState(), so a refused case comes back to the form with the server's reason.
class QLabel;

class CreateCaseDialog : public QDialog
{
    Q_OBJECT

public:
    struct ServiceChoice
    {
        QString serviceId;
        QString label; // "Internet Paris — SVC-1001"
    };

    explicit CreateCaseDialog(const CaseTypeMatrix &matrix, QWidget *parent = nullptr);
    ~CreateCaseDialog() override;

    // The services to choose from; keeps the chosen one when it is still offered.
    void setServices(const QList<ServiceChoice> &services);
    // A provider whose createCase takes no priority (docs/provider-compatibility.md): the form
    // still offers and checks the priorities the case type allows, and says that the provider
    // sets the priority and that the chosen one is stated in the message's first line (unless
    // the profile turns that off).
    void setProviderSetsPriority(bool providerSets, bool statedInMessage = true);
    // Fills the form. An Incident without a start gets "now"; an unknown type gets the first.
    void setDraft(const CaseDraft &draft);
    CaseDraft draft() const;
    // What keeps the draft from being sent, in words; empty when Create is enabled.
    QStringList problems() const;

    // The outbox item the submitted draft became: the form is locked while it is on its way,
    // unlocked with the server's reason when refused, and the dialog closes when it is done.
    void showSendState(const OutboxItem &item);
    QString pendingKey() const { return m_pendingKey; }

protected:
    // Closed with typing not yet saved: saved now.
    void done(int result) override;

signals:
    // The engineer edited the form (debounced): save it as the create-case draft.
    void draftChanged(const CaseDraft &draft);
    void submitted(const CaseDraft &draft);
    // The case exists: its id.
    void created(const QString &caseId);

private:
    void fillTypes();
    // The notes under the type (what changing it changed) and the incident times (their zone).
    void addFormNotes();
    // `say`: the engineer changed the type; what it changed is said under it.
    void onTypeChanged(bool say = false);
    void updateIncidentRows();
    void validate();
    void onEdited();
    void setLocked(bool locked);
    QString selectedServiceId() const;

    std::unique_ptr<Ui::CreateCaseDialog> m_ui;
    const CaseTypeMatrix &m_matrix;
    QTimer *m_saveDelay;
    QLabel *m_priorityNote;
    QLabel *m_typeNote;
    QLabel *m_timeZone;
    QString m_pendingKey;
    bool m_filling = false;
};
