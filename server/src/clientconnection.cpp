#include "clientconnection.h"

#include "connectiongate.h"
#include "framemaskguard.h"
#include "framewriter.h"
#include "logging.h"
#include "peertext.h"
#include "sharedbudgets.h"
#include "uploadbatcher.h"

#include <syncscope/server/serverstatistics.h>

#include <QFuture>
#include <QFutureWatcher>

#include <QPromise>
#include <QScopeGuard>
#include <QSslSocket>
#include <QThreadPool>

#include <algorithm>
#include <iterator>

namespace syncscope::server {

namespace {

// A message at least this big is decoded on a pool thread (ClientConnection::decodeOffTheLoop).
// Below it, decoding costs less than handing it over.
constexpr qsizetype kDecodeOffTheLoopBytes = 256 * 1024;

} // namespace

using protocol::ErrorCode;

ClientConnection::ClientConnection(QWebSocket *socket, QTcpSocket *transport, quint64 connectionId,
                                   const SessionContext &context, ServerStatistics *statistics,
                                   SharedBudgets *budgets, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_transport(transport)
    , m_budgets(budgets)
    , m_peerAddress(socket->peerAddress())
    , m_context(context)
    , m_serverStatistics(statistics)
{
    m_context.peerAddress = m_peerAddress.toString();
    socket->setParent(this);
    m_decodeLimits.maxFrameBytes = context.limits.maxMessageBytes;
    // A BIND's path and token are bounded only by the message size here, so that an over-long
    // one ends its session with 204 or 203 (docs/protocol.md, section 12) instead of the
    // connection.
    m_decodeLimits.maxRealmPathBytes = context.limits.maxMessageBytes;
    m_decodeLimits.maxTokenBytes = context.limits.maxMessageBytes;
    m_statistics.connectionId = connectionId;
    m_statistics.peer =
        QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
    m_statistics.connectedAt = QDateTime::currentDateTimeUtc();
    m_statistics.lastActivity = m_statistics.connectedAt;

    connect(socket, &QWebSocket::binaryMessageReceived, this, &ClientConnection::onBinaryMessage);
    connect(socket, &QWebSocket::textMessageReceived, this, &ClientConnection::onTextMessage);
    // QWebSocket only relays its transport's count of bytes written (TLS: the encrypted bytes)
    // through a signal of its own; taken at the source, every write of an acknowledgement costs
    // one signal dispatch less.
    if (auto *tls = qobject_cast<QSslSocket *>(transport))
        connect(tls, &QSslSocket::encryptedBytesWritten, this, &ClientConnection::onBytesWritten);
    else if (transport)
        connect(transport, &QAbstractSocket::bytesWritten, this, &ClientConnection::onBytesWritten);
    else
        connect(socket, &QWebSocket::bytesWritten, this, &ClientConnection::onBytesWritten);
    connect(socket, &QWebSocket::disconnected, this, &ClientConnection::onDisconnected);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(context.limits.idleTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &ClientConnection::onIdleTimeout);
    m_idleTimer.start();
    m_sinceMessage.start();
    m_sinceWriteProgress.start();
    m_bindTimer.setSingleShot(true);
    m_bindTimer.setInterval(context.limits.bindTimeout);
    connect(&m_bindTimer, &QTimer::timeout, this, &ClientConnection::onBindTimeout);
    m_bindTimer.start();
    m_roundTripTimer.setInterval(context.roundTripProbeInterval);
    connect(&m_roundTripTimer, &QTimer::timeout, this, &ClientConnection::probeRoundTrip);
    // Qt answers WebSocket pings itself, in every client; the pong carries the elapsed time.
    connect(socket, &QWebSocket::pong, this, [this](quint64 elapsedMs, const QByteArray &) {
        m_statistics.roundTripMs = qint64(elapsedMs);
        statisticsChanged();
    });
    if (transport) {
        // A close frame (1009 above all) must reach a peer that is still sending.
        lingerOnClose(transport, std::chrono::milliseconds(2000));
        // The gate attached the guard before Qt's frame reader; it checks from here on.
        if (FrameMaskGuard *guard = FrameMaskGuard::of(transport)) {
            connect(guard, &FrameMaskGuard::unmaskedFrame, this,
                    &ClientConnection::onUnmaskedFrame);
            connect(guard, &FrameMaskGuard::lostTrack, this, [this] {
                qCWarning(lcConnection).noquote()
                    << "connection" << this->connectionId() << "from" << m_statistics.peer
                    << "- the unmasked-frame check lost track of frame boundaries and stopped";
                // It no longer announces fragments: every frame is followed from here on.
                m_followFramesAlways = true;
                followFrames(true);
            });
            connect(guard, &FrameMaskGuard::fragmentAhead, this, [this] {
                ++m_fragmentsAhead;
                followFrames(true);
            });
            guard->start();
            m_followFramesAlways = !guard->isChecking() || guard->sawFragmentBeforeStart();
            // The common messages are read by the guard, ahead of Qt; they arrive here in
            // stream order with those QWebSocket reads.
            if (guard->isChecking()) {
                m_guard = guard;
                // A read the guard took straight from the kernel has no readyRead: the same
                // checks after it.
                connect(guard, &FrameMaskGuard::readFromKernel, this,
                        [this] { onTransportActivity(QtReads::On); });
            }
            if (guard->sawUnmaskedFrame()) {
                // Sent right behind the upgrade request: nothing more of this connection is
                // handled, and the close waits until the server has listed the connection.
                m_closing = true;
                QMetaObject::invokeMethod(this, &ClientConnection::closeForUnmaskedFrame,
                                          Qt::QueuedConnection);
            }
        }
        // After the QWebSocket's own handler (connected first): what is still buffered then is
        // the unfinished frame, and what waits to be written includes Qt's automatic pongs.
        connect(transport, &QIODevice::readyRead, this, [this] { onTransportActivity(); });
    }
    followFrames(m_followFramesAlways);
    // The server set the limit for messages before a BIND; the guard takes the same.
    acceptMessagesUpTo(
        std::min(socket->maxAllowedIncomingMessageSize(), socket->maxAllowedIncomingFrameSize()));
    statisticsChanged();
}

ClientConnection::~ClientConnection()
{
    if (m_budgets)
        m_budgets->forget(this);
    // Sessions unsubscribe from the hub in their destructors; do it before the socket goes.
    m_sessions.clear();
    if (m_serverStatistics)
        m_serverStatistics->removeConnection(connectionId());
}

void ClientConnection::goAway()
{
    if (m_finished || !m_socket)
        return;
    m_closing = true;
    m_socket->close(QWebSocketProtocol::CloseCodeGoingAway, tr("server shutting down"));
}

void ClientConnection::refuse(ErrorCode code, const QString &message, bool tryAgain,
                              QWebSocketProtocol::CloseCode closeCode)
{
    if (m_closing || !m_socket)
        return;
    logLimited(
        lcConnection, QtWarningMsg, m_context.peerAddress, QStringLiteral("refuse"),
        QStringLiteral("refusing %1 %2 %3")
            .arg(m_statistics.peer, protocol::errorCodeName(quint16(code)), escapeForLog(message)));
    sendFrame({0, protocol::ErrorMessage{quint16(code), tryAgain, true, message}});
    m_closing = true;
    m_sessions.clear();
    m_socket->close(closeCode, message.left(120));
}

void ClientConnection::probeRoundTrip()
{
    if (m_closing || !m_socket)
        return;
    m_socket->ping();
}

void ClientConnection::onIdleTimeout()
{
    if (m_closing || !m_socket)
        return;
    // Messages do not restart the timer (that cost a timer unregistration and registration per
    // message); it fires a full interval after the last start, and silence is checked here.
    const qint64 silentMs = m_sinceMessage.elapsed();
    const qint64 intervalMs = m_context.limits.idleTimeout.count();
    if (silentMs < intervalMs) {
        m_idleTimer.start(int(intervalMs - silentMs));
        return;
    }
    // A bound session may legitimately wait in silence for changes; only a connection that
    // has nothing bound and says nothing is idle.
    if (!m_sessions.empty()) {
        m_idleTimer.start(int(intervalMs));
        return;
    }
    qCInfo(lcConnection).noquote()
        << "closing idle connection" << connectionId() << "from" << m_statistics.peer << "- no"
        << "session bound and no message for" << m_sinceMessage.elapsed() << "ms";
    m_closing = true;
    m_socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("idle"));
}

void ClientConnection::abort()
{
    skipLinger(m_transport);
    if (m_socket)
        m_socket->abort();
}

void ClientConnection::drop(const QString &why)
{
    if (m_finished || !m_socket)
        return;
    logLimited(lcConnection, QtWarningMsg, m_peerAddress.toString(), QStringLiteral("drop"),
               QStringLiteral("dropping %1: %2").arg(m_statistics.peer, why));
    m_closing = true;
    skipLinger(m_transport);
    // Its memory is as good as freed: the budgets must not pick it again.
    if (m_budgets)
        m_budgets->forget(this);
    m_socket->abort();
}

void ClientConnection::onBindTimeout()
{
    if (m_closing || !m_socket || m_everBound)
        return;
    logLimited(lcConnection, QtInfoMsg, m_peerAddress.toString(), QStringLiteral("bind-timeout"),
               QStringLiteral("closing connection %1 from %2 - no session bound within %3 ms")
                   .arg(connectionId())
                   .arg(m_statistics.peer)
                   .arg(m_bindTimer.interval()));
    m_closing = true;
    m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("bind timeout"));
}

