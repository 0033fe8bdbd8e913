#include "indicators/indicatorchart.h"

#include "charts/chartpalette.h"
#include "charts/charttable.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QValueAxis>

namespace IndicatorChart {

namespace {
qreal ms(const QDate &d)
{
    return qreal(d.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

// Each comparator keeps its look on every chart, in colour and in grey: the authority solid
// and heavy, England dashed, the region dotted, the neighbours dash-dot, the target a step.
ChartPalette::LineStyle styleFor(ComparisonSeries::Kind kind)
{
    using ChartPalette::Marker;
    switch (kind) {
    case ComparisonSeries::Kind::Authority:
        return {ChartPalette::series(0), Qt::SolidLine, 3.0, Marker::Circle};
    case ComparisonSeries::Kind::National:
        return {ChartPalette::series(4), Qt::DashLine, 2.0, Marker::Square};
    case ComparisonSeries::Kind::Region:
        return {ChartPalette::series(1), Qt::DotLine, 2.0, Marker::Triangle};
    case ComparisonSeries::Kind::Neighbours:
        return {ChartPalette::series(2), Qt::DashDotLine, 2.0, Marker::Diamond};
    case ComparisonSeries::Kind::Target:
        return {ChartPalette::series(6), Qt::SolidLine, 1.5, Marker::Cross};
    case ComparisonSeries::Kind::Measure:
        return {ChartPalette::series(5), Qt::DashLine, 1.5, Marker::Cross};
    }
    return {};
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *m : chart->legend()->markers(series))
        m->setVisible(false);
}

// A target holds from its date until the next one: drawn as steps, marked where it is set.
QList<QPointF> steps(const QList<QPointF> &points)
{
    QList<QPointF> out;
    for (int i = 0; i < points.size(); ++i) {
        if (i > 0)
            out.append({points.at(i).x(), points.at(i - 1).y()});
        out.append(points.at(i));
    }
    return out;
}
} // namespace

QChart *create(const QString &title, const Indicator &indicator,
               const QList<ComparisonSeries> &series)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    auto *dates = new QDateTimeAxis;
    dates->setFormat(QStringLiteral("yyyy"));
    auto *values = new QValueAxis;
    values->setTitleText(Indicator::unitTitle(indicator.unit));
    values->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(dates, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);

    double low = 0;
    double high = 0;
    bool any = false;
    QDate first;
    QDate last;
    QList<QPointF> withheld;
    QSet<QString> codes;
    for (int s = 0; s < series.size(); ++s) {
        const ComparisonSeries &data = series.at(s);
        const bool target = data.kind == ComparisonSeries::Kind::Target;
        // A count is compared by its rate: England's 400,000 children in need on the same
        // axis as an authority's 2,000 would flatten the authority's line to the floor. The
        // table under the chart still gives England, the region and the neighbours.
        if (indicator.unit == IndicatorUnit::Count &&
            (data.kind == ComparisonSeries::Kind::National ||
             data.kind == ComparisonSeries::Kind::Region ||
             data.kind == ComparisonSeries::Kind::Neighbours))
            continue;
        // A new line segment starts after every withheld figure, so the gap shows.
        QList<QList<QPointF>> segments{{}};
        for (const ComparisonSeries::Point &p : data.points) {
            const QDate at = p.period.chartDate();
            first = first.isValid() ? std::min(first, at) : at;
            last = last.isValid() ? std::max(last, at) : at;
            if (!p.value) {
                if (!segments.last().isEmpty())
                    segments.append(QList<QPointF>());
                withheld.append({ms(at), 0});
                if (p.suppression)
                    codes.insert(SuppressionCodes::symbol(*p.suppression));
                continue;
            }
            segments.last().append({ms(at), *p.value});
            low = any ? std::min(low, *p.value) : *p.value;
            high = any ? std::max(high, *p.value) : *p.value;
            any = true;
        }
        bool named = false;
        for (const QList<QPointF> &segment : std::as_const(segments)) {
            if (segment.isEmpty())
                continue;
            auto *line = new QLineSeries;
            line->setName(data.name);
            ChartPalette::apply(line, styleFor(data.kind));
            // The corners of a target's steps are not figures: only a set target is marked.
            line->setPointsVisible(!target || segment.size() == 1);
            line->replace(target ? steps(segment) : segment);
            chart->addSeries(line);
            line->attachAxis(dates);
            line->attachAxis(values);
            // One legend entry per series, however many segments it has.
            if (named)
                hideFromLegend(chart, line);
            named = true;
            if (target && segment.size() > 1) {
                line->setProperty(ChartTable::drawnOnlyProperty, true);
                auto *marks = new QScatterSeries;
                marks->setProperty(ChartTable::figuresOfProperty, data.name);
                ChartPalette::apply(marks, styleFor(data.kind));
                marks->replace(segment);
                chart->addSeries(marks);
                marks->attachAxis(dates);
                marks->attachAxis(values);
                hideFromLegend(chart, marks);
            }
        }
    }

    // Start the value axis at zero for counts, rates and percents unless that hides the
    // movement: a board reads a line that starts at zero more honestly.
    if (!any) {
        low = 0;
        high = 1;
    }
    double range = high - low;
    if (range < 1e-9)
        range = std::max(1.0, std::abs(high) * 0.1);
    // Counts, rates, percents and days start at zero: a board should not read a change
    // from 79 to 80 as a leap.
    const double from = low >= 0 ? 0 : low - range * 0.2;
    double to = high + range * 0.1;
    if (indicator.unit == IndicatorUnit::Percent)
        to = std::min(to, 100.0);
    values->setRange(from, std::max(to, from + 1));
    values->applyNiceNumbers();

    if (!withheld.isEmpty()) {
        auto *marks = new QScatterSeries;
        QStringList list(codes.begin(), codes.end());
        list.sort();
        marks->setName(
            QObject::tr("Withheld (%1): a gap, not zero").arg(list.join(QStringLiteral(", "))));
        marks->setProperty(ChartTable::pointTextProperty, QObject::tr("withheld"));
        marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        marks->setMarkerSize(9);
        marks->setColor(QColor(0x6a, 0x1b, 0x9a));
        marks->setBorderColor(QColor(0x6a, 0x1b, 0x9a));
        for (QPointF &p : withheld)
            p.setY(values->min());
        marks->replace(withheld);
        chart->addSeries(marks);
        marks->attachAxis(dates);
        marks->attachAxis(values);
    }

    if (!first.isValid()) {
        first = QDate::currentDate().addYears(-1);
        last = QDate::currentDate();
    }
    const QDate from0(first.year(), 1, 2);
    const int span = last.year() + 1 - first.year();
    const int step = span <= 5 ? 1 : (span <= 12 ? 2 : 5);
    const int years = (span + step - 1) / step * step;
    const QDateTime start = from0.startOfDay(Qt::UTC);
    dates->setRange(start, start.addSecs(qint64(years * 365.25 * 86400)));
    dates->setTickCount(years / step + 1);
    return chart;
}

} // namespace IndicatorChart
