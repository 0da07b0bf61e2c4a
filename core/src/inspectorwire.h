#pragma once

#include <syncscope/errors.h>
#include <syncscope/types.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// The inspector's wire format (docs/inspector.md), shared by the app side (InspectorServer)
// and InspectorClient: a 4-byte big-endian length, then that many bytes of one UTF-8 JSON
// object. Lengths are checked against the reader's limit before any byte is buffered.
namespace syncscope::detail::inspectorwire {

inline constexpr qsizetype kHeaderSize = 4;
// What an unauthenticated client may send in its hello.
inline constexpr qsizetype kMaxHelloSize = 4 * 1024;
// A command from an authenticated client.
inline constexpr qsizetype kMaxCommandSize = 64 * 1024;
// A snapshot from the app: 1,000 sessions and the bounded history fit comfortably.
inline constexpr qsizetype kMaxAppMessageSize = 32 * 1024 * 1024;

QByteArray encode(const QJsonObject &message);

// Where inspectors put their socket, secret and info files: $XDG_RUNTIME_DIR, or the private
// (0700) runtime folder Qt makes in the temporary directory, plus "/syncscope-inspector".
QString folder();

// Collects bytes and cuts complete messages out of them; a length above the limit, or a body
// that is not a JSON object, is an error and the reader stops (the peer is cut off).
class FrameReader
{
public:
    explicit FrameReader(qsizetype maxMessageSize)
        : m_limit(maxMessageSize)
    {}

    void setLimit(qsizetype maxMessageSize) { m_limit = maxMessageSize; }
    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    // The next complete message, if one is buffered; sets error() when the stream is bad.
    std::optional<QJsonObject> next();
    QString error() const { return m_error; }
    bool hasFailed() const { return !m_error.isEmpty(); }
    // How many more bytes the reader accepts now without breaking its limit.
    qsizetype room() const;

private:
    qsizetype m_limit;
    QByteArray m_buffer;
    QString m_error;
};

QJsonObject errorToJson(const SyncError &error);
SyncError errorFromJson(const QJsonObject &object);
QJsonObject conditionsToJson(const NetworkConditions &conditions);
// nullopt (with *why set) for values out of range.
std::optional<NetworkConditions> conditionsFromJson(const QJsonObject &object, QString *why);
QString timeToJson(const QDateTime &time); // ISO 8601 with milliseconds, UTC; "" if invalid
QDateTime timeFromJson(const QString &text);

} // namespace syncscope::detail::inspectorwire