void ClientConnection::onUnmaskedFrame()
{
    if (m_closing || !m_socket)
        return;
    m_closing = true;
    closeForUnmaskedFrame();
}

void ClientConnection::closeForUnmaskedFrame()
{
    if (m_finished || !m_socket)
        return;
    logLimited(lcConnection, QtWarningMsg, m_peerAddress.toString(), QStringLiteral("unmasked"),
               QStringLiteral("closing connection %1 from %2 - it sent an unmasked frame")
                   .arg(connectionId())
                   .arg(m_statistics.peer));
    m_sessions.clear();
    // Runs before QWebSocket parses the frame, or before this connection handles anything when
    // the frame came with the upgrade request: either way the frame is never answered.
    // RFC 6455, section 5.1: close with 1002.
    m_socket->close(QWebSocketProtocol::CloseCodeProtocolError, QStringLiteral("unmasked frame"));
}

void ClientConnection::followFrames(bool follow)
{
    if (!m_socket || bool(m_frameConnection) == follow)
        return;
    if (follow)
        m_frameConnection = connect(m_socket, &QWebSocket::binaryFrameReceived, this,
                                    &ClientConnection::onFrameReceived);
    else
        disconnect(std::exchange(m_frameConnection, {}));
}

void ClientConnection::onFrameReceived(const QByteArray &frame, bool isLastFrame)
{
    if (!isLastFrame) {
        m_fragmentBytes += frame.size();
        m_fragmentsAhead = std::max(0, m_fragmentsAhead - 1);
        return;
    }
    m_fragmentBytes = 0;
    // Every fragment the guard announced has arrived: a message of one frame needs nothing
    // here, and the next fragment is announced before QWebSocket reads it.
    if (!m_followFramesAlways && m_fragmentsAhead == 0)
        followFrames(false);
}

