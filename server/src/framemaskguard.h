#pragma once

#include <QObject>
#include <QPointer>

#include <array>

class QTcpSocket;

namespace syncscope::server {

// RFC 6455, section 5.1: a server must close the connection when a client sends an unmasked
// frame. Qt 6.4's QWebSocket does not check the mask bit, so this guard reads along: it follows
// the frame boundaries of everything the peer sends by parsing only the frame headers (2 to 14
// bytes) and counting payload bytes, and reports the first frame without a mask before the
// QWebSocket parses it.
//
// It never reads from the socket, it only peeks. Its "before" slot must run before Qt's own
// readyRead handler, so it is attached before the socket is handed to QWebSocketServer; at
// that point it is idle. `start()`, called once the connection is upgraded, connects its
// "after" slot behind Qt's handler: what is still buffered then (Qt leaves an unfinished frame
// there) has been seen already, and the bytes beyond it at the next readyRead are new.
class FrameMaskGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameMaskGuard)

public:
    // Attaches a guard to `socket` (it becomes the guard's parent).
    static FrameMaskGuard *attach(QTcpSocket *socket);
    static FrameMaskGuard *of(QTcpSocket *socket);

    // Starts checking at the first byte after the upgrade request, which must be the next byte
    // in the socket's read buffer.
    void start();
    bool isChecking() const { return m_state == State::Checking; }
    // Frames whose header was checked so far (for tests and statistics).
    quint64 framesChecked() const { return m_framesChecked; }

Q_SIGNALS:
    // The peer sent an unmasked frame; the connection must be closed with 1002. Emitted once,
    // before QWebSocket sees the frame.
    void unmaskedFrame();
    // Qt read bytes the guard did not expect it to: it stopped checking (logged).
    void lostTrack();

private:
    explicit FrameMaskGuard(QTcpSocket *socket);
    void beforeQtReads();
    void afterQtRead();
    // Feeds bytes the guard has not seen yet, in stream order.
    bool feed(const char *data, qint64 size);

    enum class State { Idle, Checking, Done };
    QPointer<QTcpSocket> m_socket;
    State m_state = State::Idle;
    qint64 m_seenBuffered = 0; // bytes in the read buffer the guard has already parsed
    std::array<quint8, 14> m_header{};
    int m_headerBytes = 0;
    quint64 m_payloadLeft = 0;
    quint64 m_framesChecked = 0;
};

} // namespace syncscope::server
