#pragma once

#include "reconnectbackoff.h"
#include "serverslot.h"

#include <syncscope/errors.h>
#include <syncscope/protocol/codec.h>
#include <syncscope/types.h>

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslError>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <memory>
#include <optional>

namespace syncscope::detail {

class ConnectionClient;
class PacedChannel;

// One WebSocket to a server for one user, shared by every session of that user on that
// server. A server may have several nodes (ServerSlot::nodes): the socket goes to one at a time,
// and a failure moves it on to the next (NodeRotation says when to back off). Owns the
// connection-level timers: connect timeout, keep-alive PING/PONG, reconnect back-off and linger.
// Sessions attach to it (it then connects and stays connected while any is attached) and bind a
// session id on the current socket once it is Connected.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    Connection(const ClientConfig &config, std::shared_ptr<ServerSlot> slot,
               QObject *parent = nullptr);
    ~Connection() override;

    // The node connected to, being connected to, or tried next after a failure.
    QUrl url() const { return m_slot->nodes.current(); }
    ConnectionState state() const { return m_state; }
    bool hasFailedFatally() const { return m_fatalError.has_value(); }
    int attachedCount() const { return int(m_clients.size()); }
    // When the next attempt starts (invalid unless a retry is pending) and since when the
    // connection has been down (invalid while connected or before the first failure).
    QDateTime nextAttempt() const { return m_slot->nextAttempt; }
    QDateTime disconnectedSince() const { return m_slot->downSince; }
    // The round trip of the last PING answered on the current socket; nullopt before the first
    // PONG and once the socket is gone.
    std::optional<std::chrono::microseconds> lastPingRoundTrip() const { return m_lastRoundTrip; }

    void attach(ConnectionClient *client);
    void detach(ConnectionClient *client);

    // Gives `client` a fresh session id on the current socket (Connected only) and routes
    // frames with that id to it.
    quint32 bindSession(ConnectionClient *client);
    // Stops routing the id; with sendUnbind, tells the server (frames still in flight for
    // the id are dropped until its UNBOUND).
    void unbindSession(quint32 sessionId, bool sendUnbind);
    void send(quint32 sessionId, const protocol::Message &message);
    // An UPLOAD frame of session `sessionId`, encoded already (LocalStore::pendingUpload()).
    void sendUpload(quint32 sessionId, const QByteArray &frame);
    // Whether the socket takes another UPLOAD now: false while the bytes it has not handed to
    // the kernel reach the upload window. Then every bound session is told when it drains
    // (ConnectionClient::uploadRoomAvailable()).
    bool hasUploadRoom();

    // Skips a pending reconnect delay; if connected, checks the connection with a PING now.
    void reconnect();

    // The simulated network (ServerSlot::conditions) changed: pace from now on; going offline
    // loses an open connection.
    void applyNetworkConditions();

Q_SIGNALS:
    // No session has used the connection for the linger time (or it failed fatally): the
    // pool drops it.
    void idle();

private:
    void connectNow();
    void onSocketConnected();
    void onSocketFailed(const SyncError &error);
    // Why the socket failed, from its error, its close frame and how far it got.
    SyncError describeSocketFailure(QWebSocket *socket) const;
    QString serverName() const;
    // `server`: the node whose certificate failed (the connection may have moved on since).
    void reportTlsVerificationFailure(const QString &server, const QList<QSslError> &errors);
    void onBinaryMessage(const QByteArray &bytes);
    void handleConnectionError(const protocol::ErrorMessage &error);
    void failFatally(const SyncError &error);
    // Close: a close frame if the socket is still connected (we end a working connection);
    // Abort: the connection is already dead.
    enum class SocketEnd { Close, Abort };
    void dropSocket(SocketEnd end = SocketEnd::Close);
    void setState(ConnectionState state);
    void scheduleReconnect(FailureReason reason);
    // Waits out a retry delay the slot still holds from an earlier Connection, or connects.
    void connectOrWait();
    void schedulePing(std::chrono::milliseconds delay);
    void sendPing();
    void onPong(qint64 timestamp);
    void updateLinger();
    void sendFrame(quint32 sessionId, const protocol::Message &message);
    // Hands an encoded UPLOAD to the socket, and to the kernel at once.
    void sendUploadBytes(const QByteArray &bytes);
    void onBytesWritten();
    void handleBinaryMessage(const QByteArray &bytes);
    void handleFrame(const protocol::Frame &frame);
    static bool isBareAcknowledgement(const protocol::Frame &frame);
    void handleHeldFrames();
    // An attempt under simulated offline conditions: refused without touching the network.
    void refuseOfflineAttempt();
    // After a failed attempt or a lost connection (the socket is gone): back-off, state, tell.
    void reportAttemptFailure(const SyncError &error, const QList<QSslError> &tlsErrors);
    SyncError offlineError() const;

    ClientConfig m_config;
    QWebSocket *m_socket = nullptr;
    // A session held UPLOADs back for lack of room (hasUploadRoom()).
    bool m_uploadsWaitForRoom = false;
    ConnectionState m_state = ConnectionState::Disconnected;
    QList<ConnectionClient *> m_clients;
    QHash<quint32, ConnectionClient *> m_bound;
    QSet<quint32> m_unbinding; // ids whose UNBOUND has not arrived yet
    // Received, handled on the next turn of the event loop (see handleBinaryMessage()).
    QList<protocol::Frame> m_heldFrames;
    quint32 m_lastSessionId = 0;
    std::shared_ptr<ServerSlot> m_slot;
    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    QTimer m_pongTimer;
    QTimer m_lingerTimer;
    QElapsedTimer m_clock;
    std::optional<qint64> m_outstandingPing;
    qint64 m_pingSentAt = 0;
    qint64 m_pingSentAtNs = 0; // the same moment, precise enough for a loopback round trip
    std::optional<std::chrono::microseconds> m_lastRoundTrip;
    std::optional<SyncError> m_fatalError;
    // Created the first time the network conditions are changed; pass through when unchanged.
    PacedChannel *m_uplink = nullptr;
    PacedChannel *m_downlink = nullptr;
    bool m_offlineAttempt = false; // a refused simulated attempt is on its way
    // Verification errors of the current socket's TLS handshake (empty unless it failed).
    QList<QSslError> m_tlsErrors;
    // The last TLS verification message reported, and to whom: a retry failing for the same
    // reason tells only sessions that attached since, so back-off retries do not spam.
    QString m_reportedTlsMessage;
    QSet<ConnectionClient *> m_toldAboutTls;
};

} // namespace syncscope::detail
