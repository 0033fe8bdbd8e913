#pragma once

#include "judgements/grade.h"

#include <QDate>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// Builds the chart of grades over time: an ordered grade axis from Inadequate to
// Outstanding, a date axis, a line per area or per authority, and ungraded visits marked
// below the grades. The same builder serves the screen and every export.
namespace GradeChart {

struct Series
{
    QString name;
    QList<std::pair<QDate, Grade>> points;
};

struct Visit
{
    QDate date;
    QString label;
};

QChart *create(const QString &title, const QList<Series> &series, const QList<Visit> &visits);

// Gives a chart `create` made new data in place, keeping its axes and, where the lines are
// as many as before, its series: a panel switching authority then lays out and paints one
// chart instead of building and tearing down a scene of items. False, and `chart` left
// alone, when it is not a chart `create` made.
bool update(QChart *chart, const QString &title, const QList<Series> &series,
            const QList<Visit> &visits);

} // namespace GradeChart
