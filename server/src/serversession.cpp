#include "serversession.h"

#include "bindbatcher.h"

#include "logging.h"
#include "peertext.h"
#include "realmhub.h"
#include "storagethread.h"
#include "uploadbatcher.h"

#include <syncscope/protocol/accesstoken.h>
#include <syncscope/protocol/realmpath.h>
#include <syncscope/protocol/stagetrace.h>

#include <QCoreApplication>

#include <algorithm>

namespace syncscope::server {

using protocol::ErrorCode;

namespace {

// The translation context of this file's messages; lupdate reads it from the macro too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(syncscope::server::ServerSession)
};

} // namespace

struct ServerSession::IdentResult
{
    std::optional<quint64> uploadCursor;
    std::optional<QString> owner;
    bool claimed = false; // an ownerless file now belongs to this session's user
    std::optional<quint64> head;
};

SessionFailure SessionFailure::session(ErrorCode code, QString message)
{
    return {code, std::move(message), protocol::defaultTryAgain(code), false};
}

SessionFailure SessionFailure::connection(ErrorCode code, QString message)
{
    return {code, std::move(message), protocol::defaultTryAgain(code), true};
}

ServerSession::ServerSession(quint32 sessionId, const SessionContext &context, SessionSink *sink)
    : m_context(context)
    , m_sink(sink)
{
    m_statistics.sessionId = sessionId;
    touch();
}

ServerSession::~ServerSession()
{
    // Always: a session ended by its own upload's result is still listed in the batch being
    // reported, even though its queued count already dropped to zero.
    if (m_context.uploads) {
        m_context.uploads->forget(this);
        for (const Deferred &deferred : std::as_const(m_deferred))
            m_context.uploads->releaseWaiting(deferred.memory);
    }
    if (m_state == State::Active)
        m_context.hub->unsubscribe(m_realmId, this); // may free *m_realmSubscribers
}

void ServerSession::registerRealm(const std::optional<RealmStorage::Totals> &totals)
{
    // Read from storage once per realm and run (with the BIND); the statistics keep it current
    // after that.
    if (!m_context.statistics || m_context.statistics->knowsRealm(m_realmId) || !totals)
        return;
    m_context.statistics->registerRealm(m_realmId, {m_statistics.realmPath, totals->head,
                                                    totals->historyBytes, totals->clientFiles});
}

void ServerSession::touch()
{
    m_statistics.lastActivity = QDateTime::currentDateTimeUtc();
}

