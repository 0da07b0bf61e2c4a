#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QPushButton;
class QLabel;
class QTreeWidget;

namespace syncscope::monitor {
class AttachedServer;
class SessionMonitor;
} // namespace syncscope::monitor

namespace syncscope::ui {

// The "Servers" tab: for the attached server chosen in the box (one per server the monitor is
// attached to), its health (reachable or not, since when, the last connect error), its
// connections and sessions (per state), commit latency and rate, and its realms ordered by size
// and by sessions behind. Refreshed at most four times a second, like the server's deltas.
class ServerPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPane)

public:
    explicit ServerPane(monitor::SessionMonitor *monitor, QWidget *parent = nullptr);

    monitor::AttachedServer *currentServer() const;
    void setCurrentServer(monitor::AttachedServer *server);

    QComboBox *serverBox() const { return m_servers; }
    QLabel *healthLabel() const { return m_health; }
    QLabel *errorLabel() const { return m_lastError; }
    QLabel *figuresLabel() const { return m_figures; }
    QLabel *sessionsLabel() const { return m_sessionStates; }
    QPushButton *showSessionsButton() const { return m_showSessions; }
    QTreeWidget *realmsBySize() const { return m_bySize; }
    QTreeWidget *realmsBehind() const { return m_behind; }

    void refresh();

Q_SIGNALS:
    // "Show its sessions": the list should filter on this text (the server's host:port), so the
    // details' charts add up that server's sessions.
    void showSessionsRequested(const QString &filterText);

private:
    void rebuildServerList();
    void scheduleRefresh();

    monitor::SessionMonitor *m_monitor;
    QComboBox *m_servers;
    QLabel *m_empty;
    QWidget *m_body;
    QLabel *m_health;
    QLabel *m_lastError;
    QLabel *m_figures;
    QLabel *m_sessionStates;
    QPushButton *m_showSessions;
    QTreeWidget *m_bySize;
    QTreeWidget *m_behind;
    QTimer m_throttle;
};

} // namespace syncscope::ui
