// operator cost: the server-scale load (S sessions over C connections, one small changeset a
// second each, from syncscope-bench-load) against a server with --operator-listen, while one
// operator subscriber (subscribe: a snapshot, then deltas) is on and off in phases of whole
// seconds, in ABBA order (off, on, on, off, …) so that drift cancels within each block of four.
// Each kind is pooled over all its phases: CPU as the server's CPU seconds (/proc/<pid>) over
// the phases' wall seconds, the ack p99 over every acknowledgement that fell in them (the load
// client's per-second latency histograms, merged); the phases without the subscriber are the
// baseline, and the ratio per block of four is the spread.
#include "groups.h"
#include "harness/loadprocess.h"
#include "syncfixture.h"

#include "harness/context.h"
#include "harness/eventwait.h"
#include "harness/figurenames.h"
#include "harness/phasecomparison.h"
#include "harness/processmetrics.h"

#include <algorithm>
#include <syncscope/protocol/accesstoken.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace syncscope::bench {

namespace {

// Short phases give many blocks to compare; a phase still spans whole seconds (the load
// client's latency windows) and holds at least a few of the subscriber's rounds.
constexpr int kPhaseSeconds = 2;
// The two kinds differ by a few percent of the server's CPU, less than one phase's noise on a
// shared machine: at the suite's 20 s (two blocks), eight runs of two servers read 0.92–1.14×
// (7 Dec). Three times the server-scale seconds pool seven blocks.
constexpr int kSecondsPerScaleSecond = 3;

// One operator peer that reads everything it is sent (a real subscriber, not a stalled one).
class OperatorSubscriber final : public QObject
{
public:
    OperatorSubscriber(const QUrl &url, const QString &token)
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            m_bytes += text.size();
            ++m_messages;
            // Compact JSON with sorted keys: "type" comes last. A round starts with "server".
            if (text.endsWith(u"\"type\":\"server\"}"_s))
                ++m_rounds;
        });
        connect(&m_socket, &QWebSocket::connected, this, [this, token] {
            send({{u"type"_s, u"hello"_s}, {u"token"_s, token}});
        });
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({u"syncscope-operator.v1"_s});
        m_socket.open(QNetworkRequest(url), options);
    }

    void setSubscribed(bool on) { send({{u"type"_s, on ? u"subscribe"_s : u"unsubscribe"_s}}); }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    qint64 bytes() const { return m_bytes; }
    qint64 messages() const { return m_messages; }
    qint64 rounds() const { return m_rounds; }

private:
    void send(const QJsonObject &message)
    {
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }

    QWebSocket m_socket;
    qint64 m_bytes = 0;
    qint64 m_messages = 0;
    qint64 m_rounds = 0;
};

} // namespace

