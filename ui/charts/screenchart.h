#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

// Shows a chart in a view in the desktop's colours (light or dark), keeping the series
// colours; the old chart is deleted. Exports use the print theme instead.
namespace ScreenChart {
void install(QChartView *view, QChart *chart);
// Gives the chart in `view` the view's current colours again, after the desktop's palette
// changed (a switch to a dark theme while the program runs).
void refresh(QChartView *view);
} // namespace ScreenChart
