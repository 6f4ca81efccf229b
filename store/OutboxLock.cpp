#include "store/OutboxLock.h"

#include "store/Logging.h"

#include <QLockFile>

#include <utility>

OutboxLock::OutboxLock(const QString &databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return;
    m_file = std::make_unique<QLockFile>(databasePath + QStringLiteral(".outbox-lock"));
    // Only a holder that is gone makes a lock stale, never its age: a send may take long.
    m_file->setStaleLockTime(0);
}

OutboxLock::~OutboxLock()
{
    unlock();
}

bool OutboxLock::tryLock()
{
    if (m_locked)
        return true;
    if (!m_file) {
        m_locked = true;
        return true;
    }
    m_locked = m_file->tryLock(0);
    if (!m_locked && m_file->error() != QLockFile::LockFailedError
        && !std::exchange(m_warned, true))
        qCWarning(lcStore) << "the outbox lock cannot be created:" << m_file->error();
    return m_locked;
}

void OutboxLock::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    if (m_file)
        m_file->unlock();
}
