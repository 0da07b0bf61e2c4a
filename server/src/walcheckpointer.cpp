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
constexpr int kCatchUpPasses = 6;

} // namespace

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

bool WalCheckpointer::start(sqlite3 *writer, const QString &databasePath, const char *vfs,
                            Thresholds thresholds, QString *error)
{
    stop();
    sqlite3 *connection = nullptr;
    // NOMUTEX: the connection is used by the checkpointer's thread only.
    const int opened = sqlite3_open_v2(databasePath.toUtf8().constData(), &connection,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, vfs);
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
    m_walFrames.store(0);
    {
        const std::lock_guard lock(m_mutex);
        m_generation = 0;
        m_copied = 0;
        m_passCopied = 0;
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
    bool running = false;
    int copied = 0;
    {
        const std::lock_guard lock(m_mutex);
        if (frames < m_lastFrames) {
            // The WAL started over: everything before is in the database file.
            m_requestedAt = 0;
            ++m_generation;
            m_copied = 0;
            m_passCopied = 0;
        }
        running = m_running;
        copied = m_copied;
    }
    m_lastFrames = frames;
    m_walFrames.store(frames, std::memory_order_relaxed);
    if (running)
        return; // the writer never waits for a pass, nor copies beside one
    if (frames >= m_thresholds.inlineFrames) {
        // The passes fell behind the commits: the WAL starts over only once all of it is
        // copied, so the writer copies the rest itself, but never waits for a running pass
        // (on a disk that pass's sync of the database file can take seconds, and every upload
        // of the group would wait with it): the next commit looks again.
        {
            const std::lock_guard lock(m_mutex);
            m_requested = false;
            ++m_passes.inlined;
        }
        copyOnWriter(db, schema, frames, "checkpoint after a commit");
        return;
    }
    if (copied > 0 && copied < frames && frames - copied > m_thresholds.finishFrames) {
        // A background pass copied part of this WAL, and more was appended since than the
        // writer should copy itself (finishBetweenCommits()): another pass.
        m_requestedAt = frames;
        {
            const std::lock_guard lock(m_mutex);
            m_copied = 0;
            m_requested = true;
        }
        m_changed.notify_all();
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

bool WalCheckpointer::finishBetweenCommits()
{
    if (!m_thread.joinable())
        return false;
    {
        const std::lock_guard lock(m_mutex);
        if (m_running || m_copied <= 0 || m_copied >= m_lastFrames ||
            m_lastFrames - m_copied > m_thresholds.finishFrames)
            return false;
        m_copied = 0;
        ++m_passes.finished;
    }
    // The database file then holds the whole WAL, so the next transaction starts it over.
    copyOnWriter(m_writer, "main", m_lastFrames, "finishing the background copy");
    return true;
}

void WalCheckpointer::copyOnWriter(sqlite3 *db, const char *schema, int frames, const char *why)
{
    QElapsedTimer took;
    took.start();
    const int done =
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    if (done != SQLITE_OK)
        qCWarning(lcStorage).noquote() << why << "failed:" << sqlite3_errstr(done);
    qCDebug(lcStorage).noquote() << why << "at" << frames << "WAL frames took" << took.elapsed()
                                 << "ms";
    m_requestedAt = frames;
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
        const quint64 generation = m_generation;
        lock.unlock();
        // PASSIVE: copies what no reader still needs, without waiting for the writer, which
        // goes on appending to the WAL meanwhile. A pass copies the WAL as it was when it
        // began, so it is repeated over what the writer appended meanwhile (less each time
        // while the copy is faster than the commits) until at most finishFrames are left,
        // which the writer's next commit copies itself (committed()); a few passes at most.
        QElapsedTimer took;
        took.start();
        int passes = 0;
        int copied = 0;
        for (int previous = -1; passes < kCatchUpPasses;) {
            int frames = 0;
            const int done = sqlite3_wal_checkpoint_v2(m_connection, nullptr,
                                                       SQLITE_CHECKPOINT_PASSIVE, &frames, &copied);
            ++passes;
            if (done != SQLITE_OK) {
                if (done != SQLITE_BUSY)
                    qCWarning(lcStorage).noquote()
                        << "background checkpoint failed:" << sqlite3_errstr(done);
                copied = 0;
                break;
            }
            const int behind = m_walFrames.load(std::memory_order_relaxed) - copied;
            if (behind <= m_thresholds.finishFrames || copied <= previous)
                break; // caught up, or a reader holds the rest back
            previous = copied;
        }
        qCDebug(lcStorage).noquote() << "background checkpoint:" << passes << "passes took"
                                     << took.elapsed() << "ms, copied" << copied << "frames";
        lock.lock();
        m_running = false;
        m_passes.background += passes;
        // Frames of a WAL that started over meanwhile are not this WAL's; a pass that copied
        // nothing new (a reader holds the rest back) leaves the rest to the next request.
        if (generation == m_generation && copied > m_passCopied) {
            m_copied = copied;
            m_passCopied = copied;
        }
        m_changed.notify_all();
    }
}

} // namespace syncscope::server
