#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QColor;
class QFont;
QT_END_NAMESPACE

// A chart with nothing to draw says so in a sentence where its plot would be ("No figures
// recorded for Leicester; England's latest is 71, 2023"), never an empty 0 to 1 axis. The
// sentence is part of the chart, so the window and every export show it alike.
namespace EmptyChart {
QChart *create(const QString &title, const QString &sentence);
// The sentence, or empty for a chart with something to draw.
QString sentence(const QChart *chart);
void setStyle(QChart *chart, const QFont &font, const QColor &colour);
} // namespace EmptyChart
