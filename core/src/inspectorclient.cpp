#include <syncscope/inspectorclient.h>

#include "inspectorwire.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QMetaEnum>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace syncscope {

namespace {

template <typename Enum> Enum enumFromName(const QJsonValue &value, Enum fallback)
{
    bool ok = false;
    const int key =
        QMetaEnum::fromType<Enum>().keyToValue(value.toString().toLatin1().constData(), &ok);
    return ok ? Enum(key) : fallback;
}

InspectedSession sessionFromJson(const QJsonObject &o)
{
    namespace wire = detail::inspectorwire;
    InspectedSession s;
    s.id = o.value(u"id"_s).toInt();
    s.userId = o.value(u"user"_s).toString();
    s.serverUrl = QUrl(o.value(u"serverUrl"_s).toString());
    s.realmPath = o.value(u"realmPath"_s).toString();
    s.localPath = o.value(u"localPath"_s).toString();
    s.state = enumFromName(o.value(u"state"_s), SessionState::Inactive);
    s.connectionState = enumFromName(o.value(u"connectionState"_s), ConnectionState::Disconnected);
    s.paused = o.value(u"paused"_s).toBool();
    s.uploaded = quint64(o.value(u"uploaded"_s).toDouble());
    s.uploadable = quint64(o.value(u"uploadable"_s).toDouble());
    s.downloaded = quint64(o.value(u"downloaded"_s).toDouble());
    s.downloadable = quint64(o.value(u"downloadable"_s).toDouble());
    s.lastError = wire::errorFromJson(o.value(u"lastError"_s).toObject());
    s.lastConnectionError = wire::errorFromJson(o.value(u"lastConnectionError"_s).toObject());
    s.nextConnectionAttempt = wire::timeFromJson(o.value(u"nextConnectionAttempt"_s).toString());
    s.disconnectedSince = wire::timeFromJson(o.value(u"disconnectedSince"_s).toString());
    for (const QJsonValue &node : o.value(u"additionalServerUrls"_s).toArray())
        s.additionalServerUrls.append(QUrl(node.toString()));
    s.currentServerUrl = QUrl(o.value(u"currentServerUrl"_s).toString());
    if (const QJsonValue ping = o.value(u"pingRoundTripUs"_s);
        ping.isDouble() && ping.toDouble() >= 0)
        s.pingRoundTrip = std::chrono::microseconds(qint64(ping.toDouble()));
    QString ignored;
    s.networkConditions = wire::conditionsFromJson(o.value(u"network"_s).toObject(), &ignored)
                              .value_or(NetworkConditions{});
    return s;
}

QList<InspectorEvent> eventsFromJson(const QJsonArray &array)
{
    QList<InspectorEvent> events;
    events.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        events.append({detail::inspectorwire::timeFromJson(o.value(u"time"_s).toString()),
                       o.value(u"session"_s).toInt(), o.value(u"kind"_s).toString(),
                       o.value(u"detail"_s).toString()});
    }
    return events;
}

bool processRuns(qint64 pid)
{
    return QFileInfo::exists(u"/proc/%1"_s.arg(pid));
}

} // namespace

class InspectorClientPrivate
{
public:
    explicit InspectorClientPrivate(InspectorClient *q)
        : q(q)
    {}

    void onReadyRead();
    void handle(const QJsonObject &message);
    void fail(const QString &error);
    int sendCommand(const QString &command, int sessionId, QJsonObject extra = {});

    InspectorClient *q;
    QLocalSocket *socket = nullptr;
    detail::inspectorwire::FrameReader reader{detail::inspectorwire::kMaxAppMessageSize};
    QByteArray secret;
    bool attached = false;
    QString error;
    InspectedProcess process;
    QList<InspectedUser> users;
    std::map<int, InspectedSession> sessions;
    QList<InspectorEvent> events;
    int lastRequestId = 0;
};

// Like the app's history, the client keeps a bounded copy.
constexpr qsizetype kMaxClientEvents = 10'000;

void InspectorClientPrivate::fail(const QString &message)
{
    error = message;
    Q_EMIT q->errorOccurred(message);
    if (socket)
        socket->abort(); // → disconnected → detached()
}

void InspectorClientPrivate::onReadyRead()
{
    while (socket && socket->bytesAvailable() > 0) {
        reader.append(socket->read(std::max<qsizetype>(1, reader.room())));
        while (auto message = reader.next()) {
            handle(*message);
            if (!socket)
                return;
        }
        if (reader.hasFailed()) {
            fail(reader.error());
            return;
        }
    }
}

