#pragma once

#include "connectionclient.h"
#include "reconnectbackoff.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>

namespace syncscope::detail {

class Connection;
class LocalStore;

// What a ProtocolSession needs from the long-lived SyncSession above it.
class SessionHost
{
public:
    virtual ~SessionHost() = default;

    virtual LocalStore &store() = 0;
    virtual QString realmPath() const = 0;
    virtual QString accessToken() const = 0;
    virtual ClientConfig clientConfig() const = 0;

    // The connection state as this session sees it (suspended sessions see Disconnected).
    virtual void protocolConnectionStateChanged(ConnectionState state) = 0;
    // Why the connection's last attempt failed or why it was lost (not fatal).
    virtual void protocolConnectionAttemptFailed(const SyncError &error) = 0;
    // When the connection retries next and since when it has been down (invalid: not so).
    virtual void protocolRetryChanged(const QDateTime &nextAttempt, const QDateTime &downSince) = 0;
    // The server node the connection uses now (it moves on after a failure).
    virtual void protocolServerUrlChanged(const QUrl &url) = 0;
    // The connection measured a PING's round trip (nullopt: no figure for the current socket).
    virtual void protocolPingRoundTrip(std::optional<std::chrono::microseconds> roundTrip) = 0;
    // A DOWNLOAD was integrated into the local file (progress, acknowledgements, data).
    virtual void downloadIntegrated(const QStringList &changedKeys) = 0;
    // The MARK requested last came back: everything the server had then is integrated.
    virtual void downloadCompleted() = 0;
    // A non-fatal error worth telling the application about.
    virtual void protocolErrorReported(const SyncError &error) = 0;
    // A fatal error: the session must become Invalid.
    virtual void protocolFailedFatally(const SyncError &error) = 0;
    // The access token expired; binding resumes after the user's token changes.
    virtual void accessTokenExpired(const SyncError &error) = 0;
};

// The protocol-level session of realm-core: lives while its SyncSession is active, attached to
// the pooled connection, and runs BIND → (server IDENT) → IDENT → UPLOAD/DOWNLOAD/MARK on each
// socket the connection gets. Knows the wire, not the listeners or the waits.
class ProtocolSession final
    : public QObject
    , public ConnectionClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProtocolSession)

public:
    ProtocolSession(SessionHost &host, Connection *connection, QObject *parent = nullptr);
    ~ProtocolSession() override;

    void start();
    // Unbinds and leaves the connection now; the object itself may be deleted later.
    void shutdown();

    // Asks the server for a MARK round trip (downloadAllServerChanges).
    void requestDownloadCompletion();
    // New local changesets are waiting in the store.
    void uploadPending();
    // The user's token changed: a session waiting for it binds again.
    void accessTokenChanged();
    // Skips the session's retry delay as well as the connection's.
    void reconnect();

    // ConnectionClient
    void connectionStateChanged(ConnectionState state) override;
    void messageReceived(const protocol::Message &message) override;
    void connectionFailedFatally(const SyncError &error) override;
    void connectionErrorReported(const SyncError &error) override;
    void connectionAttemptFailed(const SyncError &error) override;
    void pingRoundTripMeasured(std::chrono::microseconds roundTrip) override;
    void uploadRoomAvailable() override;

private:
    enum class Phase {
        Unbound,             // waiting for the connection
        AwaitingServerIdent, // BIND sent, the server allocates our client file id
        Identified,          // IDENT sent: uploading and downloading
        Suspended,           // after a session error: waiting for a retry or a new token
        Stopped,
    };

    void bind();
    void sendIdent();
    void sendUploads();
    // Forgets the UPLOADs the server acknowledged up to `clientVersion`; sends more if they
    // had filled the unacknowledged bytes' allowance.
    void uploadsAcknowledged(quint64 clientVersion);
    void sendMark();
    void handleServerIdent(const protocol::ServerIdentMessage &message);
    void handleDownload(const protocol::DownloadMessage &message);
    void handleMark(const protocol::MarkMessage &message);
    void handleError(const protocol::ErrorMessage &message);
    void violation(const QString &reason);
    void suspend(bool retryAfterBackoff);
    void resumeBinding();
    void leaveBinding(bool sendUnbind);
    void reportRetry();

    SessionHost &m_host;
    QPointer<Connection> m_connection;
    Phase m_phase = Phase::Unbound;
    quint32 m_sessionId = 0;
    quint64 m_lastUploadedVersion = 0; // highest client version sent on this binding
    // UPLOADs sent on this binding and not acknowledged yet, oldest first, and their bytes
    // (kMaxUnacknowledgedUploadBytes in protocolsession.cpp says why they are bounded).
    struct SentUpload
    {
        quint64 lastClientVersion = 0;
        qint64 bytes = 0;
    };
    QList<SentUpload> m_unacknowledged;
    qint64 m_unacknowledgedBytes = 0;
    // The memory of the last UPLOAD frame sent, for the next one of a backlog (sendUploads()).
    QByteArray m_spareFrame;
    quint64 m_markSent = 0;
    quint64 m_markReceived = 0;
    bool m_markWanted = false;
    ReconnectBackoff m_retryBackoff;
    QTimer m_retryTimer;
};

} // namespace syncscope::detail
