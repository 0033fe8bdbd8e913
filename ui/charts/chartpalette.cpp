#include "charts/chartpalette.h"

#include "charts/charttable.h"
#include "charts/contrast.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QPainterPath>
#include <QScatterSeries>
#include <QXYSeries>

namespace ChartPalette {

namespace {
// Kept on each series so that a theme can reshade it without losing how it was drawn.
constexpr char markerProperty[] = "cstrackerMarker";
constexpr char hatchProperty[] = "cstrackerHatch";
constexpr char designedProperty[] = "cstrackerDesignedColour";

QImage markerImage(Marker marker, const QColor &colour)
{
    // Drawn large and scaled down by the chart, so it stays sharp at 300 dpi.
    constexpr int size = 64;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    const QRectF box(6, 6, size - 12, size - 12);
    switch (marker) {
    case Marker::Circle:
        p.drawEllipse(box);
        break;
    case Marker::Square:
        p.drawRect(box.adjusted(4, 4, -4, -4));
        break;
    case Marker::Triangle: {
        QPainterPath path;
        path.moveTo(box.center().x(), box.top());
        path.lineTo(box.bottomRight());
        path.lineTo(box.bottomLeft());
        path.closeSubpath();
        p.drawPath(path);
        break;
    }
    case Marker::Diamond: {
        QPainterPath path;
        path.moveTo(box.center().x(), box.top());
        path.lineTo(box.right(), box.center().y());
        path.lineTo(box.center().x(), box.bottom());
        path.lineTo(box.left(), box.center().y());
        path.closeSubpath();
        p.drawPath(path);
        break;
    }
    case Marker::Cross: {
        QPen pen(colour, 12, Qt::SolidLine, Qt::SquareCap);
        p.setPen(pen);
        const QRectF inner = box.adjusted(6, 6, -6, -6);
        p.drawLine(inner.topLeft(), inner.bottomRight());
        p.drawLine(inner.topRight(), inner.bottomLeft());
        break;
    }
    }
    return image;
}

void setMarker(QXYSeries *series, Marker marker, const QColor &colour)
{
    series->setProperty(markerProperty, int(marker));
    series->setLightMarker(markerImage(marker, colour));
}

QColor onBar(const QColor &bar)
{
    return Contrast::ratio(Qt::black, bar) >= Contrast::ratio(Qt::white, bar) ? QColor(Qt::black)
                                                                              : QColor(Qt::white);
}
} // namespace

QColor series(int index)
{
    static const QList<QColor> colours = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                                          QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                          QColor(0x33, 0x33, 0x33), QColor(0x9c, 0x6a, 0x00),
                                          QColor(0x6a, 0x3d, 0x9a)};
    return colours.at(index % colours.size());
}

LineStyle line(int index)
{
    static const QList<Qt::PenStyle> dashes = {Qt::SolidLine, Qt::DashLine, Qt::DotLine,
                                               Qt::DashDotLine, Qt::DashDotDotLine};
    static const QList<Marker> markers = {Marker::Circle, Marker::Square, Marker::Triangle,
                                          Marker::Diamond, Marker::Cross};
    LineStyle style;
    style.colour = series(index);
    style.dash = dashes.at(index % dashes.size());
    style.marker = markers.at(index % markers.size());
    style.width = index == 0 ? 3.0 : 2.0;
    return style;
}

void apply(QXYSeries *series, const LineStyle &style)
{
    QPen pen(style.colour);
    pen.setWidthF(style.width);
    pen.setStyle(style.dash);
    series->setPen(pen);
    series->setColor(style.colour);
    series->setMarkerSize(style.width * 3.2);
    setMarker(series, style.marker, style.colour);
}

namespace {
QBrush fill(const QColor &colour, Qt::BrushStyle hatch)
{
    if (hatch == Qt::SolidPattern || hatch == Qt::NoBrush)
        return QBrush(colour, hatch);
    // A hatch pattern alone leaves gaps of background; drawn in a darker shade over the
    // colour it keeps the colour on screen, gives the band a texture in grey, and leaves
    // white counts on the bar readable.
    QImage tile(16, 16, QImage::Format_RGB32); // two of Qt's 8-pixel hatch cells
    tile.fill(colour);
    QPainter p(&tile);
    p.setPen(Qt::NoPen);
    p.setBrush(QBrush(colour.darker(175), hatch));
    p.drawRect(tile.rect());
    p.end();
    QBrush brush(tile);
    brush.setColor(colour);
    return brush;
}
} // namespace

