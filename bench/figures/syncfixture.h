#pragma once

#include <syncscope/testsupport/futures.h>
#include <syncscope/testsupport/serverprocess.h>

#include <syncscope/syncscope.h>

#include <QElapsedTimer>
#include <QFuture>
#include <QString>

#include <chrono>
#include <memory>

namespace syncscope::bench {

class BenchContext;

// A syncscope-server process with a token for user "bench" granting every /bench/ realm.
class BenchServer final
{
    Q_DISABLE_COPY_MOVE(BenchServer)

public:
    // Where its data directory goes: the run's scratch directory, or --scale-data-dir.
    enum class DataPlace { WorkDir, ScaleDataDir };

    // `extraArguments` go to syncscope-server after the bench's own (--log-level warning).
    BenchServer(BenchContext &context, const QString &name, const QStringList &extraArguments = {},
                DataPlace place = DataPlace::WorkDir);
    bool start(); // false: see errorString()
    QString errorString() const { return m_error; }

    testsupport::ServerProcess &process() { return m_process; }
    QUrl url() const { return m_process.url(); }
    QString token() const { return m_token; }

private:
    testsupport::ServerProcess m_process;
    QString m_token;
    QString m_error;
};

// An SDK client (one App, logged in as the bench user) that opens realms under one directory.
class BenchClient final
{
    Q_DISABLE_COPY_MOVE(BenchClient)

public:
    BenchClient(const QUrl &serverUrl, const QString &token, const QString &directory,
                const ClientConfig &config = {});
    ~BenchClient();

    bool isLoggedIn() const { return m_user != nullptr; }
    // Opens `realmPath` into a new local file; nullptr (and a warning) on failure.
    std::shared_ptr<Realm> open(const QString &realmPath);
    App &app() { return *m_app; }

private:
    QUrl m_serverUrl;
    QString m_directory;
    int m_files = 0;
    std::unique_ptr<App> m_app;
    std::shared_ptr<User> m_user;
};

// Waits (up to a minute each) until both realms have downloaded everything on the server.
bool waitUntilInSync(Realm &first, Realm &second);

// How a wait ended, and when on `clock` (ns): Syncscope::TestSupport's, shared with the tests.
using testsupport::FutureOutcome;
inline FutureOutcome awaitFuture(const QFuture<void> &future, const QElapsedTimer &clock,
                                 std::chrono::milliseconds limit)
{
    return testsupport::awaitFuture(future, limit, &clock);
}

} // namespace syncscope::bench
