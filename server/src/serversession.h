#pragma once

#include <QDateTime>
#include <QHash>

#include "realmstorage.h"

#include <syncscope/protocol/errorcodes.h>
#include <syncscope/protocol/messages.h>
#include <syncscope/server/serverconfig.h>
#include <syncscope/server/serverstatistics.h>

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <variant>

namespace syncscope::server {

class BindBatcher;
class RealmHub;
class StorageThread;
class UploadBatcher;

// What a session needs from the server around it.
struct SessionContext
{
    StorageThread *storage = nullptr; // every database call goes through it, off the event loop
    RealmHub *hub = nullptr;
    UploadBatcher *uploads = nullptr;
    QByteArray secret;
    ServerLimits limits;
    QString peerAddress; // of the connection: repeated log lines are limited per address
    // Users an operator refused, until when (UTC); owned by the server, may be null.
    const QHash<QString, QDateTime> *refusedUsers = nullptr;
    // Where realm facts and refused uploads are counted; may be null.
    ServerStatistics *statistics = nullptr;
    // How often a bound connection is pinged to measure its round trip (operator API).
    std::chrono::milliseconds roundTripProbeInterval{30'000};
    // Where BINDs are stored (group commit); every database call still runs on `storage`.
    BindBatcher *binds = nullptr;
    // Other nodes may write the same realms (PostgreSQL): a realm head this node knows can be
    // behind the database's, so a MARK reads the committed head before it is answered.
    bool headsSharedWithOtherNodes = false;
};

// An error that ends the session (or, if connectionLevel, the whole connection).
struct SessionFailure
{
    protocol::ErrorCode code = protocol::ErrorCode::OtherSessionError;
    QString message;
    bool tryAgain = false;
    bool connectionLevel = false;

    static SessionFailure session(protocol::ErrorCode code, QString message);
    static SessionFailure connection(protocol::ErrorCode code, QString message);
};
using Outcome = std::optional<SessionFailure>;

// The connection a session writes through (ClientConnection).
class SessionSink
{
public:
    virtual void sendFrame(const protocol::Frame &frame) = 0;
    // Asks the connection to call sendNextDownload() of this session soon, when its socket has
    // room. A session calls it whenever it may have come to want to send (wantsToSendDownload):
    // the connection visits only the sessions that asked, not all of its sessions per pass.
    virtual void scheduleDownloads(quint32 sessionId) = 0;
    // Sends what the sessions owe right now (after a group commit: acknowledgements must not
    // wait behind the uploads still buffered on the connections). Never from a session handler.
    virtual void sendDownloadsNow() = 0;
    // A session failed outside a message handler (a refused upload, reported after the commit).
    virtual void reportOutcome(quint32 sessionId, const Outcome &outcome) = 0;
    // The connection holds more than its share of memory: it handles none of its messages any
    // more and is dropped once the current handler returned.
    virtual void dropSoon(const QString &why) = 0;

protected:
    ~SessionSink() = default;
};

// One session of one connection: BIND → (SERVER IDENT) → IDENT → UPLOAD/DOWNLOAD/MARK until
// UNBIND or an error. Keeps the session's download cursor and pending MARKs and decides what
// the next DOWNLOAD carries; the connection decides when there is room to send it.
//
// What needs the database (the realm and client file of a BIND, the checks of an IDENT, each
// DOWNLOAD's changesets) runs on the storage thread. While a BIND or IDENT waits for it, the
// session's later messages wait in order behind it; failures found there are reported through
// the sink, like a refused upload.
class ServerSession final
{
    Q_DISABLE_COPY_MOVE(ServerSession)

public:
    ServerSession(quint32 sessionId, const SessionContext &context, SessionSink *sink);
    ~ServerSession();

    Outcome bind(const protocol::BindMessage &message);
    Outcome ident(const protocol::ClientIdentMessage &message);
    // Hands the upload to the group commit; it is acknowledged in uploadIntegrated().
    Outcome upload(const protocol::UploadMessage &message);
    // The group commit's result for this session's oldest queued upload.
    void uploadIntegrated(const RealmStorage::Integration &result);
    Outcome mark(const protocol::MarkMessage &message);

    // Fan-out: the realm's history grew to newHead by `added` (the changesets just stored).
    void realmAdvanced(quint64 newHead, const QList<RealmStorage::StoredChangeset> &added);

    bool wantsToSendDownload() const;
    // Reads the next DOWNLOAD (bounded by the batch size) on the storage thread, then sends it
    // and any MARK echoes it makes due. One read at a time per session.
    Outcome sendNextDownload();

