#include "store/PollLock.h"

#include "store/Logging.h"

#include <QLockFile>

PollLock::PollLock(const QString &databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return;
    m_file = std::make_unique<QLockFile>(databasePath + QStringLiteral(".poll-lock"));
    // Only a holder that is gone makes the lock stale, never its age.
    m_file->setStaleLockTime(0);
}

PollLock::~PollLock()
{
    unlock();
}

bool PollLock::lock(int milliseconds)
{
    if (m_locked)
        return true;
    if (!m_file) {
        m_locked = true;
        return true;
    }
    m_locked = m_file->tryLock(milliseconds);
    if (!m_locked && m_file->error() != QLockFile::LockFailedError)
        qCWarning(lcStore) << "the poll lock cannot be created:" << m_file->error();
    return m_locked;
}

void PollLock::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    if (m_file)
        m_file->unlock();
}
