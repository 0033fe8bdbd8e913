#pragma once

#include "indicators/indicatorcomparison.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// Builds the detail chart of one indicator: the authority and its comparators over time on
// a date axis, snapshots at their date and period figures at the middle of their period,
// the target dashed. A withheld figure is a gap in its line, marked below the plot and
// explained in the legend; it is never drawn as zero.
namespace IndicatorChart {
QChart *create(const QString &title, const Indicator &indicator,
               const QList<ComparisonSeries> &series);
}
