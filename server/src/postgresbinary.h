#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QSqlDatabase;
struct pg_conn;
struct pg_result;

namespace syncscope::server {

// Parameters of one statement in libpq's binary format: integers as 8 big-endian bytes, bytea
// as the bytes themselves. Qt's QPSQL driver sends bytea as escaped text and reads it back as
// escaped text, which costs most for the large values the protocol allows; this does not.
class PostgresParams
{
public:
    PostgresParams &int8(qint64 value);
    PostgresParams &bytes(const QByteArray &value); // never NULL: a null QByteArray is empty
    PostgresParams &boolean(bool value);
    PostgresParams &nullBytes(); // SQL NULL of type bytea
    // One-dimensional arrays (bigint[], bytea[], boolean[]), so that one statement carries the
    // rows of a whole group commit (unnest($1::bigint[], …)). A bytea element is NULL where
    // nulls (if given) says so.
    PostgresParams &int8Array(const QList<qint64> &values);
    PostgresParams &bytesArray(const QList<QByteArray> &values, const QList<bool> &nulls = {});
    PostgresParams &booleanArray(const QList<bool> &values);

    qsizetype size() const { return m_values.size(); }

private:
    friend class PostgresBinary;
    QList<QByteArray> m_values;
    QList<bool> m_null;
    QList<unsigned int> m_types; // OIDs
};

// The rows of one statement, every column in binary format.
class PostgresRows
{
public:
    explicit PostgresRows(pg_result *result);
    int count() const;
    bool isNull(int row, int column) const;
    qint64 int8(int row, int column) const; // a bigint column
    QByteArray bytes(int row, int column) const;

private:
    struct Clear
    {
        void operator()(pg_result *result) const;
    };
    std::unique_ptr<pg_result, Clear> m_result;
};

// One statement of a pipeline: sql with $1, $2, … placeholders and its parameters.
struct PostgresStatement
{
    QString sql;
    PostgresParams params;
};

// What a pipeline did: the rows of the statements that ran, in order. A failed statement
// aborts the ones after it, so rows holds the first failedAt of them; failedAt is -1 when all
// ran.
struct PostgresPipelineResult
{
    std::vector<PostgresRows> rows;
    qsizetype failedAt = -1;
    QString error;
};

// Statements in libpq's binary protocol on the very connection QPSQL opened (its driver's
// handle), so they run in the same transaction, after the same BEGIN and SAVEPOINT, as the
// QSqlQuery statements around them. libpq itself is the one the QPSQL plugin loaded: the server
// does not link it, and runs without it on SQLite.
//
// Each statement is prepared once per connection, under its own name. A caller must have
// finished every QSqlQuery on the connection first: what a forward-only query left unread is
// discarded before a statement here runs.
class PostgresBinary
{
    Q_DISABLE_COPY_MOVE(PostgresBinary)

public:
    PostgresBinary() = default;

    // Empty when libpq and the driver's handle can be used; otherwise why not.
    static QString unavailableReason(const QSqlDatabase &database);

    // Forgets the statements prepared on the previous connection.
    void reset();
    // Runs sql ($1, $2, … placeholders) with these parameters; nullopt and *error on failure
    // (then the transaction, if any, is aborted, as after a failed QSqlQuery).
    std::optional<PostgresRows> exec(const QSqlDatabase &database, const QString &sql,
                                     const PostgresParams &params, QString *error);
    // Runs the statements one after the other, sent together in libpq's pipeline mode: one
    // round trip for all of them instead of one each (statements not yet prepared on this
    // connection are prepared first, once). The first that fails aborts the rest. With a libpq
    // before 14 they run one by one, with the same result.
    PostgresPipelineResult execPipeline(const QSqlDatabase &database,
                                        const QList<PostgresStatement> &statements);
    // Whether the connection is known to be lost (the caller reconnects).
    bool connectionLost(const QSqlDatabase &database) const;

    // Statements run so far (a test's proof that the binary path was taken).
    quint64 statementsRun() const { return m_statementsRun; }

private:
    // The connection, ready for a statement (what QPSQL left unread discarded); nullptr and
    // *error if there is none.
    pg_conn *ready(const QSqlDatabase &database, QString *error);
    // The name of sql's prepared statement on connection, prepared now if it is not yet;
    // nullptr and *error if preparing failed.
    const QByteArray *preparedName(pg_conn *connection, const QString &sql,
                                   const PostgresParams &params, QString *error);

    pg_conn *m_connection = nullptr;
    QHash<QString, QByteArray> m_names; // sql -> its prepared statement's name
    quint64 m_statementsRun = 0;
};

} // namespace syncscope::server
