#include "inspectorserver.h"

#include <syncscope/protocol/accesstoken.h>

#include "logging.h"

#include <syncscope/app.h>
#include <syncscope/syncsession.h>
#include <syncscope/user.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace syncscope::detail {

Q_LOGGING_CATEGORY(lcInspector, "syncscope.client.inspector", QtInfoMsg)

namespace {

template <typename Enum> QString enumName(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

bool writePrivateFile(const QString &path, const QByteArray &contents)
{
    QFile::remove(path);
    QFile file(path);
    // Created 0600: never readable by anyone else, not even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    return file.write(contents) == contents.size() && file.flush();
}

} // namespace

InspectorServer::InspectorServer(App *app, UserList users, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_users(std::move(users))
    , m_started(QDateTime::currentDateTimeUtc())
{
    m_deltaTimer.setObjectName(u"syncscope inspector deltas"_s); // named in profiles
    m_deltaTimer.setSingleShot(true);
    m_deltaTimer.setInterval(kDeltaInterval);
    connect(&m_deltaTimer, &QTimer::timeout, this, &InspectorServer::flushDeltas);
    m_snapshotTimer.setObjectName(u"syncscope inspector snapshot"_s);
    m_snapshotTimer.setSingleShot(true);
    m_snapshotTimer.setInterval(kSnapshotPartInterval);
    connect(&m_snapshotTimer, &QTimer::timeout, this, &InspectorServer::sendSnapshotParts);
}

InspectorServer::~InspectorServer()
{
    // Stopping the inspector (or the App going away) undoes what every client set, as a
    // client leaving would.
    for (const auto &client : m_clients) {
        disconnect(client->socket, nullptr, this, nullptr);
        undoClient(client.get());
        client->socket->abort();
    }
    if (m_server)
        m_server->close(); // removes the socket file
    if (!m_secretPath.isEmpty())
        QFile::remove(m_secretPath);
    if (!m_infoPath.isEmpty())
        QFile::remove(m_infoPath);
}

bool InspectorServer::start()
{
    // $XDG_RUNTIME_DIR, or a private (0700) folder in the temporary directory that Qt creates
    // and checks the ownership of.
    const QString folder = inspectorwire::folder();
    if (folder.isEmpty()) {
        m_error = tr("No runtime directory for the inspector socket");
        return false;
    }
    if (!QDir().mkpath(folder) ||
        !QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner) ||
        QFileInfo(folder).ownerId() != ::getuid()) {
        m_error = tr("Cannot create the private folder %1 for the inspector").arg(folder);
        return false;
    }
    const QString base = folder + u'/' + QString::number(QCoreApplication::applicationPid());
    m_socketPath = base + u".sock"_s;
    m_secretPath = base + u".secret"_s;
    m_infoPath = base + u".json"_s;

    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / sizeof(quint32));
    m_secret = random.toHex();
    if (!writePrivateFile(m_secretPath, m_secret)) {
        m_error = tr("Cannot write the inspector secret file %1").arg(m_secretPath);
        return false;
    }

    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_socketPath); // left behind by an earlier process of this pid
    if (!m_server->listen(m_socketPath)) {
        m_error = tr("Cannot listen on %1: %2").arg(m_socketPath, m_server->errorString());
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &InspectorServer::onNewConnection);

    connect(m_app, &App::sessionAdded, this, &InspectorServer::watchSession);
    connect(m_app, &App::sessionRemoved, this, &InspectorServer::forgetSession);
    for (SyncSession *session : m_app->allSessions())
        watchSession(session);
    writeInfoFile();
    qCInfo(lcInspector) << "inspector listening on" << m_socketPath;
    return true;
}

