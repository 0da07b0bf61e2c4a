#pragma once

#include <QStyledItemDelegate>

namespace syncscope::ui {

// Paints a state or connection cell as a rounded badge: icon + text on a tint of the state's
// colour, framed in that colour. Text and icon come from the model (StateTable).
class BadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BadgeDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace syncscope::ui
