#include "protocolsession.h"

#include "connection.h"
#include "localstore.h"
#include "logging.h"

#include <syncscope/protocol/errorcodes.h>
#include <syncscope/protocol/stagetrace.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace syncscope::detail {

namespace {
// At most this many bytes of UPLOADs are sent and not yet acknowledged by one session; the next
// waits for an acknowledgement. The server holds the uploads it has read and not yet handed to
// its storage thread in a budget shared by every connection (ServerLimits::queuedUploadBudget,
// 64 MiB by default), and when its commits fall behind (the log copied back into the database
// file meanwhile) drops the connection that holds the most beyond it. A bulk upload sent as fast
// as the socket drained passed that budget on its own: the server dropped it, and the session
// waited out a reconnect delay and sent everything unacknowledged again (0.7-0.9 s lost each time
// in a 256 MiB upload). Three quarters of the budget stay under it with the decoded form's
// overhead, and keep the server's group commit fed: it takes what arrived during the previous
// commit as one group, so an allowance of a few groups (16 MiB was measured) made the session
// wait for every commit in turn.
constexpr qint64 kMaxUnacknowledgedUploadBytes = 48 * 1024 * 1024;
} // namespace

ProtocolSession::ProtocolSession(SessionHost &host, Connection *connection, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_connection(connection)
    , m_retryBackoff(host.clientConfig().reconnectDelayMin, host.clientConfig().reconnectDelayMax)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ProtocolSession::resumeBinding);
}

ProtocolSession::~ProtocolSession()
{
    shutdown();
}

void ProtocolSession::start()
{
    if (!m_connection)
        return;
    m_connection->attach(this);
    if (m_phase == Phase::Stopped || !m_connection)
        return; // attaching to a connection that had failed fatally stopped us
    if (m_connection->state() == ConnectionState::Connected) {
        // Joining an open connection looks like connecting to the session's listeners.
        m_host.protocolServerUrlChanged(m_connection->url());
        m_host.protocolConnectionStateChanged(ConnectionState::Connecting);
        m_host.protocolConnectionStateChanged(ConnectionState::Connected);
        m_host.protocolPingRoundTrip(m_connection->lastPingRoundTrip());
        bind();
    } else {
        m_host.protocolConnectionStateChanged(m_connection->state());
        reportRetry(); // e.g. a back-off an earlier connection to this server left
    }
}

void ProtocolSession::reportRetry()
{
    if (!m_connection)
        return;
    m_host.protocolServerUrlChanged(m_connection->url());
    m_host.protocolRetryChanged(m_connection->nextAttempt(), m_connection->disconnectedSince());
}

void ProtocolSession::shutdown()
{
    if (m_phase == Phase::Stopped)
        return;
    m_retryTimer.stop();
    leaveBinding(true);
    m_phase = Phase::Stopped;
    if (Connection *connection = m_connection.data()) {
        m_connection = nullptr;
        connection->detach(this);
    }
}

void ProtocolSession::leaveBinding(bool sendUnbind)
{
    if (m_sessionId != 0 && m_connection)
        m_connection->unbindSession(m_sessionId, sendUnbind);
    m_sessionId = 0;
    m_phase = Phase::Unbound;
}

void ProtocolSession::requestDownloadCompletion()
{
    m_markWanted = true;
    if (m_phase == Phase::Identified)
        sendMark();
}

void ProtocolSession::uploadPending()
{
    if (m_phase == Phase::Identified)
        sendUploads();
}

void ProtocolSession::accessTokenChanged()
{
    if (m_phase == Phase::Suspended)
        resumeBinding();
}

void ProtocolSession::reconnect()
{
    if (m_phase == Phase::Suspended && m_retryTimer.isActive()) {
        m_retryTimer.stop();
        resumeBinding();
    }
    if (m_connection)
        m_connection->reconnect();
}

void ProtocolSession::connectionStateChanged(ConnectionState state)
{
    if (m_phase == Phase::Stopped)
        return;
    if (state != ConnectionState::Connected && m_phase != Phase::Suspended) {
        m_sessionId = 0; // the socket is gone and with it the binding
        m_phase = Phase::Unbound;
    }
    reportRetry();
    if (m_phase == Phase::Suspended)
        return; // reports Disconnected until it binds again
    m_host.protocolConnectionStateChanged(state);
    if (state == ConnectionState::Connected)
        bind();
}

void ProtocolSession::connectionFailedFatally(const SyncError &error)
{
    shutdown();
    m_host.protocolFailedFatally(error);
}

void ProtocolSession::connectionErrorReported(const SyncError &error)
{
    m_host.protocolErrorReported(error);
}

void ProtocolSession::connectionAttemptFailed(const SyncError &error)
{
    if (m_phase == Phase::Stopped)
        return;
    reportRetry();
    m_host.protocolConnectionAttemptFailed(error);
}

void ProtocolSession::uploadRoomAvailable()
{
    sendUploads();
}