void ClientConnection::onTransportActivity(QtReads qtReads)
{
    if (m_finished || !m_transport)
        return;
    // After Qt's handler: the messages of this read are received. Once reading is throttled,
    // a read holds no more than the throttle lets in.
    if (m_throttledAtReadStart && m_serverStatistics)
        m_serverStatistics->noteHeldInOneRead(quint64(m_heldThisRead));
    m_heldThisRead = 0;
    unthrottleIfWaitingForABigFrame(qtReads);
    m_throttledAtReadStart = m_readingThrottled;
    // Every byte waiting to be written counts, control frames included: a peer that sends
    // pings and never reads would otherwise grow the queue of pongs without end.
    if (m_transport->bytesToWrite() >
        m_context.limits.maxUnreadBytesPerConnection + m_context.limits.downloadBatchBytes) {
        drop(QStringLiteral("it does not read what the server sends (%1 bytes queued)")
                 .arg(m_transport->bytesToWrite()));
        return;
    }
    // Qt's pongs sit in the same queue as our frames: the shared send budget sees them too.
    if (m_budgets) {
        m_budgets->setQueued(this, std::max(m_transport->bytesToWrite(),
                                            std::max<qint64>(0, m_queuedBytes - m_writtenBytes)));
    }
    // Messages held for a later turn are received but not handled yet: they count as well.
    const qint64 partial = m_transport->bytesAvailable() + m_fragmentBytes + m_inboxBytes;
    if (ClientConnection *victim = m_budgets ? m_budgets->setPartial(this, partial) : nullptr) {
        victim->drop(QStringLiteral("partly received messages of all connections exceed %1 "
                                    "bytes and it holds the most")
                         .arg(m_context.limits.partialMessageBudget));
    }
}

