#include "sessions/progressdelegate.h"

#include "sessions/sessionlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace syncscope::ui {

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    // Drawn flat, not with QStyle::CE_ProgressBar: a styled bar (gradients, antialiased rounded
    // frames) per cell was most of a frame with many rows (docs/performance.md).
    const double fraction = index.data(SessionListModel::ProgressFractionRole).toDouble();
    const QString text = index.data(Qt::DisplayRole).toString();
    const QPalette &palette = option.palette;
    const QRect bar = option.rect.adjusted(3, 3, -3, -3);
    painter->save();
    painter->setPen(palette.color(QPalette::Mid));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRect(bar.adjusted(0, 0, -1, -1));
    QRect filled = bar.adjusted(1, 1, -1, -1);
    filled.setWidth(fraction <= 0 ? 0 : int(filled.width() * qMin(1.0, fraction)));
    painter->fillRect(filled, palette.color(QPalette::Highlight));
    painter->setFont(option.font);
    const QString shown = shownText(text, fraction, option.fontMetrics, bar.width() - 4);
    painter->setPen(palette.color(fraction < 0 ? QPalette::PlaceholderText : QPalette::Text));
    painter->drawText(bar, Qt::AlignCenter, shown);
    if (!filled.isEmpty()) {
        // The part of the text over the filled bar in the highlight's text colour.
        painter->setClipRect(filled);
        painter->setPen(palette.color(QPalette::HighlightedText));
        painter->drawText(bar, Qt::AlignCenter, shown);
    }
    painter->restore();
}

QString ProgressDelegate::shownText(const QString &text, double fraction,
                                    const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    if (fraction < 0) // words ("waiting"): cut
        return metrics.elidedText(text, Qt::ElideRight, width);
    // "12.3 MiB of 24.0 MiB (51 %)" cut to "12.3 MiB of 24.0 Mi…" hides what matters most;
    // the bar and the percentage say it in any language, the tooltip has the bytes.
    return metrics.elidedText(tr("%1 %").arg(int(qMin(1.0, fraction) * 100)), Qt::ElideRight,
                              width);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    return QSize(metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 24,
                 metrics.height() + 14);
}

} // namespace syncscope::ui
