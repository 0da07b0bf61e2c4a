#include "context.h"

#include "baselines/rawwebsocket.h"

#include <syncscope/testsupport/postgrescluster.h>

#include <QDir>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBench, "syncscope.bench")

namespace syncscope::bench {

namespace {

QString scratchTemplate(const BenchOptions &options)
{
    const QString base = options.workDir.isEmpty() ? QDir::tempPath() : options.workDir;
    QDir().mkpath(base);
    return base + u"/syncscope-bench-XXXXXX"_s;
}

} // namespace

BenchContext::BenchContext(const BenchOptions &options)
    : m_options(options)
    , m_dir(scratchTemplate(options))
{}

BenchContext::~BenchContext() = default;

QString BenchContext::newDirectory(const QString &name)
{
    const QString path = m_dir.filePath(u"%1-%2"_s.arg(++m_directories).arg(name));
    QDir().mkpath(path);
    return path;
}

RawWebSocket *BenchContext::rawWebSocket()
{
    if (!m_raw) {
        auto raw = std::make_unique<RawWebSocket>(m_options.peerBin);
        if (!raw->open()) {
            qCWarning(lcBench) << raw->errorString();
            return nullptr;
        }
        m_raw = std::move(raw);
    }
    return m_raw.get();
}

qint64 BenchContext::postgresPid() const
{
    if (!m_postgres)
        return 0;
    // The first line of postmaster.pid in the data directory.
    QFile file(m_postgres->socketDirectory() + u"/data/postmaster.pid"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

QString BenchContext::newPostgresDatabase(QString *error)
{
    if (!m_postgres) {
        if (const QString why = testsupport::PostgresCluster::unavailableReason(); !why.isEmpty()) {
            *error = why;
            return {};
        }
        auto cluster = std::make_unique<testsupport::PostgresCluster>();
        if (!cluster->start(error))
            return {};
        m_postgres = std::move(cluster);
    }
    const QString name = u"bench%1"_s.arg(++m_databases);
    if (!m_postgres->createDatabase(name, error))
        return {};
    return m_postgres->conninfo(name);
}

} // namespace syncscope::bench
