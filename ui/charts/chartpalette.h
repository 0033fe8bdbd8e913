#pragma once

#include <QBrush>
#include <QColor>
#include <QList>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QBarSet;
class QChart;
class QXYSeries;
QT_END_NAMESPACE

// How series look, so that they stay apart for colour-blind readers (Okabe and Ito's
// palette) and on a black-and-white printer or photocopier: every line has its own dash
// and marker shape as well as its colour, and every band its own hatching.
namespace ChartPalette {

enum class Marker
{
    Circle,
    Square,
    Triangle,
    Diamond,
    Cross,
};

struct LineStyle
{
    QColor colour;
    Qt::PenStyle dash = Qt::SolidLine;
    double width = 2.0;
    Marker marker = Marker::Circle;
};

// Colours that reach 3 to 1 against white, so printed lines and bars read.
QColor series(int index);
// The n-th line of a chart of several like series (an authority and its comparators): the
// first solid and heaviest, then dashed, dotted, dash-dot, each with its own marker.
LineStyle line(int index);
// Applies a style to a line, with its marker drawn at every point and in the legend.
void apply(QXYSeries *series, const LineStyle &style);
// Fills that a grey printout still tells apart: solid, or hatched in white over the colour.
void setFill(QBarSet *set, const QColor &colour, Qt::BrushStyle hatch = Qt::SolidPattern);
void setFill(QAreaSeries *area, const QColor &colour, Qt::BrushStyle hatch = Qt::SolidPattern);

// Shades every series of `chart` until it reaches 3 to 1 against `background` (the print
// theme's white, or the desktop's base colour, light or dark), keeping dashes, markers and
// hatching, and gives bar labels the text colour that reads on their bar.
void fitTo(QChart *chart, const QColor &background);

// For print and vector files: each line's markers drawn as shapes (a scatter series of the
// same points beside the line, unnamed and out of the legend) instead of the small pictures
// Qt Charts draws for a line's markers, which SVG and PDF would embed as images. The
// legend keeps each line's colour and dash. Call after fitTo(); screens keep the pictures.
void drawMarkersAsShapes(QChart *chart);
// Every band and bar filled with its plain colour, without hatching: for SVG, whose
// writer in Qt drops a fill drawn from a picture (the hatched bands and bars would vanish).
void plainFills(QChart *chart);

} // namespace ChartPalette
