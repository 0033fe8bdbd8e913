#pragma once

#include <QtGlobal>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE
class QString;

// Gives a chart view its Copy and Save Chart As commands (context menu, and Ctrl+C when
// the chart has focus). `build` makes a fresh copy of the chart for each export, so the
// export is drawn in the print theme while the screen keeps the desktop's colours.
namespace ChartActions {
void attach(QChartView *view, std::function<QChart *()> build, std::function<QString()> caption);
} // namespace ChartActions