void InspectorServer::writeInfoFile()
{
    m_infoSessionCount = int(m_sessionIds.size());
    const QJsonObject info{{u"pid"_s, double(QCoreApplication::applicationPid())},
                           {u"name"_s, QCoreApplication::applicationName()},
                           {u"executable"_s, QCoreApplication::applicationFilePath()},
                           {u"sdkVersion"_s, QStringLiteral(SYNCSCOPE_VERSION)},
                           {u"started"_s, inspectorwire::timeToJson(m_started)},
                           {u"sessions"_s, m_infoSessionCount},
                           {u"socket"_s, m_socketPath}};
    const QString temporary = m_infoPath + u".new"_s;
    // Replaced in one step: a tool listing processes never reads half a file.
    if (!writePrivateFile(temporary, QJsonDocument(info).toJson(QJsonDocument::Compact)) ||
        ::rename(QFile::encodeName(temporary).constData(),
                 QFile::encodeName(m_infoPath).constData()) != 0)
        qCWarning(lcInspector) << "cannot write the inspector's process file" << m_infoPath;
}

void InspectorServer::watchSession(SyncSession *session)
{
    if (m_sessionIds.contains(session))
        return;
    const int id = ++m_lastSessionId;
    m_sessionIds.insert(session, id);
    m_sessions.insert(id, session);
    connect(session, &SyncSession::stateChanged, this,
            [this, id](SessionState state) { recordEvent(id, u"state"_s, enumName(state)); });
    connect(session, &SyncSession::connectionStateChanged, this, [this, id](ConnectionState state) {
        recordEvent(id, u"connection"_s, enumName(state));
    });
    connect(session, &SyncSession::errorOccurred, this,
            [this, id](const SyncError &error) { recordEvent(id, u"error"_s, error.message()); });
    connect(session, &SyncSession::connectionErrorOccurred, this,
            [this, id](const SyncError &e) { recordEvent(id, u"connectionError"_s, e.message()); });
    connect(session, &SyncSession::nextConnectionAttemptChanged, this,
            [this, id] { markDirty(id); });
    connect(session, &SyncSession::currentServerUrlChanged, this, [this, id] { markDirty(id); });
    // One PONG a ping interval (60 s by default) for every session of the connection: they go
    // out with the next deltas, 100 sessions a tick.
    connect(session, &SyncSession::pingRoundTripMeasured, this, [this, id] { markDirty(id); });
    connect(session, &SyncSession::networkConditionsChanged, this, [this, session] {
        // Shared by every session of the connection (same server, same user): all of them
        // read differently now.
        const auto user = session->user();
        for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
            SyncSession *other = it.value();
            if (other && other->config().serverUrls() == session->config().serverUrls() &&
                other->user() == user)
                markDirty(it.key());
        }
    });
    connect(session, &SyncSession::progressChanged, this,
            [this, id](ProgressDirection direction, quint64 transferred, quint64 transferable) {
                auto &[upload, download] = m_progress[id];
                Progress &progress = direction == ProgressDirection::Upload ? upload : download;
                progress = {transferred, transferable};
                markDirty(id);
            });
    if (const auto user = session->user(); user && !m_watchedUsers.contains(user.get())) {
        m_watchedUsers.insert(user.get());
        const auto changed = [this] {
            m_usersDirty = true;
            if (!m_deltaTimer.isActive())
                m_deltaTimer.start();
        };
        connect(user.get(), &User::loggedOut, this, changed);
        connect(user.get(), &User::loggedIn, this, changed);
        connect(user.get(), &QObject::destroyed, this,
                [this, raw = user.get()] { m_watchedUsers.remove(raw); });
    }
    m_usersDirty = true;
    recordEvent(id, u"added"_s, session->config().realmPath);
}

void InspectorServer::forgetSession(SyncSession *session)
{
    const int id = m_sessionIds.take(session);
    if (id == 0)
        return;
    disconnect(session, nullptr, this, nullptr);
    m_sessions.remove(id);
    m_progress.remove(id);
    m_dirty.remove(id);
    m_removed.insert(id);
    recordEvent(id, u"removed"_s, session->config().realmPath);
}

