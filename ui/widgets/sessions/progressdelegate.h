#pragma once

#include <QStyledItemDelegate>

namespace syncscope::ui {

// Paints an upload or download cell as a flat progress bar with "x of y (z %)" on it, or only
// "z %" when the column is too narrow for that; an unknown total (no report yet) shows as an
// empty bar reading "waiting".
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // What the bar reads in `width` pixels: the text, or only the percentage (fraction >= 0)
    // when the text does not fit, cut with "…" only when even that does not fit.
    static QString shownText(const QString &text, double fraction, const QFontMetrics &metrics,
                             int width);
};

} // namespace syncscope::ui