void ProtocolSession::pingRoundTripMeasured(std::chrono::microseconds roundTrip)
{
    // A suspended session reads Disconnected: a round trip would contradict it.
    if (m_phase == Phase::Stopped || m_phase == Phase::Suspended)
        return;
    m_host.protocolPingRoundTrip(roundTrip);
}

void ProtocolSession::bind()
{
    if (!m_connection || m_phase != Phase::Unbound)
        return;
    LocalStore &store = m_host.store();
    m_sessionId = m_connection->bindSession(this);
    // MARKs sent on an earlier binding will never be answered on this one.
    m_markReceived = m_markSent;
    const bool needFileId = store.clientFileId() == 0;
    qCDebug(lcSession) << "binding" << m_host.realmPath() << "as session" << m_sessionId;
    m_connection->send(m_sessionId,
                       protocol::BindMessage{m_host.realmPath(), m_host.accessToken(), needFileId});
    if (needFileId)
        m_phase = Phase::AwaitingServerIdent;
    else
        sendIdent();
}

void ProtocolSession::sendIdent()
{
    LocalStore &store = m_host.store();
    m_connection->send(m_sessionId,
                       protocol::ClientIdentMessage{store.clientFileId(), store.downloadCursor()});
    m_phase = Phase::Identified;
    // The server ignores client versions it already integrated, so resending from the last
    // acknowledged one after a reconnect is safe and loses nothing.
    m_lastUploadedVersion = store.ackedClientVersion();
    m_unacknowledged.clear();
    m_unacknowledgedBytes = 0;
    sendUploads();
    if (m_markWanted && m_phase == Phase::Identified) // not if the local file failed
        sendMark();
}

void ProtocolSession::sendUploads()
{
    LocalStore &store = m_host.store();
    // Within the connection's upload window: the rest follows as the socket drains
    // (uploadRoomAvailable()), so a backlog is read from the file as it is sent; and within
    // the unacknowledged bytes' allowance: the rest follows the acknowledgements.
    while (m_phase == Phase::Identified && m_lastUploadedVersion < store.lastClientVersion() &&
           m_unacknowledgedBytes < kMaxUnacknowledgedUploadBytes && m_connection->hasUploadRoom()) {
        QString error;
        PendingUpload upload =
            store.pendingUpload(m_sessionId, m_lastUploadedVersion, LocalStore::kUploadBatchBytes,
                                &error, std::move(m_spareFrame));
        if (!error.isEmpty()) {
            // E.g. the file was deleted while the open-file budget had it closed.
            m_host.protocolErrorReported(
                SyncError(int(ClientErrorCode::LocalFileError), error, false));
            suspend(true);
            return;
        }
        if (upload.changesets == 0)
            break;
        // Stamped before the send: the send flushes an UPLOAD to the kernel, so the server may
        // stamp its arrival before a stamp taken after it.
        protocol::traceStage(lcTrace(), "client-upload-sent", store.clientFileId(),
                             upload.lastClientVersion);
        m_connection->sendUpload(m_sessionId, upload.frame);
        m_lastUploadedVersion = upload.lastClientVersion;
        m_unacknowledged.append({upload.lastClientVersion, qint64(upload.frame.size())});
        m_unacknowledgedBytes += upload.frame.size();
        qCDebug(lcSession) << "uploaded" << upload.changesets << "changesets up to"
                           << m_lastUploadedVersion;
        // The socket has its own copy now (QWebSocket masks one): the next frame of a backlog
        // is built in this one's memory. A fresh 1 MiB buffer took a page fault per 4 KiB as
        // the blobs were read into it, a tenth of the uploading thread's time.
        m_spareFrame = std::move(upload.frame);
    }
    // Kept only while a backlog is being sent: an idle session holds no megabyte.
    if (m_lastUploadedVersion >= store.lastClientVersion())
        m_spareFrame = QByteArray();
}

void ProtocolSession::uploadsAcknowledged(quint64 clientVersion)
{
    const bool heldBack = m_unacknowledgedBytes >= kMaxUnacknowledgedUploadBytes;
    while (!m_unacknowledged.isEmpty() &&
           m_unacknowledged.constFirst().lastClientVersion <= clientVersion) {
        m_unacknowledgedBytes -= m_unacknowledged.constFirst().bytes;
        m_unacknowledged.removeFirst();
    }
    if (heldBack && m_unacknowledgedBytes < kMaxUnacknowledgedUploadBytes)
        sendUploads();
}

void ProtocolSession::sendMark()
{
    ++m_markSent;
    m_connection->send(m_sessionId, protocol::MarkMessage{m_markSent});
}

void ProtocolSession::messageReceived(const protocol::Message &message)
{
    if (m_phase == Phase::Stopped)
        return;
    if (const auto *ident = std::get_if<protocol::ServerIdentMessage>(&message))
        handleServerIdent(*ident);
    else if (const auto *download = std::get_if<protocol::DownloadMessage>(&message))
        handleDownload(*download);
    else if (const auto *mark = std::get_if<protocol::MarkMessage>(&message))
        handleMark(*mark);
    else if (const auto *error = std::get_if<protocol::ErrorMessage>(&message))
        handleError(*error);
    else if (std::holds_alternative<protocol::UnboundMessage>(message))
        violation(tr("The server sent UNBOUND for a session that did not unbind"));
    else
        violation(tr("The server sent a message that only clients send"));
}