Outcome ServerSession::bind(const protocol::BindMessage &message)
{
    touch();
    if (const QString why = protocol::realmPathError(message.realmPath); !why.isEmpty())
        return SessionFailure::session(ErrorCode::IllegalRealmPath, why);

    const protocol::TokenCheck check = protocol::verifyAccessToken(message.token, m_context.secret);
    switch (check.status) {
    case protocol::TokenStatus::Valid:
        break;
    case protocol::TokenStatus::Expired:
        logLimited(lcAuth, QtInfoMsg, m_context.peerAddress, QStringLiteral("token-expired"),
                   QStringLiteral("session %1: token of %2 expired")
                       .arg(sessionId())
                       .arg(escapeForLog(check.claims.subject)));
        return SessionFailure::session(ErrorCode::TokenExpired, check.error);
    case protocol::TokenStatus::Malformed:
    case protocol::TokenStatus::BadAlgorithm:
    case protocol::TokenStatus::BadSignature:
    case protocol::TokenStatus::NotYetValid:
        // The error quotes token fields (alg, claims): escaped, so a newline in them cannot
        // forge a log line.
        logLimited(lcAuth, QtWarningMsg, m_context.peerAddress, QStringLiteral("token-refused"),
                   QStringLiteral("session %1 refused: %2")
                       .arg(sessionId())
                       .arg(escapeForLog(check.error)));
        return SessionFailure::session(ErrorCode::BadAuthentication, check.error);
    }
    if (!check.claims.role.isEmpty()) {
        // An operator token opens the operator API, never a realm: it names no user.
        logLimited(lcAuth, QtWarningMsg, m_context.peerAddress, QStringLiteral("token-role"),
                   QStringLiteral("session %1 refused: a token with role %2")
                       .arg(sessionId())
                       .arg(escapeForLog(check.claims.role)));
        return SessionFailure::session(
            ErrorCode::BadAuthentication,
            Text::tr("a token with the role \"%1\" is not a user's access token")
                .arg(check.claims.role));
    }
    if (m_context.refusedUsers) {
        const QDateTime until = m_context.refusedUsers->value(check.claims.subject);
        if (until.isValid() && until > QDateTime::currentDateTimeUtc())
            // Not fatal: the SDK backs off and tries again, and gets in once the time is past.
            return SessionFailure{
                ErrorCode::SessionClosed,
                Text::tr("refused by an operator until %1").arg(until.toString(Qt::ISODate)), true,
                false};
    }
    if (!protocol::grantsRealm(check.claims, message.realmPath)) {
        logLimited(lcAuth, QtWarningMsg, m_context.peerAddress, QStringLiteral("permission"),
                   QStringLiteral("user %1 may not access %2")
                       .arg(escapeForLog(check.claims.subject), escapeForLog(message.realmPath)));
        return SessionFailure::session(
            ErrorCode::PermissionDenied,
            Text::tr("the access token of \"%1\" does not grant the realm \"%2\"")
                .arg(check.claims.subject, message.realmPath));
    }

    m_statistics.realmPath = message.realmPath;
    m_statistics.userId = check.claims.subject;
    m_statistics.phase = SessionPhase::Binding;
    m_statistics.boundAt = m_statistics.lastActivity;
    m_state = State::Binding;
    // The realm (created on first use), a new client file and, the first time the operator's
    // statistics meet this realm, its totals: on the storage thread.
    const QString owner = check.claims.subject;
    const bool needClientFileId = message.needClientFileId;
    const bool needTotals =
        m_context.statistics && !m_context.statistics->knowsRealmPath(message.realmPath);
    m_context.binds->enqueue({message.realmPath, owner, needClientFileId, needTotals},
                             [this, alive = std::weak_ptr<char>(m_alive), owner,
                              needClientFileId](const RealmStorage::Binding &result) {
                                 if (!alive.expired())
                                     bound(owner, needClientFileId, result);
                             });
    return std::nullopt;
}

void ServerSession::bound(const QString &owner, bool needClientFileId,
                          const RealmStorage::Binding &result)
{
    if (!result.realmId) {
        fail(SessionFailure::session(ErrorCode::OtherSessionError,
                                     Text::tr("the server cannot open the realm's storage")));
        return;
    }
    m_realmId = *result.realmId;
    m_statistics.phase = SessionPhase::Identifying;
    m_state = State::AwaitingIdent;
    registerRealm(result.totals);
    logLimited(lcSession, QtInfoMsg, m_context.peerAddress, QStringLiteral("bound"),
               QStringLiteral("session %1 of %2 bound to %3")
                   .arg(sessionId())
                   .arg(escapeForLog(owner), escapeForLog(m_statistics.realmPath)));
    if (needClientFileId) {
        if (result.clientFileId == 0) {
            fail(SessionFailure::session(ErrorCode::OtherSessionError,
                                         Text::tr("the server cannot allocate a client file")));
            return;
        }
        if (m_context.statistics)
            m_context.statistics->realmClientFileAdded(m_realmId);
        m_sink->sendFrame({sessionId(), protocol::ServerIdentMessage{result.clientFileId}});
    }
    handleDeferred();
}

void ServerSession::fail(const Outcome &failure)
{
    // Ends this session (or its connection): nothing may touch it afterwards.
    m_sink->reportOutcome(sessionId(), failure);
}

bool ServerSession::handleDeferred()
{
    const std::weak_ptr<char> alive = m_alive;
    while (!waitsForStorage() && !m_deferred.isEmpty()) {
        const Deferred deferred = m_deferred.takeFirst();
        m_context.uploads->releaseWaiting(deferred.memory);
        const auto &message = deferred.message;
        Outcome outcome;
        if (const auto *ident = std::get_if<protocol::ClientIdentMessage>(&message))
            outcome = this->ident(*ident);
        else if (const auto *upload = std::get_if<protocol::UploadMessage>(&message))
            outcome = this->upload(*upload);
        else if (const auto *mark = std::get_if<protocol::MarkMessage>(&message))
            outcome = this->mark(*mark);
        if (outcome) {
            fail(outcome);
            return false;
        }
        if (alive.expired())
            return false;
    }
    return true;
}

