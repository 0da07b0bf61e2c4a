#include "sessions/sessionfilterproxy.h"

#include "monitor/monitoredsession.h"
#include "sessions/sessionlistmodel.h"

namespace syncscope::ui {

SessionFilterProxy::SessionFilterProxy(SessionListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(SessionListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void SessionFilterProxy::setFilterText(const QString &text)
{
    m_filter.setText(text);
    invalidateFilter();
}

void SessionFilterProxy::setStateFilter(monitor::StateFilter state)
{
    m_filter.setState(state);
    invalidateFilter();
}

bool SessionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const monitor::MonitoredSession *session = m_source->sessionAt(sourceRow);
    return session && m_filter.matches(session->facts());
}

} // namespace syncscope::ui
