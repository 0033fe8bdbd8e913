#pragma once

#include "store/result.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
class QRectF;
QT_END_NAMESPACE

// Writes a chart for committee papers: PNG at a chosen width and resolution, or SVG and
// PDF as vectors, in the print theme (white background, fonts readable at the printed
// size, the colour-blind-safe palette) with a caption under the chart naming the
// authority, period and source.
namespace ChartExport {

enum class Format
{
    Png,
    Svg,
    Pdf,
};

struct Options
{
    double widthCm = 16.0;
    int dpi = 300;
    double aspect = 0.62; // height / width
    QString caption;      // e.g. "Source: Ofsted report, 4 September 2017. Drawn 22 November 2026."
    bool overwrite = false;
};

std::optional<Format> formatFor(const QString &fileName);
// Takes ownership of `chart`. Refuses to replace a file unless `overwrite`.
Status write(QChart *chart, const QString &fileName, const Options &options);
// Draws `chart` (taking ownership) into `target` of any painter in the print theme, with
// the caption under it: for pages that hold several charts, such as the board pack.
void drawInto(QPainter &painter, QChart *chart, const QRectF &target, const QString &caption = {});
// The pixel size a PNG gets for a width in cm at a resolution.
QSize pixelSize(const Options &options);
// A white image of that size that knows its resolution, so text drawn on it keeps its
// printed size.
QImage blankImage(const Options &options);

} // namespace ChartExport
