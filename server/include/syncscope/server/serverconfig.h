#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <chrono>

namespace syncscope::server {

// Bounds that keep one client from exhausting the server. Every value is settable from the
// syncscope-server command line; the defaults are documented in --help and docs/protocol.md.
struct ServerLimits
{
    // Largest WebSocket message (and frame) a client may send; bigger ones are refused by the
    // WebSocket layer with close code 1009 before they are buffered. Kept at half of the
    // clients' default decode limit so that any uploaded changeset fits into a DOWNLOAD.
    qint64 maxMessageBytes = 8 * 1024 * 1024;
    int maxSessionsPerConnection = 256;
    int maxConnections = 1024;
    // A DOWNLOAD carries changesets until it holds at least this many bytes of them (at least
    // one changeset), so big realms stream in bounded messages with rising progress.
    qint64 downloadBatchBytes = 256 * 1024;
    // Closing connections get this long to flush their queued data after a stop().
    std::chrono::milliseconds shutdownGracePeriod{5000};
    // A TCP connection that has not finished the WebSocket upgrade by then is dropped (and
    // logged), so half-open handshakes cannot pile up.
    std::chrono::milliseconds handshakeTimeout{10'000};
    // An open WebSocket with no bound session that sends no message for this long is closed
    // with 1000 "idle": it holds a connection slot and does nothing. Clients ping far more often.
    std::chrono::milliseconds idleTimeout{300'000};

    // Bounds on what a peer can make the server hold before it authenticates (docs/protocol.md,
    // section 12, and docs/reliability.md).
    // The HTTP upgrade request header; a longer one is answered with 431 and closed.
    qint64 maxRequestHeaderBytes = 8 * 1024;
    // TCP/TLS handshakes and upgrade requests in progress, in total and from one address.
    int maxHandshakes = 256;
    int maxHandshakesPerAddress = 64;
    // Open WebSocket connections from one peer address.
    int maxConnectionsPerAddress = 256;
    // A connection that has not bound a session by then is closed (1008); pings do not count.
    std::chrono::milliseconds bindTimeout{20'000};
    // Until its first successful BIND a connection may send only messages this small: a BIND
    // with the largest token and path the decoder reads (16 KiB + 1 KiB) fits with room to spare.
    qint64 maxUnboundMessageBytes = 24 * 1024;
    // Partly received messages of all connections together; over it, the connection holding
    // the most is dropped first.
    qint64 partialMessageBudget = 64 * 1024 * 1024;
    // Bytes queued for sending to all connections together (DOWNLOADs wait while it is spent),
    // and to one connection (control frames included): over that, the peer is dropped.
    qint64 sendQueueBudget = 64 * 1024 * 1024;
    qint64 maxUnreadBytesPerConnection = 16 * 1024 * 1024;
    // BINDs and UNBINDs (token check, realm opening) one connection has handled in one
    // event-loop turn before it yields to the others; its further messages wait, in order, for
    // the next turn. Without it, one read of 20 000 BINDs froze every client for seconds.
    int messagesPerTurn = 8;
    // Bytes one read may take from the kernel once a connection had messages waiting for a
    // later turn: Qt parses everything read in one go, so reading more only makes that turn
    // longer; TCP makes the peer wait for the rest. Lifted only for a frame bigger than this.
    qint64 heldReadBytes = 64 * 1024;
    // Uploads received but not yet handed to the storage thread, in memory (decoded: a tiny
    // operation costs ~150 bytes). The event loop keeps reading while a group commit runs, so
    // without it a client could pile up uploads for as long as a commit takes; over it, the
    // connection holding the most (and more than one upload) is dropped, its uploads unstored
    // and unacknowledged, so its client sends them again.
    qint64 queuedUploadBudget = 64 * 1024 * 1024;
    // listen(2) backlog: connections the kernel completes before the server accepts them.
    int listenBacklog = 1024;
    // An UPLOAD's origin timestamp is clamped to the server's clock plus this much, so that a
    // client cannot win last-writer-wins forever with a timestamp from the far future.
    std::chrono::milliseconds maxClockSkew{300'000};
};

// When the next group commit is handed to the storage thread. Every commit costs the event loop
// about the same whatever its size (one socket write per connection it acknowledges, two thread
// hops, the report) and the storage thread one transaction, so under many concurrent uploaders
// fewer, fuller groups cost less an upload. As PostgreSQL's commit_delay with commit_siblings:
// only after a group that held uploads of at least `busyWriters` client files (sessions) does
// the next one wait until `spacing` after that group was handed over (at most: a group of
// `fullGroupWriters` goes at once). A lone writer, however many uploads it streams, a few
// writers, and any upload after a quiet spell are committed without delay.
struct GroupCommitPacing
{
    // 25 ms: at 10,000 sessions over 100 connections, 0.9x the server's CPU of 20 ms for an ack
    // p99 of ~30 ms instead of ~25 (and 20 ms 0.91x that of 10, for ~25 instead of ~15;
    // docs/performance.md); a lone writer is never held.
    std::chrono::milliseconds spacing{25}; // 0: never wait
    int busyWriters = 16;
    int fullGroupWriters = 1024;
};

struct ServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0 picks a free port; SyncServer::url() tells which
    QString dataDir;  // holds the SQLite database; created if missing
    // Empty: SQLite in dataDir, the zero-set-up default. Otherwise a PostgreSQL connection as a
    // libpq conninfo without a password (postgresConnInfo() turns --database into one); several
    // nodes may share that database.
    QString database;
    QString databasePassword; // for PostgreSQL, from --database-password-file; never logged
    // How often a PostgreSQL node re-reads the heads of the realms it serves and checks its
    // listening connection: the longest another node's change can go unnoticed when a
    // notification is lost.
    std::chrono::milliseconds clusterPollInterval{2000};
    QByteArray secret; // HS256 key that access tokens are verified with
    ServerLimits limits;
    GroupCommitPacing groupCommitPacing;
    QString tlsCertificateFile; // PEM; both set → wss://
    QString tlsKeyFile;         // PEM, unencrypted
    // GET /metrics (Prometheus text format) on its own plain-HTTP listener; off by default.
    bool metricsEnabled = false;
    QHostAddress metricsAddress = QHostAddress::LocalHost;
    quint16 metricsPort = 0; // 0 picks a free port; SyncServer::metricsUrl() tells which
    // The operator API (WebSocket, syncscope-operator.v1, operator tokens); off by default.
    // TLS with the same certificate as the sync port when one is set.
    bool operatorEnabled = false;
    QHostAddress operatorAddress = QHostAddress::LocalHost;
    quint16 operatorPort = 0; // 0 picks a free port; SyncServer::operatorUrl() tells which
    // Per-realm series on /metrics (labelled by realm path): off by default, since their
    // number grows with the realms (--metrics-per-realm).
    bool metricsPerRealm = false;
    // A bound connection is sent a WebSocket ping this often; its pong gives the round trip
    // the operator API shows.
    std::chrono::milliseconds roundTripProbeInterval{30'000};
};

} // namespace syncscope::server
