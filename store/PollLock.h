#pragma once

#include <QString>

#include <memory>

class QLockFile;

// One casectl poll of a profile at a time between reading its cursor and moving it on (what it
// prints in between): a file beside the database ("cases.db.poll-lock"). Two runs from cron at
// once take turns, so each change is printed by one of them. A holder that died leaves a stale
// lock, which the next one recognises (its process is gone) and takes over. A store in memory
// has no file: the lock is always free.
class PollLock
{
public:
    explicit PollLock(const QString &databasePath);
    ~PollLock();
    PollLock(const PollLock &) = delete;
    PollLock &operator=(const PollLock &) = delete;

    // Waits up to `milliseconds` for the lock; false when another still holds it (or it cannot
    // be created).
    bool lock(int milliseconds);
    void unlock();

private:
    std::unique_ptr<QLockFile> m_file;
    bool m_locked = false;
};
