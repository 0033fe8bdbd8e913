#pragma once

#include "actions/actionplanstore.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// Builds the action plan charts from plain data, for the screen and for exports alike.
namespace RagChart {

// One bar: the actions of a plan or answering a recommendation, counted by current RAG.
struct Bar
{
    QString label;
    int red = 0;
    int amber = 0;
    int green = 0;
    int blue = 0;
    int noUpdate = 0;
};

// RAG now: a stacked horizontal bar per plan or recommendation.
QChart *now(const QString &title, const QList<Bar> &bars);
// RAG over time: stacked areas by month, drawn from the update history.
QChart *overTime(const QString &title, const QList<ActionPlanStore::MonthRag> &months);

} // namespace RagChart
