#include "store/Sqlite.h"

#include "store/Logging.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

namespace Sqlite {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (!db)
        return;
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        qCWarning(lcStore) << "SQL failed to prepare:" << QByteArray(sql).left(80)
                           << sqlite3_errmsg(db);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, const QString &value)
{
    // SQLite converts UTF-16 to the database's UTF-8 itself; a null QString becomes ''.
    static const char16_t empty[] = u"";
    const void *text = value.isNull() ? static_cast<const void *>(empty) : value.constData();
    sqlite3_bind_text16(m_stmt, index, text, int(value.size() * 2), SQLITE_TRANSIENT);
}

void Statement::bindOrNull(int index, const QString &value)
{
    if (value.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        bind(index, value);
}

void Statement::bind(int index, const Timestamp &value)
{
    if (value.isValid()) {
        sqlite3_bind_int64(m_stmt, index, value.ticks());
        sqlite3_bind_int(m_stmt, index + 1, value.offsetSeconds());
    } else {
        sqlite3_bind_null(m_stmt, index);
        sqlite3_bind_null(m_stmt, index + 1);
    }
}

bool Statement::run()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        qCWarning(lcStore) << "SQL failed:" << QByteArray(sqlite3_sql(m_stmt)).left(80)
                           << sqlite3_errmsg(m_db);
        return false;
    }
    return true;
}

QString Statement::text(int column) const
{
    const char *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!utf8)
        return {};
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_stmt, column));
}

Timestamp Statement::timestamp(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return {};
    return Timestamp::fromTicks(
        sqlite3_column_int64(m_stmt, column), sqlite3_column_int(m_stmt, column + 1));
}

QString Statement::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}

QString StringPool::get(const char *utf8, int bytes)
{
    if (!utf8)
        return {};
    const auto it = m_strings.constFind(QByteArray::fromRawData(utf8, bytes));
    if (it != m_strings.constEnd())
        return *it;
    QString value = QString::fromUtf8(utf8, bytes);
    // A column that hardly repeats would only grow the pool: stop sharing past a bound.
    if (m_strings.size() < 20'000)
        m_strings.insert(QByteArray(utf8, bytes), value);
    return value;
}

} // namespace Sqlite