void ClientConnection::failConnection(ErrorCode code, const QString &message)
{
    refuse(code, message, protocol::defaultTryAgain(code),
           QWebSocketProtocol::CloseCodeProtocolError);
}

void ClientConnection::sendFrame(const protocol::Frame &frame)
{
    if (!m_socket)
        return;
    const QByteArray bytes = protocol::encode(frame);
    if (m_queuedBytes == m_writtenBytes)
        m_sinceWriteProgress.restart();
    m_queuedBytes += writeMessage(bytes);
    if (m_budgets)
        m_budgets->setQueued(this, std::max<qint64>(0, m_queuedBytes - m_writtenBytes));
    m_statistics.bytesSent += quint64(bytes.size());
    ++m_statistics.messagesSent;
    // Frames also leave outside a message handler (storage results): they publish too.
    statisticsChanged();
    if (m_serverStatistics) {
        m_serverStatistics->addTraffic(0, quint64(bytes.size()));
        if (const auto *error = std::get_if<protocol::ErrorMessage>(&frame.message))
            m_serverStatistics->countErrorSent(error->code);
    }
}

qint64 ClientConnection::writeMessage(const QByteArray &bytes)
{
    // As QWebSocket would: nothing once its close handshake started, and a message over its
    // outgoing frame size in fragments.
    if (!m_transport || m_socket->state() != QAbstractSocket::ConnectedState ||
        quint64(bytes.size()) > m_socket->outgoingFrameSize()) {
        return m_socket->sendBinaryMessage(bytes);
    }
    return std::max<qint64>(0, writeBinaryFrame(*m_transport, bytes));
}

void ClientConnection::scheduleDownloads(quint32 sessionId)
{
    if (m_closing)
        return;
    const auto at = std::lower_bound(m_readySessions.begin(), m_readySessions.end(), sessionId);
    if (at == m_readySessions.end() || *at != sessionId)
        m_readySessions.insert(at, sessionId);
    schedulePump();
}

void ClientConnection::resumeDownloads()
{
    schedulePump();
}

void ClientConnection::schedulePump()
{
    if (m_closing)
        return;
    if (m_context.uploads && m_context.uploads->isReporting()) {
        // A group commit's report: its end sends to every connection that asked, at once (also
        // when a queued pass is already on its way, which comes later).
        m_context.uploads->sendAfterReport(this);
        return;
    }
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    // Queued, so a burst of uploads and MARKs in one read leads to one pass, and so sessions
    // are never re-entered from inside their own handlers.
    QMetaObject::invokeMethod(this, &ClientConnection::pumpDownloads, Qt::QueuedConnection);
}

void ClientConnection::sendDownloadsNow()
{
    if (m_closing || !m_socket)
        return;
    pumpDownloads();
    // Acknowledgements and fan-out of a commit: clients wait for them, so they go to the
    // kernel now, in one write per connection, not when the event loop next polls the socket.
    if (m_socket)
        m_socket->flush();
}

void ClientConnection::reportOutcome(quint32 sessionId, const Outcome &outcome)
{
    handleSessionOutcome(sessionId, outcome);
    // Outside a message handler: nothing else would publish that the session ended.
    statisticsChanged();
}

void ClientConnection::dropSoon(const QString &why)
{
    if (m_closing)
        return;
    m_closing = true; // nothing more of what it sent is handled
    // Queued: this may be called from inside one of its own sessions' handlers.
    QMetaObject::invokeMethod(
        this, [this, why] { drop(why); }, Qt::QueuedConnection);
}

bool ClientConnection::socketHasRoom() const
{
    // One batch may be in flight while the next is prepared; more would only pile up in
    // memory and make progress jump instead of rise. The written count includes WebSocket
    // frame headers, so it catches up with the payload count at the latest when all is sent.
    if (m_queuedBytes - m_writtenBytes >= m_context.limits.downloadBatchBytes)
        return false;
    // All connections together hold at most the send budget (plus the one message that may
    // cross it); readers that stall while it is spent are dropped, see waitForSendBudget().
    return !m_budgets || m_budgets->sendBudgetLeft();
}

