#include "postgresbinary.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <QtEndian>

#include <libpq-fe.h>

#include <vector>

namespace syncscope::server {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::server::PostgresRealmStorage)
};

// Type OIDs of the parameters (pg_type.h, stable since PostgreSQL 7).
constexpr Oid kBoolOid = 16;
constexpr Oid kByteaOid = 17;
constexpr Oid kInt8Oid = 20;
constexpr Oid kBoolArrayOid = 1000;
constexpr Oid kByteaArrayOid = 1001;
constexpr Oid kInt8ArrayOid = 1016;

// An array in PostgreSQL's binary format (array_recv): dimensions, whether any element is
// NULL, the element type, then per dimension its length and lower bound, then every element as
// a 4-byte length (-1 for NULL) and its bytes. All integers big-endian.
class BinaryArray
{
public:
    BinaryArray(Oid elementType, qsizetype count, bool hasNulls)
    {
        const bool empty = count == 0;
        appendInt32(empty ? 0 : 1);
        appendInt32(hasNulls ? 1 : 0);
        appendInt32(qint32(elementType));
        if (!empty) {
            appendInt32(qint32(count));
            appendInt32(1);
        }
    }
    void append(const char *data, qsizetype size)
    {
        appendInt32(qint32(size));
        m_bytes.append(data, size);
    }
    void appendNull() { appendInt32(-1); }
    void reserve(qsizetype size) { m_bytes.reserve(m_bytes.size() + size); }
    QByteArray take() { return std::move(m_bytes); }

private:
    void appendInt32(qint32 value)
    {
        char bytes[sizeof value];
        qToBigEndian(value, bytes);
        m_bytes.append(bytes, sizeof bytes);
    }
    QByteArray m_bytes;
};

constexpr int kBinary = 1;

// The few libpq functions used here, resolved from the libpq the QPSQL plugin loaded (the same
// library instance: dlopen returns the one already in the process).
struct LibPq
{
    decltype(&PQprepare) prepare = nullptr;
    decltype(&PQexecPrepared) execPrepared = nullptr;
    decltype(&PQresultStatus) resultStatus = nullptr;
    decltype(&PQresultErrorMessage) resultErrorMessage = nullptr;
    decltype(&PQclear) clear = nullptr;
    decltype(&PQntuples) ntuples = nullptr;
    decltype(&PQgetvalue) getvalue = nullptr;
    decltype(&PQgetlength) getlength = nullptr;
    decltype(&PQgetisnull) getisnull = nullptr;
    decltype(&PQstatus) status = nullptr;
    decltype(&PQerrorMessage) errorMessage = nullptr;
    decltype(&PQtransactionStatus) transactionStatus = nullptr;
    decltype(&PQgetResult) getResult = nullptr;
    // Pipeline mode (libpq 14 and later); null with an older libpq.
    decltype(&PQenterPipelineMode) enterPipelineMode = nullptr;
    decltype(&PQexitPipelineMode) exitPipelineMode = nullptr;
    decltype(&PQpipelineSync) pipelineSync = nullptr;
    decltype(&PQsendQueryPrepared) sendQueryPrepared = nullptr;
    QString error;

    LibPq()
    {
        QLibrary library(QStringLiteral("pq"), 5);
        if (!library.load()) {
            error = library.errorString();
            return;
        }
        const auto resolve = [&library](auto &function, const char *name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(
                library.resolve(name));
            return function != nullptr;
        };
        if (!resolve(prepare, "PQprepare") || !resolve(execPrepared, "PQexecPrepared") ||
            !resolve(resultStatus, "PQresultStatus") ||
            !resolve(resultErrorMessage, "PQresultErrorMessage") || !resolve(clear, "PQclear") ||
            !resolve(ntuples, "PQntuples") || !resolve(getvalue, "PQgetvalue") ||
            !resolve(getlength, "PQgetlength") || !resolve(getisnull, "PQgetisnull") ||
            !resolve(status, "PQstatus") || !resolve(errorMessage, "PQerrorMessage") ||
            !resolve(transactionStatus, "PQtransactionStatus") ||
            !resolve(getResult, "PQgetResult"))
            error = library.errorString();
        if (!resolve(enterPipelineMode, "PQenterPipelineMode") ||
            !resolve(exitPipelineMode, "PQexitPipelineMode") ||
            !resolve(pipelineSync, "PQpipelineSync") ||
            !resolve(sendQueryPrepared, "PQsendQueryPrepared"))
            enterPipelineMode = nullptr;
    }
};