void InspectorServer::recordEvent(int sessionId, const QString &kind, const QString &detail)
{
    m_history.push_back({QDateTime::currentDateTimeUtc(), sessionId, kind, detail});
    ++m_historyEnd;
    if (qsizetype(m_history.size()) > kHistoryLimit)
        m_history.pop_front();
    markDirty(sessionId);
}

void InspectorServer::markDirty(int sessionId)
{
    if (m_sessions.contains(sessionId))
        m_dirty.insert(sessionId);
    if (!m_deltaTimer.isActive())
        m_deltaTimer.start();
}

QJsonObject InspectorServer::processJson() const
{
    return {{u"pid"_s, double(QCoreApplication::applicationPid())},
            {u"name"_s, QCoreApplication::applicationName()},
            {u"executable"_s, QCoreApplication::applicationFilePath()},
            {u"sdkVersion"_s, QStringLiteral(SYNCSCOPE_VERSION)},
            {u"started"_s, inspectorwire::timeToJson(m_started)}};
}

QJsonArray InspectorServer::usersJson() const
{
    QJsonArray users;
    for (const auto &user : m_users())
        users.append(QJsonObject{{u"id"_s, user->id()}, {u"loggedIn"_s, user->isLoggedIn()}});
    return users;
}

QJsonObject InspectorServer::sessionJson(int id) const
{
    SyncSession *session = m_sessions.value(id);
    if (!session)
        return {};
    const SyncConfig config = session->config(); // no token in it: the user holds that
    const auto [upload, download] = m_progress.value(id);
    const auto user = session->user();
    QJsonArray nodes;
    for (const QUrl &node : config.additionalServerUrls)
        nodes.append(node.toString());
    const auto pingUs = session->lastPingRoundTrip();
    return {
        {u"id"_s, id},
        {u"user"_s, user ? user->id() : QString()},
        {u"serverUrl"_s, config.serverUrl.toString()},
        {u"realmPath"_s, config.realmPath},
        {u"localPath"_s, config.localPath},
        {u"state"_s, enumName(session->state())},
        {u"connectionState"_s, enumName(session->connectionState())},
        {u"paused"_s, session->isPaused()},
        {u"uploaded"_s, double(upload.transferred)},
        {u"uploadable"_s, double(upload.transferable)},
        {u"downloaded"_s, double(download.transferred)},
        {u"downloadable"_s, double(download.transferable)},
        {u"lastError"_s, inspectorwire::errorToJson(session->lastError())},
        {u"lastConnectionError"_s, inspectorwire::errorToJson(session->lastConnectionError())},
        {u"nextConnectionAttempt"_s, inspectorwire::timeToJson(session->nextConnectionAttempt())},
        {u"disconnectedSince"_s, inspectorwire::timeToJson(session->disconnectedSince())},
        {u"network"_s, inspectorwire::conditionsToJson(session->networkConditions())},
        {u"additionalServerUrls"_s, nodes},
        {u"currentServerUrl"_s, session->currentServerUrl().toString()},
        {u"pingRoundTripUs"_s, pingUs ? QJsonValue(double(pingUs->count())) : QJsonValue()}};
}

QJsonArray InspectorServer::eventsJson(quint64 fromIndex) const
{
    QJsonArray events;
    const quint64 first = m_historyEnd - m_history.size();
    for (quint64 index = std::max(fromIndex, first); index < m_historyEnd; ++index) {
        const Event &event = m_history[index - first];
        events.append(QJsonObject{{u"time"_s, inspectorwire::timeToJson(event.time)},
                                  {u"session"_s, event.session},
                                  {u"kind"_s, event.kind},
                                  {u"detail"_s, event.detail}});
    }
    return events;
}

