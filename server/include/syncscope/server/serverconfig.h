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
};

struct ServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;  // 0 picks a free port; SyncServer::url() tells which
    QString dataDir;   // holds the SQLite database; created if missing
    QByteArray secret; // HS256 key that access tokens are verified with
    ServerLimits limits;
    QString tlsCertificateFile; // PEM; both set → wss://
    QString tlsKeyFile;         // PEM, unencrypted
};

} // namespace syncscope::server
