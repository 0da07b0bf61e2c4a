#include "loadrun.h"

#include "loadconnection.h"

#include "harness/stats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace syncscope::bench {

LoadRun::LoadRun(const LoadPlan &plan, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_value(plan.valueBytes, 'l')
{
    m_clock.start();
    m_ticker.setInterval(5ms);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &LoadRun::tick);
}

LoadRun::~LoadRun() = default;

void LoadRun::seed()
{
    m_seeding = true;
    connectAll();
}

void LoadRun::scale()
{
    connectAll();
}

void LoadRun::connectAll()
{
    for (int c = 0; c < m_plan.connections; ++c)
        m_connections.push_back(new LoadConnection(m_plan.url, m_plan.token, m_clock, this));
    for (int i = 0; i < m_plan.sessions; ++i) {
        LoadConnection *connection = m_connections.at(size_t(i % m_plan.connections));
        const int index = connection->addSession(m_plan.prefix + QString::number(i));
        m_sessions.emplace_back(i % m_plan.connections, index);
    }
    for (size_t c = 0; c < m_connections.size(); ++c) {
        LoadConnection *connection = m_connections[c];
        connect(connection, &LoadConnection::sessionReady, this, [this] {
            if (++m_ready == m_plan.sessions)
                allReady();
        });
        connect(connection, &LoadConnection::acknowledged, this, &LoadRun::acknowledged);
        connect(connection, &LoadConnection::failed, this, [this](const QString &reason) {
            if (m_stopped)
                return;
            ++m_errors;
            if (m_errors <= 5)
                QTextStream(stderr) << "syncscope-bench-load: " << reason << Qt::endl;
        });
        connect(connection, &LoadConnection::openFinished, this, [this] {
            --m_opening;
            openMore();
        });
    }
    openMore();
}

void LoadRun::openMore()
{
    // The server refuses a peer address more than 64 handshakes in progress (and the monitor's
    // own connections count too): opening 100 at once on a busy machine lost some for good.
    constexpr int kMaxOpening = 32;
    while (m_opening < kMaxOpening && m_nextToOpen < m_connections.size()) {
        ++m_opening;
        m_connections[m_nextToOpen++]->open();
    }
}

void LoadRun::allReady()
{
    if (m_seeding) {
        for (const auto &[connection, index] : m_sessions) {
            m_connections.at(size_t(connection))->upload(index, m_value);
            ++m_sent;
        }
        return;
    }
    QTextStream(stdout) << "bound " << m_clock.elapsed() << Qt::endl;
    m_steadyStartNs = m_clock.nsecsElapsed();
    m_windowsMs.resize(m_plan.seconds);
    m_windowAcks.resize(m_plan.seconds);
    m_windowHistograms.resize(m_plan.seconds);
    m_ticker.start();
}

// Session i uploads at i/S, 1 + i/S, 2 + i/S … seconds into the steady phase, so the load is
// spread evenly: by time t, floor(t × S) uploads are due in total.
void LoadRun::tick()
{
    const double elapsed = double(m_clock.nsecsElapsed() - m_steadyStartNs) / 1e9;
    if (elapsed >= m_plan.seconds) {
        m_ticker.stop();
        // Give the last uploads a moment to be acknowledged, then report.
        QTimer::singleShot(2s, this, &LoadRun::finish);
        return;
    }
    const auto due = qint64(elapsed * m_plan.sessions);
    while (m_sent < due) {
        const auto &[connection, index] = m_sessions.at(size_t(m_sent % m_plan.sessions));
        m_connections.at(size_t(connection))->upload(index, m_value);
        ++m_sent;
    }
}

void LoadRun::acknowledged(qint64 latencyNs)
{
    ++m_acks;
    if (m_seeding) {
        if (m_acks == m_plan.sessions) {
            QTextStream(stdout) << "seeded " << m_clock.elapsed() << Qt::endl;
            QCoreApplication::exit(m_errors == 0 ? 0 : 1);
        }
        return;
    }
    const double latencyMs = double(latencyNs) / 1e6;
    m_latenciesMs.append(latencyMs);
    const auto window = qsizetype((m_clock.nsecsElapsed() - m_steadyStartNs) / 1'000'000'000);
    if (window >= 0 && window < m_windowsMs.size()) {
        m_windowsMs[window].append(latencyMs);
        m_windowHistograms[window].add(latencyMs);
        ++m_windowAcks[window];
    }
}

void LoadRun::finish()
{
    m_stopped = true;
    // Uploads never acknowledged count with the time they have waited (a lower bound), so a
    // server that falls behind shows in the percentiles instead of vanishing from them.
    const qint64 now = m_clock.nsecsElapsed();
    qint64 unacknowledged = 0;
    for (const LoadConnection *connection : m_connections) {
        for (qint64 ageNs : connection->unacknowledgedAges(now)) {
            m_latenciesMs.append(double(ageNs) / 1e6);
            if (!m_windowsMs.isEmpty()) {
                m_windowsMs.last().append(double(ageNs) / 1e6);
                m_windowHistograms.last().add(double(ageNs) / 1e6);
            }
            ++unacknowledged;
        }
    }
    QJsonArray windowP50, windowP99, windowAcks;
    for (const QList<double> &window : std::as_const(m_windowsMs)) {
        windowP50.append(percentile(window, 50));
        windowP99.append(percentile(window, 99));
    }
    for (int acks : std::as_const(m_windowAcks))
        windowAcks.append(acks);
    QJsonArray windowHistograms;
    for (const LatencyHistogram &window : std::as_const(m_windowHistograms))
        windowHistograms.append(window.toJson());
    QJsonObject result;
    result.insert("sent"_L1, double(m_sent));
    result.insert("acks"_L1, double(m_acks));
    result.insert("unacked"_L1, double(unacknowledged));
    result.insert("errors"_L1, m_errors);
    result.insert("p50_ms"_L1, percentile(m_latenciesMs, 50));
    result.insert("p99_ms"_L1, percentile(m_latenciesMs, 99));
    result.insert("max_ms"_L1, maximum(m_latenciesMs));
    result.insert("window_p50_ms"_L1, windowP50);
    result.insert("window_p99_ms"_L1, windowP99);
    result.insert("window_acks"_L1, windowAcks);
    result.insert("window_histograms"_L1, windowHistograms);
    QTextStream(stdout) << "result " << QJsonDocument(result).toJson(QJsonDocument::Compact)
                        << Qt::endl;
    QCoreApplication::exit(m_errors == 0 ? 0 : 1);
}

} // namespace syncscope::bench