void InspectorServer::flushDeltas()
{
    if (m_infoSessionCount != m_sessionIds.size())
        writeInfoFile();
    bool anyClient = false;
    for (const auto &client : m_clients)
        anyClient = anyClient || client->authenticated;
    if (!anyClient) {
        m_dirty.clear();
        m_removed.clear();
        m_usersDirty = false;
        return;
    }
    // At most kSessionsPerMessage sessions per tick: 1,000 sessions changing at once (a shared
    // connection dropping) are spread over several ticks instead of one long stall of the
    // app's thread.
    QJsonArray sessions;
    for (auto it = m_dirty.begin(); it != m_dirty.end() && sessions.size() < kSessionsPerMessage;) {
        if (QJsonObject facts = sessionJson(*it); !facts.isEmpty())
            sessions.append(facts);
        it = m_dirty.erase(it);
    }
    QJsonArray removed;
    for (const int id : std::as_const(m_removed))
        removed.append(id);
    QJsonObject delta{{u"type"_s, u"delta"_s}, {u"sessions"_s, sessions}, {u"removed"_s, removed}};
    if (m_usersDirty)
        delta.insert(u"users"_s, usersJson());
    m_removed.clear();
    m_usersDirty = false;
    bool more = !m_dirty.isEmpty();
    for (const auto &client : m_clients) {
        if (!client->authenticated)
            continue;
        QJsonObject message = delta;
        message.insert(u"events"_s, eventsJson(client->deliveredEvents));
        client->deliveredEvents = m_historyEnd;
        send(client.get(), message);
    }
    if (more)
        m_deltaTimer.start();
}

void InspectorServer::sendSnapshotParts()
{
    bool more = false;
    for (const auto &client : m_clients) {
        if (!client->authenticated || client->snapshotPending.isEmpty())
            continue;
        QJsonArray sessions;
        appendSnapshotChunk(client.get(), sessions);
        send(client.get(), QJsonObject{{u"type"_s, u"snapshotPart"_s},
                                       {u"sessions"_s, sessions},
                                       {u"complete"_s, client->snapshotPending.isEmpty()}});
        more = more || !client->snapshotPending.isEmpty();
    }
    if (more)
        m_snapshotTimer.start();
}

void InspectorServer::appendSnapshotChunk(Client *client, QJsonArray &sessions)
{
    while (!client->snapshotPending.isEmpty() && sessions.size() < kSessionsPerMessage) {
        if (QJsonObject facts = sessionJson(client->snapshotPending.takeFirst()); !facts.isEmpty())
            sessions.append(facts);
    }
}

void InspectorServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        const auto waiting = std::count_if(m_clients.begin(), m_clients.end(),
                                           [](const auto &c) { return !c->authenticated; });
        if (waiting >= kMaxClientsWithoutHello) {
            qCWarning(lcInspector) << "inspector: too many clients without a hello, refusing one";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto client = std::make_unique<Client>();
        Client *raw = client.get();
        raw->socket = socket;
        socket->setObjectName(u"syncscope inspector client"_s); // named in profiles
        // Before the hello, a client may hold at most kMaxHelloSize bytes here and only for
        // kHelloTimeout.
        socket->setReadBufferSize(inspectorwire::kMaxCommandSize);
        raw->helloTimer = new QTimer(socket);
        raw->helloTimer->setSingleShot(true);
        connect(raw->helloTimer, &QTimer::timeout, this, [this, raw] {
            refuse(
                raw,
                tr("No hello with the secret within %1 seconds").arg(kHelloTimeout.count() / 1000));
        });
        raw->helloTimer->start(kHelloTimeout);
        connect(socket, &QLocalSocket::readyRead, this, [this, raw] { onReadyRead(raw); });
        connect(socket, &QLocalSocket::disconnected, this, [this, raw] { dropClient(raw); });
        m_clients.push_back(std::move(client));
    }
}

