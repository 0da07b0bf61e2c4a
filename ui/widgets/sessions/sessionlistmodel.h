#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QTimer>

#include <chrono>
#include <functional>

namespace syncscope::monitor {
class MonitoredSession;
class SessionMonitor;
} // namespace syncscope::monitor

namespace syncscope::ui {

// One row per monitored session. Changes are collected and published by a timer (qBittorrent's
// trick), so a busy session list costs one repaint per tick rather than one per progress report.
// With a Viewport set, a tick publishes one dataChanged() per run of changed rows on screen first,
// then one per run of the changed rows off screen — every changed row is covered exactly once, so
// any view or model tester stays right — and the session view skips the off-screen ranges without
// walking their rows (a dataChanged() over thousands of rows made QTreeView walk every one; a
// whole-viewport repaint instead doubled the busy time at 200 live rows). The
// sort column's values are compared with their last published ones and the monitor reports changes
// of state, so the proxy re-sorts and re-filters only when that actually changed
// (orderingDataChanged()).
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
        HealthColumn, // leads: Syncing / Retrying / Offline for … / Paused / Failed
        StateColumn,  // Realm's words: Active / Paused / Inactive / Invalid
        ConnectionColumn,
        UploadColumn,
        DownloadColumn,
        UploadRateColumn,
        DownloadRateColumn,
        EtaColumn, // time left for the transfers in progress
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

    // Where the rows are shown: their changes are published first. Without one, flush() emits one
    // dataChanged() from the first to the last changed row.
    struct Viewport
    {
        std::function<QList<int>()> visibleRows; // source rows on screen, top to bottom
    };
    void setViewport(Viewport viewport) { m_viewport = std::move(viewport); }

    // The column the proxy sorts by (-1: none); flush() watches its values for changes.
    void setSortColumn(int column);
    // The raw value SortRole returns, without building the display texts.
    QVariant sortValue(int row, int column) const;

Q_SIGNALS:
    void flushed(); // after each batched update: counts and actions may have changed
    // Emitted by flush() before the repaint: `filterRows` had their state, connection or error
    // change (what the state filter looks at); `sortValuesChanged` if a changed row's value in
    // the sort column changed.
    void orderingDataChanged(const QList<int> &filterRows, bool sortValuesChanged);

private:
    QIcon badgeIcon(int column, int badge) const;
    void onSessionAdded(monitor::MonitoredSession *session);
    void onBatchEnded();
    void dropRows(int first, int last);
    void onSessionAboutToBeRemoved(monitor::MonitoredSession *session);
    void markDirty(monitor::MonitoredSession *session);
    void appendRow(monitor::MonitoredSession *session);
    void publish(int first, int last);
    void markStateDirty(monitor::MonitoredSession *session);
    // Name, realm, user and server never change: sorted by them, nothing can move.
    bool sortCanMove() const { return m_sortColumn >= HealthColumn; }

    monitor::SessionMonitor *m_monitor;
    QList<monitor::MonitoredSession *> m_rows;
    // Each row's session id. Sessions become rows in the order of their ids, so rowOf() is a
    // binary search here; a hash from session to row had to be renumbered after every removed
    // row, which made removing 10,000 rows (a detach, a server restart) take seconds.
    QList<int> m_rowIds;
    // Added during a SessionMonitor::Batch, inserted as one range when it ends.
    QList<monitor::MonitoredSession *> m_pendingRows;
    // Rows whose sessions a batch removed, dropped when it ends (the sessions live until then).
    QList<int> m_pendingRemovals;
    // A flag per row rather than a set: at 10,000 rows changing every tick, hashing and
    // sorting the changed rows cost more than scanning the flags in row order.
    QList<bool> m_dirty;
    qsizetype m_dirtyCount = 0;
    // Rows whose state, connection or error changed since the last flush (the monitor says so).
    QList<bool> m_stateDirty;
    // Last published values of the sort column, by row; empty while sortCanMove() is false (32
    // bytes a row that nothing would read, the list being sorted by name by default).
    QList<QVariant> m_sortValues;
    int m_sortColumn = -1;
    Viewport m_viewport;
    QTimer m_flush;
    mutable QHash<int, QIcon> m_icons; // by column, badge and palette darkness
};

} // namespace syncscope::ui
