#pragma once

#include "harness/phasecomparison.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <vector>

namespace syncscope::bench {

class LoadConnection;

struct LoadPlan
{
    QUrl url;
    QString token;
    QString prefix; // realm i is prefix + i
    int sessions = 1;
    int connections = 1;
    int seconds = 10;
    int valueBytes = 100;
};

// Drives the load connections. seed(): every session uploads one changeset; prints "seeded"
// once all are acknowledged. scale(): prints "bound <ms>" once every session is ready, then
// each session uploads one changeset a second for plan.seconds, and "result {json}" with the
// acknowledgement latencies. The process exits when the run is over (code 1 on errors).
class LoadRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadRun)

public:
    explicit LoadRun(const LoadPlan &plan, QObject *parent = nullptr);
    ~LoadRun() override;

    void seed();
    void scale();

private:
    void connectAll();
    void openMore();
    void allReady();
    void tick();
    void finish();
    void acknowledged(qint64 latencyNs);

    LoadPlan m_plan;
    QElapsedTimer m_clock;
    std::vector<LoadConnection *> m_connections;
    std::vector<std::pair<int, int>> m_sessions; // connection, session index
    bool m_seeding = false;
    int m_ready = 0;
    int m_opening = 0;       // handshakes in progress
    size_t m_nextToOpen = 0; // the next of m_connections to open
    int m_errors = 0;
    qint64 m_acks = 0;
    qint64 m_sent = 0;
    qint64 m_steadyStartNs = 0;
    bool m_stopped = false;
    QList<double> m_latenciesMs;
    QList<QList<double>> m_windowsMs; // latencies per second of the steady phase
    QList<int> m_windowAcks;          // acknowledgements per second of the steady phase
    // The same latencies as histograms, so that the bench can pool the seconds of a phase.
    QList<LatencyHistogram> m_windowHistograms;
    QTimer m_ticker;
    QByteArray m_value;
};

} // namespace syncscope::bench
