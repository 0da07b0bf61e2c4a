// operator cost: the server-scale load (S sessions over C connections, one small changeset a
// second each, from syncscope-bench-load) against a server with --operator-listen, while one
// operator subscriber (subscribe: a snapshot, then deltas) is on for 5 s and off (unsubscribed)
// for 5 s, alternating, in the same run. Server CPU (share of one core, /proc/<pid>) per phase
// and the load client's per-second ack p99 windows, each assigned to the phase it fell in;
// the phases without the subscriber are the baseline.
#include "groups.h"
#include "harness/loadprocess.h"
#include "syncfixture.h"

#include "harness/context.h"
#include "harness/eventwait.h"
#include "harness/figurenames.h"
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

constexpr qint64 kPhaseMs = 5000;

// One operator peer that reads everything it is sent (a real subscriber, not a stalled one).
class OperatorSubscriber final : public QObject
{
public:
    OperatorSubscriber(const QUrl &url, const QString &token)
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            m_bytes += text.size();
            ++m_messages;
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

private:
    void send(const QJsonObject &message)
    {
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }

    QWebSocket m_socket;
    qint64 m_bytes = 0;
    qint64 m_messages = 0;
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

    // Phases of whole seconds (the load client's windows are seconds), 5 s in a full run; a run
    // holds at least two phases of each kind, so the smoke preset's 2 s become 5 s here.
    const qint64 phaseMs =
        std::clamp<qint64>(qint64(options.scaleSeconds) * 1000 / 4 / 1000 * 1000, 1000, kPhaseMs);
    const int seconds = std::max<int>(options.scaleSeconds, int(4 * phaseMs / 1000) + 1);
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
    if (!load.waitForLine(u"bound"_s, 600s))
        return {};
    qCInfo(lcBench) << "operator cost:" << options.scaleSessions << "sessions bound; phases of"
                    << phaseMs << "ms over" << seconds << "s; server data in"
                    << (options.scaleDataDir.isEmpty() ? options.workDir : options.scaleDataDir);
    const qint64 pid = server.process().pid();

    // Phases of 5 s from the load's start of measurement: off, on, off, on, …
    QList<bool> phaseOn;           // per phase
    QList<double> phaseCpuPercent; // per phase
    QElapsedTimer clock;
    clock.start();
    auto phaseCpuStart = cpuTime(pid);
    qint64 phaseStartNs = 0;
    bool on = false;
    QTimer phases;
    phases.setInterval(int(phaseMs));
    QObject::connect(&phases, &QTimer::timeout, [&] {
        const auto cpuNow = cpuTime(pid);
        const qint64 nowNs = clock.nsecsElapsed();
        if (cpuNow && phaseCpuStart) {
            phaseOn.append(on);
            phaseCpuPercent.append(100.0 * double((*cpuNow - *phaseCpuStart).count()) /
                                   double(nowNs - phaseStartNs));
        }
        phaseCpuStart = cpuNow;
        phaseStartNs = nowNs;
        on = !on;
        subscriber.setSubscribed(on);
    });
    phases.start();
    const std::optional<QJsonObject> result =
        load.waitForResult(std::chrono::seconds(seconds) + 120s);
    phases.stop();
    if (!result || phaseOn.isEmpty())
        return {};

    // A window i covers second [i, i + 1) of the measurement; the first of each phase also
    // holds the switch (a snapshot), so it counts, as a subscriber would cost it.
    QList<double> p99On;
    QList<double> p99Off;
    // A second without any acknowledgement has no p99 (the load client reports 0 for it): a
    // saturated server acknowledges in bursts, and those zeros made the median 0 ms.
    const QJsonArray windows = result->value("window_p99_ms"_L1).toArray();
    const QJsonArray windowAcks = result->value("window_acks"_L1).toArray();
    QList<double> acksOn;
    QList<double> acksOff;
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const qsizetype phase = qsizetype(i * 1000 / phaseMs);
        if (phase >= phaseOn.size())
            break;
        const double acks = windowAcks.at(i).toDouble();
        (phaseOn.at(phase) ? acksOn : acksOff).append(acks);
        if (acks > 0)
            (phaseOn.at(phase) ? p99On : p99Off).append(windows.at(i).toDouble());
    }
    QList<double> cpuOn;
    QList<double> cpuOff;
    for (qsizetype i = 0; i < phaseOn.size(); ++i)
        (phaseOn.at(i) ? cpuOn : cpuOff).append(phaseCpuPercent.at(i));
    qCInfo(lcBench) << "operator cost:" << subscriber.messages() << "operator messages,"
                    << subscriber.bytes() << "bytes; CPU on" << cpuOn << "off" << cpuOff
                    << "ack p99 on" << p99On << "off" << p99Off << "acks a second on" << acksOn
                    << "off" << acksOff;
    if (cpuOn.isEmpty() || cpuOff.isEmpty() || p99On.isEmpty() || p99Off.isEmpty())
        return {};

    Figure cpu = makeFigure(names::operatorCpu(), u"% of a core"_s, false, cpuOn,
                            u"no operator subscribed"_s, cpuOff);
    cpu.goal = u"≤ 1.05× baseline"_s;
    Figure p99 = makeFigure(names::operatorAckP99(), u"ms"_s, false, p99On,
                            u"no operator subscribed"_s, p99Off);
    p99.goal = u"≤ 1.10× baseline"_s;
    return {cpu, p99};
}

} // namespace syncscope::bench
