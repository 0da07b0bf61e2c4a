#pragma once

#include <syncscope/errors.h>
#include <syncscope/types.h>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace syncscope {

class InspectorClientPrivate;

// A local process whose App runs the inspector (found by InspectorClient::discover()).
struct InspectedProcess
{
    qint64 pid = 0;
    QString name;       // QCoreApplication::applicationName() of the process
    QString executable; // its program file
    QString sdkVersion; // the version of Syncscope::Core it runs
    QDateTime started;  // when its inspector started
    int sessionCount = 0;
    QString socketPath;
};

// One user of the inspected App.
struct InspectedUser
{
    QString id;
    bool loggedIn = false;
};

// Everything the inspector tells about one session of the inspected App.
struct InspectedSession
{
    int id = 0; // the inspector's number for the session, stable while it exists
    QString userId;
    QUrl serverUrl;
    QString realmPath;
    QString localPath;
    SessionState state = SessionState::Inactive;
    ConnectionState connectionState = ConnectionState::Disconnected;
    bool paused = false;
    quint64 uploaded = 0;
    quint64 uploadable = 0;
    quint64 downloaded = 0;
    quint64 downloadable = 0;
    SyncError lastError;
    SyncError lastConnectionError;
    QDateTime nextConnectionAttempt;
    QDateTime disconnectedSince;
    NetworkConditions networkConditions;
    QList<QUrl> additionalServerUrls; // SyncConfig::additionalServerUrls
    QUrl currentServerUrl;            // SyncSession::currentServerUrl()
    // SyncSession::lastPingRoundTrip(): nullopt while not connected or before the first PONG.
    std::optional<std::chrono::microseconds> pingRoundTrip;
};

// One entry of the inspected App's event history (kind: added, removed, state, connection,
// error, connectionError, command, network).
struct InspectorEvent
{
    QDateTime time;
    int sessionId = 0;
    QString kind;
    QString detail;
};

// The tool side of the inspector, without widgets: finds local processes with an inspector,
// attaches to one with its secret, keeps the latest snapshot of its sessions up to date from
// the deltas, and sends commands. Detaching (or this object going away) undoes in the app
// whatever this client paused or slowed down.
class InspectorClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorClient)

public:
    explicit InspectorClient(QObject *parent = nullptr);
    ~InspectorClient() override;

    // Processes of this user with a running inspector, oldest first.
    static QList<InspectedProcess> discover();

    // Reads the process's secret and connects; connected() or errorOccurred() follows.
    // False (and errorString()) if the process has no inspector of this user.
    bool attach(qint64 pid);
    // Connects to an inspector socket with a given secret.
    void attachToSocket(const QString &socketPath, const QByteArray &secret);
    void detach();
    bool isAttached() const; // the snapshot arrived and the connection is open
    QString errorString() const;

    InspectedProcess process() const;
    QList<InspectedUser> users() const;
    QList<InspectedSession> sessions() const;
    InspectedSession session(int id) const; // id 0 if unknown
    QList<InspectorEvent> events() const;   // the app's history since its inspector started

    // Commands; each returns a request id that commandFinished() reports on.
    int pause(int sessionId);
    int resume(int sessionId);
    int reconnect(int sessionId);
    int pauseFor(int sessionId, std::chrono::seconds duration);
    int setNetworkConditions(int sessionId, const NetworkConditions &conditions);

Q_SIGNALS:
    void attached(); // the snapshot arrived
    void sessionsChanged(const QList<int> &changedIds, const QList<int> &removedIds);
    void usersChanged();
    void eventsReceived(const QList<syncscope::InspectorEvent> &events);
    void commandFinished(int requestId, bool ok, const QString &error);
    void errorOccurred(const QString &error);
    void detached(); // the connection ended (the app exited, refused us, or detach())

private:
    std::unique_ptr<InspectorClientPrivate> d;
    friend class InspectorClientPrivate;
};

} // namespace syncscope