void InspectorServer::onReadyRead(Client *client)
{
    QLocalSocket *socket = client->socket;
    while (socket->bytesAvailable() > 0) {
        // Never more than the current message may still need: a huge length is refused by
        // next() before its body is buffered.
        const qsizetype room = client->reader.room();
        client->reader.append(socket->read(std::max<qsizetype>(1, room)));
        while (auto message = client->reader.next()) {
            handleMessage(client, *message);
            if (std::none_of(m_clients.begin(), m_clients.end(),
                             [client](const auto &c) { return c.get() == client; }))
                return; // refused or dropped
        }
        if (client->reader.hasFailed()) {
            refuse(client, client->reader.error());
            return;
        }
    }
}

void InspectorServer::handleMessage(Client *client, const QJsonObject &message)
{
    if (!client->authenticated) {
        handleHello(client, message);
        return;
    }
    handleCommand(client, message);
}

void InspectorServer::handleHello(Client *client, const QJsonObject &message)
{
    if (message.value(u"type"_s).toString() != u"hello"_s) {
        refuse(client, tr("The first message must be a hello with the secret"));
        return;
    }
    if (!protocol::constantTimeEquals(message.value(u"secret"_s).toString().toLatin1(), m_secret)) {
        qCWarning(lcInspector) << "inspector client refused: wrong secret";
        refuse(client, tr("Wrong secret"));
        return;
    }
    client->authenticated = true;
    client->helloTimer->stop();
    client->reader.setLimit(inspectorwire::kMaxCommandSize);
    qCInfo(lcInspector) << "inspector client attached";
    // The snapshot comes in parts of at most kSessionsPerMessage sessions, one per
    // kSnapshotPartInterval ("complete" on the last), so that attaching to an app with 1,000
    // sessions never stalls its thread for long.
    client->snapshotPending = m_sessions.keys();
    std::sort(client->snapshotPending.begin(), client->snapshotPending.end());
    QJsonArray sessions;
    appendSnapshotChunk(client, sessions);
    send(client, QJsonObject{{u"type"_s, u"snapshot"_s},
                             {u"process"_s, processJson()},
                             {u"users"_s, usersJson()},
                             {u"sessions"_s, sessions},
                             {u"events"_s, eventsJson(0)},
                             {u"complete"_s, client->snapshotPending.isEmpty()}});
    client->deliveredEvents = m_historyEnd;
    if (!client->snapshotPending.isEmpty() && !m_snapshotTimer.isActive())
        m_snapshotTimer.start();
}

void InspectorServer::handleCommand(Client *client, const QJsonObject &message)
{
    const QJsonValue requestId = message.value(u"id"_s);
    if (message.value(u"type"_s).toString() != u"command"_s) {
        reply(client, requestId,
              tr("Unknown message type \"%1\"").arg(message.value(u"type"_s).toString()));
        return;
    }
    const QString command = message.value(u"command"_s).toString();
    const int id = message.value(u"session"_s).toInt();
    SyncSession *session = m_sessions.value(id);
    static const QStringList known{u"pause"_s, u"resume"_s, u"reconnect"_s, u"pauseFor"_s,
                                   u"network"_s};
    if (!known.contains(command)) {
        reply(client, requestId, tr("Unknown command \"%1\"").arg(command));
        return;
    }
    if (!session) {
        reply(client, requestId, tr("No session %1").arg(id));
        return;
    }
    // Every command is the public method the app itself would call: its listeners see the same.
    if (command == u"pause"_s || command == u"pauseFor"_s) {
        const double seconds = message.value(u"seconds"_s).toDouble(0);
        if (command == u"pauseFor"_s && !(seconds >= 1 && seconds <= 86400)) {
            reply(client, requestId, tr("Pause for 1 to 86,400 seconds"));
            return;
        }
        if (!session->isPaused()) {
            session->pause();
            if (session->isPaused())
                client->paused.insert(id); // not one the app paused itself
        }
        delete client->timedPauses.take(id);
        if (command == u"pauseFor"_s && client->paused.contains(id)) {
            auto *timer = new QTimer(client->socket);
            timer->setSingleShot(true);
            connect(timer, &QTimer::timeout, this, [this, client, id] {
                if (QTimer *done = client->timedPauses.take(id))
                    done->deleteLater(); // inside its own timeout
                client->paused.remove(id);
                if (SyncSession *paused = m_sessions.value(id); paused && paused->isPaused())
                    paused->resume();
            });
            timer->start(std::chrono::milliseconds(qint64(seconds * 1000)));
            client->timedPauses.insert(id, timer);
        }
        recordEvent(id, u"command"_s, command);
    } else if (command == u"resume"_s) {
        delete client->timedPauses.take(id);
        client->paused.remove(id);
        session->resume();
        recordEvent(id, u"command"_s, command);
    } else if (command == u"reconnect"_s) {
        session->reconnect();
        recordEvent(id, u"command"_s, command);
    } else {
        QString why;
        const auto conditions =
            inspectorwire::conditionsFromJson(message.value(u"conditions"_s).toObject(), &why);
        if (!conditions) {
            reply(client, requestId, why);
            return;
        }
        if (!client->conditions.contains(id))
            client->conditions.insert(id, session->networkConditions());
        session->setNetworkConditions(*conditions);
        recordEvent(id, u"network"_s,
                    QString::fromUtf8(QJsonDocument(inspectorwire::conditionsToJson(*conditions))
                                          .toJson(QJsonDocument::Compact)));
    }
    reply(client, requestId, {});
}