void InspectorClientPrivate::handle(const QJsonObject &message)
{
    const QString type = message.value(u"type"_s).toString();
    if (type == u"snapshot"_s) {
        const QJsonObject p = message.value(u"process"_s).toObject();
        process.pid = qint64(p.value(u"pid"_s).toDouble());
        process.name = p.value(u"name"_s).toString();
        process.executable = p.value(u"executable"_s).toString();
        process.sdkVersion = p.value(u"sdkVersion"_s).toString();
        process.started = detail::inspectorwire::timeFromJson(p.value(u"started"_s).toString());
        users.clear();
        for (const QJsonValue &u : message.value(u"users"_s).toArray())
            users.append({u[u"id"_s].toString(), u[u"loggedIn"_s].toBool()});
        sessions.clear();
        for (const QJsonValue &s : message.value(u"sessions"_s).toArray()) {
            const InspectedSession session = sessionFromJson(s.toObject());
            sessions[session.id] = session;
        }
        process.sessionCount = int(sessions.size());
        events = eventsFromJson(message.value(u"events"_s).toArray());
        // A big app sends the rest of its sessions with the next deltas.
        if (message.value(u"complete"_s).toBool(true)) {
            attached = true;
            Q_EMIT q->attached();
            Q_EMIT q->eventsReceived(events);
        }
    } else if (type == u"delta"_s) {
        QList<int> changed;
        QList<int> removed;
        for (const QJsonValue &s : message.value(u"sessions"_s).toArray()) {
            const InspectedSession session = sessionFromJson(s.toObject());
            if (session.id == 0)
                continue;
            sessions[session.id] = session;
            changed.append(session.id);
        }
        for (const QJsonValue &id : message.value(u"removed"_s).toArray()) {
            sessions.erase(id.toInt());
            removed.append(id.toInt());
        }
        process.sessionCount = int(sessions.size());
        if (message.contains(u"users"_s)) {
            users.clear();
            for (const QJsonValue &u : message.value(u"users"_s).toArray())
                users.append({u[u"id"_s].toString(), u[u"loggedIn"_s].toBool()});
            Q_EMIT q->usersChanged();
        }
        const QList<InspectorEvent> received = eventsFromJson(message.value(u"events"_s).toArray());
        events.append(received);
        if (events.size() > kMaxClientEvents)
            events.remove(0, events.size() - kMaxClientEvents);
        if (!attached)
            return; // attached() comes with the last snapshot part and reports it all
        if (!changed.isEmpty() || !removed.isEmpty())
            Q_EMIT q->sessionsChanged(changed, removed);
        if (!received.isEmpty())
            Q_EMIT q->eventsReceived(received);
    } else if (type == u"snapshotPart"_s) {
        for (const QJsonValue &value : message.value(u"sessions"_s).toArray()) {
            const InspectedSession session = sessionFromJson(value.toObject());
            if (session.id != 0)
                sessions[session.id] = session;
        }
        process.sessionCount = int(sessions.size());
        if (!attached && message.value(u"complete"_s).toBool()) {
            attached = true;
            Q_EMIT q->attached();
            Q_EMIT q->eventsReceived(events);
        }
    } else if (type == u"reply"_s) {
        Q_EMIT q->commandFinished(message.value(u"id"_s).toInt(), message.value(u"ok"_s).toBool(),
                                  message.value(u"error"_s).toString());
    } else if (type == u"error"_s) {
        error = message.value(u"error"_s).toString();
        Q_EMIT q->errorOccurred(error);
    }
}

int InspectorClientPrivate::sendCommand(const QString &command, int sessionId, QJsonObject extra)
{
    const int id = ++lastRequestId;
    if (!socket || !attached) {
        // Reported like any other failure, after the caller got its id.
        QMetaObject::invokeMethod(
            q,
            [this, id] {
                Q_EMIT q->commandFinished(id, false,
                                          InspectorClient::tr("Not attached to a process"));
            },
            Qt::QueuedConnection);
        return id;
    }
    extra.insert(u"type"_s, u"command"_s);
    extra.insert(u"id"_s, id);
    extra.insert(u"command"_s, command);
    extra.insert(u"session"_s, sessionId);
    socket->write(detail::inspectorwire::encode(extra));
    return id;
}

InspectorClient::InspectorClient(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<InspectorClientPrivate>(this))
{}

InspectorClient::~InspectorClient()
{
    if (d->socket)
        disconnect(d->socket, nullptr, this, nullptr);
}

