#include "export/chartexport.h"

#include "export/pngencoder.h"

#include "charts/chartpalette.h"
#include "charts/emptychart.h"

#include "files/atomicfile.h"

#include <QAbstractAxis>
#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QSvgGenerator>
#include <QXYSeries>

#include <cstring>
#include <memory>

namespace ChartExport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartExport", text);
}

// Logical units: the chart is laid out at 96 units per inch of paper, so its fonts keep
// their printed size whatever the output resolution.
constexpr double unitsPerInch = 96.0;

QSizeF logicalSize(const Options &o)
{
    const double w = o.widthCm / 2.54 * unitsPerInch;
    return {w, w * o.aspect};
}

// `width` in logical units: the legend stays under the plot while its names fit on one line.
void applyPrintTheme(QChart *chart, double width)
{
    chart->setBackgroundBrush(Qt::white);
    ChartPalette::fitTo(chart, Qt::white);
    ChartPalette::drawMarkersAsShapes(chart);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont title(QStringLiteral("DejaVu Sans"), 10, QFont::Bold);
    chart->setTitleFont(title);
    chart->setTitleBrush(Qt::black);
    QFont body(QStringLiteral("DejaVu Sans"), 8);
    chart->legend()->setFont(body);
    EmptyChart::setStyle(chart, QFont(QStringLiteral("DejaVu Sans"), 10), Qt::black);
    // A printed legend cannot scroll or show tooltips: entries that do not fit on one line
    // under the plot go beside it, where each name has room.
    if (chart->legend()->alignment() == Qt::AlignBottom) {
        // Qt gives every entry of a legend in a row the same width. A line broken by a
        // withheld figure has one entry however many pieces it has.
        const QFontMetricsF metrics(body);
        double widest = 0;
        QSet<QString> names;
        for (const QLegendMarker *m : chart->legend()->markers()) {
            if (m->label().isEmpty())
                continue;
            widest = std::max(widest, metrics.horizontalAdvance(m->label()));
            names.insert(m->label());
        }
        if (names.size() * (widest + metrics.height() * 3) > width * 0.92)
            chart->legend()->setAlignment(Qt::AlignRight);
    }
    if (chart->legend()->alignment() == Qt::AlignRight) {
        // Qt gives a legend beside the plot at most 38% of the chart's width and cuts a name
        // longer than that short ("Statistical neighbours (mean o..."): such a name is broken
        // over two lines at the space nearest its middle instead.
        const QFontMetricsF metrics(body);
        const double room = width * 0.38 - metrics.height() * 3;
        for (QLegendMarker *m : chart->legend()->markers()) {
            const QString name = m->label();
            if (name.isEmpty() || metrics.horizontalAdvance(name) <= room)
                continue;
            const qsizetype middle = name.size() / 2;
            const qsizetype before = name.lastIndexOf(QLatin1Char(' '), middle);
            const qsizetype after = name.indexOf(QLatin1Char(' '), middle);
            const qsizetype at =
                after >= 0 && (before < 0 || after - middle <= middle - before) ? after : before;
            if (at > 0)
                m->setLabel(name.left(at).toHtmlEscaped() + QStringLiteral("<br>") +
                            name.mid(at + 1).toHtmlEscaped());
        }
    }
    chart->legend()->setLabelColor(Qt::black);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(body);
        axis->setLabelsColor(Qt::black);
        axis->setTitleFont(body);
        axis->setTitleBrush(Qt::black);
        axis->setGridLineColor(QColor(0xdd, 0xdd, 0xdd));
        axis->setLinePenColor(QColor(0x88, 0x88, 0x88));
    }
}

