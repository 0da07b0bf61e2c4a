#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace syncscope::monitor {
class MonitoredSession;
class SessionMonitor;
} // namespace syncscope::monitor

namespace syncscope::ui {

// One row per monitored session. Changes are collected and published by a timer as a single
// dataChanged() over the rows that changed (qBittorrent's trick), so a busy session list costs
// one repaint per tick rather than one per progress report.
class SessionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListModel)

public:
    enum Column {
        NameColumn,
        RealmColumn,
        UserColumn,
        ServerColumn,
        StateColumn,
        ConnectionColumn,
        UploadColumn,
        DownloadColumn,
        UploadRateColumn,
        DownloadRateColumn,
        LastErrorColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value for sorting
        SessionIdRole,
        BadgeColourRole,      // QColor for the state and connection columns
        ProgressFractionRole, // 0..1, or -1 while unknown
        BadgeKindRole,        // int(StateBadge) / int(ConnectionBadge)
    };

    explicit SessionListModel(monitor::SessionMonitor *monitor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    monitor::MonitoredSession *sessionAt(int row) const;
    int rowOf(const monitor::MonitoredSession *session) const;

    void setUpdateInterval(std::chrono::milliseconds interval) { m_flush.setInterval(interval); }
    // Publishes pending changes now (the timer does it every tick).
    void flush();

Q_SIGNALS:
    void flushed(); // after each batched dataChanged: counts and actions may have changed

private:
    QIcon badgeIcon(int column, int badge) const;
    void onSessionAdded(monitor::MonitoredSession *session);
    void markDirty(monitor::MonitoredSession *session);

    monitor::SessionMonitor *m_monitor;
    QList<monitor::MonitoredSession *> m_rows;
    QHash<const monitor::MonitoredSession *, int> m_rowOf; // rows are only appended
    QSet<int> m_dirtyRows;
    QTimer m_flush;
    mutable QHash<int, QIcon> m_icons; // by column, badge and palette darkness
};

} // namespace syncscope::ui
