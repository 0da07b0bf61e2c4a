#include "rawwebsocket.h"

#include "harness/eventwait.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace syncscope::bench {

RawWebSocket::RawWebSocket(const QString &peerProgram, QObject *parent)
    : QObject(parent)
{
    m_peer.setProgram(peerProgram);
    m_peer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_socket.setMaxAllowedIncomingFrameSize(64 * 1024 * 1024);
    m_socket.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
}

RawWebSocket::~RawWebSocket()
{
    m_socket.abort();
    m_peer.kill();
    m_peer.waitForFinished(5000);
}

bool RawWebSocket::open()
{
    m_peer.start();
    QByteArray line;
    while (!line.contains('\n') && m_peer.waitForReadyRead(10'000))
        line += m_peer.readAllStandardOutput();
    const QString text = QString::fromUtf8(line).trimmed();
    if (!text.startsWith("listening on "_L1)) {
        m_error = QCoreApplication::translate("Bench", "syncscope-bench-peer did not start: %1")
                      .arg(m_peer.errorString());
        return false;
    }
    m_socket.open(QUrl(text.mid(13)));
    if (!waitUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 10s)) {
        m_error = QCoreApplication::translate("Bench", "cannot connect to the peer: %1")
                      .arg(m_socket.errorString());
        return false;
    }
    return true;
}

std::optional<double> RawWebSocket::upload(qint64 bytes, qint64 messageSize)
{
    bool done = false;
    qint64 elapsedNs = 0;
    QElapsedTimer timer;
    const auto connection =
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            if (text == "done"_L1) {
                elapsedNs = timer.nsecsElapsed();
                done = true;
            }
        });
    m_socket.sendTextMessage(u"sink %1"_s.arg(bytes));
    // The bytes differ per message so that nothing below can short-cut identical buffers.
    QByteArray message(messageSize, 'u');
    timer.start();
    for (qint64 sent = 0; sent < bytes; sent += messageSize) {
        message[0] = char(sent / messageSize);
        m_socket.sendBinaryMessage(sent + messageSize <= bytes ? message
                                                               : message.left(bytes - sent));
    }
    const bool finished = waitUntil([&] { return done; }, 300s);
    disconnect(connection);
    if (!finished)
        return std::nullopt;
    return double(elapsedNs) / 1e9;
}

std::optional<double> RawWebSocket::download(qint64 bytes, qint64 messageSize)
{
    qint64 received = 0;
    qint64 elapsedNs = 0;
    QElapsedTimer timer;
    const auto connection = connect(&m_socket, &QWebSocket::binaryMessageReceived, this,
                                    [&](const QByteArray &message) {
                                        received += message.size();
                                        if (received >= bytes)
                                            elapsedNs = timer.nsecsElapsed();
                                    });
    timer.start();
    m_socket.sendTextMessage(u"source %1 %2"_s.arg(bytes).arg(messageSize));
    const bool finished = waitUntil([&] { return received >= bytes; }, 300s);
    disconnect(connection);
    if (!finished)
        return std::nullopt;
    return double(elapsedNs) / 1e9;
}

std::optional<double> RawWebSocket::pingRoundTrip()
{
    qint64 elapsedNs = -1;
    QElapsedTimer timer;
    const auto connection =
        connect(&m_socket, &QWebSocket::pong, this, [&] { elapsedNs = timer.nsecsElapsed(); });
    timer.start();
    m_socket.ping();
    const bool finished = waitUntil([&] { return elapsedNs >= 0; }, 10s);
    disconnect(connection);
    if (!finished)
        return std::nullopt;
    return double(elapsedNs) / 1e3;
}

} // namespace syncscope::bench
