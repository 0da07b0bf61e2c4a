#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace syncscope::monitor {
class InspectedProcessSessions;
class InspectorSessionSource;
class MonitoredSession;
class SessionMonitor;
} // namespace syncscope::monitor

namespace syncscope::ui {

class SessionListPanel;

// The window's side of the inspector: "Attach to process…" (AttachProcessDialog, then one
// InspectedProcessSessions per chosen process, a child of this object) and "Simulate slow network…"
// (NetworkConditionsDialog for the one selected session of another process; disabled, with
// the reason as tooltip, otherwise).
class InspectorActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorActions)

public:
    InspectorActions(monitor::SessionMonitor *monitor, SessionListPanel *sessions, QWidget *window);
    ~InspectorActions() override;

    QAction *attachToProcess() const { return m_attach; }
    QAction *simulateSlowNetwork() const { return m_slowNetwork; }

    // Attaches to each process; false (and a line in the event log) for one that has no
    // inspector of this user.
    bool attach(qint64 pid);
    QList<qint64> attachedPids() const; // processes with sessions in the list, not gone
    // The selected session, if it is exactly one session of another process.
    monitor::InspectorSessionSource *selectedInspected() const;

    void refresh();

private:
    void chooseProcesses();
    void editNetworkConditions();

    monitor::SessionMonitor *m_monitor;
    SessionListPanel *m_sessions;
    QWidget *m_window;
    QAction *m_attach;
    QAction *m_slowNetwork;
    QPointer<monitor::MonitoredSession> m_selected; // the one row selected, if one is
};

} // namespace syncscope::ui