    SessionSink *sink() const { return m_sink; }
    // Where the server's statistics keep this session's realm (ServerStatistics::RealmHandle).
    ServerStatistics::RealmHandle *realmStatistics() { return &m_realmStatistics; }
    quint32 sessionId() const { return m_statistics.sessionId; }
    QString userId() const { return m_statistics.userId; }
    const SessionStatistics &statistics() const { return m_statistics; }

private:
    enum class State { New, Binding, AwaitingIdent, Identifying, Active };
    struct Deferred
    {
        std::variant<protocol::ClientIdentMessage, protocol::UploadMessage, protocol::MarkMessage>
            message;
        qint64 memory = 0; // of an UPLOAD, held in the group commit's budget while it waits
    };
    struct IdentResult;

    void touch();
    void registerRealm(const std::optional<RealmStorage::Totals> &totals);
    bool waitsForStorage() const
    {
        return m_state == State::Binding || m_state == State::Identifying;
    }
    void bound(const QString &owner, bool needClientFileId, const RealmStorage::Binding &result);
    Outcome identified(const protocol::ClientIdentMessage &message, const IdentResult &result);
    // Handles the messages that waited behind a BIND or IDENT; false if the session ended.
    bool handleDeferred();
    // Reports a failure found outside a message handler; the session may be gone afterwards.
    void fail(const Outcome &failure);
    void downloadRead(const std::optional<RealmStorage::DownloadBatch> &batch,
                      quint64 uploadCursor);
    // Whether the next DOWNLOAD carries no changeset: nothing but this session's own uploads
    // lies between its cursor and the head it knows.
    bool nothingToRead() const { return std::max(m_ownThrough, m_sentCursor) >= m_head; }
    void sendDownload(const RealmStorage::DownloadBatch &batch, quint64 uploadCursor);
    // The next DOWNLOAD from the changesets the group commit handed over, if they hold all
    // that is due and fit one batch; nullopt if it must be read from storage.
    std::optional<RealmStorage::DownloadBatch> freshBatch() const;
    // The session now has everything up to the realm head it knows: fresh changesets can be
    // collected from here on.
    void startCollectingFresh();
    void dropFresh();
    Outcome uploadOutcome(const RealmStorage::Integration &result);
    void echoDueMarks();
    // Queues a MARK's echo behind the head it must reach: the head this node knows, or with
    // other nodes writing the realm, the one committed in the database (read first).
    void awaitHeadForMark(quint64 requestId);
    void markHeadKnown(quint64 requestId, quint64 head);

    SessionContext m_context;
    SessionSink *m_sink;
    State m_state = State::New;
    qint64 m_realmId = -1;
    // The hub's subscribers of m_realmId while Active (RealmHub::subscribe()): publishing
    // through it saves a lookup among every realm per upload.
    QList<ServerSession *> *m_realmSubscribers = nullptr;
    ServerStatistics::RealmHandle m_realmStatistics; // for the group commit's report
    quint64 m_head = 0;                              // realm head as far as this session knows
    quint64 m_sentCursor = 0;                        // download cursor of the last DOWNLOAD sent
    // Every version in (m_sentCursor, m_ownThrough] came from this session's own uploads, which
    // a DOWNLOAD never carries back: once it reaches the head, the next DOWNLOAD is known
    // without reading storage (an upload's acknowledgement on a realm nobody else writes).
    quint64 m_ownThrough = 0;
    bool m_downloadOwed = false;    // the first DOWNLOAD after IDENT, or an upload ack
    bool m_readingDownload = false; // a DOWNLOAD is being read on the storage thread
    QList<Deferred> m_deferred;     // messages that arrived while BIND or IDENT waited
    // The changesets after m_sentCursor that the group commit reported, so that acknowledging
    // or fanning out a commit needs no read of what was just written. Valid (m_collectingFresh)
    // only while it holds every version in (m_sentCursor, m_head], its own included (they are
    // left out when sent); at most one download batch of them, or it is dropped and the next
    // DOWNLOAD is read from storage.
    QList<RealmStorage::StoredChangeset> m_fresh;
    quint64 m_freshBytes = 0;
    bool m_collectingFresh = false;
    // Storage results arrive later; they are for this session only while it exists.
    std::shared_ptr<char> m_alive = std::make_shared<char>();
    QList<std::pair<quint64, quint64>> m_pendingMarks; // request id, head at request
    int m_queuedUploads = 0; // handed to the group commit, not yet reported back
    // MARKs that arrived behind a queued upload: their head is taken once it is integrated,
    // as it was when uploads were integrated on arrival.
    QList<quint64> m_marksBehindUploads;
    SessionStatistics m_statistics;
};

} // namespace syncscope::server
