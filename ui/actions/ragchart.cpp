#include "actions/ragchart.h"

#include "charts/chartpalette.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QValueAxis>

namespace RagChart {

namespace {
const QColor noUpdateColour(0xbd, 0xbd, 0xbd);

QString barTitle(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return QObject::tr("Red: off track");
    case Rag::Amber:
        return QObject::tr("Amber: at risk");
    case Rag::Green:
        return QObject::tr("Green: on track");
    case Rag::Blue:
        return QObject::tr("Blue: complete");
    }
    return {};
}

// A long plan name would push past the page's edge: it is broken onto lines of about 22
// characters at spaces instead.
QString wrapped(const QString &label)
{
    const QStringList words = label.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    for (const QString &word : words) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= 22)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    return lines.join(QStringLiteral("<br>"));
}

// Red and amber differ in grey by lightness; green and blue, as dark as red, get hatching.
Qt::BrushStyle hatchFor(Rag rag)
{
    switch (rag) {
    case Rag::Green:
        return Qt::BDiagPattern;
    case Rag::Blue:
        return Qt::DiagCrossPattern;
    case Rag::Red:
    case Rag::Amber:
        break;
    }
    return Qt::SolidPattern;
}
} // namespace

QChart *now(const QString &title, const QList<Bar> &bars)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto *series = new QHorizontalStackedBarSeries;
    QStringList labels;
    int widest = 0;
    // Bars read top to bottom in the order given.
    QList<Bar> reversed(bars.rbegin(), bars.rend());
    for (const Bar &b : reversed) {
        labels << wrapped(b.label);
        widest = std::max(widest, b.red + b.amber + b.green + b.blue + b.noUpdate);
    }
    auto *s = series;
    auto add = [&](const QString &name, const QColor &colour, Qt::BrushStyle hatch,
                   int Bar::*field) {
        auto *set = new QBarSet(name);
        ChartPalette::setFill(set, colour, hatch);
        for (const Bar &b : reversed)
            set->append(b.*field);
        s->append(set);
    };
    add(barTitle(Rag::Red), Rags::colour(Rag::Red), hatchFor(Rag::Red), &Bar::red);
    add(barTitle(Rag::Amber), Rags::colour(Rag::Amber), hatchFor(Rag::Amber), &Bar::amber);
    add(barTitle(Rag::Green), Rags::colour(Rag::Green), hatchFor(Rag::Green), &Bar::green);
    add(barTitle(Rag::Blue), Rags::colour(Rag::Blue), hatchFor(Rag::Blue), &Bar::blue);
    add(QObject::tr("No update yet"), noUpdateColour, Qt::Dense6Pattern, &Bar::noUpdate);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false);
    auto *counts = new QValueAxis;
    counts->setRange(0, std::max(1, widest));
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTickType(QValueAxis::TicksDynamic);
    counts->setTickAnchor(0);
    counts->setTickInterval(widest > 20 ? 5 : (widest > 8 ? 2 : 1));
    counts->setTitleText(QObject::tr("Actions"));
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(counts);
    return chart;
}

QChart *overTime(const QString &title, const QList<ActionPlanStore::MonthRag> &months)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto *dates = new QDateTimeAxis;
    dates->setFormat(QStringLiteral("MMM yyyy"));
    dates->setTitleText(QObject::tr("Month"));
    auto *counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTitleText(QObject::tr("Actions"));
    chart->addAxis(dates, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);

    // Each band sits on the one below it: red at the bottom, then amber, green, blue.
    QList<qreal> base(months.size(), 0.0);
    int top = 0;
    const QList<std::pair<Rag, int ActionPlanStore::MonthRag::*>> bands = {
        {Rag::Red, &ActionPlanStore::MonthRag::red},
        {Rag::Amber, &ActionPlanStore::MonthRag::amber},
        {Rag::Green, &ActionPlanStore::MonthRag::green},
        {Rag::Blue, &ActionPlanStore::MonthRag::blue}};
    for (const auto &[rag, field] : bands) {
        auto *lower = new QLineSeries;
        auto *upper = new QLineSeries;
        QList<QPointF> lowerPoints;
        QList<QPointF> upperPoints;
        for (int i = 0; i < months.size(); ++i) {
            const qreal x = qreal(months.at(i).monthEnd.startOfDay(Qt::UTC).toMSecsSinceEpoch());
            lowerPoints.append({x, base.at(i)});
            base[i] += months.at(i).*field;
            upperPoints.append({x, base.at(i)});
            top = std::max(top, int(base.at(i)));
        }
        lower->replace(lowerPoints);
        upper->replace(upperPoints);
        auto *area = new QAreaSeries(upper, lower);
        // An area series does not own its edges; without a parent they outlive every chart.
        upper->setParent(area);
        lower->setParent(area);
        // The latest count is in the name: a grey copy of the chart still gives the figures.
        const int latest = months.isEmpty() ? 0 : months.last().*field;
        area->setName(QObject::tr("%1 (%2 now)").arg(barTitle(rag)).arg(latest));
        ChartPalette::setFill(area, Rags::colour(rag), hatchFor(rag));
        chart->addSeries(area);
        area->attachAxis(dates);
        area->attachAxis(counts);
    }
    counts->setRange(0, std::max(1, top));
    counts->applyNiceNumbers();
    if (!months.isEmpty()) {
        dates->setRange(months.first().monthEnd.startOfDay(Qt::UTC),
                        months.last().monthEnd.startOfDay(Qt::UTC));
        dates->setTickCount(std::min<int>(6, int(months.size())));
        dates->setTruncateLabels(false);
    }
    return chart;
}

} // namespace RagChart
