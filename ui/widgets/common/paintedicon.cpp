#include "common/paintedicon.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace syncscope::ui {

namespace {

void drawShape(QPainter &p, IconShape shape, const QRectF &r, const QColor &colour)
{
    const qreal w = r.width();
    const qreal u = w / 16.0; // design grid: 16 x 16
    auto at = [&](qreal x, qreal y) { return QPointF(r.left() + x * u, r.top() + y * u); };
    QPen pen(colour, qMax<qreal>(1.0, 1.6 * u), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);

    auto triangle = [&](qreal x0, qreal y0, qreal x1, qreal y1) {
        QPainterPath path;
        path.moveTo(at(x0, y0));
        path.lineTo(at(x1, (y0 + y1) / 2));
        path.lineTo(at(x0, y1));
        path.closeSubpath();
        p.fillPath(path, colour);
    };
    auto bars = [&](qreal x, qreal y0, qreal y1, qreal width, qreal gap) {
        p.fillRect(QRectF(at(x, y0), at(x + width, y1)), colour);
        p.fillRect(QRectF(at(x + width + gap, y0), at(x + 2 * width + gap, y1)), colour);
    };
    auto arrowDown = [&](qreal x, qreal y0, qreal y1) {
        p.drawLine(at(x, y0), at(x, y1));
        p.drawLine(at(x - 3, y1 - 3), at(x, y1));
        p.drawLine(at(x + 3, y1 - 3), at(x, y1));
    };

    switch (shape) {
    case IconShape::Play:
        triangle(4, 2.5, 13, 13.5);
        break;
    case IconShape::Pause:
        bars(3.5, 3, 13, 3.2, 2.6);
        break;
    case IconShape::PauseAll:
        bars(1.5, 2, 10, 2.4, 1.6);
        bars(8.5, 6, 14, 2.4, 1.6);
        break;
    case IconShape::PlayAll:
        triangle(1.5, 2, 8.5, 10);
        triangle(7.5, 6, 14.5, 14);
        break;
    case IconShape::PauseTimer:
        p.drawEllipse(QRectF(at(1.5, 1.5), at(14.5, 14.5)));
        p.drawLine(at(8, 8), at(8, 4));
        p.drawLine(at(8, 8), at(11, 9.5));
        break;
    case IconShape::Stop:
        p.fillRect(QRectF(at(3.5, 3.5), at(12.5, 12.5)), colour);
        break;
    case IconShape::Cross:
        pen.setWidthF(2.2 * u);
        p.setPen(pen);
        p.drawLine(at(3.5, 3.5), at(12.5, 12.5));
        p.drawLine(at(12.5, 3.5), at(3.5, 12.5));
        break;
    case IconShape::Connected:
        p.setBrush(colour);
        p.drawEllipse(QRectF(at(3, 3), at(13, 13)));
        break;
    case IconShape::Connecting:
        p.drawArc(QRectF(at(2.5, 2.5), at(13.5, 13.5)), 30 * 16, 270 * 16);
        p.setBrush(colour);
        p.drawEllipse(QRectF(at(6.5, 6.5), at(9.5, 9.5)));
        break;
    case IconShape::Disconnected:
        p.drawEllipse(QRectF(at(3, 3), at(13, 13)));
        p.drawLine(at(2, 14), at(14, 2));
        break;
    case IconShape::Reconnect: {
        p.drawArc(QRectF(at(2.5, 2.5), at(13.5, 13.5)), 60 * 16, 280 * 16);
        QPainterPath head;
        head.moveTo(at(9.5, 0.8));
        head.lineTo(at(13.5, 3.2));
        head.lineTo(at(9.8, 5.8));
        head.closeSubpath();
        p.fillPath(head, colour);
        break;
    }
    case IconShape::Export:
        arrowDown(8, 1.5, 10);
        p.drawPolyline(QList<QPointF>{at(2, 10), at(2, 14.5), at(14, 14.5), at(14, 10)});
        break;
    case IconShape::Add:
        pen.setWidthF(2.2 * u);
        p.setPen(pen);
        p.drawLine(at(8, 2.5), at(8, 13.5));
        p.drawLine(at(2.5, 8), at(13.5, 8));
        break;
    case IconShape::Save:
        p.drawRoundedRect(QRectF(at(2, 2), at(14, 14)), u, u);
        p.fillRect(QRectF(at(5, 2), at(11, 6)), colour);
        p.drawRect(QRectF(at(4.5, 9), at(11.5, 14)));
        break;
    case IconShape::Open:
        p.drawPolyline(QList<QPointF>{at(1.5, 13.5), at(1.5, 3), at(6, 3), at(7.5, 4.5),
                                      at(13, 4.5), at(13, 7)});
        p.drawPolyline(
            QList<QPointF>{at(1.5, 13.5), at(4, 7), at(15, 7), at(12.5, 13.5), at(1.5, 13.5)});
        break;
    case IconShape::Copy:
        p.drawRect(QRectF(at(2, 2), at(10, 10)));
        p.drawRect(QRectF(at(6, 6), at(14, 14)));
        break;
    case IconShape::Warning: {
        QPainterPath path;
        path.moveTo(at(8, 1.5));
        path.lineTo(at(15, 14));
        path.lineTo(at(1, 14));
        path.closeSubpath();
        p.drawPath(path);
        p.drawLine(at(8, 6), at(8, 9.5));
        p.drawPoint(at(8, 12));
        break;
    }
    case IconShape::App: {
        // Two arrows passing each other: uploads and downloads, in the accent colour.
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f, 0x6f, 0xeb));
        p.drawRoundedRect(QRectF(at(0.5, 0.5), at(15.5, 15.5)), 3 * u, 3 * u);
        QPen white(Qt::white, 1.8 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(white);
        p.drawLine(at(5.5, 12.5), at(5.5, 3.5));
        p.drawLine(at(3, 6), at(5.5, 3.5));
        p.drawLine(at(8, 6), at(5.5, 3.5));
        p.drawLine(at(10.5, 3.5), at(10.5, 12.5));
        p.drawLine(at(8, 10), at(10.5, 12.5));
        p.drawLine(at(13, 10), at(10.5, 12.5));
        break;
    }
    }
}

class PaintedIconEngine final : public QIconEngine
{
public:
    PaintedIconEngine(IconShape shape, const QColor &colour)
        : m_shape(shape)
        , m_colour(colour)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QColor colour =
            m_colour.isValid() ? m_colour : QGuiApplication::palette().color(QPalette::WindowText);
        if (mode == QIcon::Disabled)
            colour = QGuiApplication::palette().color(QPalette::Disabled, QPalette::WindowText);
        const qreal side = qMin(rect.width(), rect.height());
        const QRectF square(rect.x() + (rect.width() - side) / 2.0,
                            rect.y() + (rect.height() - side) / 2.0, side, side);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        drawShape(*painter, m_shape, square, colour);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), pixmap.size()), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine *clone() const override { return new PaintedIconEngine(m_shape, m_colour); }
    QString key() const override { return QStringLiteral("syncscope-painted"); }

private:
    IconShape m_shape;
    QColor m_colour;
};

} // namespace

QIcon paintedIcon(IconShape shape, const QColor &colour)
{
    return QIcon(new PaintedIconEngine(shape, colour));
}

} // namespace syncscope::ui
