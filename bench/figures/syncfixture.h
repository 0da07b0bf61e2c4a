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

// A syncscope-server process with a token for user "bench" granting every /bench/ realm; with
// --postgres-nodes N, N processes (nodes) sharing one new PostgreSQL database and one token
// secret, so the token is valid on every node.
class BenchServer final
{
    Q_DISABLE_COPY_MOVE(BenchServer)

public:
    // Where its data directory goes: the run's scratch directory, or --scale-data-dir.
    enum class DataPlace { WorkDir, ScaleDataDir };

    // `extraArguments` go to syncscope-server after the bench's own (--log-level warning).
    BenchServer(BenchContext &context, const QString &name, const QStringList &extraArguments = {},
                DataPlace place = DataPlace::WorkDir);
    ~BenchServer();
    bool start(); // false: see errorString()
    QString errorString() const { return m_error; }

    // The first node (the only one on SQLite).
    testsupport::ServerProcess &process() { return *m_nodes.front(); }
    QUrl url() const { return m_nodes.front()->url(); }
    int nodeCount() const { return int(m_nodes.size()); }
    testsupport::ServerProcess &node(int index) { return *m_nodes.at(size_t(index)); }
    // The node a second client uses: the last one, so that with several nodes its changes
    // cross from one node to another through the database.
    QUrl otherUrl() const { return m_nodes.back()->url(); }
    QString token() const { return m_token; }

private:
    BenchContext &m_context;
    QStringList m_arguments;
    std::vector<std::unique_ptr<testsupport::ServerProcess>> m_nodes;
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
