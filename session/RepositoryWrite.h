#pragma once

#include "models/OutboxItem.h"

#include <QObject>

// One Case Repository write (create, update or delete) of a RepositoryBrowser on its way
// through the outbox: what it is, where it stands, and a signal at each step. The browser owns
// it and deletes it (later) once the write is confirmed, refused or given up; hold it in a
// QPointer.
class RepositoryWrite : public QObject
{
    Q_OBJECT

public:
    RepositoryWrite(OutboxItem::Kind kind, const QString &caseId, QObject *parent = nullptr);

    OutboxItem::Kind kind() const { return m_kind; }
    // The entry written: the one edited or deleted, or the new one's once it is created.
    QString caseId() const { return m_caseId; }
    // The outbox item as last reported (its key is empty until the outbox has it).
    OutboxItem item() const { return m_item; }
    bool isFinished() const { return m_finished; }

    // For the browser: a new state of the item; the end of the write.
    void report(const OutboxItem &item);
    void finish(const QString &caseId);
    void fail(const QString &message);

signals:
    // Each state the item reaches, the last one Done or Failed.
    void progressed(const OutboxItem &item);
    // The repository confirmed the write; `caseId` is the entry's.
    void done(const QString &caseId);
    // The repository refused it: why, in words.
    void failed(const QString &message);

private:
    OutboxItem::Kind m_kind;
    QString m_caseId;
    OutboxItem m_item;
    bool m_finished = false;
};
