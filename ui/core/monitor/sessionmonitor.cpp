#include "monitor/sessionmonitor.h"

#include "operator/attachedserver.h"

#include "monitor/localsessionsource.h"
#include "monitor/logging.h"
#include "monitor/monitoredsession.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <utility>

namespace syncscope::monitor {

ClientConfig SessionMonitor::monitorClientConfig()
{
    ClientConfig config;
    config.pingInterval = std::chrono::seconds(5);
    return config;
}

SessionMonitor::SessionMonitor(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_local(config)
    , m_eventLog(new EventLog(EventLog::kCapacity, this))
    , m_recorder(new ProgressRecorder(ProgressRecorder::kDefaultCapacity, this))
{
    qRegisterMetaType<AttachedServer *>();
    m_sampler.setInterval(std::chrono::seconds(1));
    connect(&m_sampler, &QTimer::timeout, this, &SessionMonitor::sampleNow);
    m_sampler.start();
    m_serverOverview = new ServerOverview(this);
}

SessionMonitor::~SessionMonitor()
{
    saveHistories();
    delete m_serverOverview; // it looks at the sessions, which go now
    m_serverOverview = nullptr;
    m_servers.clear(); // their rows' sources only hold weak pointers to them
    // Sessions hold realms of the local App; they go first, telling this half-gone monitor
    // nothing as they close.
    for (MonitoredSession *session : std::as_const(m_sessions))
        session->m_observer = nullptr;
    qDeleteAll(m_sessions);
    m_sessions.clear();
    qDeleteAll(std::exchange(m_removedInBatch, {}));
    m_local.forgetUsers();
}

void SessionMonitor::setDefaultLocalDirectory(const QString &directory)
{
    m_local.setDefaultLocalDirectory(directory);
}

bool SessionMonitor::hasSessionNamed(const QString &name) const
{
    for (const MonitoredSession *session : m_sessions) {
        if (session->name() == name)
            return true;
    }
    return false;
}

MonitoredSession *SessionMonitor::addSource(std::unique_ptr<SessionSource> source,
                                            const SessionDefinition &definition)
{
    // The row tells this monitor of its changes by direct calls (MonitoredSessionObserver):
    // no connection per row.
    auto *session = new MonitoredSession(m_nextId++, std::move(source), definition, m_eventLog,
                                         m_recorder, this, this);
    m_sessions.append(session);
    const CountKey key = countKeyOf(session);
    session->m_countedAs = key.packed();
    m_counts.add(key.state, key.connection, key.hasError);
    countConnected(session, key, +1);
    ++m_sessionsByServer[session->serverText()];
    restoreHistory(session);
    Q_EMIT sessionAdded(session);
    if (m_allPaused)
        session->setPausedByPauseAll(true);
    return session;
}

SessionMonitor::Batch::Batch(SessionMonitor *monitor)
    : m_monitor(monitor)
{
    if (m_monitor)
        ++m_monitor->m_batchDepth;
}

SessionMonitor::Batch::~Batch()
{
    if (!m_monitor || --m_monitor->m_batchDepth > 0)
        return;
    Q_EMIT m_monitor->batchEnded();
    qDeleteAll(std::exchange(m_monitor->m_removedInBatch, {}));
}

MonitoredSession *SessionMonitor::addSession(const SessionDefinition &given)
{
    const SessionDefinition definition = m_local.resolved(given);
    auto source = m_local.create(definition);
    LocalSessionSource *local = source.get();
    MonitoredSession *session = addSource(std::move(source), definition);
    m_local.open(local, definition);
    return session;
}

void SessionMonitor::removeSession(MonitoredSession *session)
{
    const qsizetype index = m_sessions.indexOf(session);
    if (index < 0)
        return;
    Q_EMIT sessionAboutToBeRemoved(session);
    if (m_historyStore && session->keepsHistory()) {
        QString error;
        if (!m_historyStore->save(HistoryStore::keyOf(session->definition()), session->history(),
                                  &error))
            qCWarning(lcMonitor) << "cannot keep the chart history of" << session->name() << error;
    }
    const CountKey key = CountKey::unpacked(session->m_countedAs);
    m_counts.remove(key.state, key.connection, key.hasError);
    countConnected(session, key, -1);
    if (--m_sessionsByServer[session->serverText()] <= 0)
        m_sessionsByServer.remove(session->serverText());
    m_sessions.removeAt(index);
    // Its progress records stay in the recorder; so does what the export names them by.
    m_recorder->setLabel(session->id(), SessionLabel{session->name(), session->realmPath()});
    m_eventLog->append(session->id(), session->name(), EventKind::Monitor, tr("Removed"));
    session->m_observer = nullptr;
    if (isInBatch())
        m_removedInBatch.append(session); // the views drop its row when the batch ends
    else
        delete session; // closes its realm now, so the same file can be opened again at once
}

QHash<int, SessionLabel> SessionMonitor::progressLabels() const
{
    QHash<int, SessionLabel> labels = m_recorder->labels();
    labels.reserve(labels.size() + m_sessions.size());
    for (const MonitoredSession *session : m_sessions)
        labels.insert(session->id(), SessionLabel{session->name(), session->realmPath()});
    return labels;
}

MonitoredSession *SessionMonitor::replaceSession(MonitoredSession *session,
                                                 const SessionDefinition &definition)
{
    const qsizetype index = m_sessions.indexOf(session);
    if (index < 0)
        return nullptr;
    removeSession(session);
    MonitoredSession *replacement = addSession(definition);
    // Back to where the old one was, so its row does not jump to the end.
    m_sessions.move(m_sessions.size() - 1, index);
    return replacement;
}

void SessionMonitor::addWorkspace(const Workspace &workspace)
{
    if (!workspace.title.isEmpty())
        m_title = workspace.title;
    {
        const Batch batch(this);
        for (const SessionDefinition &definition : workspace.sessions)
            addSession(definition);
    }
    for (const ServerAttachment &server : workspace.servers)
        attachServer(server);
}

Workspace SessionMonitor::workspace() const
{
    Workspace out;
    out.title = m_title;
    for (const MonitoredSession *session : m_sessions) {
        if (session->source()->savedInWorkspace())
            out.sessions.append(session->definition());
    }
    for (const auto &server : m_servers)
        out.servers.append(server->attachment());
    return out;
}

AttachedServer *SessionMonitor::attachServer(const ServerAttachment &attachment)
{
    m_servers.push_back(std::make_unique<AttachedServer>(this, attachment));
    AttachedServer *server = m_servers.back().get();
    Q_EMIT serverAttached(server);
    server->start();
    return server;
}

void SessionMonitor::detachServer(AttachedServer *server)
{
    const auto it = std::find_if(m_servers.begin(), m_servers.end(),
                                 [server](const auto &owned) { return owned.get() == server; });
    if (it == m_servers.end())
        return;
    Q_EMIT serverAboutToBeDetached(server);
    const QList<MonitoredSession *> rows = server->sessions();
    std::unique_ptr<AttachedServer> owned = std::move(*it);
    m_servers.erase(it);
    owned.reset();
    const Batch batch(this);
    for (MonitoredSession *row : rows)
        removeSession(row);
}

QList<AttachedServer *> SessionMonitor::attachedServers() const
{
    QList<AttachedServer *> out;
    for (const auto &server : m_servers)
        out.append(server.get());
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

void SessionMonitor::rowChanged(MonitoredSession *row)
{
    recount(row);
    Q_EMIT sessionChanged(row);
}

void SessionMonitor::recount(MonitoredSession *session)
{
    const CountKey key = countKeyOf(session);
    const CountKey counted = CountKey::unpacked(session->m_countedAs);
    if (key == counted)
        return;
    m_counts.remove(counted.state, counted.connection, counted.hasError);
    m_counts.add(key.state, key.connection, key.hasError);
    countConnected(session, counted, -1);
    countConnected(session, key, +1);
    session->m_countedAs = key.packed();
    Q_EMIT sessionStateChanged(session);
}

void SessionMonitor::countConnected(const MonitoredSession *session, const CountKey &key, int delta)
{
    if (key.connection != ConnectionBadge::Connected)
        return;
    const QString server = session->serverText();
    auto it = m_connectedByServer.find(server);
    if (it == m_connectedByServer.end())
        it = m_connectedByServer.insert(server, 0);
    *it += delta;
    if (*it <= 0) {
        m_connectedByServer.erase(it);
        // After the recount of this change (the session's new state is not counted yet).
        QMetaObject::invokeMethod(
            this, [this, server] { checkServerLost(server); }, Qt::QueuedConnection);
    } else if (delta > 0) {
        if (const QDateTime since = m_lostServers.take(server); since.isValid()) {
            m_eventLog->append(-1, QString(), EventKind::Connection,
                               tr("Server %1 is reachable again (it was lost at %2)")
                                   .arg(server, QLocale().toString(since, QLocale::ShortFormat)));
            Q_EMIT serverRegained(server, since);
        }
    }
}

void SessionMonitor::checkServerLost(const QString &server)
{
    if (m_connectedByServer.contains(server) || m_lostServers.contains(server))
        return;
    // Lost only if a session of it still wants to sync: Pause all, closing or removing the
    // sessions are no outage.
    bool wantsToSync = false;
    for (const MonitoredSession *s : std::as_const(m_sessions))
        wantsToSync |= s->serverText() == server && s->stateBadge() == StateBadge::Active;
    if (!wantsToSync)
        return;
    const QDateTime now = QDateTime::currentDateTime();
    m_lostServers.insert(server, now);
    m_eventLog->append(-1, QString(), EventKind::Error,
                       tr("Lost the connection to server %1: no session reaches it").arg(server));
    Q_EMIT serverLost(server, now);
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

int SessionMonitor::stalledCount() const
{
    int count = 0;
    for (const MonitoredSession *session : m_sessions)
        count += session->isStalled() ? 1 : 0;
    return count;
}

int SessionMonitor::serverCount() const
{
    return int(m_sessionsByServer.size());
}

int SessionMonitor::connectedServerCount() const
{
    return int(m_connectedByServer.size());
}

void SessionMonitor::keepHistoryIn(const QString &directory)
{
    m_historyStore.emplace(directory);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_historyStore->prune(now);
    QString error;
    if (m_historyStore->load(aggregateHistoryKey(), &m_aggregate, &error))
        m_aggregate.markGapUntil(now);
    for (MonitoredSession *session : std::as_const(m_sessions))
        restoreHistory(session);
    // A crash or SIGKILL loses at most a minute of history.
    m_historySaver.setInterval(std::chrono::minutes(1));
    connect(&m_historySaver, &QTimer::timeout, this, &SessionMonitor::saveHistories,
            Qt::UniqueConnection);
    m_historySaver.start();
}

QString SessionMonitor::aggregateHistoryKey() const
{
    return QStringLiteral("workspace\n") + m_title;
}

void SessionMonitor::restoreHistory(MonitoredSession *session)
{
    // A row that keeps no history (a server's session) has none kept from an earlier run either.
    if (!m_historyStore || !session->keepsHistory())
        return;
    RateHistory history;
    QString error;
    if (!m_historyStore->load(HistoryStore::keyOf(session->definition()), &history, &error))
        return; // nothing kept, or unusable: the chart starts empty, as it did before
    history.markGapUntil(QDateTime::currentMSecsSinceEpoch());
    session->restoreHistory(history);
}

void SessionMonitor::saveHistories()
{
    if (!m_historyStore)
        return;
    QString error;
    for (const MonitoredSession *session : std::as_const(m_sessions)) {
        if (!session->keepsHistory())
            continue;
        if (!m_historyStore->save(HistoryStore::keyOf(session->definition()), session->history(),
                                  &error))
            qCWarning(lcMonitor) << "cannot keep the chart history of" << session->name() << error;
    }
    if (!m_historyStore->save(aggregateHistoryKey(), m_aggregate, &error))
        qCWarning(lcMonitor) << "cannot keep the chart history of the workspace" << error;
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
        recount(session);
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
