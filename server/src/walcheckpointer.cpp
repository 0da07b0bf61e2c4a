#include "walcheckpointer.h"

#include "logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sqlite3.h>

namespace syncscope::server {

namespace {

// The translation context of this file's messages; lupdate reads it from the macro too. The
// storage's messages keep the class's former name, and these belong with them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::server::RealmStore)
};

// Passes in a row after one request (see run()).
constexpr int kCatchUpPasses = 4;

} // namespace

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

bool WalCheckpointer::start(sqlite3 *writer, const QString &databasePath, Thresholds thresholds,
                            QString *error)
{
    stop();
    sqlite3 *connection = nullptr;
    // NOMUTEX: the connection is used by the checkpointer's thread only.
    const int opened = sqlite3_open_v2(databasePath.toUtf8().constData(), &connection,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (opened != SQLITE_OK || sqlite3_exec(connection, "PRAGMA synchronous=FULL", nullptr, nullptr,
                                            nullptr) != SQLITE_OK) {
        *error = Text::tr("cannot open a checkpoint connection to \"%1\": %2")
                     .arg(databasePath, connection ? QString::fromUtf8(sqlite3_errmsg(connection))
                                                   : QString::fromUtf8(sqlite3_errstr(opened)));
        sqlite3_close(connection);
        return false;
    }
    m_writer = writer;
    m_connection = connection;
    m_thresholds = thresholds;
    m_requestedAt = 0;
    m_lastFrames = 0;
    {
        const std::lock_guard lock(m_mutex);
        m_requested = false;
        m_running = false;
        m_stopping = false;
        m_passes = {};
    }
    m_thread = std::thread([this] { run(); });
    // Replaces SQLite's automatic checkpoint, which is a WAL hook too.
    sqlite3_wal_hook(m_writer, &WalCheckpointer::walHook, this);
    return true;
}

void WalCheckpointer::stop()
{
    if (!m_thread.joinable())
        return;
    // Back to a checkpoint inside the writer's commits, should it commit again.
    sqlite3_wal_autocheckpoint(m_writer, m_thresholds.backgroundFrames);
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
    sqlite3_close(m_connection);
    m_connection = nullptr;
    m_writer = nullptr;
}

WalCheckpointer::Passes WalCheckpointer::passes() const
{
    const std::lock_guard lock(m_mutex);
    return m_passes;
}

int WalCheckpointer::walHook(void *self, sqlite3 *db, const char *schema, int frames)
{
    static_cast<WalCheckpointer *>(self)->committed(db, schema, frames);
    return SQLITE_OK; // the commit itself succeeded whatever a checkpoint does
}

void WalCheckpointer::committed(sqlite3 *db, const char *schema, int frames)
{
    // Runs on the writer's thread right after each commit, `frames` being the WAL's length.
    if (frames < m_lastFrames)
        m_requestedAt = 0; // the WAL started over: everything before is in the database file
    m_lastFrames = frames;
    if (frames >= m_thresholds.inlineFrames) {
        // The passes fell behind the commits: the WAL starts over only once all of it is
        // copied, so the writer copies the rest itself, but never waits for a running pass
        // (on a disk that pass's sync of the database file can take seconds, and every upload
        // of the group would wait with it): the next commit looks again.
        {
            const std::lock_guard lock(m_mutex);
            if (m_running)
                return;
            m_requested = false;
            ++m_passes.inlined;
        }
        QElapsedTimer took;
        took.start();
        const int done =
            sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        if (done != SQLITE_OK)
            qCWarning(lcStorage).noquote()
                << "checkpoint after a commit failed:" << sqlite3_errstr(done);
        qCDebug(lcStorage).noquote() << "checkpoint after a commit at" << frames
                                     << "WAL frames took" << took.elapsed() << "ms";
        m_requestedAt = frames;
        return;
    }
    if (frames - m_requestedAt < m_thresholds.backgroundFrames)
        return;
    m_requestedAt = frames;
    {
        const std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_changed.notify_all();
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            return;
        m_requested = false;
        m_running = true;
        lock.unlock();
        // PASSIVE: copies what no reader still needs, without waiting for the writer, which
        // goes on appending to the WAL meanwhile. The WAL starts over only at a commit that
        // finds all of it copied, so a pass that did not catch up is followed by another over
        // what was appended meanwhile (less each time while the copy is faster than the
        // commits); a few at most, then the next request, or the writer at inlineFrames.
        QElapsedTimer took;
        took.start();
        int passes = 0;
        for (int copied = 0, frames = 1; copied < frames && passes < kCatchUpPasses; ++passes) {
            const int done = sqlite3_wal_checkpoint_v2(m_connection, nullptr,
                                                       SQLITE_CHECKPOINT_PASSIVE, &frames, &copied);
            if (done != SQLITE_OK) {
                if (done != SQLITE_BUSY)
                    qCWarning(lcStorage).noquote()
                        << "background checkpoint failed:" << sqlite3_errstr(done);
                ++passes;
                break;
            }
        }
        qCDebug(lcStorage).noquote()
            << "background checkpoint:" << passes << "passes took" << took.elapsed() << "ms";
        lock.lock();
        m_running = false;
        m_passes.background += passes;
        m_changed.notify_all();
    }
}

} // namespace syncscope::server
