#pragma once

#include <QException>
#include <QMetaType>
#include <QString>

namespace syncscope {

// Codes of errors the client detects itself (the server's codes are 100–299, see
// docs/protocol.md). docs/client.md says what each means and whether it is fatal.
enum class ClientErrorCode : int {
    ConnectFailed = 1001,         // TCP/TLS/WebSocket handshake failed (transient)
    ConnectTimeout = 1002,        // not connected within ClientConfig::connectTimeout (transient)
    PongTimeout = 1003,           // no PONG within ClientConfig::pongTimeout (transient)
    ConnectionLost = 1004,        // an established connection closed (transient)
    SubprotocolRejected = 1005,   // the server did not accept syncscope.v1 (fatal)
    ProtocolViolation = 1006,     // the server sent something the protocol forbids (fatal)
    SessionClosed = 1007,         // the session was closed or its user logged out (waits fail)
    LocalFileError = 1008,        // the local file could not be read or written
    TlsVerificationFailed = 1009, // the server's TLS certificate failed verification (transient)
    ConnectionRefused = 1010,     // nothing accepts connections at the server's address (transient)
    HostNotFound = 1011,          // the server's host name could not be resolved (transient)
    TlsHandshakeFailed = 1012,    // the TLS handshake failed for another reason (transient)
    HandshakeRejected = 1013,     // the server answered the WebSocket upgrade with an HTTP error
    ClosedByServer = 1014,        // the server closed the connection with a close code (transient)
};

// An error a person can be shown: a code (docs/protocol.md and docs/client.md list them), a
// translated message, and whether the session can never recover from it. Code 0: no error.
class SyncError : public QException
{
public:
    SyncError() = default;
    SyncError(int code, const QString &message, bool fatal);

    int code() const { return m_code; }
    QString message() const { return m_message; }
    bool isFatal() const { return m_fatal; }

    void raise() const override;
    SyncError *clone() const override;
    const char *what() const noexcept override;

private:
    int m_code = 0;
    QString m_message;
    bool m_fatal = false;
    QByteArray m_what;
};

// A wait (uploadAllLocalChanges / downloadAllServerChanges) did not finish within its timeout.
// The transfer itself goes on.
class TimeoutError : public QException
{
public:
    TimeoutError() = default;
    explicit TimeoutError(const QString &message);

    QString message() const { return m_message; }

    void raise() const override;
    TimeoutError *clone() const override;
    const char *what() const noexcept override;

private:
    QString m_message;
    QByteArray m_what;
};

} // namespace syncscope

Q_DECLARE_METATYPE(syncscope::SyncError)
