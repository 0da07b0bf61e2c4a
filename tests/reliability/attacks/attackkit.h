#pragma once

// What the attack tests (issue "the server under attack", docs/reliability.md) share: a real
// syncscope-server process, hand-made TCP/WebSocket peers that misbehave on purpose, and the
// server's memory as the kernel reports it.

#include <syncscope/protocol/codec.h>
#include <syncscope/testsupport/serverprocess.h>

#include <QFile>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

namespace syncscope::attacks {

// The HTTP upgrade of RFC 6455, by hand, offering syncscope.v1.
inline QByteArray upgradeRequest()
{
    return "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
           "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
           "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: syncscope.v1\r\n\r\n";
}

// One WebSocket frame as a client writes it (masked with zeros unless `masked` is false, so
// the payload goes as is). `fin` false starts or continues a fragmented message.
inline QByteArray webSocketFrame(quint8 opcode, const QByteArray &payload, bool fin = true,
                                 bool masked = true, qint64 announcedLength = -1)
{
    const quint64 length =
        announcedLength >= 0 ? quint64(announcedLength) : quint64(payload.size());
    QByteArray frame;
    frame.append(char((fin ? 0x80 : 0x00) | opcode));
    const char mask = masked ? char(0x80) : char(0);
    if (length < 126) {
        frame.append(char(mask | char(length)));
    } else if (length <= 0xffff) {
        frame.append(char(mask | 126));
        frame.append(char(length >> 8));
        frame.append(char(length & 0xff));
    } else {
        frame.append(char(mask | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((length >> shift) & 0xff));
    }
    if (masked)
        frame.append("\0\0\0\0", 4);
    frame.append(payload);
    return frame;
}

inline QByteArray binaryFrame(const protocol::Frame &message)
{
    return webSocketFrame(0x2, protocol::encode(message));
}

// A TCP connection that did the WebSocket upgrade by hand and can then send anything.
class RawPeer
{
public:
    bool upgrade(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(10000))
            return false;
        socket.write(upgradeRequest());
        // The 101 answer, and nothing after it yet.
        return QTest::qWaitFor(
                   [&] {
                       if (socket.state() != QAbstractSocket::ConnectedState)
                           return true;
                       const QByteArray seen = socket.peek(socket.bytesAvailable());
                       return seen.contains("\r\n\r\n");
                   },
                   20000) &&
               socket.state() == QAbstractSocket::ConnectedState &&
               socket.readAll().startsWith("HTTP/1.1 101");
    }
    bool isOpen() const { return socket.state() == QAbstractSocket::ConnectedState; }

    QTcpSocket socket;
};

// The server process's resident memory in KiB: now (VmRSS) and its peak so far (VmHWM).
inline qint64 memoryKiB(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}
inline qint64 residentKiB(testsupport::ServerProcess &server)
{
    return memoryKiB(server.process()->processId(), "VmRSS");
}
inline qint64 peakResidentKiB(testsupport::ServerProcess &server)
{
    return memoryKiB(server.process()->processId(), "VmHWM");
}
// Starts the peak (VmHWM) over from the current RSS (Linux: "5" to /proc/PID/clear_refs), so
// that a peak measures only what came after: a setup phase's own peak is not the flood's.
inline bool resetPeakResident(testsupport::ServerProcess &server)
{
    QFile clearRefs(QStringLiteral("/proc/%1/clear_refs").arg(server.process()->processId()));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace syncscope::attacks
