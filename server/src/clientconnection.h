#pragma once

#include "serversession.h"
#include "sessiontable.h"

#include <syncscope/protocol/codec.h>
#include <syncscope/server/serverstatistics.h>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <deque>
#include <memory>
#include <vector>

namespace syncscope::server {

class FrameMaskGuard;
class ServerStatistics;
class SharedBudgets;

// One accepted WebSocket: decodes its frames, keeps its table of sessions, sends their
// DOWNLOADs only as fast as the socket drains (backpressure), and turns protocol violations
// into an ERROR followed by a close of this connection alone.
class ClientConnection final
    : public QObject
    , public SessionSink
    , public ConnectionStatisticsSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientConnection)

public:
    // Takes ownership of the socket. `transport` is the TCP (or TLS) socket under it, which the
    // QWebSocket owns: its buffers are where a peer can make the server hold memory.
    ClientConnection(QWebSocket *socket, QTcpSocket *transport, quint64 connectionId,
                     const SessionContext &context, ServerStatistics *statistics,
                     SharedBudgets *budgets, QObject *parent = nullptr);
    ~ClientConnection() override;

    quint64 connectionId() const { return m_statistics.connectionId; }
    // Its bound sessions, as many as takeStatistics() would list, without building them.
    qsizetype sessionCount() const { return qsizetype(m_sessions.size()); }
    QHostAddress peerAddress() const { return m_peerAddress; }
    // Server shutdown: flush what is queued, then close with 1001 (going away).
    void goAway();
    // Refuses the connection with a connection-level ERROR and a close.
    void refuse(protocol::ErrorCode code, const QString &message, bool tryAgain,
                QWebSocketProtocol::CloseCode closeCode);
    void abort();
    // An operator ends one bound session (or every session of a user when sessionId is 0):
    // the client gets a session-level ERROR. Returns how many sessions ended.
    int endSessions(quint32 sessionId, const QString &userId, protocol::ErrorCode code,
                    const QString &message, bool tryAgain);
    // Drops the connection at once because it holds more than its share of shared memory.
    void drop(const QString &why);
    // How long its send queue has been non-empty without anything written (0 if empty).
    qint64 stalledMs() const;
    // The shared send budget has room again: the sessions that wait to send get a pass.
    void resumeDownloads();

Q_SIGNALS:
    // The socket is gone; the server deletes this object.
    void finished(syncscope::server::ClientConnection *connection);

private:
    void sendFrame(const protocol::Frame &frame) override;
    // Hands one encoded message to the socket; returns the payload bytes queued.
    qint64 writeMessage(const QByteArray &bytes);
    void scheduleDownloads(quint32 sessionId) override;
    void schedulePump();
    void sendDownloadsNow() override;
    void reportOutcome(quint32 sessionId, const Outcome &outcome) override;
    void dropSoon(const QString &why) override;

    void onBinaryMessage(const QByteArray &bytes);
    // A message the FrameMaskGuard read ahead of QWebSocket.
    void onTakenMessage(const QByteArray &bytes);
    // The largest message (and frame) accepted from here on.
    void acceptMessagesUpTo(quint64 bytes);
    void onTextMessage(const QString &text);
    void onBytesWritten(qint64 bytes);
    void onDisconnected();
    void onIdleTimeout();
    void onBindTimeout();
    void onUnmaskedFrame();
    void closeForUnmaskedFrame();
    // After a read: Qt's (readyRead), or one the guard took straight from the kernel, after
    // which Qt's socket is known to read on (its buffer is empty, its notifier enabled).
    enum class QtReads { Maybe, On };
    void onTransportActivity(QtReads qtReads = QtReads::Maybe);
    void onFrameReceived(const QByteArray &frame, bool isLastFrame);
    // Connects onFrameReceived() to the socket's frames, or disconnects it.
    void followFrames(bool follow);

    void handleMessage(const QByteArray &bytes);
    void decodeOffTheLoop(const QByteArray &bytes);
    void handleDecoded(protocol::DecodeResult result);
    void handleFrame(protocol::Frame &&frame);
    void countBindWork();
    void startNextTurn();
    void throttleReading(bool throttle);
    void unthrottleIfWaitingForABigFrame(QtReads qtReads = QtReads::Maybe);
    void handleBind(quint32 sessionId, const protocol::BindMessage &message);
    void handleSessionOutcome(quint32 sessionId, const Outcome &outcome);
    void endSession(quint32 sessionId);
    void failConnection(protocol::ErrorCode code, const QString &message);
    void pumpDownloads();
    bool socketHasRoom() const;
    void waitForSendBudget();
    ConnectionStatistics takeStatistics() override;
    // Tells the server's statistics that this connection's changed (once until they are read).
    void statisticsChanged();
    // Keeps what an ended session looked like, with how it ended, for the operator's view.
    void rememberEndedSession(quint32 sessionId, quint16 errorCode, const QString &message);
    void probeRoundTrip();

    QPointer<QWebSocket> m_socket;
    QPointer<QTcpSocket> m_transport;
    // Reads the transport's frames ahead of QWebSocket and takes the common messages itself.
    QPointer<FrameMaskGuard> m_guard;
    SharedBudgets *m_budgets;
    QHostAddress m_peerAddress;
    qint64 m_fragmentBytes = 0; // frames of a message whose last frame has not arrived
    // The frames are followed (m_fragmentBytes) only while a fragmented message is on its way:
    // the FrameMaskGuard announces each fragment before QWebSocket reads it. Without a guard
    // that checks, every frame is followed.
    QMetaObject::Connection m_frameConnection;
    int m_fragmentsAhead = 0; // announced and not yet received
    bool m_followFramesAlways = true;
    bool m_everBound = false;
    // BINDs and UNBINDs handled in this event-loop turn; at ServerLimits::messagesPerTurn the
    // connection holds its further messages in the inbox, in order, until the next turn.
    int m_bindsThisTurn = 0;
    bool m_holding = false;
    bool m_decoding = false; // a big message is being decoded on a pool thread
    std::deque<QByteArray> m_inbox;
    bool m_readingThrottled = false;
    bool m_throttledAtReadStart = false;
    qint64 m_heldThisRead = 0; // bytes put into the inbox during the current read
    qint64 m_inboxBytes = 0;
    QElapsedTimer m_sinceWriteProgress;
    SessionContext m_context;
    ServerStatistics *m_serverStatistics;
    protocol::DecodeLimits m_decodeLimits;
    SessionTable m_sessions;
    QSet<quint32> m_usedSessionIds; // never reusable on this connection, as in Realm
    qint64 m_queuedBytes = 0;       // payload handed to the socket
    qint64 m_writtenBytes = 0;      // bytes the socket reported written
    // Sessions that asked to send (scheduleDownloads) and have not had their turn yet, in id
    // order without repeats: a pass visits these, not every session of the connection. Sorted
    // vectors, the pass's round swapped with it, so that asking allocates nothing once they
    // have grown (a set's node per acknowledgement was 0.7 % of the server's samples).
    std::vector<quint32> m_readySessions;
    std::vector<quint32> m_round; // the pass's current round, see pumpDownloads()
    bool m_pumpScheduled = false;
    bool m_closing = false;
    bool m_statisticsReported = false; // changed since the server last read them
    bool m_finished = false;
    ConnectionStatistics m_statistics;
    QTimer m_idleTimer;           // checks m_sinceMessage; closes only after silence
    QElapsedTimer m_sinceMessage; // restarted by every message
    QTimer m_bindTimer;           // until the first successful BIND; messages do not restart it
    QTimer m_roundTripTimer;      // WebSocket pings that measure the round trip, once bound
};

} // namespace syncscope::server