QList<Figure> measureOperatorCost(BenchContext &context)
{
    const BenchOptions &options = context.options();
    BenchServer server(context, u"operator-cost"_s, {u"--operator-listen"_s, u"0"_s},
                       BenchServer::DataPlace::ScaleDataDir);
    if (!server.start()) {
        qCWarning(lcBench) << "operator-cost:" << server.errorString();
        return {};
    }
    QUrl operatorUrl;
    waitUntil(
        [&] {
            static const QRegularExpression line(u"operator API at (ws://[0-9.]+:\\d+)"_s);
            const auto match = line.match(server.process().standardError());
            if (match.hasMatch())
                operatorUrl = QUrl(match.captured(1));
            return !operatorUrl.isEmpty();
        },
        30s);
    if (operatorUrl.isEmpty()) {
        qCWarning(lcBench) << "operator-cost: the server did not say where its operator API is";
        return {};
    }
    protocol::AccessTokenClaims claims;
    claims.subject = u"bench"_s;
    claims.issuedAt = QDateTime::currentDateTimeUtc();
    claims.expiresAt = claims.issuedAt.addSecs(24 * 3600);
    claims.role = QString::fromLatin1(protocol::kOperatorRole);
    OperatorSubscriber subscriber(operatorUrl,
                                  protocol::signAccessToken(claims, server.process().secret()));
    if (!waitUntil([&] { return subscriber.isConnected(); }, 30s)) {
        qCWarning(lcBench) << "operator-cost: cannot connect to the operator API";
        return {};
    }

    // Whole blocks of four phases; the smoke and quick presets get one block of 1 s phases.
    const bool fullSize = options.scaleSeconds >= 8 * kPhaseSeconds;
    const int phaseSeconds = fullSize ? kPhaseSeconds : 1;
    const int measuredSeconds =
        fullSize ? options.scaleSeconds * kSecondsPerScaleSecond : options.scaleSeconds;
    const int blocks = std::max(1, measuredSeconds / (4 * phaseSeconds));
    const int seconds = blocks * 4 * phaseSeconds;
    const QList<bool> schedule = abbaSchedule(blocks * 4);
    LoadProcess load(options.loadBin);
    load.start({u"scale"_s, u"--url"_s, server.url().toString(), u"--token"_s, server.token(),
                u"--prefix"_s, u"/bench/operator/r"_s, u"--sessions"_s,
                QString::number(options.scaleSessions), u"--connections"_s,
                QString::number(options.scaleConnections), u"--seconds"_s, QString::number(seconds),
                u"--value-bytes"_s, u"100"_s});
    // Pinned as in server-scale: the server on the first CPU, the load client on the second,
    // so that neither phase kind gets the load client's turns on the server's core.
    const bool pinned =
        usableCpuCount() >= 2 && pinToCpu(server.process().pid(), 0) && pinToCpu(load.pid(), 1);
    if (!pinned)
        qCWarning(lcBench) << "operator cost: fewer than 2 CPUs or pinning failed; unpinned";
    // The subscriber here reads the stream (a megabyte a second at 10,000 sessions): with the
    // load client, not on the server's core, where it would count against the operator.
    std::optional<ScopedCpuPin> benchOnLoadCpu;
    if (pinned)
        benchOnLoadCpu.emplace(1);
    if (!load.waitForLine(u"bound"_s, 600s))
        return {};
    qCInfo(lcBench) << "operator cost:" << options.scaleSessions << "sessions bound;"
                    << schedule.size() << "phases of" << phaseSeconds << "s in ABBA order; server"
                    << "data in"
                    << (options.scaleDataDir.isEmpty() ? options.workDir : options.scaleDataDir);
    const qint64 pid = server.process().pid();

    // Each boundary is timed from the start (not from the previous one), so the phases stay
    // on the load client's second windows however late a timer fires.
    QList<Phase> phases;
    QElapsedTimer clock;
    clock.start();
    auto phaseCpuStart = cpuTime(pid);
    qint64 phaseStartNs = 0;
    qint64 subscribedNs = 0;
    qint64 messagesWhileSubscribed = 0;
    qint64 roundsWhileSubscribed = 0;
    qint64 messagesAtStart = 0;
    qint64 roundsAtStart = 0;
    bool cpuReadable = phaseCpuStart.has_value();
    QTimer boundary;
    boundary.setSingleShot(true);
    boundary.setTimerType(Qt::PreciseTimer);
    const auto scheduleNext = [&] {
        const qint64 nextMs = qint64(phases.size() + 1) * phaseSeconds * 1000;
        boundary.start(int(std::max<qint64>(0, nextMs - clock.elapsed())));
    };
    QObject::connect(&boundary, &QTimer::timeout, [&] {
        const auto cpuNow = cpuTime(pid);
        const qint64 nowNs = clock.nsecsElapsed();
        const bool wasOn = schedule.at(phases.size());
        cpuReadable = cpuReadable && cpuNow.has_value();
        Phase phase;
        phase.subscribed = wasOn;
        phase.wallSeconds = double(nowNs - phaseStartNs) / 1e9;
        if (cpuNow && phaseCpuStart)
            phase.cpuSeconds = double((*cpuNow - *phaseCpuStart).count()) / 1e9;
        phases.append(phase);
        if (wasOn) {
            subscribedNs += nowNs - phaseStartNs;
            messagesWhileSubscribed += subscriber.messages() - messagesAtStart;
            roundsWhileSubscribed += subscriber.rounds() - roundsAtStart;
        }
        phaseCpuStart = cpuNow;
        phaseStartNs = nowNs;
        if (phases.size() >= schedule.size())
            return;
        const bool nextOn = schedule.at(phases.size());
        // Within a block the two phases of one kind follow each other: no new subscription
        // (and so no new snapshot) between them.
        if (nextOn != wasOn)
            subscriber.setSubscribed(nextOn);
        messagesAtStart = subscriber.messages();
        roundsAtStart = subscriber.rounds();
        scheduleNext();
    });
    if (schedule.constFirst())
        subscriber.setSubscribed(true);
    scheduleNext();
    const std::optional<QJsonObject> result =
        load.waitForResult(std::chrono::seconds(seconds) + 120s);
    boundary.stop();
    if (!result || !cpuReadable || phases.size() < schedule.size()) {
        qCWarning(lcBench) << "operator cost: the run ended after" << phases.size() << "of"
                           << schedule.size() << "phases";
        return {};
    }

    // A window i covers second [i, i + 1) of the load's measurement; the first second of each
    // subscribed stretch also holds the subscription's snapshot, so it counts, as a subscriber
    // would cost it.
    const QJsonArray windows = result->value("window_histograms"_L1).toArray();
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const qsizetype phase = i / phaseSeconds;
        if (phase < phases.size())
            phases[phase].acks.merge(LatencyHistogram::fromJson(windows.at(i).toArray()));
    }
    const PhaseComparison comparison = comparePhases(phases);
    const double subscribedSeconds = double(subscribedNs) / 1e9;
    qCInfo(lcBench).nospace() << "operator cost: " << subscriber.messages()
                              << " operator messages, " << subscriber.bytes()
                              << " bytes; while subscribed "
                              << double(roundsWhileSubscribed) / subscribedSeconds << " rounds/s, "
                              << double(messagesWhileSubscribed) / subscribedSeconds
                              << " messages/s (pages)";
    qCInfo(lcBench) << "operator cost: CPU % on" << comparison.on.cpuPercent << "off"
                    << comparison.off.cpuPercent << "per phase on" << comparison.on.phaseCpuPercent
                    << "off" << comparison.off.phaseCpuPercent << "ratio per block"
                    << comparison.cpuRatioPerBlock;
    qCInfo(lcBench) << "operator cost: ack p99 ms on" << comparison.on.ackP99Ms << "over"
                    << comparison.on.acks << "acks, off" << comparison.off.ackP99Ms << "over"
                    << comparison.off.acks << "acks; per phase on" << comparison.on.phaseAckP99Ms
                    << "off" << comparison.off.phaseAckP99Ms << "ratio per block"
                    << comparison.ackP99RatioPerBlock;
    if (comparison.on.acks == 0 || comparison.off.acks == 0)
        return {};
    // Each kind spans half of the run's seconds and is offered a changeset a second per
    // session; a server that falls behind acknowledges in bursts, and its p99 is then the age
    // of its backlog, not what an operator costs.
    const double offeredPerKind = double(options.scaleSessions) * seconds / 2;
    const double keptUp =
        double(std::min(comparison.on.acks, comparison.off.acks)) / offeredPerKind;
    qCInfo(lcBench).nospace() << "operator cost: load sent " << result->value("sent"_L1).toDouble()
                              << ", acknowledged " << result->value("acks"_L1).toDouble()
                              << "; acknowledged in the phases of the slower kind: "
                              << qRound(100 * keptUp) << " % of what was offered";
    if (keptUp < 0.95)
        qCWarning(lcBench) << "operator cost: the server did not keep up with the load (it"
                           << "acknowledged" << qRound(100 * keptUp) << "% in one kind of"
                           << "phase): the ack p99 measures its backlog, not the operator";

    // The value and the baseline are the pooled figures (not medians of the samples); the
    // samples are the phases', to show how much one phase differs from the next.
    Figure cpu =
        makeFigure(names::operatorCpu(), u"% of a core"_s, false, comparison.on.phaseCpuPercent,
                   u"no operator subscribed"_s, comparison.off.phaseCpuPercent);
    cpu.value = comparison.on.cpuPercent;
    cpu.baseline = comparison.off.cpuPercent;
    cpu.ratioSamples = comparison.cpuRatioPerBlock;
    cpu.goal = u"≤ 1.05× baseline"_s;
    Figure p99 = makeFigure(names::operatorAckP99(), u"ms"_s, false, comparison.on.phaseAckP99Ms,
                            u"no operator subscribed"_s, comparison.off.phaseAckP99Ms);
    p99.value = comparison.on.ackP99Ms;
    p99.baseline = comparison.off.ackP99Ms;
    p99.ratioSamples = comparison.ackP99RatioPerBlock;
    p99.goal = u"≤ 1.10× baseline"_s;
    return {cpu, p99};
}

} // namespace syncscope::bench
