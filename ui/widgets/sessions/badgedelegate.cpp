#include "sessions/badgedelegate.h"

#include "sessions/sessionlistmodel.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>

namespace syncscope::ui {

namespace {
constexpr int kPadding = 6;
constexpr int kMargin = 3;
} // namespace

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Background (selection, focus) as the style draws it, without text or icon.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QColor colour = index.data(SessionListModel::BadgeColourRole).value<QColor>();
    const QFontMetrics metrics(option.font);
    const int iconSide = metrics.height();
    const int width = kPadding + iconSide + 4 + metrics.horizontalAdvance(text) + 2 + kPadding;
    QRect badge(option.rect.left() + kMargin, option.rect.top() + kMargin,
                qMin(width, option.rect.width() - 2 * kMargin), option.rect.height() - 2 * kMargin);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = colour;
    fill.setAlphaF(0.16f);
    painter->setPen(QPen(colour, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), badge.height() / 2.0,
                             badge.height() / 2.0);
    const QRect iconRect(badge.left() + kPadding, badge.center().y() - iconSide / 2 + 1, iconSide,
                         iconSide);
    icon.paint(painter, iconRect);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                             : option.palette.color(QPalette::Text));
    painter->setFont(option.font);
    const QRect textRect = badge.adjusted(kPadding + iconSide + 4, 0, -kPadding, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const QString text = index.data(Qt::DisplayRole).toString();
    return QSize(2 * kMargin + 2 * kPadding + metrics.height() + 4 +
                     metrics.horizontalAdvance(text),
                 metrics.height() + 2 * kMargin + 8);
}

} // namespace syncscope::ui
