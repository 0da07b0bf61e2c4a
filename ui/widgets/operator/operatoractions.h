#pragma once

#include "operator/operatorsessionsource.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace syncscope::monitor {
class MonitoredSession;
class SessionMonitor;
} // namespace syncscope::monitor

namespace syncscope::ui {

class SessionListPanel;

// The window's side of the operator API: "Attach to server…" (AttachServerDialog, then
// SessionMonitor::attachServer) and the Operator menu — disconnect the selected session's
// connection, suspend or end the session, refuse its user for a while, detach from its server —
// each enabled only for exactly one selected session of an attached server, with the reason as
// tooltip otherwise.
class OperatorActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorActions)

public:
    OperatorActions(monitor::SessionMonitor *monitor, SessionListPanel *sessions, QWidget *window);

    QAction *attachToServer() const { return m_attach; }
    QMenu *menu() const { return m_menu; }
    QAction *action(monitor::OperatorAction action) const { return m_actions.value(action); }
    QAction *detach() const { return m_detach; }

    // The selected session, if it is exactly one session of an attached server.
    monitor::OperatorSessionSource *selectedRemote() const;
    void refresh();

private:
    void chooseServer();
    void run(monitor::OperatorAction action);
    void detachSelected();

    monitor::SessionMonitor *m_monitor;
    SessionListPanel *m_sessions;
    QWidget *m_window;
    QAction *m_attach;
    QMenu *m_menu;
    QHash<monitor::OperatorAction, QAction *> m_actions;
    QHash<monitor::OperatorAction, QString> m_tips;
    QAction *m_detach;
    QPointer<monitor::MonitoredSession> m_selected; // the one row selected, if one is
};

} // namespace syncscope::ui
