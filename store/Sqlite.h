#pragma once

// A thin layer over the SQLite C API for the store's hot paths (the case list at start, the
// poll's upserts): QSqlQuery costs a QVariant per bound value and per column read, which at
// 100k cases is most of the time spent. Statements run on the QtSql connection's own handle
// (QSqlDriver::handle()), so they share its transactions. Internal to store/.

#include "models/Timestamp.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <sqlite3.h>

class QSqlDatabase;

namespace Sqlite {

// The sqlite3 handle of an open QSQLITE connection, or nullptr.
sqlite3 *handleOf(const QSqlDatabase &db);

// One prepared statement; finalized when destroyed. Bind indexes start at 1, columns at 0.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    Statement(sqlite3 *db, const QByteArray &sql)
        : Statement(db, sql.constData())
    { }
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bind(int index, int value) { sqlite3_bind_int(m_stmt, index, value); }
    // A null QString is stored as '' (what the columns have always held).
    void bind(int index, const QString &value);
    // A NULL for a null QString.
    void bindOrNull(int index, const QString &value);
    void bindNull(int index) { sqlite3_bind_null(m_stmt, index); }
    // UTF-8 bytes as they are (copied), e.g. a token FTS5 made.
    void bindUtf8(int index, const char *data, qsizetype size)
    {
        sqlite3_bind_text(m_stmt, index, data, int(size), SQLITE_TRANSIENT);
    }
    // Two columns: ticks and offset, both NULL when the timestamp is invalid.
    void bind(int index, const Timestamp &value);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_stmt); }
    // Runs a statement that returns no rows and makes it ready to run again.
    bool run();
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    int integer(int column) const { return sqlite3_column_int(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    QString text(int column) const;
    // Ticks at `column`, its offset at `column + 1`.
    Timestamp timestamp(int column) const;
    const char *utf8(int column) const
    {
        return reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    }
    int bytes(int column) const { return sqlite3_column_bytes(m_stmt, column); }
    const void *blob(int column) const { return sqlite3_column_blob(m_stmt, column); }
    // The bytes as they are (copied); NULL for an empty array.
    void bindBlob(int index, const QByteArray &value)
    {
        if (value.isEmpty())
            sqlite3_bind_null(m_stmt, index);
        else
            sqlite3_bind_blob(
                m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }

    QString lastError() const;
    // SQLite's primary result code for the last failure on the connection.
    int errorCode() const { return m_db ? sqlite3_errcode(m_db) & 0xff : SQLITE_MISUSE; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// Shares one QString per distinct value of a column that repeats (type, status, site, ...), so
// 100k case summaries hold a few hundred strings instead of a million.
class StringPool
{
public:
    QString get(const char *utf8, int bytes);

private:
    // Keys are the UTF-8 bytes; looked up without a copy (QByteArray::fromRawData).
    QHash<QByteArray, QString> m_strings;
};

} // namespace Sqlite