void setFill(QBarSet *set, const QColor &colour, Qt::BrushStyle hatch)
{
    set->setProperty(hatchProperty, int(hatch));
    set->setBrush(fill(colour, hatch));
    set->setBorderColor(Qt::white);
    set->setLabelColor(onBar(colour));
}

void setFill(QAreaSeries *area, const QColor &colour, Qt::BrushStyle hatch)
{
    area->setProperty(hatchProperty, int(hatch));
    area->setBrush(fill(colour, hatch));
    area->setBorderColor(colour.darker(125));
}

void fitTo(QChart *chart, const QColor &background)
{
    // Shades always start from the colour the chart was drawn with, so a chart moved from a
    // dark desktop to a light one gets its own colours back.
    auto shade = [&](QObject *item, const QColor &current) {
        QVariant designed = item->property(designedProperty);
        if (!designed.isValid()) {
            designed = current;
            item->setProperty(designedProperty, designed);
        }
        return Contrast::readableOn(designed.value<QColor>(), background, Contrast::graphics);
    };
    auto hatchOf = [](const QObject *item) {
        const QVariant hatch = item->property(hatchProperty);
        return hatch.isValid() ? Qt::BrushStyle(hatch.toInt()) : Qt::SolidPattern;
    };
    for (QAbstractSeries *s : chart->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(s)) {
            setFill(area, shade(area, area->brush().color()), hatchOf(area));
        } else if (auto *scatter = qobject_cast<QScatterSeries *>(s)) {
            const QColor c = shade(scatter, scatter->color());
            scatter->setColor(c);
            scatter->setBorderColor(c);
        } else if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            QPen pen = xy->pen();
            const QColor c = shade(xy, pen.color());
            pen.setColor(c);
            xy->setPen(pen);
            xy->setColor(c);
            const QVariant marker = xy->property(markerProperty);
            if (marker.isValid())
                setMarker(xy, Marker(marker.toInt()), c);
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                setFill(set, shade(set, set->brush().color()), hatchOf(set));
        }
    }
}

void drawMarkersAsShapes(QChart *chart)
{
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *s : all) {
        auto *line = qobject_cast<QXYSeries *>(s);
        const QVariant marker = s->property(markerProperty);
        if (!line || !marker.isValid() || qobject_cast<QScatterSeries *>(s))
            continue;
        const bool shown = line->pointsVisible() && !line->lightMarker().isNull();
        line->setLightMarker(QImage());
        line->setPointsVisible(false);
        if (!shown || line->points().isEmpty())
            continue;
        auto *shapes = new QScatterSeries;
        switch (Marker(marker.toInt())) {
        case Marker::Circle:
            shapes->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            break;
        case Marker::Square:
            shapes->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
            break;
        case Marker::Triangle:
            shapes->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
            break;
        case Marker::Diamond:
            shapes->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
            break;
        case Marker::Cross:
            shapes->setMarkerShape(QScatterSeries::MarkerShapeStar);
            break;
        }
        const QColor colour = line->pen().color();
        shapes->setColor(colour);
        shapes->setBorderColor(colour);
        shapes->setMarkerSize(line->markerSize());
        shapes->append(line->points());
        shapes->setProperty(ChartTable::drawnOnlyProperty, true);
        chart->addSeries(shapes);
        for (QAbstractAxis *axis : line->attachedAxes())
            shapes->attachAxis(axis);
        for (QLegendMarker *m : chart->legend()->markers(shapes))
            m->setVisible(false);
    }
}

void plainFills(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(s)) {
            area->setBrush(QBrush(area->brush().color()));
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                set->setBrush(QBrush(set->brush().color()));
        }
    }
}

} // namespace ChartPalette
