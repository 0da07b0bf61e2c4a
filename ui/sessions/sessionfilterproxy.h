#pragma once

#include "monitor/sessionfilter.h"

#include <QSortFilterProxyModel>

namespace syncscope::ui {

class SessionListModel;

// Sorts by the raw values of SessionListModel::SortRole and filters with the widget-free
// monitor::SessionFilter; re-filters whenever the batched dataChanged arrives.
class SessionFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionFilterProxy)

public:
    explicit SessionFilterProxy(SessionListModel *source, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void setStateFilter(monitor::StateFilter state);
    const monitor::SessionFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    SessionListModel *m_source;
    monitor::SessionFilter m_filter;
};

} // namespace syncscope::ui
