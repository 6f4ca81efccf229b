#pragma once

// A full disk for the tests, without root or a real file system filling up: an SQLite VFS over
// the default one, registered as the default for the whole process (Qt's QSQLITE connections
// included, as Debian's Qt uses the system SQLite). While the disk is "full", a write that
// would grow a file fails with SQLITE_FULL and a shared-memory index cannot grow
// (SQLITE_IOERR_SHMSIZE, what the unix VFS reports when it cannot allocate its pages), as on a
// real full disk; writes inside a file's present size, reads and creating empty files still
// work.

#include <atomic>
#include <sqlite3.h>

namespace FullDiskVfs {

namespace detail {

struct File
{
    sqlite3_file base;
    sqlite3_file *real; // follows this struct in the same allocation
};

inline std::atomic_bool full = false;
inline sqlite3_vfs *realVfs = nullptr;

inline sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f)->real;
}

inline int close(sqlite3_file *f)
{
    const int rc = real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
    f->pMethods = nullptr;
    return rc;
}
inline int read(sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buf, amount, offset);
}
inline int write(sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset)
{
    if (full) {
        sqlite3_int64 size = 0;
        if (real(f)->pMethods->xFileSize(real(f), &size) != SQLITE_OK || offset + amount > size)
            return SQLITE_FULL;
    }
    return real(f)->pMethods->xWrite(real(f), buf, amount, offset);
}
inline int truncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (full) {
        sqlite3_int64 now = 0;
        if (real(f)->pMethods->xFileSize(real(f), &now) != SQLITE_OK || size > now)
            return SQLITE_FULL;
    }
    return real(f)->pMethods->xTruncate(real(f), size);
}
inline int sync(sqlite3_file *f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
inline int fileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
inline int lock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
inline int unlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
inline int checkReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
inline int fileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
inline int sectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
inline int deviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
inline int shmMap(sqlite3_file *f, int page, int pageSize, int extend, void volatile **out)
{
    if (full && extend) {
        // A region that exists is mapped as usual; a new one needs space.
        const int rc = real(f)->pMethods->xShmMap(real(f), page, pageSize, 0, out);
        if (rc != SQLITE_OK || *out)
            return rc;
        return SQLITE_IOERR_SHMSIZE;
    }
    return real(f)->pMethods->xShmMap(real(f), page, pageSize, extend, out);
}
inline int shmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
inline void shmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
inline int shmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
inline int fetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    // No memory-mapped reads: every read goes through read() above.
    *out = nullptr;
    (void)f;
    (void)offset;
    (void)amount;
    return SQLITE_OK;
}
inline int unfetch(sqlite3_file *, sqlite3_int64, void *)
{
    return SQLITE_OK;
}

inline const sqlite3_io_methods methods = {3, close, read, write, truncate, sync, fileSize, lock,
    unlock, checkReservedLock, fileControl, sectorSize, deviceCharacteristics, shmMap, shmLock,
    shmBarrier, shmUnmap, fetch, unfetch};

inline int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *file = reinterpret_cast<File *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    file->base.pMethods = nullptr;
    const int rc = realVfs->xOpen(realVfs, name, file->real, flags, outFlags);
    if (file->real->pMethods)
        file->base.pMethods = &methods;
    return rc;
}
inline int remove(sqlite3_vfs *, const char *name, int syncDir)
{
    return realVfs->xDelete(realVfs, name, syncDir);
}
inline int access(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return realVfs->xAccess(realVfs, name, flags, out);
}
inline int fullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return realVfs->xFullPathname(realVfs, name, size, out);
}

} // namespace detail

// Registers the VFS as the process's default (once); later connections use it.
inline bool install()
{
    static sqlite3_vfs vfs;
    if (detail::realVfs)
        return true;
    detail::realVfs = sqlite3_vfs_find(nullptr);
    if (!detail::realVfs)
        return false;
    vfs = *detail::realVfs;
    vfs.zName = "caseconsole-fulldisk";
    vfs.szOsFile = int(sizeof(detail::File)) + detail::realVfs->szOsFile;
    vfs.pAppData = nullptr;
    vfs.xOpen = detail::open;
    vfs.xDelete = detail::remove;
    vfs.xAccess = detail::access;
    vfs.xFullPathname = detail::fullPathname;
    return sqlite3_vfs_register(&vfs, 1) == SQLITE_OK;
}

inline void setFull(bool full)
{
    detail::full = full;
}

// Frees the disk when the scope ends, whatever the test's outcome.
struct FullDisk
{
    FullDisk() { setFull(true); }
    ~FullDisk() { setFull(false); }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;
};

} // namespace FullDiskVfs
