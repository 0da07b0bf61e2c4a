#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace syncscope::server {

// One SQL statement prepared once on SQLite's own API and run many times. Qt's driver boxes
// every bound value and every column in a QVariant and copies strings on the way in and out;
// for the group commit's few small statements per upload that cost more than SQLite itself
// (docs/performance.md). Bound blobs are not copied: they must outlive the step that uses
// them. Used on the thread of the connection it was prepared on, like the connection.
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    SqliteStatement() = default;
    ~SqliteStatement();

    // False (with error()) if the SQL does not compile.
    bool prepare(sqlite3 *db, const char *sql);
    void finalize();

    void bind(int index, qint64 value);
    void bind(int index, quint64 value) { bind(index, qint64(value)); } // < 2^63 by design
    // As UTF-8, copied. Not UTF-16 as Qt's driver binds a QString: SQLite drops a U+FEFF at
    // the start of UTF-16 text as a byte-order mark. Text without one is stored as before.
    void bindText(int index, const QString &text);
    // An empty array is a zero-length blob, a null one SQL NULL.
    void bindBlob(int index, const QByteArray &bytes);
    void bindNull(int index);

    // SQLITE_ROW, SQLITE_DONE or an error code; reset() after the last row read.
    int step();
    // Runs a statement without rows to the end and resets it; false on error (see error()).
    bool run();
    // Ready for new bindings; releases what the last step held (read snapshot, write cursor).
    void reset();

    qint64 columnInt64(int column) const;
    bool columnIsNull(int column) const;
    // Why the last prepare() or step() failed.
    QString error() const;

private:
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace syncscope::server
