#include "sessions/sessiontreeview.h"

namespace syncscope::ui {

std::pair<int, int> SessionTreeView::visibleRowRange() const
{
    if (!isVisible() || !model())
        return {-1, -1};
    const QModelIndex top = indexAt(QPoint(0, 0));
    if (!top.isValid())
        return {-1, -1};
    const QModelIndex bottom = indexAt(QPoint(0, viewport()->height() - 1));
    return {top.row(), bottom.isValid() ? bottom.row() : model()->rowCount() - 1};
}

void SessionTreeView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                  const QList<int> &roles)
{
    // Only top-level rows exist and all have the same height (setUniformRowHeights), so a
    // range wholly off screen changes nothing this view shows.
    if (uniformRowHeights() && !topLeft.parent().isValid()) {
        const auto [first, last] = visibleRowRange();
        if (first < 0 || bottomRight.row() < first || topLeft.row() > last)
            return;
    }
    QTreeView::dataChanged(topLeft, bottomRight, roles);
}

} // namespace syncscope::ui