Outcome ServerSession::ident(const protocol::ClientIdentMessage &message)
{
    touch();
    if (waitsForStorage()) {
        m_deferred.append({message, 0});
        return std::nullopt;
    }
    if (m_state != State::AwaitingIdent)
        return SessionFailure::connection(ErrorCode::BadMessageOrder,
                                          Text::tr("IDENT must follow BIND, once per session"));
    m_state = State::Identifying;
    m_context.storage->run<IdentResult>(
        [realmId = m_realmId, fileId = message.clientFileId,
         user = m_statistics.userId](RealmStorage &storage) {
            IdentResult result;
            // The head first: without it the storage is failing, and a missing upload cursor
            // then says nothing about the client file.
            result.head = storage.headVersion(realmId);
            if (!result.head)
                return result;
            result.uploadCursor = storage.uploadCursor(realmId, fileId);
            if (!result.uploadCursor)
                return result;
            result.owner = storage.clientFileOwner(fileId);
            if (!result.owner)
                return result;
            if (result.owner->isEmpty())
                result.claimed = storage.claimClientFile(fileId, user);
            return result;
        },
        [this, alive = std::weak_ptr<char>(m_alive), message](const IdentResult &result) {
            if (alive.expired())
                return;
            if (const Outcome failure = identified(message, result)) {
                fail(failure);
                return;
            }
            handleDeferred();
        });
    return std::nullopt;
}

Outcome ServerSession::identified(const protocol::ClientIdentMessage &message,
                                  const IdentResult &result)
{
    // A database that is unreachable for a moment (a PostgreSQL restart) is no reason to
    // reject the client file: the client tries again.
    if (!result.head)
        return SessionFailure::session(ErrorCode::OtherSessionError,
                                       Text::tr("the server cannot read the realm's history"));
    if (!result.uploadCursor)
        return SessionFailure::session(
            ErrorCode::BadClientFileIdent,
            Text::tr("client file %1 does not belong to the realm \"%2\"")
                .arg(message.clientFileId)
                .arg(m_statistics.realmPath));
    // A client file belongs to the subject that allocated it: another user's uploads under its
    // id would move its upload cursor and make the owner's next changesets look integrated.
    if (!result.owner)
        return SessionFailure::session(ErrorCode::OtherSessionError,
                                       Text::tr("the server cannot read the client file"));
    if (result.owner->isEmpty() && result.claimed) {
        qCInfo(lcSession).noquote() << "client file" << message.clientFileId
                                    << "from before owners were recorded now belongs to"
                                    << escapeForLog(m_statistics.userId);
    } else if (*result.owner != m_statistics.userId) {
        logLimited(lcAuth, QtWarningMsg, m_statistics.userId, QStringLiteral("file-owner"),
                   QStringLiteral("session %1: user \"%2\" sent IDENT with client file %3 of "
                                  "another user")
                       .arg(sessionId())
                       .arg(escapeForLog(m_statistics.userId))
                       .arg(message.clientFileId));
        return SessionFailure::session(
            ErrorCode::ClientFileUserMismatch,
            Text::tr("client file %1 belongs to another user; ask for a new client file id")
                .arg(message.clientFileId));
    }
    if (message.downloadCursor > *result.head)
        return SessionFailure::session(
            ErrorCode::BadServerVersion,
            Text::tr("download cursor %1 is ahead of the realm's latest version %2")
                .arg(message.downloadCursor)
                .arg(*result.head));

    // The storage thread runs jobs in order, so every group commit that the head read missed
    // is reported after this, when the session is subscribed and hears of it.
    m_head = *result.head;
    m_sentCursor = message.downloadCursor;
    m_statistics.clientFileId = message.clientFileId;
    m_statistics.uploadCursor = *result.uploadCursor;
    m_statistics.downloadCursor = m_sentCursor;
    m_statistics.latestServerVersion = m_head;
    m_downloadOwed = true; // progress becomes known with the first DOWNLOAD, even an empty one
    if (m_sentCursor == m_head)
        startCollectingFresh();
    m_state = State::Active;
    m_statistics.phase = SessionPhase::Syncing;
    m_realmSubscribers = m_context.hub->subscribe(m_realmId, this);
    m_sink->scheduleDownloads(sessionId());
    return std::nullopt;
}

