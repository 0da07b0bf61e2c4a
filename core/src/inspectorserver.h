#pragma once

#include "inspectorwire.h"

#include <syncscope/types.h>

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

class QLocalServer;
class QLocalSocket;

namespace syncscope {
class App;
class SyncSession;
class User;
} // namespace syncscope

namespace syncscope::detail {

// The app side of the inspector (docs/inspector.md): exists only while the inspector is on.
// Listens on a user-only local socket, admits clients that present the per-process secret,
// streams a snapshot then coalesced deltas of every session, and runs their commands through
// the public SyncSession methods. Whatever a client paused or slowed down is undone when it
// goes away.
class InspectorServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorServer)

public:
    using UserList = std::function<QList<std::shared_ptr<User>>()>;

    InspectorServer(App *app, UserList users, QObject *parent = nullptr);
    ~InspectorServer() override;

    // Creates the socket and the secret file; false (and errorString()) if it could not.
    bool start();
    QString socketPath() const { return m_socketPath; }
    QString errorString() const { return m_error; }

    static constexpr std::chrono::milliseconds kDeltaInterval{250}; // at most 4 per second
    static constexpr qsizetype kHistoryLimit = 2000;
    static constexpr std::chrono::milliseconds kHelloTimeout{5000};
    static constexpr qsizetype kMaxClientsWithoutHello = 16;
    static constexpr qsizetype kSessionsPerMessage = 100;
    static constexpr std::chrono::milliseconds kSnapshotPartInterval{20};
    // A client that does not read is cut off rather than buffered without end.
    static constexpr qint64 kMaxUnsentBytes = 64 * 1024 * 1024;

private:
    struct Client
    {
        QLocalSocket *socket = nullptr;
        inspectorwire::FrameReader reader{inspectorwire::kMaxHelloSize};
        bool authenticated = false;
        QTimer *helloTimer = nullptr;
        QSet<int> paused;                         // sessions this client paused
        QHash<int, QTimer *> timedPauses;         // "pause for N seconds"
        QHash<int, NetworkConditions> conditions; // session → conditions before this client
        quint64 deliveredEvents = 0;              // history index already sent
        QList<int> snapshotPending;               // sessions still to send after the hello
    };

    void watchSession(SyncSession *session);
    void forgetSession(SyncSession *session);
    void recordEvent(int sessionId, const QString &kind, const QString &detail);
    void markDirty(int sessionId);
    void flushDeltas();
    QJsonObject processJson() const;
    QJsonArray usersJson() const;
    QJsonObject sessionJson(int id) const;
    QJsonArray eventsJson(quint64 fromIndex) const;
    void appendSnapshotChunk(Client *client, QJsonArray &sessions);
    void sendSnapshotParts();

    void onNewConnection();
    void onReadyRead(Client *client);
    void handleMessage(Client *client, const QJsonObject &message);
    void handleHello(Client *client, const QJsonObject &message);
    void handleCommand(Client *client, const QJsonObject &message);
    void reply(Client *client, const QJsonValue &requestId, const QString &error);
    void send(Client *client, const QJsonObject &message);
    void refuse(Client *client, const QString &error);
    void dropClient(Client *client);
    // Undoes every pause, timed pause and network condition the client set.
    void undoClient(Client *client);
    void writeInfoFile();

    App *m_app;
    UserList m_users;
    QLocalServer *m_server = nullptr;
    QString m_socketPath;
    QString m_secretPath;
    QString m_infoPath;
    QByteArray m_secret;
    QString m_error;
    QDateTime m_started;
    std::vector<std::unique_ptr<Client>> m_clients;

    int m_lastSessionId = 0;
    QHash<SyncSession *, int> m_sessionIds;
    QHash<int, QPointer<SyncSession>> m_sessions;
    struct Progress
    {
        quint64 transferred = 0;
        quint64 transferable = 0;
    };
    QHash<int, std::pair<Progress, Progress>> m_progress; // upload, download
    QSet<int> m_dirty;
    QSet<int> m_removed;
    bool m_usersDirty = false;
    QSet<User *> m_watchedUsers;

    struct Event
    {
        QDateTime time;
        int session;
        QString kind;
        QString detail;
    };
    std::deque<Event> m_history;
    quint64 m_historyEnd = 0; // index of the next event ever recorded
    QTimer m_deltaTimer;
    QTimer m_snapshotTimer;
    int m_infoSessionCount = -1;
};

} // namespace syncscope::detail
