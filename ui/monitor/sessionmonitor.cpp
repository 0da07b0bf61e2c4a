#include "monitor/sessionmonitor.h"

#include "monitor/logging.h"
#include "monitor/monitoredsession.h"

#include <syncscope/app.h>
#include <syncscope/realm.h>
#include <syncscope/user.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

namespace syncscope::monitor {

SessionMonitor::SessionMonitor(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_app(std::make_unique<App>(config))
    , m_eventLog(new EventLog(EventLog::kCapacity, this))
    , m_recorder(new ProgressRecorder(ProgressRecorder::kDefaultCapacity, this))
    , m_defaultLocalDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                              QStringLiteral("/sessions"))
{
    m_sampler.setInterval(std::chrono::seconds(1));
    connect(&m_sampler, &QTimer::timeout, this, &SessionMonitor::sampleNow);
    m_sampler.start();
}

SessionMonitor::~SessionMonitor()
{
    // Sessions hold realms of m_app; they go first.
    qDeleteAll(m_sessions);
    m_sessions.clear();
    m_usersByToken.clear();
}

void SessionMonitor::setDefaultLocalDirectory(const QString &directory)
{
    m_defaultLocalDirectory = directory;
}

std::shared_ptr<User> SessionMonitor::userFor(const QString &token, QString *error)
{
    // One User per token: the SDK pools one connection per (server, user).
    if (auto user = m_usersByToken.value(token))
        return user;
    auto user = m_app->logIn(token);
    if (!user) {
        *error = tr("the access token is malformed");
        return nullptr;
    }
    m_usersByToken.insert(token, user);
    return user;
}

QString SessionMonitor::localPathFor(const SessionDefinition &definition) const
{
    if (!definition.localPath.isEmpty())
        return definition.localPath;
    QString safe = definition.name;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    return m_defaultLocalDirectory + u'/' + safe + QStringLiteral(".realm");
}

bool SessionMonitor::hasSessionNamed(const QString &name) const
{
    for (const MonitoredSession *session : m_sessions) {
        if (session->name() == name)
            return true;
    }
    return false;
}

MonitoredSession *SessionMonitor::addSession(const SessionDefinition &given)
{
    SessionDefinition definition = given;
    definition.localPath = localPathFor(given);
    auto *session = new MonitoredSession(m_nextId++, definition, m_eventLog, m_recorder, this);
    session->setReconnectDelays(m_app->config().reconnectDelayMin,
                                m_app->config().reconnectDelayMax);
    const int index = int(m_sessions.size());
    m_sessions.append(session);
    const CountKey key = countKeyOf(session);
    m_countKeys.append(key);
    m_counts.add(key.state, key.connection, key.hasError);
    countConnected(session, key, +1);
    m_servers.insert(session->serverText());
    connect(session, &MonitoredSession::changed, this, [this, session, index] {
        recount(index);
        Q_EMIT sessionChanged(session);
    });
    connect(session, &MonitoredSession::stalled, this,
            [this, session] { Q_EMIT sessionStalled(session); });
    connect(session, &MonitoredSession::invalidated, this,
            [this, session] { Q_EMIT sessionInvalidated(session); });

    QString error;
    const auto user = userFor(definition.token, &error);
    if (user) {
        QDir().mkpath(QFileInfo(definition.localPath).absolutePath());
        if (definition.freshLocalFile) {
            // SQLite keeps side files next to the database; a fresh start removes them all.
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                          QStringLiteral("-journal")})
                QFile::remove(definition.localPath + suffix);
        }
        const auto realm = m_app->openRealm(
            user, SyncConfig{definition.serverUrl, definition.realmPath, definition.localPath});
        if (realm)
            session->attach(user, realm);
        else
            error = m_app->lastError();
    }
    Q_EMIT sessionAdded(session);
    if (!error.isEmpty()) {
        qCInfo(lcMonitor) << "session" << definition.name << "failed to open:" << error;
        session->failToOpen(error);
    } else if (m_allPaused) {
        session->setPausedByPauseAll(true);
    }
    return session;
}

void SessionMonitor::addWorkspace(const Workspace &workspace)
{
    if (!workspace.title.isEmpty())
        m_title = workspace.title;
    for (const SessionDefinition &definition : workspace.sessions)
        addSession(definition);
}

