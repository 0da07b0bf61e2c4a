#include "monitor/appsessions.h"

#include "monitor/localsessionsource.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"

#include <syncscope/app.h>
#include <syncscope/syncsession.h>

namespace syncscope::monitor {

AppSessions::AppSessions(App *app, SessionMonitor *monitor, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_monitor(monitor)
{
    if (!m_app || !m_monitor)
        return;
    connect(m_app, &App::sessionAdded, this, &AppSessions::add);
    connect(m_app, &App::sessionRemoved, this, &AppSessions::remove);
    // ~App() removes its sessions silently; the rows must not outlive them.
    connect(m_app, &QObject::destroyed, this, &AppSessions::removeAll);
    for (SyncSession *session : m_app->allSessions())
        add(session);
}

AppSessions::~AppSessions()
{
    if (m_app)
        m_app->disconnect(this);
}

MonitoredSession *AppSessions::rowOf(const SyncSession *session) const
{
    return m_rows.value(session);
}

void AppSessions::add(SyncSession *session)
{
    if (!m_monitor || m_rows.contains(session))
        return;
    const SyncConfig config = session->config();
    SessionDefinition definition;
    definition.name = config.realmPath;
    definition.serverUrl = config.serverUrl;
    definition.additionalServerUrls = config.additionalServerUrls;
    definition.realmPath = config.realmPath;
    definition.localPath = config.localPath;
    auto source = std::make_unique<LocalSessionSource>(definition);
    LocalSessionSource *local = source.get();
    m_rows.insert(session, m_monitor->addSource(std::move(source), definition));
    local->watch(session); // after addSource: the row hears the facts and the first events
}

void AppSessions::remove(SyncSession *session)
{
    MonitoredSession *row = m_rows.take(session);
    if (row && m_monitor)
        m_monitor->removeSession(row);
}

void AppSessions::removeAll()
{
    const QList<const SyncSession *> sessions = m_rows.keys();
    for (const SyncSession *session : sessions) {
        MonitoredSession *row = m_rows.take(session);
        if (m_monitor)
            m_monitor->removeSession(row);
    }
}

} // namespace syncscope::monitor