Outcome ServerSession::upload(const protocol::UploadMessage &message)
{
    touch();
    if (waitsForStorage()) {
        // The event loop keeps reading while the storage thread works: what waits here is
        // bounded like the uploads waiting for the group commit.
        const qint64 memory = UploadBatcher::memoryOf(message.changesets);
        const bool first = std::none_of(m_deferred.cbegin(), m_deferred.cend(),
                                        [](const Deferred &d) { return d.memory > 0; });
        if (!m_context.uploads->holdWaiting(memory, first)) {
            m_sink->dropSoon(QStringLiteral("uploads waiting for storage exceed %1 bytes")
                                 .arg(m_context.limits.queuedUploadBudget));
            return std::nullopt;
        }
        m_deferred.append({message, memory});
        return std::nullopt;
    }
    if (m_state != State::Active)
        return SessionFailure::connection(ErrorCode::BadMessageOrder,
                                          Text::tr("UPLOAD before IDENT"));
    m_statistics.lastUpload = m_statistics.lastActivity;
    ++m_queuedUploads;
    if (!message.changesets.isEmpty())
        protocol::traceStage(lcTrace(), "server-upload-received", m_statistics.clientFileId,
                             message.changesets.constLast().clientVersion);
    m_context.uploads->enqueue(this, {m_realmId, m_statistics.clientFileId, message.changesets});
    return std::nullopt;
}

void ServerSession::uploadIntegrated(const RealmStorage::Integration &result)
{
    --m_queuedUploads;
    if (const Outcome failure = uploadOutcome(result)) {
        // Its uploads that arrived during the commit build on a version the client never got
        // acknowledged: refused with it, as within one group, never stored.
        m_context.uploads->dropQueued(this);
        m_sink->reportOutcome(sessionId(), failure);
    }
}

Outcome ServerSession::uploadOutcome(const RealmStorage::Integration &result)
{
    if (result.status != RealmStorage::Integration::Status::Integrated) {
        ++m_statistics.refusedUploads;
        if (m_context.statistics)
            m_context.statistics->countRefusedUpload();
    }
    switch (result.status) {
    case RealmStorage::Integration::Status::Integrated:
        break;
    case RealmStorage::Integration::Status::BadClientVersion:
        return SessionFailure::session(ErrorCode::BadClientVersion, result.error);
    case RealmStorage::Integration::Status::StorageError:
        qCCritical(lcStorage).noquote() << "integrating an upload of session" << sessionId()
                                        << "failed:" << escapeForLog(result.error);
        return SessionFailure::session(ErrorCode::OtherSessionError,
                                       Text::tr("the server could not store the upload"));
    }
    m_statistics.uploadedChangesets += result.integratedChangesets;
    m_statistics.uploadedBytes += result.integratedBytes;
    m_statistics.uploadCursor = result.uploadCursor;
    protocol::traceStage(lcTrace(), "server-committed", m_statistics.clientFileId,
                         result.uploadCursor);
    qCDebug(lcSession).noquote() << "session" << sessionId() << "integrated"
                                 << result.integratedChangesets << "changesets, upload cursor"
                                 << result.uploadCursor << "head" << result.head;
    // Acknowledge with a DOWNLOAD, even if the upload changed nothing: the client waits for
    // its upload cursor to be confirmed.
    m_downloadOwed = true;
    m_sink->scheduleDownloads(sessionId()); // sent by the group commit's sendDownloadsNow()
    // The upload's changesets took the versions right below the new head; if everything
    // before them was already sent or was this session's own, so is everything up to the head.
    if (result.head - result.integratedChangesets <= std::max(m_ownThrough, m_sentCursor))
        m_ownThrough = std::max(m_ownThrough, result.head);
    if (result.head > m_head && m_realmSubscribers) // uploads are taken only once Active
        m_context.hub->publish(*m_realmSubscribers, m_realmId, result.head,
                               result.stored); // this session too
    if (m_queuedUploads == 0) {
        for (quint64 requestId : std::exchange(m_marksBehindUploads, {}))
            awaitHeadForMark(requestId);
    }
    // The group commit sends the DOWNLOADs right after reporting.
    return std::nullopt;
}

