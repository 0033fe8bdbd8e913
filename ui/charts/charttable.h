#pragma once

#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// The figures a chart draws, read back from the chart itself as a table, and a sentence
// that says what it shows: for screen readers and keyboards in the window (Ctrl+T), and
// under each chart in a board pack, so that no figure is only in a picture.
namespace ChartTable {

struct Table
{
    QStringList headers; // the first is what the rows are (a date or a category)
    QList<QStringList> rows;
    bool categories = false; // rows are a bar chart's categories, not dates or values
    bool isEmpty() const { return rows.isEmpty(); }
};

Table of(const QChart *chart);
// "Leicester: grades over time. A line chart of 6 series from 20 March 2015 to 19 June
// 2017. Overall effectiveness: Inadequate to Requires improvement; ..."
QString alternativeText(const QChart *chart);
// The same, from the chart's table when it is already at hand.
QString alternativeText(const QChart *chart, const Table &table);

// Kept on a series whose points stand for a word rather than their height, such as a
// withheld figure or a visit: the table shows the word.
constexpr char pointTextProperty[] = "cstrackerPointText";
// Kept on a line drawn between figures (a target's steps) whose corners are not figures;
// the figures come from a series of marks that carries the line's name in this property.
constexpr char drawnOnlyProperty[] = "cstrackerDrawnOnly";
constexpr char figuresOfProperty[] = "cstrackerFiguresOf";

} // namespace ChartTable