qint64 ClientConnection::stalledMs() const
{
    const bool waiting =
        m_queuedBytes > m_writtenBytes || (m_transport && m_transport->bytesToWrite() > 0);
    return waiting ? m_sinceWriteProgress.elapsed() : 0;
}

void ClientConnection::waitForSendBudget()
{
    // Asked to send again when the total falls under the budget; the server's budget timer
    // drops the slowest readers meanwhile (SharedBudgets::shedStalledReaders()).
    m_budgets->waitForSendBudget(this);
}

void ClientConnection::pumpDownloads()
{
    const auto waitIfBudgetSpent = qScopeGuard([this] {
        if (m_closing || !m_socket || !m_budgets || m_budgets->sendBudgetLeft())
            return;
        for (const quint32 id : m_readySessions) {
            const ServerSession *session = m_sessions.find(id);
            if (session && session->wantsToSendDownload()) {
                waitForSendBudget();
                return;
            }
        }
    });
    m_pumpScheduled = false;
    if (m_closing || !m_socket)
        return;
    // Round robin: each session that has something sends one batch per round, so one big
    // initial download does not starve the other sessions of the connection. A session that
    // still has more after its batch asks again (sendDownload) and is in the next round.
    while (!m_readySessions.empty() && socketHasRoom()) {
        // Sessions that ask again during the round go into the emptied m_readySessions.
        m_round.swap(m_readySessions);
        m_readySessions.clear();
        for (auto next = m_round.cbegin(); next != m_round.cend(); ++next) {
            if (!socketHasRoom()) {
                // Their turn comes when the socket drains (onBytesWritten) or the budget frees.
                std::vector<quint32> waiting;
                waiting.reserve(m_readySessions.size() + size_t(m_round.cend() - next));
                std::set_union(next, m_round.cend(), m_readySessions.cbegin(),
                               m_readySessions.cend(), std::back_inserter(waiting));
                m_readySessions.swap(waiting);
                break;
            }
            const quint32 id = *next;
            ServerSession *session = m_sessions.find(id);
            if (!session || !session->wantsToSendDownload())
                continue; // ended, or a read is running: it asks again when that is done
            const Outcome outcome = session->sendNextDownload();
            if (outcome) {
                handleSessionOutcome(id, outcome);
                if (m_closing)
                    return;
            }
        }
    }
    statisticsChanged();
}

void ClientConnection::onBytesWritten(qint64 bytes)
{
    const bool hadRoom = socketHasRoom();
    m_writtenBytes += bytes;
    m_sinceWriteProgress.restart();
    if (m_budgets)
        m_budgets->setQueued(this, std::max<qint64>(0, m_queuedBytes - m_writtenBytes));
    if (!hadRoom && socketHasRoom())
        schedulePump();
}

void ClientConnection::onTextMessage(const QString &text)
{
    if (m_closing)
        return;
    m_statistics.bytesReceived += quint64(text.size());
    failConnection(ErrorCode::BadSyntax,
                   tr("text messages are not part of the syncscope.v1 protocol; use binary"));
}

void ClientConnection::onBinaryMessage(const QByteArray &bytes)
{
    if (m_closing)
        return;
    m_sinceMessage.restart();
    m_statistics.bytesReceived += quint64(bytes.size());
    ++m_statistics.messagesReceived;
    m_statistics.lastActivity = QDateTime::currentDateTimeUtc();
    if (m_serverStatistics)
        m_serverStatistics->addTraffic(quint64(bytes.size()), 0);

    // Every answer the server queues is caused by a client message; a client that keeps
    // sending but never reads would grow the send queue without bound. DOWNLOADs are already
    // held back by backpressure, so this only trips on such a client.
    if (m_queuedBytes - m_writtenBytes >
        m_context.limits.maxUnreadBytesPerConnection + m_context.limits.downloadBatchBytes) {
        drop(QStringLiteral("it does not read what the server sends; disconnecting"));
        return;
    }
    if (m_holding) {
        m_inbox.push_back(bytes);
        m_inboxBytes += bytes.size();
        m_heldThisRead += bytes.size();
        throttleReading(true);
        return;
    }
    handleMessage(bytes);
}

