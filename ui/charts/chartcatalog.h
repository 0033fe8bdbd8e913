#pragma once

#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE
class Store;
struct ActionRow;

// Every chart the program draws, built from the store alone: the panels show these, and
// exports (in the window and on the command line) draw exactly the same charts.
namespace ChartCatalog {
// `shown`: a grades chart on screen to fill in place (returned) where it can be; a new
// chart otherwise, the caller then deleting `shown`.
QChart *grades(const Store &store, qint64 authorityId, QChart *shown = nullptr);
// `rows`: the authority's action rows when the caller has read them already.
QChart *ragNow(const Store &store, qint64 authorityId, bool byRecommendation,
               const QList<ActionRow> *rows = nullptr);
// `planId` 0: the authority's latest plan.
QChart *ragOverTime(const Store &store, qint64 authorityId, qint64 planId = 0);
QChart *indicator(const Store &store, qint64 authorityId, qint64 indicatorId);
// The line printed under an exported chart: the documents the authority's data came from
// and the day it was drawn.
QString caption(const Store &store, qint64 authorityId);
} // namespace ChartCatalog
