#pragma once

#include <QString>

#include <memory>

class QLockFile;

// One profile's turn to send, across processes: the console and every casectl that share a
// cases.db send (and look up) one outbox item at a time, holding this lock, a file beside the
// database ("cases.db.outbox-lock"). A process that dies while holding it (killed, crashed)
// leaves a stale lock, which the next one to try recognises (its process is gone) and takes
// over; a live holder is never timed out, however slow its request. A store in memory has no
// file: the lock is always free.
class OutboxLock
{
public:
    explicit OutboxLock(const QString &databasePath);
    ~OutboxLock();
    OutboxLock(const OutboxLock &) = delete;
    OutboxLock &operator=(const OutboxLock &) = delete;

    // Takes the lock without waiting; false when another holds it (or it cannot be created).
    bool tryLock();
    void unlock();
    bool isLocked() const { return m_locked; }

private:
    std::unique_ptr<QLockFile> m_file;
    bool m_locked = false;
    bool m_warned = false;
};