void ClientConnection::acceptMessagesUpTo(quint64 bytes)
{
    // One limit for the frames QWebSocket reads (over it: 1009) and those the guard takes.
    m_socket->setMaxAllowedIncomingMessageSize(bytes);
    m_socket->setMaxAllowedIncomingFrameSize(bytes);
    if (m_guard) {
        m_guard->takeMessages(bytes,
                              [this](const QByteArray &message) { onTakenMessage(message); });
    }
}

void ClientConnection::onTakenMessage(const QByteArray &bytes)
{
    // Once a close handshake has started (Qt may have started it on a frame it refused), the
    // messages behind it are not handled.
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        onBinaryMessage(bytes);
}

void ClientConnection::handleMessage(const QByteArray &bytes)
{
    if (bytes.size() >= kDecodeOffTheLoopBytes) {
        decodeOffTheLoop(bytes);
        return;
    }
    handleDecoded(protocol::decodeKeepingOperationBytes(bytes, protocol::Direction::ClientToServer,
                                                        m_decodeLimits));
}

void ClientConnection::decodeOffTheLoop(const QByteArray &bytes)
{
    // Decoding a maximal UPLOAD (hundreds of thousands of operations) takes a fifth of a second
    // on a busy machine: on the event loop that would be every client's wait. The messages
    // behind it wait in the inbox, in order, as behind a BIND limit.
    m_decoding = true;
    m_holding = true;
    m_inboxBytes += bytes.size(); // still held in memory, for the partial-message budget
    // The watcher is this connection's child and is watching before the pool thread starts:
    // its signal arrives on this thread and dies with the connection. (A context-object
    // continuation, QFuture::then(this, ...), checks the context on the pool thread instead,
    // and one server crashed inside it in ~110 chaos runs while a connection was closing.)
    auto *watcher = new QFutureWatcher<protocol::DecodeResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, size = bytes.size()] {
        watcher->deleteLater();
        m_decoding = false;
        m_inboxBytes -= size;
        if (m_closing)
            return;
        handleDecoded(watcher->future().takeResult());
        startNextTurn();
    });
    auto promise = std::make_shared<QPromise<protocol::DecodeResult>>();
    promise->start();
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, bytes, limits = m_decodeLimits] {
        promise->addResult(protocol::decodeKeepingOperationBytes(
            bytes, protocol::Direction::ClientToServer, limits));
        promise->finish();
    });
}

void ClientConnection::handleDecoded(protocol::DecodeResult result)
{
    if (!result.frame) {
        logLimited(lcConnection, QtWarningMsg, m_context.peerAddress, QStringLiteral("malformed"),
                   QStringLiteral("%1 sent a malformed frame: %2")
                       .arg(m_statistics.peer, escapeForLog(result.error)));
        failConnection(ErrorCode::BadSyntax, result.error);
        return;
    }
    handleFrame(std::move(*result.frame));
    statisticsChanged();
}

void ClientConnection::handleFrame(protocol::Frame &&frame)
{
    const quint32 sessionId = frame.sessionId;
    if (const auto *ping = std::get_if<protocol::PingMessage>(&frame.message)) {
        sendFrame({0, protocol::PongMessage{ping->timestamp}});
        return;
    }
    if (const auto *bind = std::get_if<protocol::BindMessage>(&frame.message)) {
        countBindWork();
        handleBind(sessionId, *bind);
        return;
    }

    ServerSession *found = m_sessions.find(sessionId);
    if (!found) {
        if (m_usedSessionIds.contains(sessionId)) {
            // The session ended (error or UNBIND) while this was in flight: not an error.
            qCDebug(lcSession).noquote() << "ignoring a message for ended session" << sessionId;
            return;
        }
        failConnection(ErrorCode::BadSessionIdent,
                       tr("session %1 was never bound on this connection").arg(sessionId));
        return;
    }
    ServerSession &session = *found;

    Outcome outcome;
    if (const auto *ident = std::get_if<protocol::ClientIdentMessage>(&frame.message)) {
        outcome = session.ident(*ident);
    } else if (const auto *upload = std::get_if<protocol::UploadMessage>(&frame.message)) {
        outcome = session.upload(*upload);
    } else if (const auto *mark = std::get_if<protocol::MarkMessage>(&frame.message)) {
        outcome = session.mark(*mark);
    } else if (std::holds_alternative<protocol::UnbindMessage>(frame.message)) {
        countBindWork();
        logLimited(lcSession, QtInfoMsg, m_context.peerAddress, QStringLiteral("unbound"),
                   QStringLiteral("session %1 unbound").arg(sessionId));
        rememberEndedSession(sessionId, 0, {});
        endSession(sessionId);
        sendFrame({sessionId, protocol::UnboundMessage{}});
        return;
    }
    handleSessionOutcome(sessionId, outcome);
}

