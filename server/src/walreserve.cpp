#include "walreserve.h"

#include <QByteArray>

#include <sqlite3.h>

#include <algorithm>

namespace syncscope::server {

namespace {

constexpr qint64 kWalHeaderBytes = 32;
constexpr qint64 kFrameHeaderBytes = 24;

int pageSize(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    int size = 0;
    if (sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        size = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return size;
}

} // namespace

WalReserve::WalReserve(sqlite3 *db, int checkpointFrames, qint64 limitBytes, qint64 chunkBytes)
    : m_db(db)
    , m_checkpointFrames(checkpointFrames)
    , m_limitBytes(limitBytes)
    , m_chunkBytes(chunkBytes)
{
    if (const int size = pageSize(db); size > 0)
        m_frameBytes = kFrameHeaderBytes + size;
    sqlite3_wal_hook(m_db, &WalReserve::committed, this);
}

WalReserve::~WalReserve()
{
    if (m_next)
        sqlite3_wal_hook(m_db, m_next, m_nextArgument);
    else
        sqlite3_wal_autocheckpoint(m_db, m_checkpointFrames);
}

void WalReserve::forwardCommitsTo(WalHook hook, void *argument)
{
    m_next = hook;
    m_nextArgument = argument;
}

int WalReserve::committed(void *self, sqlite3 *db, const char *schema, int frames)
{
    auto *reserve = static_cast<WalReserve *>(self);
    if (qstrcmp(schema, "main") == 0)
        reserve->m_committedEnd = kWalHeaderBytes + qint64(frames) * reserve->m_frameBytes;
    if (reserve->m_next)
        return reserve->m_next(reserve->m_nextArgument, db, schema, frames);
    // What sqlite3_wal_autocheckpoint() installs does exactly this; its outcome is not the
    // commit's (the commit is durable already), so it is not reported either.
    if (frames >= reserve->m_checkpointFrames)
        sqlite3_wal_checkpoint(db, schema);
    return SQLITE_OK;
}

bool WalReserve::topUp(QString *error)
{
    if (m_frameBytes == 0 || m_committedEnd == 0)
        return true; // nothing committed yet: the log may not even exist
    sqlite3_file *log = nullptr;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_JOURNAL_POINTER, &log) != SQLITE_OK ||
        !log || !log->pMethods)
        return true; // no log open (between connections): nothing to reserve
    sqlite3_int64 size = 0;
    if (log->pMethods->xFileSize(log, &size) != SQLITE_OK) {
        *error = QStringLiteral("cannot read the size of the write-ahead log");
        return false;
    }
    if (size - m_committedEnd >= m_chunkBytes || size >= m_limitBytes)
        return true;
    const qint64 target = std::min(m_limitBytes, m_committedEnd + 2 * m_chunkBytes);
    static const QByteArray zeros(64 * 1024, '\0');
    for (qint64 offset = size; offset < target; offset += zeros.size()) {
        const int bytes = int(std::min<qint64>(zeros.size(), target - offset));
        if (log->pMethods->xWrite(log, zeros.constData(), bytes, offset) != SQLITE_OK) {
            *error = QStringLiteral("cannot extend the write-ahead log");
            return false;
        }
    }
    if (log->pMethods->xSync(log, SQLITE_SYNC_NORMAL | SQLITE_SYNC_DATAONLY) != SQLITE_OK) {
        *error = QStringLiteral("cannot sync the write-ahead log's reserve");
        return false;
    }
    return true;
}

} // namespace syncscope::server