QList<InspectedProcess> InspectorClient::discover()
{
    QList<InspectedProcess> processes;
    const QString folder = detail::inspectorwire::folder();
    if (folder.isEmpty())
        return processes;
    const QDir dir(folder);
    for (const QFileInfo &info : dir.entryInfoList({u"*.json"_s}, QDir::Files)) {
        QFile file(info.absoluteFilePath());
        if (info.size() > 64 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        InspectedProcess process;
        process.pid = qint64(o.value(u"pid"_s).toDouble());
        // A process that died without cleaning up leaves its files behind.
        if (process.pid <= 0 || !processRuns(process.pid))
            continue;
        process.name = o.value(u"name"_s).toString();
        process.executable = o.value(u"executable"_s).toString();
        process.sdkVersion = o.value(u"sdkVersion"_s).toString();
        process.started = detail::inspectorwire::timeFromJson(o.value(u"started"_s).toString());
        process.sessionCount = o.value(u"sessions"_s).toInt();
        process.socketPath = o.value(u"socket"_s).toString();
        processes.append(process);
    }
    std::sort(processes.begin(), processes.end(),
              [](const auto &a, const auto &b) { return a.started < b.started; });
    return processes;
}

bool InspectorClient::attach(qint64 pid)
{
    const QString base = detail::inspectorwire::folder() + u'/' + QString::number(pid);
    QFile secretFile(base + u".secret"_s);
    if (!processRuns(pid) || !secretFile.open(QIODevice::ReadOnly)) {
        d->error = tr("Process %1 has no inspector of this user").arg(pid);
        return false;
    }
    attachToSocket(base + u".sock"_s, secretFile.read(1024).trimmed());
    return true;
}

void InspectorClient::attachToSocket(const QString &socketPath, const QByteArray &secret)
{
    detach();
    d->error.clear();
    d->reader = detail::inspectorwire::FrameReader(detail::inspectorwire::kMaxAppMessageSize);
    d->secret = secret;
    d->socket = new QLocalSocket(this);
    QLocalSocket *socket = d->socket;
    connect(socket, &QLocalSocket::connected, this, [this, socket] {
        socket->write(detail::inspectorwire::encode(
            {{u"type"_s, u"hello"_s}, {u"secret"_s, QString::fromLatin1(d->secret)}}));
    });
    connect(socket, &QLocalSocket::readyRead, this, [this] { d->onReadyRead(); });
    connect(socket, &QLocalSocket::errorOccurred, this, [this, socket] {
        if (socket->error() != QLocalSocket::PeerClosedError && d->error.isEmpty()) {
            d->error = socket->errorString();
            Q_EMIT errorOccurred(d->error);
        }
    });
    connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
        if (d->socket != socket)
            return;
        d->socket = nullptr;
        d->attached = false;
        socket->deleteLater();
        Q_EMIT detached();
    });
    socket->connectToServer(socketPath);
}

void InspectorClient::detach()
{
    QLocalSocket *socket = std::exchange(d->socket, nullptr);
    if (!socket)
        return;
    disconnect(socket, nullptr, this, nullptr);
    socket->disconnectFromServer();
    socket->deleteLater();
    const bool wasAttached = std::exchange(d->attached, false);
    if (wasAttached)
        Q_EMIT detached();
}

bool InspectorClient::isAttached() const
{
    return d->attached && d->socket;
}

QString InspectorClient::errorString() const
{
    return d->error;
}

InspectedProcess InspectorClient::process() const
{
    return d->process;
}

QList<InspectedUser> InspectorClient::users() const
{
    return d->users;
}

QList<InspectedSession> InspectorClient::sessions() const
{
    QList<InspectedSession> result;
    for (const auto &[id, session] : d->sessions)
        result.append(session);
    return result;
}

InspectedSession InspectorClient::session(int id) const
{
    const auto it = d->sessions.find(id);
    return it == d->sessions.end() ? InspectedSession{} : it->second;
}

QList<InspectorEvent> InspectorClient::events() const
{
    return d->events;
}

int InspectorClient::pause(int sessionId)
{
    return d->sendCommand(u"pause"_s, sessionId);
}

int InspectorClient::resume(int sessionId)
{
    return d->sendCommand(u"resume"_s, sessionId);
}

int InspectorClient::reconnect(int sessionId)
{
    return d->sendCommand(u"reconnect"_s, sessionId);
}

int InspectorClient::pauseFor(int sessionId, std::chrono::seconds duration)
{
    return d->sendCommand(u"pauseFor"_s, sessionId, {{u"seconds"_s, double(duration.count())}});
}

int InspectorClient::setNetworkConditions(int sessionId, const NetworkConditions &conditions)
{
    return d->sendCommand(u"network"_s, sessionId,
                          {{u"conditions"_s, detail::inspectorwire::conditionsToJson(conditions)}});
}

} // namespace syncscope