void ClientConnection::countBindWork()
{
    // The turn ends when control returns to the event loop: the queued call runs after the
    // socket notifications of the other connections had their chance.
    if (m_bindsThisTurn++ == 0)
        QMetaObject::invokeMethod(this, &ClientConnection::startNextTurn, Qt::QueuedConnection);
    if (m_serverStatistics)
        m_serverStatistics->noteBindHandled(quint64(m_bindsThisTurn));
    if (m_bindsThisTurn >= m_context.limits.messagesPerTurn)
        m_holding = true;
}

void ClientConnection::throttleReading(bool throttle)
{
    if (!m_transport || m_readingThrottled == throttle)
        return;
    m_readingThrottled = throttle;
    // Qt parses everything buffered in one go, so a read of megabytes of BINDs was one long
    // turn even though they were held: once messages had to wait, each read takes only a
    // little from the kernel, and TCP makes the peer wait for the rest.
    m_transport->setReadBufferSize(throttle ? m_context.limits.heldReadBytes : 0);
}

void ClientConnection::unthrottleIfWaitingForABigFrame(QtReads qtReads)
{
    // A connection that flooded stays throttled: unthrottling whenever the inbox ran empty let
    // the next read take all the kernel had (2 MB of BINDs under ASan). Only a frame bigger
    // than the throttle, which fills the buffer and cannot finish, needs more room; once the
    // held messages are handled it gets it.
    if (!m_readingThrottled || !m_inbox.empty() || !m_transport)
        return;
    if (m_transport->bytesAvailable() >= m_context.limits.heldReadBytes) {
        throttleReading(false);
        return;
    }
    // Nothing to restart: after each read the guard took from the kernel (most reads of a
    // throttled connection), applying the limit again cost two notifier switches.
    if (qtReads == QtReads::On)
        return;
    // The socket stopped reading when its buffer filled up, and starts again only when the
    // buffer is read empty or its limit changes. Qt may since have taken a frame header (and
    // small frames) out of it without finishing the big frame behind them, leaving it just
    // below the limit: nothing would read on, and the upload stalled until a ping timeout.
    // Applying the limit again lets the socket read until the buffer is full of that frame,
    // and the case above then lets it in.
    m_transport->setReadBufferSize(0);
    m_transport->setReadBufferSize(m_context.limits.heldReadBytes);
}

void ClientConnection::startNextTurn()
{
    m_bindsThisTurn = 0;
    m_holding = m_decoding; // behind a message being decoded, everything waits
    if (m_holding)
        return;
    while (!m_holding && !m_closing && !m_inbox.empty()) {
        const QByteArray bytes = std::move(m_inbox.front());
        m_inbox.pop_front();
        m_inboxBytes -= bytes.size();
        handleMessage(bytes);
    }
    unthrottleIfWaitingForABigFrame();
    if (m_closing) {
        m_inbox.clear();
        m_inboxBytes = 0;
    }
}

void ClientConnection::handleBind(quint32 sessionId, const protocol::BindMessage &message)
{
    if (m_usedSessionIds.contains(sessionId)) {
        failConnection(ErrorCode::ReuseOfSessionIdent,
                       tr("session id %1 was already used on this connection").arg(sessionId));
        return;
    }
    m_usedSessionIds.insert(sessionId);
    if (qsizetype(m_sessions.size()) >= m_context.limits.maxSessionsPerConnection) {
        handleSessionOutcome(sessionId, SessionFailure::session(
                                            ErrorCode::TooManySessions,
                                            tr("a connection may have at most %1 sessions")
                                                .arg(m_context.limits.maxSessionsPerConnection)));
        return;
    }
    auto session = std::make_unique<ServerSession>(sessionId, m_context, this);
    ServerSession *raw = session.get();
    m_sessions.insert(sessionId, std::move(session));
    const Outcome outcome = raw->bind(message);
    if (!outcome)
        m_statistics.userId = raw->userId();
    if (!outcome && !m_everBound) {
        // Authenticated: from now on messages up to the full limit are accepted.
        m_everBound = true;
        m_bindTimer.stop();
        probeRoundTrip();
        m_roundTripTimer.start();
        acceptMessagesUpTo(quint64(m_context.limits.maxMessageBytes));
    }
    handleSessionOutcome(sessionId, outcome);
}