Outcome ServerSession::mark(const protocol::MarkMessage &message)
{
    touch();
    if (waitsForStorage()) {
        m_deferred.append({message, 0});
        return std::nullopt;
    }
    if (m_state != State::Active)
        return SessionFailure::connection(ErrorCode::BadMessageOrder,
                                          Text::tr("MARK before IDENT"));
    if (m_queuedUploads > 0) {
        m_marksBehindUploads.append(message.requestId);
        return std::nullopt;
    }
    awaitHeadForMark(message.requestId);
    return std::nullopt;
}

void ServerSession::awaitHeadForMark(quint64 requestId)
{
    if (!m_context.headsSharedWithOtherNodes) {
        markHeadKnown(requestId, m_head);
        return;
    }
    // A commit on another node reaches this one as a notification, a hint that can come late
    // or not at all (a listener reconnecting): answering at the head this node knows would let
    // downloadAllServerChanges() complete without what another node acknowledged before it.
    // Storage results arrive in the order asked, so the echoes keep the MARKs' order.
    m_context.storage->run<std::optional<QHash<qint64, quint64>>>(
        [realmId = m_realmId](RealmStorage &storage) { return storage.heads({realmId}); },
        [this, alive = std::weak_ptr<char>(m_alive),
         requestId](const std::optional<QHash<qint64, quint64>> &heads) {
            if (alive.expired())
                return;
            if (!heads) {
                // The database did not answer: the session cannot know what it must reach.
                fail(SessionFailure::session(ErrorCode::OtherSessionError,
                                             Text::tr("the server cannot read the realm's head")));
                return;
            }
            const quint64 head = heads->value(m_realmId);
            // Every session of the realm on this node learns it, as from a notification.
            if (head > m_head)
                m_context.hub->publish(m_realmId, head, {});
            markHeadKnown(requestId, std::max(head, m_head));
        });
}

void ServerSession::markHeadKnown(quint64 requestId, quint64 head)
{
    m_pendingMarks.append({requestId, head});
    // Due at once if everything up to the head was already sent; otherwise after the DOWNLOAD
    // that reaches it, in the same order on the wire (also one being read right now).
    if (!m_downloadOwed && !m_readingDownload)
        echoDueMarks();
    m_sink->scheduleDownloads(sessionId());
}

void ServerSession::realmAdvanced(quint64 newHead,
                                  const QList<RealmStorage::StoredChangeset> &added)
{
    if (newHead <= m_head)
        return;
    if (m_collectingFresh) {
        quint64 bytes = 0;
        for (const RealmStorage::StoredChangeset &stored : added)
            bytes += stored.bytes;
        // Results are reported in commit order, so `added` continues the head known here;
        // anything else (never expected) falls back to reading.
        const bool continues = !added.isEmpty() &&
                               added.constFirst().changeset.serverVersion == m_head + 1 &&
                               added.constLast().changeset.serverVersion == newHead;
        if (continues && m_freshBytes + bytes <= quint64(m_context.limits.downloadBatchBytes)) {
            m_fresh.append(added);
            m_freshBytes += bytes;
        } else {
            dropFresh();
        }
    }
    m_head = newHead;
    m_statistics.latestServerVersion = newHead;
    m_sink->scheduleDownloads(sessionId());
}

bool ServerSession::wantsToSendDownload() const
{
    return m_state == State::Active && !m_readingDownload &&
           (m_downloadOwed || m_sentCursor < m_head);
}

Outcome ServerSession::sendNextDownload()
{
    if (!wantsToSendDownload())
        return std::nullopt;
    // Owed no more: an upload reported while the read runs owes the next one.
    m_downloadOwed = false;
    if (const std::optional<RealmStorage::DownloadBatch> batch = freshBatch()) {
        sendDownload(*batch, m_statistics.uploadCursor);
        return std::nullopt;
    }
    m_readingDownload = true;
    // The acknowledgement as of now: the read cannot see a later commit's cursor anyway.
    const quint64 uploadCursor = m_statistics.uploadCursor;
    if (nothingToRead()) {
        // The head is known from the group commits reported so far (all of them: results come
        // back in commit order), and the history up to it has nothing for this client. The
        // storage thread would answer the same, an empty batch at the head, at a cost of
        // several statements and two thread hops per acknowledgement.
        RealmStorage::DownloadBatch batch;
        batch.head = m_head;
        batch.cursor = m_head;
        downloadRead(batch, uploadCursor);
        return std::nullopt;
    }
    m_context.storage->run<std::optional<RealmStorage::DownloadBatch>>(
        [realmId = m_realmId, fileId = m_statistics.clientFileId, from = m_sentCursor,
         maxBytes = m_context.limits.downloadBatchBytes](RealmStorage &storage) {
            return storage.readDownload(realmId, fileId, from, maxBytes);
        },
        [this, alive = std::weak_ptr<char>(m_alive),
         uploadCursor](const std::optional<RealmStorage::DownloadBatch> &batch) {
            if (!alive.expired())
                downloadRead(batch, uploadCursor);
        });
    return std::nullopt;
}

