#include "context.h"

#include "baselines/rawwebsocket.h"

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

} // namespace syncscope::bench