Workspace SessionMonitor::workspace() const
{
    Workspace out;
    out.title = m_title;
    for (const MonitoredSession *session : m_sessions)
        out.sessions.append(session->definition());
    return out;
}

MonitoredSession *SessionMonitor::sessionById(int id) const
{
    for (MonitoredSession *session : m_sessions) {
        if (session->id() == id)
            return session;
    }
    return nullptr;
}

void SessionMonitor::pauseAll()
{
    if (m_allPaused)
        return;
    m_allPaused = true;
    m_eventLog->append(-1, QString(), EventKind::Pause, tr("Pause all"));
    for (MonitoredSession *session : m_sessions)
        session->setPausedByPauseAll(true);
    Q_EMIT allPausedChanged(true);
}

void SessionMonitor::resumeAll()
{
    if (!m_allPaused)
        return;
    m_allPaused = false;
    m_eventLog->append(-1, QString(), EventKind::Pause,
                       tr("Resume all (sessions you paused yourself stay paused)"));
    for (MonitoredSession *session : m_sessions)
        session->setPausedByPauseAll(false);
    Q_EMIT allPausedChanged(false);
}

double SessionMonitor::totalUploadRate() const
{
    double total = 0;
    for (const MonitoredSession *session : m_sessions)
        total += session->uploadRate();
    return total;
}

double SessionMonitor::totalDownloadRate() const
{
    double total = 0;
    for (const MonitoredSession *session : m_sessions)
        total += session->downloadRate();
    return total;
}

SessionMonitor::CountKey SessionMonitor::countKeyOf(const MonitoredSession *session)
{
    return {session->stateBadge(), session->connectionBadge(), session->hasError()};
}

void SessionMonitor::recount(int index)
{
    const CountKey key = countKeyOf(m_sessions.at(index));
    CountKey &counted = m_countKeys[index];
    if (key == counted)
        return;
    m_counts.remove(counted.state, counted.connection, counted.hasError);
    m_counts.add(key.state, key.connection, key.hasError);
    countConnected(m_sessions.at(index), counted, -1);
    countConnected(m_sessions.at(index), key, +1);
    counted = key;
    Q_EMIT sessionStateChanged(m_sessions.at(index));
}

void SessionMonitor::countConnected(const MonitoredSession *session, const CountKey &key, int delta)
{
    if (key.connection != ConnectionBadge::Connected)
        return;
    auto it = m_connectedByServer.find(session->serverText());
    if (it == m_connectedByServer.end())
        it = m_connectedByServer.insert(session->serverText(), 0);
    *it += delta;
    if (*it <= 0)
        m_connectedByServer.erase(it);
}

StateFilterCounts SessionMonitor::stateCounts() const
{
    return m_counts;
}

int SessionMonitor::unexpectedInvalidCount() const
{
    int count = 0;
    for (const MonitoredSession *session : m_sessions) {
        if (session->isUnexpectedlyInvalid())
            ++count;
    }
    return count;
}

int SessionMonitor::serverCount() const
{
    return int(m_servers.size());
}

int SessionMonitor::connectedServerCount() const
{
    return int(m_connectedByServer.size());
}

void SessionMonitor::sampleNow()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    HistorySample total{now, 0, 0, 0, 0, 0, 0, 1};
    int active = 0;
    int connected = 0;
    for (int index = 0; index < m_sessions.size(); ++index) {
        MonitoredSession *session = m_sessions.at(index);
        // Also catches a change of state that did not come with a changed() signal.
        recount(index);
        const HistorySample sample = session->sample(now, m_stallAfter);
        total.uploadRate += sample.uploadRate;
        total.downloadRate += sample.downloadRate;
        const DirectionProgress up = session->progress(ProgressDirection::Upload);
        const DirectionProgress down = session->progress(ProgressDirection::Download);
        total.uploadTransferred += double(up.transferred);
        total.uploadTransferable += double(up.transferable);
        total.downloadTransferred += double(down.transferred);
        total.downloadTransferable += double(down.transferable);
        if (session->stateBadge() == StateBadge::Active) {
            ++active;
            if (session->connectionBadge() == ConnectionBadge::Connected)
                ++connected;
        }
    }
    // The aggregate counts as disconnected for the share of active sessions that are not.
    total.connectedFraction = active == 0 ? 1.0 : double(connected) / double(active);
    m_aggregate.add(total);
    Q_EMIT sampled();
}

} // namespace syncscope::monitor
