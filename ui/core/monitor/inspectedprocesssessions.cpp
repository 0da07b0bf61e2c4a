#include "monitor/inspectedprocesssessions.h"

#include "monitor/inspectorsessionsource.h"
#include "monitor/monitoredsession.h"
#include "monitor/sessionmonitor.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace syncscope::monitor {

namespace {

InspectorSessionSource *sourceOf(MonitoredSession *row)
{
    return qobject_cast<InspectorSessionSource *>(row->source());
}

EventKind eventKindOf(const QString &kind)
{
    if (kind == "state"_L1 || kind == "added"_L1 || kind == "removed"_L1)
        return EventKind::State;
    if (kind == "connection"_L1 || kind == "network"_L1)
        return EventKind::Connection;
    if (kind == "error"_L1 || kind == "connectionError"_L1)
        return EventKind::Error;
    if (kind == "command"_L1)
        return EventKind::Pause;
    return EventKind::Monitor;
}

} // namespace

InspectedProcessSessions::InspectedProcessSessions(SessionMonitor *monitor, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
{
    connect(&m_client, &InspectorClient::attached, this, &InspectedProcessSessions::onAttached);
    connect(&m_client, &InspectorClient::sessionsChanged, this,
            &InspectedProcessSessions::onSessionsChanged);
    connect(&m_client, &InspectorClient::eventsReceived, this, &InspectedProcessSessions::onEvents);
    connect(&m_client, &InspectorClient::detached, this, &InspectedProcessSessions::onDetached);
}

InspectedProcessSessions::~InspectedProcessSessions()
{
    // The rows outlive us in the monitor: they must not call a client that is going away.
    const QSignalBlocker blocker(&m_client);
    for (MonitoredSession *row : std::as_const(m_rows)) {
        if (InspectorSessionSource *source = sourceOf(row))
            source->markGone();
    }
}

bool InspectedProcessSessions::attach(qint64 pid)
{
    m_pid = pid;
    if (!m_client.attach(pid))
        return false;
    return true;
}

QList<MonitoredSession *> InspectedProcessSessions::sessions() const
{
    return m_rows.values();
}

QString InspectedProcessSessions::processName() const
{
    const InspectedProcess process = m_client.process();
    const QString name =
        process.name.isEmpty() ? QFileInfo(process.executable).fileName() : process.name;
    return u"%1 [%2]"_s.arg(name).arg(process.pid);
}

void InspectedProcessSessions::addInspected(const InspectedSession &session)
{
    if (!m_monitor || m_rows.contains(session.id))
        return;
    auto source = std::make_unique<InspectorSessionSource>(&m_client, session, processName());
    SessionDefinition definition; // what Save workspace writes: no token, nothing to reopen
    definition.name = source->facts().name;
    definition.serverUrl = session.serverUrl;
    definition.additionalServerUrls = session.additionalServerUrls;
    definition.realmPath = session.realmPath;
    m_rows.insert(session.id, m_monitor->addSource(std::move(source), definition));
}

void InspectedProcessSessions::onAttached()
{
    if (!m_monitor)
        return;
    m_attached = true;
    m_monitor->eventLog()->append(-1, QString(), EventKind::Monitor,
                                  tr("Attached to process %1 (%2 sessions)")
                                      .arg(processName())
                                      .arg(m_client.sessions().size()));
    {
        const SessionMonitor::Batch batch(m_monitor);
        for (const InspectedSession &session : m_client.sessions())
            addInspected(session);
    }
    // The app's history from before the attach, with the time it happened.
    for (const InspectorEvent &event : m_client.events()) {
        m_historyEnd = std::max(m_historyEnd, event.time);
        MonitoredSession *row = m_rows.value(event.sessionId);
        m_monitor->eventLog()->append(
            row ? row->id() : -1, row ? row->name() : processName(), eventKindOf(event.kind),
            tr("Before the attach, at %1: %2")
                .arg(event.time.toLocalTime().toString(Qt::ISODateWithMs), event.detail));
    }
    Q_EMIT attached();
}

void InspectedProcessSessions::onSessionsChanged(const QList<int> &changedIds,
                                                 const QList<int> &removedIds)
{
    if (!m_attached)
        return;
    const SessionMonitor::Batch batch(m_monitor);
    for (int id : changedIds) {
        const InspectedSession session = m_client.session(id);
        if (session.id == 0)
            continue;
        if (MonitoredSession *row = m_rows.value(id)) {
            if (InspectorSessionSource *source = sourceOf(row))
                source->update(session);
        } else {
            addInspected(session);
        }
    }
    for (int id : removedIds) {
        if (MonitoredSession *row = m_rows.value(id)) {
            if (InspectorSessionSource *source = sourceOf(row))
                source->markGone();
        }
    }
}

void InspectedProcessSessions::onEvents(const QList<InspectorEvent> &events)
{
    // After the attach the facts tell state, connection and errors; only what they do not
    // (a command another client sent) goes to the log here.
    if (!m_attached || !m_monitor)
        return;
    for (const InspectorEvent &event : events) {
        // The whole history comes once more after attached(): it is in the log already.
        if (event.kind != "command"_L1 || event.time <= m_historyEnd)
            continue;
        MonitoredSession *row = m_rows.value(event.sessionId);
        m_monitor->eventLog()->append(row ? row->id() : -1, row ? row->name() : processName(),
                                      EventKind::Pause, event.detail);
    }
}

void InspectedProcessSessions::onDetached()
{
    if (m_gone)
        return;
    m_gone = true;
    if (!m_attached) {
        Q_EMIT failed(m_client.errorString());
        return;
    }
    for (MonitoredSession *row : std::as_const(m_rows)) {
        if (InspectorSessionSource *source = sourceOf(row))
            source->markGone();
    }
    if (m_monitor) {
        m_monitor->eventLog()->append(-1, QString(), EventKind::Monitor,
                                      tr("Process %1 is gone; its %n sessions are no longer "
                                         "watched",
                                         nullptr, int(m_rows.size()))
                                          .arg(processName()));
    }
    Q_EMIT gone();
}

} // namespace syncscope::monitor
