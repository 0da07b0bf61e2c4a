#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <chrono>

namespace syncscope::monitor {

// What the operator API says about one bound session (docs/operator.md, "Conversation").
struct OperatorSession
{
    qint64 connection = 0;
    qint64 id = 0;
    QString realm;
    QString user;
    qint64 clientFileId = 0;
    qint64 uploadCursor = 0;
    qint64 uploadedChangesets = 0;
    qint64 uploadedBytes = 0;
    qint64 downloadCursor = 0;
    qint64 serverHead = 0;
    qint64 versionsBehind = 0;
    qint64 downloadedChangesets = 0;
    qint64 downloadedBytes = 0;
    QDateTime lastActivity;
    // The server lists a connection's latest ended sessions too: "ended", with the error code
    // it ended with (0: unbound by the client).
    bool ended = false;
    int endCode = 0;
    friend bool operator==(const OperatorSession &, const OperatorSession &) = default;
};

struct OperatorConnection
{
    qint64 id = 0;
    QString peer;
    QString user;
    QDateTime since;
    QDateTime lastActivity;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    qint64 messagesIn = 0;
    qint64 messagesOut = 0;
    qint64 sendQueueBytes = 0;
    QList<OperatorSession> sessions;
};

// The server's own figures, the `server` object of the operator API.
struct OperatorServerFacts
{
    QString version;
    QDateTime startedAt;
    qint64 connections = 0;
    qint64 sessions = 0;
    qint64 realms = 0;
    qint64 sendQueueBytes = 0;
    qint64 changesetsIntegrated = 0;
    qint64 bytesIntegrated = 0;
    qint64 commits = 0;
    double commitSecondsSum = 0;
    qint64 connectionsAccepted = 0;
    qint64 connectionsRejected = 0;
    QDateTime receivedAt; // when this monitor got them
};

// One operator connection to a syncscope-server (subprotocol syncscope-operator.v1, spoken here
// from its documentation: the monitor does not link the server). Says hello with the operator
// token, subscribes, keeps the server's connections and sessions up to date from the snapshot
// and the coalesced deltas, and sends actions. A lost connection is retried with a growing
// back-off (1 s doubling to 30 s) until close(); a refused token is not retried, since trying
// the same token again cannot help.
class OperatorClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorClient)

public:
    enum class Status {
        Idle,
        Connecting, // opening the socket or waiting for welcome and the first snapshot
        Attached,   // the snapshot arrived; deltas follow
        Retrying,   // the connection was lost; the next attempt is at nextAttempt()
        Refused,    // the server refused the token: not retried
    };
    Q_ENUM(Status)

    // Peers' messages are bounded: a page holds at most 5000 sessions of a few hundred bytes.
    static constexpr qint64 kMaxIncomingMessageBytes = 16 * 1024 * 1024;
    // How much of the stream is read ahead of what was parsed; the rest waits in the kernel
    // and TCP paces the server. Unbounded, a monitor that falls behind a server's pages of
    // 10,000s of sessions takes all the kernel holds in one read (megabytes: Qt reads what is
    // available), and that block stays allocated while the start of an unfinished page sits
    // at its end.
    // A frame must fit the buffer twice over (Qt sends frames of at most 512 KiB), so that a
    // full buffer always holds a whole frame to take out.
    static constexpr qint64 kDefaultReadBufferBytes = 1024 * 1024;
    // After a round whose pages held at least this much text, the memory its parsing freed is
    // handed back to the system (releaseFreedMemory()): with 10,000 sessions every round
    // would otherwise leave the monitor's resident size a little larger.
    static constexpr qint64 kReleaseAfterRoundChars = 1024 * 1024;
    static constexpr std::chrono::milliseconds kFirstRetry{1000};
    static constexpr std::chrono::milliseconds kLongestRetry{30'000};

    explicit OperatorClient(QObject *parent = nullptr);
    ~OperatorClient() override;

    void open(const QUrl &url, const QString &token);
    // The read-ahead bound (kDefaultReadBufferBytes); frames larger than half of it are
    // refused. For tests; takes effect on the next open().
    void setReadBufferBytes(qint64 bytes) { m_readBufferBytes = bytes; }
    qint64 readBufferBytes() const { return m_readBufferBytes; }
    void close();

    QUrl url() const { return m_url; }
    Status status() const { return m_status; }
    QDateTime statusSince() const { return m_statusSince; }
    // The most recent failure (kept after a successful reconnect: "last error" in the pane).
    QString lastError() const { return m_lastError; }
    QDateTime lastErrorTime() const { return m_lastErrorTime; }
    QDateTime nextAttempt() const { return m_nextAttempt; }
    QString subject() const { return m_subject; }
    const OperatorServerFacts &server() const { return m_server; }
    const QHash<qint64, OperatorConnection> &connections() const { return m_connections; }

    // The actions of docs/operator.md; actionDone() or actionFailed() tells how it went.
    void disconnectConnection(qint64 connection, const QString &reason);
    void endSession(qint64 connection, qint64 session, bool fatal, const QString &reason);
    void refuseUser(const QString &user, const QDateTime &until);

Q_SIGNALS:
    void statusChanged(syncscope::monitor::OperatorClient::Status status);
    void serverChanged();
    // After a whole snapshot or delta: which connections changed or appeared, which went away.
    void connectionsChanged(const QList<qint64> &changed, const QList<qint64> &removed);
    void actionDone(const QJsonObject &answer);
    void actionFailed(const QString &code, const QString &message);

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString &text);
    void resumeReading();
    void applyPage(const QJsonObject &message, bool snapshot);
    void send(const QJsonObject &message);
    void setStatus(Status status);
    void fail(const QString &error);

    QWebSocket m_socket;
    qint64 m_readBufferBytes = kDefaultReadBufferBytes;
    QTimer m_retry;
    QUrl m_url;
    QString m_token;
    Status m_status = Status::Idle;
    QDateTime m_statusSince;
    QString m_lastError;
    QDateTime m_lastErrorTime;
    QDateTime m_nextAttempt;
    std::chrono::milliseconds m_backoff = kFirstRetry;
    QString m_subject;
    OperatorServerFacts m_server;
    QHash<qint64, OperatorConnection> m_connections;
    // The round (a snapshot's or a delta's pages) under way: which connections its pages
    // listed so far, and which a delta removed. Its pages go straight into m_connections: a
    // second table of every connection while a snapshot of 10,000s of sessions pages in would
    // double what the client holds.
    QList<qint64> m_roundChanged;
    QList<qint64> m_roundRemoved;
    qint64 m_roundChars = 0; // text of the round's pages so far
    bool m_closing = false;
    bool m_attemptFailed = false; // lastError is about the current attempt already
};

} // namespace syncscope::monitor
