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
    m_filter.setSessionId(sessionId);
    invalidateFilter();
}

void EventLogFilterProxy::setKindShown(EventKind kind, bool shown)
{
    m_filter.setKindShown(kind, shown);
    invalidateFilter();
}

void EventLogFilterProxy::setKinds(quint32 kinds)
{
    m_filter.setKinds(kinds);
    invalidateFilter();
}

void EventLogFilterProxy::setSearchText(const QString &text)
{
    m_filter.setText(text);
    invalidateFilter();
}

bool EventLogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = static_cast<const EventLogModel *>(sourceModel());
    if (sourceParent.isValid() || sourceRow < 0 || sourceRow >= model->rowCount())
        return false;
    return m_filter.accepts(model->entry(sourceRow));
}

} // namespace syncscope::ui
