#pragma once

#include <syncscope/inspectorclient.h>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace syncscope::monitor {

class InspectorSessionSource;
class MonitoredSession;
class SessionMonitor;

// One process the monitor is attached to: an InspectorClient whose sessions become
// InspectorSessionSource rows of the SessionMonitor (new ones as the app opens them), whose
// history from before the attach goes into the event log, and whose exit shows as one event,
// "process gone", with its sessions marked gone, not as an error of each session.
class InspectedProcessSessions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectedProcessSessions)

public:
    explicit InspectedProcessSessions(SessionMonitor *monitor, QObject *parent = nullptr);
    ~InspectedProcessSessions() override;

    // Starts attaching; attached() or failed() follows. False with errorString() at once if
    // the process has no inspector of this user.
    bool attach(qint64 pid);
    qint64 pid() const { return m_pid; }
    bool isGone() const { return m_gone; }
    QString errorString() const { return m_client.errorString(); }
    InspectorClient *client() { return &m_client; }
    QList<MonitoredSession *> sessions() const;

Q_SIGNALS:
    void attached();
    void failed(const QString &error); // before the snapshot arrived
    void gone();                       // the process (or its inspector) went away

private:
    void onAttached();
    void onSessionsChanged(const QList<int> &changedIds, const QList<int> &removedIds);
    void onEvents(const QList<InspectorEvent> &events);
    void onDetached();
    void addInspected(const InspectedSession &session);
    QString processName() const;

    QPointer<SessionMonitor> m_monitor;
    InspectorClient m_client;
    qint64 m_pid = 0;
    bool m_attached = false;
    bool m_gone = false;
    QDateTime m_historyEnd;                // the newest event of the history logged at the attach
    QHash<int, MonitoredSession *> m_rows; // inspector session id -> row
};

} // namespace syncscope::monitor
