#pragma once

#include <QStyledItemDelegate>

namespace syncscope::ui {

// Paints an upload or download cell as a flat progress bar with "x of y (z %)" on it; an
// unknown total (no report yet) shows as an empty bar reading "waiting".
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace syncscope::ui
