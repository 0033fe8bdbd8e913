#include "indicators/indicatorcomparison.h"

#include "actions/actionplanstore.h"
#include "authorities/authoritystore.h"
#include "indicators/indicatorstore.h"
#include "store/store.h"

#include <QCoreApplication>

namespace IndicatorComparison {

namespace {

ComparisonSeries storedSeries(const Store &store, ComparisonSeries::Kind kind, const Authority &a,
                              qint64 indicatorId)
{
    ComparisonSeries s;
    s.kind = kind;
    s.name = a.name;
    s.authorityId = a.id;
    for (const IndicatorValue &v : store.indicators().values(a.id, indicatorId))
        s.points.append({v.id, v.period, v.value, v.suppression, v.sourceId, QString(),
                         v.sourceLine, v.version.number});
    return s;
}

QList<ComparisonSeries> buildAfresh(const Store &store, qint64 authorityId, qint64 indicatorId)
{
    QList<ComparisonSeries> result;
    const std::optional<Authority> authority = store.authorities().byId(authorityId);
    if (!authority)
        return result;
    result.append(storedSeries(store, ComparisonSeries::Kind::Authority, *authority, indicatorId));

    // A real authority is compared with real England; a synthetic one with its synthetic
    // stand-in, so real and generated figures never share a chart.
    if (const std::optional<Authority> country = store.authorities().country(authority->synthetic);
        country && country->id != authorityId)
        result.append(storedSeries(store, ComparisonSeries::Kind::National, *country, indicatorId));
    if (authority->regionId) {
        if (const std::optional<Authority> region = store.authorities().byId(*authority->regionId))
            result.append(
                storedSeries(store, ComparisonSeries::Kind::Region, *region, indicatorId));
    }
    const QList<qint64> neighbours = store.indicators().neighbours(authorityId);
    if (!neighbours.isEmpty()) {
        ComparisonSeries s;
        s.kind = ComparisonSeries::Kind::Neighbours;
        s.name = QCoreApplication::translate("IndicatorComparison",
                                             "Statistical neighbours (mean of %1)")
                     .arg(neighbours.size());
        for (const IndicatorStore::NeighbourMean &m :
             store.indicators().neighbourMeans(authorityId, indicatorId)) {
            ComparisonSeries::Point p;
            p.period = m.period;
            p.value = m.mean;
            if (!m.mean)
                p.suppression = SuppressionCode::Confidential;
            p.note = QCoreApplication::translate("IndicatorComparison",
                                                 "%1 of %2 neighbours with a figure")
                         .arg(m.reporting)
                         .arg(neighbours.size());
            if (m.withheld)
                p.note += QCoreApplication::translate("IndicatorComparison", "; %1 withheld")
                              .arg(m.withheld);
            s.points.append(p);
        }
        result.append(s);
    }
    const QList<IndicatorStore::Target> targets =
        store.indicators().targets(authorityId, indicatorId);
    if (!targets.isEmpty()) {
        ComparisonSeries s;
        s.kind = ComparisonSeries::Kind::Target;
        s.name = QCoreApplication::translate("IndicatorComparison", "Target");
        s.authorityId = authorityId;
        const std::optional<Indicator> indicator = store.indicators().indicator(indicatorId);
        const bool flow = indicator && indicator->measured == Period::Kind::In;
        for (const IndicatorStore::Target &t : targets) {
            // A target for a year's flow sits where that year's figure sits.
            const Period period =
                flow ? Period::in(t.periodEnd.addYears(-1).addDays(1), t.periodEnd, t.label)
                     : Period::at(t.periodEnd, t.label);
            s.points.append(
                {0, period, t.value, std::nullopt, std::nullopt, QString(), std::nullopt});
        }
        result.append(s);
    }
    // Each action, or whole plan, aimed at the indicator: the line it set out on, from its
    // baseline through its milestones to its target, which its figures are judged against.
    const std::optional<Indicator> indicator = store.indicators().indicator(indicatorId);
    const bool flow = indicator && indicator->measured == Period::Kind::In;
    auto periodAt = [flow](const QDate &end) {
        return flow ? Period::in(end.addYears(-1).addDays(1), end) : Period::at(end);
    };
    for (const ActionPlanStore::MeasureAim &aim :
         store.actionPlans().measuresOn(authorityId, indicatorId)) {
        const ImpactMeasure &measure = aim.measure;
        ComparisonSeries s;
        s.kind = ComparisonSeries::Kind::Measure;
        s.name = QCoreApplication::translate("IndicatorComparison", "Aim of %1").arg(aim.aimedBy());
        s.authorityId = authorityId;
        s.points.append({0, periodAt(measure.baselineOn), measure.baselineValue, std::nullopt,
                         std::nullopt, measure.baselineSource, std::nullopt});
        for (const auto &[on, value] : measure.milestones)
            s.points.append({0, periodAt(on), value, std::nullopt, std::nullopt,
                             QCoreApplication::translate("IndicatorComparison", "milestone"),
                             std::nullopt});
        s.points.append({0, periodAt(measure.targetOn), measure.targetValue, std::nullopt,
                         std::nullopt, QCoreApplication::translate("IndicatorComparison", "target"),
                         std::nullopt});
        result.append(s);
    }
    return result;
}
} // namespace

QList<ComparisonSeries> build(const Store &store, qint64 authorityId, qint64 indicatorId)
{
    // One switch of authority asks three times (the chart, the figures under it, the
    // benchmark table): worked out once while nothing in the database has changed.
    struct Last
    {
        QString stamp;
        qint64 authorityId = 0;
        qint64 indicatorId = 0;
        QList<ComparisonSeries> series;
    };
    thread_local Last last;
    const QString stamp = store.indicators().changeStamp();
    if (!stamp.isEmpty() && stamp == last.stamp && authorityId == last.authorityId &&
        indicatorId == last.indicatorId)
        return last.series;
    last = {stamp, authorityId, indicatorId, buildAfresh(store, authorityId, indicatorId)};
    return last.series;
}

} // namespace IndicatorComparison
