#pragma once

#include <QTreeView>

namespace syncscope::ui {

// The session list's view. The model reports every changed row (a second view and the model
// tests rely on it), most of them off screen when thousands of sessions are listed; a flat list
// with uniform row heights has nothing to repaint or re-measure for those, so they are skipped
// here rather than walked row by row by QTreeView.
class SessionTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTreeView)

public:
    using QTreeView::QTreeView;

    // The proxy rows on screen, or {-1, -1} when none is.
    std::pair<int, int> visibleRowRange() const;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = {}) override;
};

} // namespace syncscope::ui
