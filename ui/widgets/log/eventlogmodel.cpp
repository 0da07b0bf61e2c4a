#include "log/eventlogmodel.h"

#include "monitor/eventlog.h"

#include <QLocale>

namespace syncscope::ui {

using namespace monitor;

EventLogModel::EventLogModel(EventLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_rows(int(log->size()))
{
    connect(log, &EventLog::aboutToDropOldest, this, &EventLogModel::onAboutToDropOldest);
    connect(log, &EventLog::appended, this, &EventLogModel::onAppended);
}

void EventLogModel::onAboutToDropOldest()
{
    // Views and proxies read the row being removed in rowsAboutToBeRemoved(): it must still be
    // there, so the removal starts before the log drops it.
    if (m_rows > 0) {
        beginRemoveRows({}, 0, 0);
        m_removing = true;
    }
}

void EventLogModel::onAppended(bool)
{
    if (m_removing) {
        --m_rows;
        m_removing = false;
        endRemoveRows();
    }
    beginInsertRows({}, m_rows, m_rows);
    ++m_rows;
    endInsertRows();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const EventEntry &EventLogModel::entry(int row) const
{
    return m_log->at(row);
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SessionColumn:
        return tr("Session");
    case KindColumn:
        return tr("Kind");
    case MessageColumn:
        return tr("Event");
    default:
        return {};
    }
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const EventEntry &e = m_log->at(index.row());
    if (role == SessionIdRole)
        return e.sessionId;
    if (role == KindRole)
        return int(e.kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return role == Qt::ToolTipRole ? QLocale().toString(e.time, QLocale::LongFormat)
                                       : e.time.toString(QStringLiteral("HH:mm:ss.zzz"));
    case SessionColumn:
        return e.sessionId < 0 ? tr("(monitor)") : e.sessionName;
    case KindColumn:
        return eventKindText(e.kind);
    case MessageColumn:
        return e.message;
    default:
        return {};
    }
}

void EventLogFilterProxy::setSessionFilter(int sessionId)
{
    m_sessionId = sessionId;
    invalidateFilter();
}

void EventLogFilterProxy::setKindFilter(int kind)
{
    m_kind = kind;
    invalidateFilter();
}

bool EventLogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_sessionId != -1 && index.data(EventLogModel::SessionIdRole).toInt() != m_sessionId)
        return false;
    return m_kind == -1 || index.data(EventLogModel::KindRole).toInt() == m_kind;
}

} // namespace syncscope::ui
