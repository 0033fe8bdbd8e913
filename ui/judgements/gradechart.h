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

} // namespace GradeChart
