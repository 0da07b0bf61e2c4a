#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace syncscope::monitor {
class EventLog;
struct EventEntry;
} // namespace syncscope::monitor

namespace syncscope::ui {

// The event log as a table: time, session, kind, message; newest at the bottom.
class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column { TimeColumn, SessionColumn, KindColumn, MessageColumn, ColumnCount };
    enum Role { SessionIdRole = Qt::UserRole + 1, KindRole };

    explicit EventLogModel(monitor::EventLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const monitor::EventEntry &entry(int row) const;

private:
    void onAboutToDropOldest();
    void onAppended(bool droppedOldest);

    monitor::EventLog *m_log;
    int m_rows = 0;
    bool m_removing = false; // between aboutToDropOldest() and appended()
};

// Filters the event log by session (-1: all) and kind (-1: all).
class EventLogFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogFilterProxy)

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSessionFilter(int sessionId);
    void setKindFilter(int kind);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_sessionId = -1;
    int m_kind = -1;
};

} // namespace syncscope::ui