void ServerSession::downloadRead(const std::optional<RealmStorage::DownloadBatch> &batch,
                                 quint64 uploadCursor)
{
    m_readingDownload = false;
    if (!batch) {
        fail(SessionFailure::session(ErrorCode::OtherSessionError,
                                     Text::tr("the server cannot read the realm's history")));
        return;
    }
    sendDownload(*batch, uploadCursor);
}

std::optional<RealmStorage::DownloadBatch> ServerSession::freshBatch() const
{
    // Collecting, m_fresh holds every version in (m_sentCursor, m_head] within one batch.
    if (!m_collectingFresh)
        return std::nullopt;
    RealmStorage::DownloadBatch batch;
    batch.cursor = m_head;
    batch.head = m_head;
    for (const RealmStorage::StoredChangeset &stored : m_fresh) {
        if (stored.changeset.originFileId == m_statistics.clientFileId)
            continue; // its own: the client has it
        batch.changesets.append(stored.changeset);
        batch.bytes += stored.bytes;
    }
    return batch;
}

void ServerSession::startCollectingFresh()
{
    m_fresh.clear();
    m_freshBytes = 0;
    m_collectingFresh = true;
}

void ServerSession::dropFresh()
{
    m_fresh.clear();
    m_freshBytes = 0;
    m_collectingFresh = false;
}

void ServerSession::sendDownload(const RealmStorage::DownloadBatch &batch, quint64 uploadCursor)
{
    protocol::DownloadMessage download;
    download.downloadCursor = batch.cursor;
    download.latestServerVersion = batch.head;
    download.uploadAckClientVersion = uploadCursor;
    download.downloadableBytes = batch.remainingBytes;
    download.changesets = batch.changesets;
    m_sink->sendFrame({sessionId(), std::move(download)});
    protocol::traceStage(lcTrace(), "server-download-sent", m_statistics.clientFileId,
                         batch.cursor);

    m_head = std::max(m_head, batch.head);
    m_sentCursor = batch.cursor;
    // What the client has now is no longer needed in memory; once it has everything up to the
    // head, what the next commits report can be sent from memory.
    if (m_collectingFresh) {
        while (!m_fresh.isEmpty() && m_fresh.constFirst().changeset.serverVersion <= m_sentCursor) {
            m_freshBytes -= m_fresh.constFirst().bytes;
            m_fresh.removeFirst();
        }
        const bool coversTheRest =
            m_fresh.isEmpty() ? m_sentCursor == m_head
                              : m_fresh.constFirst().changeset.serverVersion == m_sentCursor + 1;
        if (!coversTheRest)
            dropFresh(); // never expected; the next DOWNLOAD is read from storage
    }
    if (!m_collectingFresh && m_sentCursor == m_head) {
        startCollectingFresh();
    }
    m_statistics.downloadCursor = m_sentCursor;
    m_statistics.latestServerVersion = m_head;
    m_statistics.downloadedChangesets += quint64(batch.changesets.size());
    m_statistics.downloadedBytes += batch.bytes;
    m_statistics.bytesBehind = batch.remainingBytes;
    m_statistics.lastDownload = QDateTime::currentDateTimeUtc();
    echoDueMarks();
    // The next batch, or what arrived meanwhile, when the socket has room.
    if (wantsToSendDownload())
        m_sink->scheduleDownloads(sessionId());
}

void ServerSession::echoDueMarks()
{
    while (!m_pendingMarks.isEmpty() && m_pendingMarks.constFirst().second <= m_sentCursor) {
        m_sink->sendFrame({sessionId(), protocol::MarkMessage{m_pendingMarks.takeFirst().first}});
    }
}

} // namespace syncscope::server
