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

QString BenchContext::newScaleDirectory(const QString &name)
{
    if (m_options.scaleDataDir.isEmpty())
        return newDirectory(name);
    QDir().mkpath(m_options.scaleDataDir);
    auto dir = std::make_unique<QTemporaryDir>(m_options.scaleDataDir + u"/syncscope-bench-"_s +
                                               name + u"-XXXXXX"_s);
    if (!dir->isValid()) {
        qCWarning(lcBench) << "cannot create a directory under" << m_options.scaleDataDir
                           << dir->errorString();
        return {};
    }
    const QString path = dir->path();
    m_scaleDirs.push_back(std::move(dir));
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