void ProtocolSession::handleServerIdent(const protocol::ServerIdentMessage &message)
{
    if (m_phase != Phase::AwaitingServerIdent || message.clientFileId == 0) {
        violation(tr("The server sent an unexpected IDENT"));
        return;
    }
    QString error;
    if (!m_host.store().setClientFileId(message.clientFileId, &error)) {
        m_host.protocolErrorReported(SyncError(int(ClientErrorCode::LocalFileError), error, false));
        suspend(true);
        return;
    }
    sendIdent();
}

void ProtocolSession::handleDownload(const protocol::DownloadMessage &message)
{
    if (m_phase != Phase::Identified) {
        violation(tr("The server sent DOWNLOAD before the session was identified"));
        return;
    }
    LocalStore &store = m_host.store();
    // Realm's check_received_sync_progress: cursors only move forward and stay consistent.
    if (message.uploadAckClientVersion > store.lastClientVersion()) {
        violation(tr("The server acknowledged client version %1, the latest is %2")
                      .arg(message.uploadAckClientVersion)
                      .arg(store.lastClientVersion()));
        return;
    }
    if (message.downloadCursor < store.downloadCursor() ||
        message.downloadCursor > message.latestServerVersion) {
        violation(tr("The server sent download cursor %1 (had %2, server head %3)")
                      .arg(message.downloadCursor)
                      .arg(store.downloadCursor())
                      .arg(message.latestServerVersion));
        return;
    }
    protocol::traceStage(lcTrace(), "client-download-received", store.clientFileId(),
                         message.downloadCursor);
    quint64 previous = store.downloadCursor();
    for (const auto &changeset : message.changesets) {
        if (changeset.serverVersion <= previous ||
            changeset.serverVersion > message.downloadCursor) {
            violation(tr("The server sent changeset %1 out of order").arg(changeset.serverVersion));
            return;
        }
        previous = changeset.serverVersion;
    }

    const IntegrationResult result = store.integrateDownload(message);
    if (!result.ok) {
        m_host.protocolErrorReported(
            SyncError(int(ClientErrorCode::LocalFileError), result.error, false));
        suspend(true);
        return;
    }
    m_retryBackoff.reset();
    protocol::traceStage(lcTrace(), "client-stored", store.clientFileId(), message.downloadCursor);
    uploadsAcknowledged(message.uploadAckClientVersion);
    m_host.downloadIntegrated(result.changedKeys);
}

void ProtocolSession::handleMark(const protocol::MarkMessage &message)
{
    if (m_phase != Phase::Identified || message.requestId <= m_markReceived ||
        message.requestId > m_markSent) {
        violation(tr("The server echoed MARK %1, which was not requested").arg(message.requestId));
        return;
    }
    m_markReceived = message.requestId;
    if (m_markReceived == m_markSent) {
        m_markWanted = false;
        m_host.downloadCompleted();
    }
}

void ProtocolSession::handleError(const protocol::ErrorMessage &message)
{
    const SyncError error(message.code, message.message, !message.tryAgain);
    qCInfo(lcSession) << "session error" << message.code << message.message
                      << "try again:" << message.tryAgain;
    // The server ends the session with the error; its id is not used again.
    leaveBinding(false);
    if (!message.tryAgain) {
        shutdown();
        m_host.protocolFailedFatally(error);
        return;
    }
    if (message.code == quint16(protocol::ErrorCode::TokenExpired)) {
        suspend(false);
        m_host.accessTokenExpired(error);
        return;
    }
    m_host.protocolErrorReported(error);
    suspend(true);
}

void ProtocolSession::violation(const QString &reason)
{
    qCWarning(lcSession) << "protocol violation in" << m_host.realmPath() << reason;
    shutdown();
    m_host.protocolFailedFatally(SyncError(int(ClientErrorCode::ProtocolViolation), reason, true));
}

void ProtocolSession::suspend(bool retryAfterBackoff)
{
    leaveBinding(true);
    m_phase = Phase::Suspended;
    m_host.protocolConnectionStateChanged(ConnectionState::Disconnected);
    if (retryAfterBackoff)
        m_retryTimer.start(m_retryBackoff.nextDelay(FailureReason::ServerError));
}

void ProtocolSession::resumeBinding()
{
    if (m_phase != Phase::Suspended || !m_connection)
        return;
    m_phase = Phase::Unbound;
    const ConnectionState state = m_connection->state();
    if (state == ConnectionState::Connected) {
        m_host.protocolConnectionStateChanged(ConnectionState::Connecting);
        m_host.protocolConnectionStateChanged(ConnectionState::Connected);
        m_host.protocolPingRoundTrip(m_connection->lastPingRoundTrip());
        bind();
    } else {
        m_host.protocolConnectionStateChanged(state);
    }
}

} // namespace syncscope::detail