// The span of time a chart's points cover, read from the chart itself, so every export
// says which period it shows ("Period: 20 March 2015 to 19 June 2017."). Empty when the
// chart has no date axis (a bar of counts now).
QString periodOf(const QChart *chart)
{
    bool dated = false;
    for (QAbstractAxis *axis : chart->axes())
        dated |= axis->type() == QAbstractAxis::AxisTypeDateTime;
    if (!dated)
        return {};
    qreal first = 0;
    qreal last = 0;
    bool any = false;
    for (QAbstractSeries *s : chart->series()) {
        const auto *xy = qobject_cast<const QXYSeries *>(s);
        if (!xy)
            continue;
        for (const QPointF &p : xy->points()) {
            first = any ? std::min(first, p.x()) : p.x();
            last = any ? std::max(last, p.x()) : p.x();
            any = true;
        }
    }
    if (!any)
        return {};
    auto day = [](qreal ms) {
        return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC)
            .date()
            .toString(QStringLiteral("d MMMM yyyy"));
    };
    return first == last ? tr("Period: %1.").arg(day(first))
                         : tr("Period: %1 to %2.").arg(day(first), day(last));
}

QString fullCaption(const QChart *chart, const QString &caption)
{
    const QString period = periodOf(chart);
    return period.isEmpty() ? caption
                            : (caption.isEmpty() ? period : period + QLatin1Char(' ') + caption);
}

// Qt's SVG writer opens a group for every change of pen or brush, most of them left empty
// (three quarters of a chart's file): they are taken out, which changes nothing drawn.
// One pass over the bytes: an SVG is ASCII markup around UTF-8 text, and "<g", ">" and "</g>"
// are never part of a multi-byte character, so no conversion to UTF-16 and back is needed.
QByteArray withoutEmptyGroups(const QByteArray &svg)
{
    auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    QByteArray out;
    out.reserve(svg.size());
    const char *p = svg.constData();
    const char *const end = p + svg.size();
    while (p < end) {
        const char *open = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
        if (!open) {
            out.append(p, end - p);
            break;
        }
        out.append(p, open - p);
        p = open;
        // "<g " and its attributes up to ">", then only white space, then "</g>".
        if (end - p > 3 && p[1] == 'g' && p[2] == ' ') {
            const char *close = static_cast<const char *>(std::memchr(p, '>', size_t(end - p)));
            if (close) {
                const char *after = close + 1;
                while (after < end && isSpace(*after))
                    ++after;
                if (end - after >= 4 && std::memcmp(after, "</g>", 4) == 0) {
                    p = after + 4;
                    while (p < end && isSpace(*p))
                        ++p;
                    continue;
                }
            }
        }
        out.append(*p);
        ++p;
    }
    return out;
}

// Draws the chart into `target` (in the painter's units) with the caption underneath.
void paint(QPainter &painter, QGraphicsScene &scene, QChart *chart, const QRectF &target,
           const QString &caption)
{
    // Room for two lines of caption at about 7 pt of the printed size.
    const double lineHeight = painter.device()->logicalDpiY() * 7.5 / 72.0 * 1.35;
    const double captionHeight =
        caption.isEmpty() ? 0 : std::min(target.height() * 0.25, lineHeight * 2.4);
    const QRectF chartRect(target.left(), target.top(), target.width(),
                           target.height() - captionHeight);
    painter.fillRect(target, Qt::white);
    scene.render(&painter, chartRect, QRectF(QPointF(0, 0), chart->size()));
    if (!caption.isEmpty()) {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPixelSize(std::max(1, int(lineHeight / 1.35)));
        painter.setFont(f);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        const QRectF box(target.left() + target.width() * 0.02, chartRect.bottom(),
                         target.width() * 0.96, captionHeight);
        // Two lines at most: a longer list of sources is shortened, never cut mid-line.
        const QString fitted = QFontMetricsF(f, painter.device())
                                   .elidedText(caption, Qt::ElideRight, box.width() * 1.9);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, fitted);
    }
}

} // namespace

std::optional<Format> formatFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