void InspectorServer::reply(Client *client, const QJsonValue &requestId, const QString &error)
{
    QJsonObject message{{u"type"_s, u"reply"_s}, {u"id"_s, requestId}, {u"ok"_s, error.isEmpty()}};
    if (!error.isEmpty())
        message.insert(u"error"_s, error);
    send(client, message);
}

void InspectorServer::send(Client *client, const QJsonObject &message)
{
    if (client->socket->bytesToWrite() > kMaxUnsentBytes) {
        qCWarning(lcInspector) << "inspector client does not read; disconnecting it";
        QMetaObject::invokeMethod(
            this, [this, client] { dropClient(client); }, Qt::QueuedConnection);
        return;
    }
    client->socket->write(inspectorwire::encode(message));
}

void InspectorServer::refuse(Client *client, const QString &error)
{
    qCWarning(lcInspector) << "inspector client refused:" << error;
    send(client, QJsonObject{{u"type"_s, u"error"_s}, {u"error"_s, error}});
    client->socket->flush();
    client->socket->disconnectFromServer(); // emits disconnected → dropClient
    dropClient(client);
}

void InspectorServer::dropClient(Client *client)
{
    const auto it = std::find_if(m_clients.begin(), m_clients.end(),
                                 [client](const auto &c) { return c.get() == client; });
    if (it == m_clients.end())
        return;
    std::unique_ptr<Client> owned = std::move(*it);
    m_clients.erase(it);
    disconnect(owned->socket, nullptr, this, nullptr);
    undoClient(owned.get());
    owned->socket->deleteLater(); // owns the hello and pause timers
}

void InspectorServer::undoClient(Client *client)
{
    int resumed = 0;
    for (const int id : std::as_const(client->paused)) {
        if (SyncSession *session = m_sessions.value(id); session && session->isPaused()) {
            session->resume();
            ++resumed;
        }
    }
    int restored = 0;
    for (auto it = client->conditions.cbegin(); it != client->conditions.cend(); ++it) {
        if (SyncSession *session = m_sessions.value(it.key())) {
            session->setNetworkConditions(it.value());
            ++restored;
        }
    }
    qDeleteAll(client->timedPauses);
    client->timedPauses.clear();
    if (client->authenticated) {
        qCInfo(lcInspector).noquote()
            << u"inspector client went away: resumed %1 paused session(s), restored the network of %2 session(s)"_s
                   .arg(resumed)
                   .arg(restored);
    }
}

} // namespace syncscope::detail
