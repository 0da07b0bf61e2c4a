#include "sqlitestatement.h"

#include <sqlite3.h>

namespace syncscope::server {

SqliteStatement::~SqliteStatement()
{
    finalize();
}

bool SqliteStatement::prepare(sqlite3 *db, const char *sql)
{
    finalize();
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) ==
        SQLITE_OK)
        return true;
    m_error = QString::fromUtf8(sqlite3_errmsg(db));
    return false;
}

void SqliteStatement::finalize()
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindText(int index, const QString &text)
{
    // As UTF-8, the file's encoding, copied by SQLite: bound as UTF-16, a U+FEFF at the start
    // is read as a byte-order mark and dropped, which made such a key the key without it.
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData() ? utf8.constData() : "",
                      int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, const QByteArray &bytes)
{
    if (bytes.isNull())
        sqlite3_bind_null(m_statement, index);
    else if (bytes.isEmpty())
        sqlite3_bind_zeroblob(m_statement, index, 0);
    else
        sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

int SqliteStatement::step()
{
    if (!m_statement) {
        m_error = QStringLiteral("statement not prepared");
        return SQLITE_MISUSE;
    }
    const int result = sqlite3_step(m_statement);
    if (result != SQLITE_ROW && result != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    return result;
}

bool SqliteStatement::run()
{
    const bool done = step() == SQLITE_DONE;
    reset();
    return done;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteStatement::error() const
{
    return m_error;
}

} // namespace syncscope::server
