#pragma once

#include "monitor/eventfilter.h"

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

// Filters the event log with a monitor::EventFilter: session, any set of kinds, search text.
class EventLogFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogFilterProxy)

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSessionFilter(int sessionId); // -1: all
    void setKindShown(monitor::EventKind kind, bool shown);
    void setKinds(quint32 kinds); // bit i: EventKind(i)
    void setSearchText(const QString &text);
    const monitor::EventFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    monitor::EventFilter m_filter;
};

} // namespace syncscope::ui
