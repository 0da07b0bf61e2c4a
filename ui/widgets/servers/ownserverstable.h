#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace syncscope::monitor {
class SessionMonitor;
} // namespace syncscope::monitor

namespace syncscope::ui {

// The top of the "Servers" tab: one row a server that the monitor's own sessions use
// (ServerOverview) — reachable or not and since when, its sessions per health and per Realm
// state, the keep-alive round trip and the last connect error. Activating a row filters the
// session list on that server. Refreshed at most four times a second.
class OwnServersTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnServersTable)

public:
    enum Column { Server, Reach, Since, Sessions, RealmStates, RoundTrip, LastConnectError };
    Q_ENUM(Column)

    explicit OwnServersTable(monitor::SessionMonitor *monitor, QWidget *parent = nullptr);

    QTreeWidget *table() const { return m_table; }
    QLabel *emptyLabel() const { return m_empty; }
    bool isEmpty() const;

    void refresh();

Q_SIGNALS:
    // The list should filter on this text (the server's host:port).
    void showSessionsRequested(const QString &filterText);
    // The table got its first row or lost its last (the window gives the room to the pane
    // below while there is nothing to list).
    void emptyChanged(bool empty);

private:
    void scheduleRefresh();

    monitor::SessionMonitor *m_monitor;
    QLabel *m_empty;
    QTreeWidget *m_table;
    QTimer m_throttle;
};

} // namespace syncscope::ui
