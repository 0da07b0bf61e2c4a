#pragma once

#include "monitor/sessionfilter.h"

#include <QSortFilterProxyModel>

namespace syncscope::ui {

class SessionListModel;

// Sorts by the raw values of SessionListModel::SortRole and filters with the widget-free
// monitor::SessionFilter. Not dynamic: re-sorting and re-filtering every changed row on every
// tick was a third of the GUI thread at 10,000 rows. It re-sorts when the model reports that a
// value in the sort column changed, and re-filters when a state the state filter looks at
// changed (SessionListModel::orderingDataChanged()) or the filter itself changes.
class SessionFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionFilterProxy)

public:
    explicit SessionFilterProxy(SessionListModel *source, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void setStateFilter(monitor::StateFilter state);
    const monitor::SessionFilter &filter() const { return m_filter; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void onOrderingDataChanged(const QList<int> &filterRows, bool sortValuesChanged);
    // Without dynamic sorting, rows the filter lets in (or the model adds) go to the end.
    void resort();

    SessionListModel *m_source;
    monitor::SessionFilter m_filter;
};

} // namespace syncscope::ui