void ClientConnection::handleSessionOutcome(quint32 sessionId, const Outcome &outcome)
{
    if (!outcome)
        return;
    if (outcome->connectionLevel) {
        failConnection(outcome->code, outcome->message);
        return;
    }
    logLimited(
        lcSession, QtInfoMsg, m_context.peerAddress,
        QStringLiteral("session-ends-%1").arg(int(outcome->code)),
        QStringLiteral("session %1 ends with %2 %3")
            .arg(sessionId)
            .arg(protocol::errorCodeName(quint16(outcome->code)), escapeForLog(outcome->message)));
    // The session is over on the server; a client that may try again binds a new one.
    rememberEndedSession(sessionId, quint16(outcome->code), outcome->message);
    endSession(sessionId);
    sendFrame({sessionId, protocol::ErrorMessage{quint16(outcome->code), outcome->tryAgain, false,
                                                 outcome->message}});
}

int ClientConnection::endSessions(quint32 sessionId, const QString &userId,
                                  protocol::ErrorCode code, const QString &message, bool tryAgain)
{
    if (m_closing || !m_socket)
        return 0;
    QList<quint32> ending;
    for (const auto &[id, session] : m_sessions) {
        if (sessionId != 0 ? id == sessionId : session->statistics().userId == userId)
            ending.append(id);
    }
    std::sort(ending.begin(), ending.end());
    for (const quint32 id : std::as_const(ending))
        handleSessionOutcome(id, SessionFailure{code, message, tryAgain, false});
    if (!ending.isEmpty())
        statisticsChanged();
    return int(ending.size());
}

void ClientConnection::rememberEndedSession(quint32 sessionId, quint16 errorCode,
                                            const QString &message)
{
    const ServerSession *session = m_sessions.find(sessionId);
    if (!session || !m_serverStatistics)
        return;
    SessionStatistics ended = session->statistics();
    ended.phase = SessionPhase::Ended;
    ended.lastErrorCode = errorCode;
    if (errorCode != 0) {
        ended.lastErrorMessage = message.left(256);
        ended.lastErrorAt = QDateTime::currentDateTimeUtc();
    }
    QList<SessionStatistics> &kept = m_statistics.endedSessions;
    if (kept.size() >= ConnectionStatistics::kEndedSessionsKept)
        kept.removeFirst();
    kept.append(std::move(ended));
}

void ClientConnection::endSession(quint32 sessionId)
{
    m_sessions.erase(sessionId);
}

void ClientConnection::onDisconnected()
{
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    if (m_budgets)
        m_budgets->forget(this);
    qCInfo(lcConnection).noquote() << m_statistics.peer << "disconnected, close code"
                                   << int(m_socket ? m_socket->closeCode() : 0);
    m_sessions.clear();
    Q_EMIT finished(this);
}

void ClientConnection::statisticsChanged()
{
    // Nothing is copied here: the server reads the statistics when a view asks for them, which
    // is a few times a second at most, while messages arrive thousands of times a second.
    if (!m_serverStatistics || std::exchange(m_statisticsReported, true))
        return;
    m_serverStatistics->connectionChanged(connectionId(), this);
}

ConnectionStatistics ClientConnection::takeStatistics()
{
    m_statisticsReported = false;
    m_statistics.bytesQueued = quint64(std::max<qint64>(0, m_queuedBytes - m_writtenBytes));
    m_statistics.sessions.clear();
    m_statistics.sessions.reserve(qsizetype(m_sessions.size()));
    for (const auto &[id, session] : m_sessions)
        m_statistics.sessions.append(session->statistics());
    std::sort(m_statistics.sessions.begin(), m_statistics.sessions.end(),
              [](const SessionStatistics &a, const SessionStatistics &b) {
                  return a.sessionId < b.sessionId;
              });
    return m_statistics;
}

} // namespace syncscope::server
