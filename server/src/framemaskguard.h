#pragma once

#include <QObject>
#include <QPointer>

#include <array>
#include <functional>

class QTcpSocket;

namespace syncscope::server {

// RFC 6455, section 5.1: a server must close the connection when a client sends an unmasked
// frame. Qt 6.4's QWebSocket does not check the mask bit, so this guard reads along: it follows
// the frame boundaries of everything the peer sends by parsing only the frame headers (2 to 14
// bytes) and counting payload bytes, and reports the first frame without a mask before the
// QWebSocket parses it.
//
// To check, it only peeks (it reads only the messages it takes, below). Its "before" slot must run
// before Qt's own readyRead handlers, so it is attached before the socket is handed to
// QWebSocketServer, right after the gate has seen the whole upgrade request. From then on it
// follows the stream: the request's bytes first, then frames. Until the connection is upgraded
// nothing is consumed from the buffer (the gate only peeks), so every byte there is at a known
// place in the stream. Qt then consumes the request and may read frames a peer sent right behind
// it, before the server sees the connection: that is why the guard cannot start at whatever byte Qt
// stopped at. `start()`, called once the server sees the connection, connects the "after" slot
// behind Qt's handler: what is still buffered then (Qt leaves an unfinished frame there) has been
// parsed already, and the bytes beyond it at the next readyRead are new.
//
// The cost of a readyRead is proportional to its new bytes: new bytes that are all payload of
// the frame being received are counted off without a peek, and a peek copies at most the
// unfinished frame Qt still holds besides the new bytes, which then finish it.
//
// Since it knows where every frame starts, it can also take the common messages off Qt's hands
// (takeMessages()): a whole binary message in one masked frame, at the front of the buffer
// while Qt's reader waits at a frame boundary. It reads those itself, ahead of Qt, and hands
// them over in stream order; everything else (control frames, fragments, text, a frame over
// the limit, a frame with reserved bits, the rest of the stream after any of them) stays for
// QWebSocket, whose checks and answers apply unchanged. Qt's reader costs several signal
// dispatches and reads per message; with thousands of small uploads a second that was a tenth
// of the server's CPU. On an EpollEventDispatcher the guard takes them before Qt's socket reads
// at all (takeFromKernel()): Qt's notifier, FIONREAD and buffer were most of what was left.
class FrameMaskGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameMaskGuard)

public:
    // Attaches a guard to `socket` (it becomes the guard's parent), whose read buffer starts
    // with an upgrade request of `requestBytes` bytes; frames follow it.
    static FrameMaskGuard *attach(QTcpSocket *socket, qint64 requestBytes);
    static FrameMaskGuard *of(QTcpSocket *socket);

    // The server took the upgraded connection: from here on a broken rule is signalled.
    void start();
    bool isChecking() const { return m_state == State::Checking; }
    // An unmasked frame came before start() (right behind the upgrade request): nothing is
    // signalled for it, the connection must be closed with 1002 all the same.
    bool sawUnmaskedFrame() const { return m_sawUnmaskedFrame; }
    // Frames whose header was checked so far (for tests and statistics).
    quint64 framesChecked() const { return m_framesChecked; }
    // A data frame that is not its message's last came before start(): fragmentAhead() was
    // not emitted for it.
    bool sawFragmentBeforeStart() const { return m_sawFragmentBeforeStart; }

    // From the next read on, whole binary messages of at most `maxBytes` in a single frame are
    // read by the guard and passed to `deliver`, in stream order with what QWebSocket reads.
    // `deliver` may close or abort the socket. Call again to change the limit; a lower one
    // applies from the next read (the messages read with the one that lowered it were checked
    // against the old one). The server only raises it, once a peer is authenticated.
    // Where the thread runs an EpollEventDispatcher, such messages are read straight from the
    // kernel while Qt's buffer is empty (a peek and one read), without Qt's socket machinery.
    using MessageSink = std::function<void(const QByteArray &message)>;
    void takeMessages(quint64 maxBytes, MessageSink deliver);
    // Messages taken so far (for tests and statistics).
    quint64 messagesTaken() const { return m_messagesTaken; }
    // Reads of such messages straight from the kernel, ahead of Qt's socket (for tests).
    quint64 kernelReads() const { return m_kernelReads; }

Q_SIGNALS:
    // The peer sent an unmasked frame; the connection must be closed with 1002. Emitted once,
    // before QWebSocket sees the frame.
    void unmaskedFrame();
    // Qt read bytes the guard did not expect it to: it stopped checking (logged).
    void lostTrack();
    // A data frame that is not the last of its message was parsed, before QWebSocket reads
    // it: emitted once for each such frame, so that the connection can follow the frames of
    // a fragmented message only while there is one (QWebSocket::binaryFrameReceived costs a
    // signal dispatch per message otherwise).
    void fragmentAhead();
    // Messages were taken straight from the kernel: a read that Qt's socket did not see, and
    // for which it emits no readyRead.
    void readFromKernel();

private:
    FrameMaskGuard(QTcpSocket *socket, qint64 requestBytes);
    void beforeQtReads();
    void afterQtRead();
    // Parses the buffered bytes beyond the `m_seenBuffered` already parsed; false on a frame
    // without a mask.
    bool parseNewBytes(qint64 available);
    // Reads the whole single-frame binary messages at the front of the buffer; stops at the
    // first frame that is anything else or not complete yet.
    void takeWholeMessages();
    // The same, from the kernel's queue before Qt's socket reads it (EpollEventDispatcher's
    // read taker): a peek, then a read of exactly the whole messages at its front. True when
    // nothing is left that Qt's socket must read this turn.
    bool takeFromKernel();
    // Qt's reader has consumed every byte before the buffer's front and waits for a header.
    bool qtWaitsAtAFrameBoundary() const;
    // Feeds bytes the guard has not seen yet, in stream order.
    bool feed(const char *data, qint64 size);
    void stop(bool unmasked);

    // Upgrading: the buffer is the stream from its first byte; Checking: after start().
    enum class State { Upgrading, Checking, Done };
    QPointer<QTcpSocket> m_socket;
    State m_state = State::Upgrading;
    qint64 m_requestBytes = 0;
    qint64 m_seenBuffered = 0; // bytes in the read buffer the guard has already parsed
    std::array<quint8, 14> m_header{};
    int m_headerBytes = 0;
    quint64 m_payloadLeft = 0; // the upgrade request's bytes count as payload to skip
    quint64 m_framesChecked = 0;
    bool m_sawUnmaskedFrame = false;
    bool m_sawFragmentBeforeStart = false;
    // Qt's reader is inside a fragmented message (its next data frame must be a continuation),
    // or has a close frame or one it refuses: either way, nothing more is taken from it.
    bool m_inFragmentedMessage = false;
    bool m_qtEndsTheStream = false;
    MessageSink m_deliver;
    quint64 m_takeLimit = 0;
    quint64 m_messagesTaken = 0;
    // The socket's descriptor while the event loop lets the guard read it first; -1 otherwise.
    qintptr m_kernelFd = -1;
    quint64 m_kernelReads = 0;
    // A peek's size: messages that fit are taken from the kernel, bigger ones through Qt.
    static constexpr size_t kKernelPeekBytes = 16 * 1024;
};

} // namespace syncscope::server
