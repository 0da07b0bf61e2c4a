#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>
#include <QWebSocket>

#include <chrono>
#include <optional>

namespace syncscope::bench {

// The raw-QWebSocket baselines: one open loopback connection to syncscope-bench-peer, a
// separate process like syncscope-server. No protocol, no storage: what the sockets alone cost.
class RawWebSocket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawWebSocket)

public:
    explicit RawWebSocket(const QString &peerProgram, QObject *parent = nullptr);
    ~RawWebSocket() override;

    bool open(); // starts the peer and connects; false + errorString() on failure
    QString errorString() const { return m_error; }

    // Seconds to send `bytes` client → peer in binary messages of `messageSize` bytes, until
    // the peer confirms it received them all. nullopt on failure.
    std::optional<double> upload(qint64 bytes, qint64 messageSize);
    // Seconds until `bytes` sent by the peer in `messageSize` messages have all arrived.
    std::optional<double> download(qint64 bytes, qint64 messageSize);
    // One WebSocket ping → pong, in microseconds.
    std::optional<double> pingRoundTrip();

private:
    QProcess m_peer;
    QWebSocket m_socket;
    QString m_error;
};

} // namespace syncscope::bench
