#pragma once

#include "options.h"

#include <QLoggingCategory>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcBench)

namespace syncscope::testsupport {
class PostgresCluster;
}

namespace syncscope::bench {

class RawWebSocket;

// What every figure group gets: the options, a scratch directory that is removed at the end,
// and the raw WebSocket peer that the throughput and latency baselines share.
class BenchContext final
{
    Q_DISABLE_COPY_MOVE(BenchContext)

public:
    explicit BenchContext(const BenchOptions &options);
    ~BenchContext();

    const BenchOptions &options() const { return m_options; }
    bool isValid() const { return m_dir.isValid(); }

    // A new, empty directory under the scratch directory.
    QString newDirectory(const QString &name);
    // A new, empty directory for a server-scale server's data: under --scale-data-dir when it
    // is given (removed at the end as well), otherwise newDirectory(name). Empty on failure.
    QString newScaleDirectory(const QString &name);
    // The open connection to syncscope-bench-peer, started on first use; nullptr on failure.
    RawWebSocket *rawWebSocket();
    // The conninfo of a new database in a private PostgreSQL cluster (started on first use,
    // stopped with the context); empty and *error when it cannot.
    QString newPostgresDatabase(QString *error);
    // The pid of that cluster's postmaster (its backends are its children); 0 when none runs.
    qint64 postgresPid() const;

private:
    const BenchOptions &m_options;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<QTemporaryDir>> m_scaleDirs;
    int m_directories = 0;
    std::unique_ptr<RawWebSocket> m_raw;
    std::unique_ptr<testsupport::PostgresCluster> m_postgres;
    int m_databases = 0;
};

} // namespace syncscope::bench
