#include "actions/ragchart.h"

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
        labels << b.label;
        widest = std::max(widest, b.red + b.amber + b.green + b.blue + b.noUpdate);
    }
    auto *s = series;
    auto add = [&](const QString &name, const QColor &colour, int Bar::*field) {
        auto *set = new QBarSet(name);
        set->setColor(colour);
        set->setBorderColor(Qt::white);
        set->setLabelColor(
            colour == Rags::colour(Rag::Amber) || colour == noUpdateColour ? Qt::black : Qt::white);
        for (const Bar &b : reversed)
            set->append(b.*field);
        s->append(set);
    };
    add(barTitle(Rag::Red), Rags::colour(Rag::Red), &Bar::red);
    add(barTitle(Rag::Amber), Rags::colour(Rag::Amber), &Bar::amber);
    add(barTitle(Rag::Green), Rags::colour(Rag::Green), &Bar::green);
    add(barTitle(Rag::Blue), Rags::colour(Rag::Blue), &Bar::blue);
    add(QObject::tr("No update yet"), noUpdateColour, &Bar::noUpdate);
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
        area->setName(barTitle(rag));
        area->setColor(Rags::colour(rag));
        area->setBorderColor(Rags::colour(rag).darker(120));
        chart->addSeries(area);
        area->attachAxis(dates);
        area->attachAxis(counts);
    }
    counts->setRange(0, std::max(1, top));
    counts->applyNiceNumbers();
    if (!months.isEmpty()) {
        dates->setRange(months.first().monthEnd.startOfDay(Qt::UTC),
                        months.last().monthEnd.startOfDay(Qt::UTC));
        dates->setTickCount(std::min<int>(8, int(months.size())));
    }
    return chart;
}

} // namespace RagChart