void drawInto(QPainter &painter, QChart *chartIn, const QRectF &target, const QString &caption)
{
    QGraphicsScene scene;
    QChart *chart = chartIn;
    scene.addItem(chart);
    // Lay the chart out at its printed size in 96ths of an inch, whatever the device.
    const double inches = target.width() / painter.device()->logicalDpiX();
    const double width = inches * unitsPerInch;
    applyPrintTheme(chart, width);
    const double height = width * target.height() / target.width();
    chart->resize(width, height * (caption.isEmpty() ? 1.0 : 0.88));
    scene.setSceneRect(QRectF(QPointF(0, 0), chart->size()));
    paint(painter, scene, chart, target, fullCaption(chart, caption));
}

QSize pixelSize(const Options &o)
{
    const int w = int(std::lround(o.widthCm / 2.54 * o.dpi));
    return {w, int(std::lround(w * o.aspect))};
}

QImage blankImage(const Options &o)
{
    QImage image(pixelSize(o), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const int dotsPerMeter = int(std::lround(o.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

Status write(QChart *chartIn, const QString &fileName, const Options &o)
{
    std::unique_ptr<QChart> owned(chartIn);
    const std::optional<Format> format = formatFor(fileName);
    if (!format)
        return Status::failure(tr("%1: the name must end in .png, .svg or .pdf.").arg(fileName));
    if (o.widthCm < 2 || o.widthCm > 100)
        return Status::failure(
            tr("A width of %1 cm is out of range (2 to 100 cm).").arg(o.widthCm));
    if (o.dpi < 72 || o.dpi > 1200)
        return Status::failure(
            tr("A resolution of %1 dpi is out of range (72 to 1200).").arg(o.dpi));
    if (const QString refused = AtomicFile::refusal(fileName, o.overwrite); !refused.isEmpty())
        return Status::failure(refused);

    QGraphicsScene scene;
    QChart *chart = owned.release();
    scene.addItem(chart); // the scene owns it from here
    const QSizeF size = logicalSize(o);
    applyPrintTheme(chart, size.width());
    const double captionShare = o.caption.isEmpty() ? 0 : 0.12;
    chart->resize(size.width(), size.height() * (1 - captionShare));
    scene.setSceneRect(QRectF(QPointF(0, 0), chart->size()));

    switch (*format) {
    case Format::Png: {
        QImage image = blankImage(o);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paint(painter, scene, chart, QRectF(QPointF(0, 0), QSizeF(image.size())),
              fullCaption(chart, o.caption));
        painter.end();
        QString problem;
        const QByteArray bytes = PngEncoder::encode(image, &problem);
        if (bytes.isEmpty())
            return Status::failure(tr("%1 cannot be written: the image cannot be encoded (%2).")
                                       .arg(fileName, problem));
        return Status::ofProblem(AtomicFile::write(fileName, bytes));
    }
    case Format::Svg: {
        // Qt's SVG writer leaves out fills drawn from a picture, as the hatching is.
        ChartPalette::plainFills(chart);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setResolution(int(unitsPerInch));
        svg.setTitle(chart->title());
        svg.setDescription(fullCaption(chart, o.caption));
        QPainter painter;
        if (!painter.begin(&svg))
            return Status::failure(tr("%1 cannot be written.").arg(fileName));
        paint(painter, scene, chart, QRectF(QPointF(0, 0), size), fullCaption(chart, o.caption));
        painter.end();
        return Status::ofProblem(AtomicFile::write(fileName, withoutEmptyGroups(bytes)));
    }
    case Format::Pdf: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setTitle(chart->title());
        pdf.setCreator(QStringLiteral("Children's Services Improvement Tracker"));
        pdf.setPageSize(
            QPageSize(QSizeF(o.widthCm * 10, o.widthCm * 10 * o.aspect), QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf))
            return Status::failure(tr("%1 cannot be written.").arg(fileName));
        // QPdfWriter works at 1200 dpi: draw in the viewport's units.
        paint(painter, scene, chart, QRectF(painter.viewport()), fullCaption(chart, o.caption));
        painter.end();
        return Status::ofProblem(AtomicFile::write(fileName, bytes));
    }
    }
    return {};
}

} // namespace ChartExport
