#pragma once

// The messages of the syncscope.v1 wire protocol. docs/protocol.md is the normative
// description (byte layouts, order, errors); these structs are its in-memory form.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <variant>

namespace syncscope::protocol {

// Offered by the client and required by the server in the WebSocket handshake.
inline constexpr char kSubprotocol[] = "syncscope.v1";
inline constexpr int kProtocolVersion = 1;

// Every binary frame starts with this many header bytes: type (u8), flags (u8, must be 0),
// reserved (u16, must be 0), session id (u32, little endian). 0 = the connection itself.
inline constexpr qsizetype kHeaderSize = 8;

enum class MessageType : quint8 {
    Bind = 1,        // client → server
    ServerIdent = 2, // server → client: the client file id the server allocated
    ClientIdent = 3, // client → server: client file id + download cursor; starts the session
    Upload = 4,      // client → server
    Download = 5,    // server → client
    Mark = 6,        // both directions: download sync point request / echo
    Unbind = 7,      // client → server
    Unbound = 8,     // server → client
    Ping = 9,        // client → server, session id 0
    Pong = 10,       // server → client, session id 0
    Error = 11,      // server → client
};

// Who sent a frame: decoders reject messages that travel the wrong way.
enum class Direction { ClientToServer, ServerToClient };

struct Operation
{
    enum class Kind : quint8 { Set = 1, Remove = 2 };
    Kind kind = Kind::Set;
    QString key;
    QByteArray value; // empty for Remove

    friend bool operator==(const Operation &, const Operation &) = default;
};

// Progress is counted in these bytes: the encoded size of a changeset's operations, the same
// number on client and server (see changesetSize()).
quint64 changesetSize(const QList<Operation> &operations);

struct UploadChangeset
{
    quint64 clientVersion = 0;  // strictly increasing per client file, starting at 1
    qint64 originTimestamp = 0; // ms since the Unix epoch, on the writing client
    QList<Operation> operations;
    // The operations in their wire form (encodeOperations()), where a decoder kept the bytes
    // it read them from (decodeKeepingOperationBytes()); null otherwise. A copy of what
    // `operations` says, so not part of the changeset's value: == leaves it out.
    QByteArray encodedOperations = {};

    friend bool operator==(const UploadChangeset &a, const UploadChangeset &b)
    {
        return a.clientVersion == b.clientVersion && a.originTimestamp == b.originTimestamp &&
               a.operations == b.operations;
    }
};

struct DownloadChangeset
{
    quint64 serverVersion = 0; // position in the realm's history, starting at 1
    quint64 originFileId = 0;  // client file that wrote it
    qint64 originTimestamp = 0;
    QList<Operation> operations;

    friend bool operator==(const DownloadChangeset &, const DownloadChangeset &) = default;
};

struct BindMessage
{
    QString realmPath;
    QString token;
    bool needClientFileId = false;
    friend bool operator==(const BindMessage &, const BindMessage &) = default;
};

struct ServerIdentMessage
{
    quint64 clientFileId = 0;
    friend bool operator==(const ServerIdentMessage &, const ServerIdentMessage &) = default;
};

struct ClientIdentMessage
{
    quint64 clientFileId = 0;
    quint64 downloadCursor = 0; // last server version integrated locally
    friend bool operator==(const ClientIdentMessage &, const ClientIdentMessage &) = default;
};

struct UploadMessage
{
    QList<UploadChangeset> changesets;
    friend bool operator==(const UploadMessage &, const UploadMessage &) = default;
};

struct DownloadMessage
{
    quint64 downloadCursor = 0;         // server version the client has after this message
    quint64 latestServerVersion = 0;    // the realm's head when this message was built
    quint64 uploadAckClientVersion = 0; // every client version ≤ this is durable on the server
    quint64 downloadableBytes = 0;      // bytes still to come after this message
    QList<DownloadChangeset> changesets;
    friend bool operator==(const DownloadMessage &, const DownloadMessage &) = default;
};

struct MarkMessage
{
    quint64 requestId = 0;
    friend bool operator==(const MarkMessage &, const MarkMessage &) = default;
};

struct UnbindMessage
{
    friend bool operator==(const UnbindMessage &, const UnbindMessage &) = default;
};

struct UnboundMessage
{
    friend bool operator==(const UnboundMessage &, const UnboundMessage &) = default;
};

struct PingMessage
{
    qint64 timestamp = 0; // sender's monotonic clock, ms
    friend bool operator==(const PingMessage &, const PingMessage &) = default;
};

struct PongMessage
{
    qint64 timestamp = 0; // echo of the PING's timestamp
    friend bool operator==(const PongMessage &, const PongMessage &) = default;
};

struct ErrorMessage
{
    quint16 code = 0;             // see errorcodes.h
    bool tryAgain = false;        // false: fatal, the client must not retry
    bool connectionLevel = false; // true: concerns the whole connection (session id 0)
    QString message;
    friend bool operator==(const ErrorMessage &, const ErrorMessage &) = default;
};

using Message = std::variant<BindMessage, ServerIdentMessage, ClientIdentMessage, UploadMessage,
                             DownloadMessage, MarkMessage, UnbindMessage, UnboundMessage,
                             PingMessage, PongMessage, ErrorMessage>;

MessageType messageType(const Message &message);

struct Frame
{
    quint32 sessionId = 0;
    Message message;
    friend bool operator==(const Frame &, const Frame &) = default;
};

} // namespace syncscope::protocol
