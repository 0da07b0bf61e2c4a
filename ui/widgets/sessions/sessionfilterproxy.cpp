#include "sessions/sessionfilterproxy.h"

#include "monitor/monitoredsession.h"
#include "sessions/sessionlistmodel.h"

namespace syncscope::ui {

SessionFilterProxy::SessionFilterProxy(SessionListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setDynamicSortFilter(false);
    setSourceModel(source);
    setSortRole(SessionListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    connect(source, &SessionListModel::orderingDataChanged, this,
            &SessionFilterProxy::onOrderingDataChanged);
    connect(source, &QAbstractItemModel::rowsInserted, this, &SessionFilterProxy::resort);
}

void SessionFilterProxy::setFilterText(const QString &text)
{
    m_filter.setText(text);
    invalidateRowsFilter();
    resort();
}

void SessionFilterProxy::setStateFilter(monitor::StateFilter state)
{
    m_filter.setState(state);
    invalidateRowsFilter();
    resort();
}

void SessionFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_source->setSortColumn(column);
    QSortFilterProxyModel::sort(column, order);
}

void SessionFilterProxy::resort()
{
    if (sortColumn() >= 0)
        QSortFilterProxyModel::sort(sortColumn(), sortOrder());
}

void SessionFilterProxy::onOrderingDataChanged(const QList<int> &filterRows, bool sortValuesChanged)
{
    // The text filter looks only at values that never change; "All" lets every state in.
    const bool filterMayChange =
        !filterRows.isEmpty() && m_filter.state() != monitor::StateFilter::All;
    if (filterMayChange)
        invalidateRowsFilter();
    if (filterMayChange || sortValuesChanged)
        resort();
}

bool SessionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const monitor::MonitoredSession *session = m_source->sessionAt(sourceRow);
    return session && m_filter.matches(session->facts());
}

} // namespace syncscope::ui
