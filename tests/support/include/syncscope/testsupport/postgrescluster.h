#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace syncscope::testsupport {

// A private PostgreSQL server for one test: initdb and pg_ctl in a temporary directory, reached
// through a Unix socket in that directory only (no TCP port, so clusters of tests running at
// the same time never collide). Run as root, the binaries run as the `postgres` user, which
// then owns the directory. The destructor stops the server; the cluster of a test process
// that died without running it is stopped and deleted by the next fixture that starts one.
class PostgresCluster final
{
    Q_DISABLE_COPY_MOVE(PostgresCluster)

public:
    PostgresCluster();
    ~PostgresCluster();

    // Empty when the tests can run one; otherwise why not (for QSKIP): Qt's QPSQL driver or
    // PostgreSQL's initdb/pg_ctl is not installed.
    static QString unavailableReason();

    // initdb on the first start, then pg_ctl start; waits until it accepts connections.
    bool start(QString *error = nullptr);
    // pg_ctl stop: `immediate` is the crash-like stop (no checkpoint, recovery on next start).
    bool stop(bool immediate = false);
    bool isRunning() const { return m_running; }

    QString socketDirectory() const { return m_directory.path(); }
    QString log() const;
    // A libpq conninfo for `database`, as syncscope-server's --database takes it.
    QString conninfo(const QString &database) const;
    bool createDatabase(const QString &name, QString *error = nullptr);
    // An open connection from the test process itself, for checks (close it before the
    // cluster goes away). Invalid on failure, with *error.
    QSqlDatabase connect(const QString &database, QString *error = nullptr);

    // One cluster shared by everything in this test process, started on first use and stopped
    // when the application ends (ServerProcess's PostgreSQL mode uses it); nullptr and *error
    // if it cannot start.
    static PostgresCluster *shared(QString *error = nullptr);
    // The conninfo of a database in shared() that belongs to this data directory, created on
    // first use (so a restarted server finds what it stored); empty and *error on failure.
    static QString sharedDatabaseFor(const QString &dataDir, QString *error = nullptr);
    // Whether the tests' servers keep their data in PostgreSQL: SYNCSCOPE_TEST_POSTGRES=1 runs
    // the same tests against that back end (ServerProcess and startInProcessServer follow it).
    static bool testsUseShared();

    // Stops the clusters of test processes that died without stopping them (every start()
    // of a new cluster does it first).
    static void stopOrphans();

private:
    bool run(const QString &program, const QStringList &arguments, QString *output, int timeoutMs);

    QTemporaryDir m_directory;
    bool m_initialized = false;
    bool m_running = false;
    int m_connections = 0;
};

} // namespace syncscope::testsupport
