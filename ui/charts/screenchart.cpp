#include "charts/screenchart.h"

#include "charts/chartpalette.h"
#include "charts/emptychart.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>

namespace ScreenChart {

namespace {
void colour(QChartView *view, QChart *chart)
{
    const QPalette palette = view->palette();
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.18);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    ChartPalette::fitTo(chart, palette.color(QPalette::Base));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    QFont sentence = view->font();
    sentence.setPointSizeF(sentence.pointSizeF() * 1.15);
    EmptyChart::setStyle(chart, sentence, text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    view->setBackgroundBrush(palette.color(QPalette::Window));
}
} // namespace

void install(QChartView *view, QChart *chart)
{
    colour(view, chart);
    QChart *old = view->chart();
    view->setChart(chart);
    if (old != chart)
        delete old;
}

void refresh(QChartView *view)
{
    if (view->chart())
        colour(view, view->chart());
}

} // namespace ScreenChart
