#pragma once

#include "models/OutboxItem.h"
#include "models/RepositoryEntry.h"

#include <QDialog>
#include <QJsonObject>

#include <memory>

namespace Ui {
class RepositoryEntryDialog;
}

// The form for one Case Repository status entry: a new one, or changes to an existing one.
// Status values and client types come from RepositoryStatuses::builtIn() (free text is allowed
// too). The form says which fields are required (as Eximee publishes POST /v1: case type,
// client type and status; the client ID and the business key may be empty). OK is enabled only
// when the repository would accept the entry (required fields, its length limits, counted in
// characters), and, when editing, only when something changed; the form says in words what is
// missing. The dialog sends nothing itself: it emits submitted(),
// its owner queues the change in the outbox and reports the item's progress through
// showSendState(); a refused change comes back to the form with the reason.
class RepositoryEntryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit };
    Q_ENUM(Mode)

    // Limits of the repository, in Unicode characters (sandbox/README.md, "Model").
    static constexpr int MaxCaseType = 100;
    static constexpr int MaxClientId = 64;
    static constexpr int MaxClientType = 32;
    static constexpr int MaxStatus = 64;
    static constexpr int MaxDescription = 1000;
    static constexpr int MaxBusinessKey = 128;
    static constexpr int MaxSource = 64;

    // A new entry (source preset to the console's publishing source).
    explicit RepositoryEntryDialog(QWidget *parent = nullptr);
    // Changes to `original`.
    explicit RepositoryEntryDialog(const RepositoryEntry &original, QWidget *parent = nullptr);
    ~RepositoryEntryDialog() override;

    Mode mode() const { return m_mode; }
    RepositoryEntry original() const { return m_original; }
    // Fills the form (the original stays what it was).
    void setEntry(const RepositoryEntry &entry);
    // The entry as the form has it: the original's caseId and dates with the edited fields.
    RepositoryEntry entry() const;
    // Edit mode: the fields that differ from the original (what an update sends).
    QJsonObject changes() const;
    // What keeps OK disabled, in words; empty when it is enabled.
    QStringList problems() const;

    // The outbox item the submission became: the form is locked while it is on its way,
    // unlocked with the reason when refused, and the dialog closes when it is done.
    void showSendState(const OutboxItem &item);
    QString pendingKey() const { return m_pendingKey; }

signals:
    // OK: the entry to create, or (edit mode) the edited entry; changes() says what to send.
    void submitted(const RepositoryEntry &entry);

private:
    void setUp();
    void validate();
    void updateStatusHint();
    void setLocked(bool locked);
    QString statusValue() const;
    QString changedFields() const;

    std::unique_ptr<Ui::RepositoryEntryDialog> m_ui;
    Mode m_mode;
    RepositoryEntry m_original;
    QString m_pendingKey;
    bool m_filling = false;
    bool m_refused = false;
};
