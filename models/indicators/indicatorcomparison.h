#pragma once

#include "indicators/indicator.h"
#include "indicators/indicatorvalue.h"

#include <QList>
#include <QString>

class Store;

// One authority's series for one indicator beside its comparators: England (or the
// synthetic comparator for a synthetic authority), its region, the mean of its statistical
// neighbours (computed, never stored) and its targets. Charts and tables draw from this.
struct ComparisonSeries
{
    enum class Kind
    {
        Authority,
        National,
        Region,
        Neighbours,
        Target,
        Measure, // an action's straight line from its baseline to its target
    };
    struct Point
    {
        qint64 valueId = 0; // 0 for computed points
        Period period;
        std::optional<double> value;
        std::optional<SuppressionCode> suppression;
        std::optional<qint64> sourceId;
        QString note;                  // e.g. "mean of 9 neighbours; 1 withheld"
        std::optional<int> sourceLine; // the line of a published file
        int version = 0;               // the stored figure's version, as read
    };

    Kind kind = Kind::Authority;
    QString name;
    qint64 authorityId = 0;
    QList<Point> points;
};

namespace IndicatorComparison {
QList<ComparisonSeries> build(const Store &store, qint64 authorityId, qint64 indicatorId);
}