const LibPq &libPq()
{
    static const LibPq library;
    return library;
}

// QPSQL's handle is a QVariant holding the PGconn*; its type is named after the struct.
PGconn *connectionOf(const QSqlDatabase &database)
{
    if (!database.isOpen() || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

PostgresParams &PostgresParams::int8(qint64 value)
{
    QByteArray bytes(sizeof value, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    m_values.append(bytes);
    m_null.append(false);
    m_types.append(kInt8Oid);
    return *this;
}

PostgresParams &PostgresParams::bytes(const QByteArray &value)
{
    m_values.append(value);
    m_null.append(false);
    m_types.append(kByteaOid);
    return *this;
}

PostgresParams &PostgresParams::boolean(bool value)
{
    m_values.append(QByteArray(1, value ? '\1' : '\0'));
    m_null.append(false);
    m_types.append(kBoolOid);
    return *this;
}

PostgresParams &PostgresParams::nullBytes()
{
    m_values.append(QByteArray());
    m_null.append(true);
    m_types.append(kByteaOid);
    return *this;
}

PostgresParams &PostgresParams::int8Array(const QList<qint64> &values)
{
    BinaryArray array(kInt8Oid, values.size(), false);
    array.reserve(values.size() * 12);
    for (const qint64 value : values) {
        char bytes[sizeof value];
        qToBigEndian(value, bytes);
        array.append(bytes, sizeof bytes);
    }
    m_values.append(array.take());
    m_null.append(false);
    m_types.append(kInt8ArrayOid);
    return *this;
}

PostgresParams &PostgresParams::bytesArray(const QList<QByteArray> &values,
                                           const QList<bool> &nulls)
{
    Q_ASSERT(nulls.isEmpty() || nulls.size() == values.size());
    const bool hasNulls = nulls.contains(true);
    qsizetype size = 0;
    for (const QByteArray &value : values)
        size += 4 + value.size();
    BinaryArray array(kByteaOid, values.size(), hasNulls);
    array.reserve(size);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (hasNulls && nulls.at(i))
            array.appendNull();
        else
            array.append(values.at(i).constData(), values.at(i).size());
    }
    m_values.append(array.take());
    m_null.append(false);
    m_types.append(kByteaArrayOid);
    return *this;
}

PostgresParams &PostgresParams::booleanArray(const QList<bool> &values)
{
    BinaryArray array(kBoolOid, values.size(), false);
    array.reserve(values.size() * 5);
    for (const bool value : values)
        array.append(value ? "\1" : "\0", 1);
    m_values.append(array.take());
    m_null.append(false);
    m_types.append(kBoolArrayOid);
    return *this;
}

void PostgresRows::Clear::operator()(pg_result *result) const
{
    libPq().clear(result);
}

PostgresRows::PostgresRows(pg_result *result)
    : m_result(result)
{}

int PostgresRows::count() const
{
    return libPq().ntuples(m_result.get());
}

bool PostgresRows::isNull(int row, int column) const
{
    return libPq().getisnull(m_result.get(), row, column) != 0;
}

qint64 PostgresRows::int8(int row, int column) const
{
    // A NULL or anything not 8 bytes long reads as 0, as QVariant::toLongLong() does.
    if (libPq().getlength(m_result.get(), row, column) != int(sizeof(qint64)))
        return 0;
    return qFromBigEndian<qint64>(libPq().getvalue(m_result.get(), row, column));
}

QByteArray PostgresRows::bytes(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QByteArray(libPq().getvalue(m_result.get(), row, column),
                      libPq().getlength(m_result.get(), row, column));
}

QString PostgresBinary::unavailableReason(const QSqlDatabase &database)
{
    if (!libPq().error.isEmpty())
        return Text::tr("cannot use libpq: %1").arg(libPq().error);
    if (!connectionOf(database))
        return Text::tr("Qt's PostgreSQL driver does not hand out its libpq connection");
    return {};
}

void PostgresBinary::reset()
{
    m_connection = nullptr;
    m_names.clear();
}

bool PostgresBinary::connectionLost(const QSqlDatabase &database) const
{
    PGconn *connection = connectionOf(database);
    return !connection || libPq().status(connection) != CONNECTION_OK;
}

pg_conn *PostgresBinary::ready(const QSqlDatabase &database, QString *error)
{
    const LibPq &pq = libPq();
    PGconn *connection = connectionOf(database);
    if (!pq.error.isEmpty() || !connection) {
        *error = unavailableReason(database);
        return nullptr;
    }
    if (connection != m_connection) {
        // A new connection has none of the statements prepared on the old one.
        m_names.clear();
        m_connection = connection;
    }
    // QPSQL reads a forward-only query row by row (libpq's single-row mode) and leaves the end
    // of its result unread after finish(); it discards that itself before its next statement,
    // and so must this (the query was finished: nothing it still wants is lost).
    while (pq.transactionStatus(connection) == PQTRANS_ACTIVE) {
        PGresult *pending = pq.getResult(connection);
        if (!pending)
            break;
        pq.clear(pending);
    }
    return connection;
}

namespace {

// A failed statement's message; its result still has to be cleared.
QString failure(PGconn *connection, PGresult *result, const char *what)
{
    const LibPq &pq = libPq();
    const QString error = QStringLiteral("%1: %2").arg(
        QString::fromLatin1(what),
        QString::fromUtf8(result ? pq.resultErrorMessage(result) : pq.errorMessage(connection))
            .trimmed());
    pq.clear(result);
    return error;
}

// libpq's arguments for a statement's parameters, all in binary format.
struct BoundParams
{
    explicit BoundParams(const PostgresParams &params, const QList<QByteArray> &valueBytes,
                         const QList<bool> &nulls)
        : values(size_t(params.size()))
        , lengths(size_t(params.size()))
        , formats(size_t(params.size()), kBinary)
    {
        for (qsizetype i = 0; i < params.size(); ++i) {
            const QByteArray &value = valueBytes.at(i);
            // Not NULL for an empty value: libpq sends a NULL pointer as SQL NULL.
            values[size_t(i)] = nulls.at(i) ? nullptr : value.constData();
            lengths[size_t(i)] = int(value.size());
        }
    }
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<int> formats;
};

} // namespace

const QByteArray *PostgresBinary::preparedName(pg_conn *connection, const QString &sql,
                                               const PostgresParams &params, QString *error)
{
    const LibPq &pq = libPq();
    auto name = m_names.constFind(sql);
    if (name == m_names.cend()) {
        const QByteArray newName = "syncscope_binary_" + QByteArray::number(m_names.size());
        const std::vector<Oid> types(params.m_types.cbegin(), params.m_types.cend());
        PGresult *prepared = pq.prepare(connection, newName.constData(), sql.toUtf8().constData(),
                                        int(types.size()), types.data());
        if (!prepared || pq.resultStatus(prepared) != PGRES_COMMAND_OK) {
            *error = failure(connection, prepared, "PREPARE");
            return nullptr;
        }
        pq.clear(prepared);
        name = m_names.insert(sql, newName);
    }
    return &*name;
}

std::optional<PostgresRows> PostgresBinary::exec(const QSqlDatabase &database, const QString &sql,
                                                 const PostgresParams &params, QString *error)
{
    const LibPq &pq = libPq();
    PGconn *connection = ready(database, error);
    if (!connection)
        return std::nullopt;
    const QByteArray *name = preparedName(connection, sql, params, error);
    if (!name)
        return std::nullopt;
    const BoundParams bound(params, params.m_values, params.m_null);
    PGresult *result =
        pq.execPrepared(connection, name->constData(), int(params.size()), bound.values.data(),
                        bound.lengths.data(), bound.formats.data(), kBinary);
    const ExecStatusType status = result ? pq.resultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        *error = failure(connection, result, "EXECUTE");
        return std::nullopt;
    }
    ++m_statementsRun;
    return PostgresRows(result);
}

PostgresPipelineResult PostgresBinary::execPipeline(const QSqlDatabase &database,
                                                    const QList<PostgresStatement> &statements)
{
    const LibPq &pq = libPq();
    PostgresPipelineResult outcome;
    const auto failAt = [&outcome](qsizetype index, const QString &error) {
        if (outcome.failedAt < 0) {
            outcome.failedAt = index;
            outcome.error = error;
        }
    };
    if (!pq.enterPipelineMode) {
        for (qsizetype i = 0; i < statements.size(); ++i) {
            QString error;
            auto rows = exec(database, statements.at(i).sql, statements.at(i).params, &error);
            if (!rows) {
                failAt(i, error);
                break;
            }
            outcome.rows.push_back(std::move(*rows));
        }
        return outcome;
    }

    QString error;
    PGconn *connection = ready(database, &error);
    if (!connection) {
        failAt(0, error);
        return outcome;
    }
    // Prepared before the pipeline starts (once per connection), so it holds executions only.
    QList<const QByteArray *> names;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QByteArray *name =
            preparedName(connection, statements.at(i).sql, statements.at(i).params, &error);
        if (!name) {
            failAt(i, error);
            return outcome;
        }
        names.append(name);
    }
    if (pq.enterPipelineMode(connection) != 1) {
        failAt(0, failure(connection, nullptr, "PIPELINE"));
        return outcome;
    }
    qsizetype sent = 0;
    for (; sent < statements.size(); ++sent) {
        const PostgresParams &params = statements.at(sent).params;
        const BoundParams bound(params, params.m_values, params.m_null);
        if (pq.sendQueryPrepared(connection, names.at(sent)->constData(), int(params.size()),
                                 bound.values.data(), bound.lengths.data(), bound.formats.data(),
                                 kBinary) != 1) {
            failAt(sent, failure(connection, nullptr, "EXECUTE"));
            break;
        }
    }
    if (pq.pipelineSync(connection) != 1)
        failAt(sent, failure(connection, nullptr, "SYNC"));

    // Each statement's result (PGRES_PIPELINE_ABORTED after a failure), then a null, and after
    // them all the sync point.
    for (qsizetype i = 0; i < sent; ++i) {
        PGresult *result = pq.getResult(connection);
        if (!result) {
            failAt(i, failure(connection, nullptr, "EXECUTE"));
            break;
        }
        const ExecStatusType status = pq.resultStatus(result);
        if ((status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) && outcome.failedAt < 0) {
            ++m_statementsRun;
            outcome.rows.emplace_back(result);
        } else if (status == PGRES_PIPELINE_ABORTED) {
            pq.clear(result);
        } else {
            failAt(i, failure(connection, result, "EXECUTE"));
        }
        while (PGresult *rest = pq.getResult(connection)) // the null that ends a statement
            pq.clear(rest);
    }
    // Up to the sync point; a lost connection ends this with a null.
    while (PGresult *result = pq.getResult(connection)) {
        const bool sync = pq.resultStatus(result) == PGRES_PIPELINE_SYNC;
        pq.clear(result);
        if (sync)
            break;
    }
    if (pq.exitPipelineMode(connection) != 1 && outcome.failedAt < 0 &&
        qsizetype(outcome.rows.size()) < statements.size())
        failAt(qsizetype(outcome.rows.size()), failure(connection, nullptr, "PIPELINE"));
    return outcome;
}

} // namespace syncscope::server
