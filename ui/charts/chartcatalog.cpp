#include "charts/chartcatalog.h"

#include "charts/emptychart.h"

#include "actions/ragchart.h"
#include "indicators/indicatorchart.h"
#include "judgements/gradechart.h"

#include "actions/actionplanstore.h"
#include "authorities/authoritystore.h"
#include "indicators/indicatorcomparison.h"
#include "indicators/indicatorstore.h"
#include "judgements/judgementstore.h"
#include "sources/sourcestore.h"
#include "store/store.h"

#include <QChart>
#include <QCoreApplication>
#include <QDate>
#include <QMap>

namespace ChartCatalog {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ChartCatalog", text, disambiguation, n);
}

QString nameOf(const Store &store, qint64 authorityId)
{
    const std::optional<Authority> a = store.authorities().byId(authorityId);
    return a ? a->name : QString();
}

void count(RagChart::Bar &bar, const ActionRow &row)
{
    const std::optional<Rag> rag = ActionRules::currentRag(row);
    if (!rag)
        ++bar.noUpdate;
    else if (*rag == Rag::Red)
        ++bar.red;
    else if (*rag == Rag::Amber)
        ++bar.amber;
    else if (*rag == Rag::Green)
        ++bar.green;
    else
        ++bar.blue;
}
// "No figures recorded for Leicester; England's latest is 71, 31 March 2023."
QString noFigures(const QString &who, const Indicator &indicator,
                  const QList<ComparisonSeries> &series)
{
    for (const ComparisonSeries &s : series) {
        if (s.kind != ComparisonSeries::Kind::National)
            continue;
        for (auto p = s.points.crbegin(); p != s.points.crend(); ++p) {
            if (p->value)
                return tr("No figures recorded for %1; %2's latest is %3, %4.")
                    .arg(who, s.name, indicator.formatValue(*p->value), p->period.displayLabel());
        }
    }
    return tr("No figures recorded for %1.").arg(who);
}
} // namespace

QChart *grades(const Store &store, qint64 authorityId, QChart *shown)
{
    // A line per grid row, in the grid's order; a joint ILACS grade counts in both rows.
    QMap<int, GradeChart::Series> rows;
    for (const JudgementStore::GradePoint &p : store.judgements().gradePoints(authorityId)) {
        for (AreaRow row : JudgementAreas::rowsFor(p.area)) {
            GradeChart::Series &s = rows[int(row)];
            s.name = JudgementAreas::rowTitle(row);
            s.points.append({p.date, p.grade});
        }
    }
    QList<GradeChart::Visit> visits;
    for (const Inspection &i : store.judgements().inspections(authorityId)) {
        if (!i.isGraded())
            visits.append({i.timelineDate(), Frameworks::shortTitle(i.framework)});
    }
    const QString who = nameOf(store, authorityId);
    const QString title = tr("%1: grades over time").arg(who);
    if (rows.isEmpty() && visits.isEmpty())
        return EmptyChart::create(title, tr("No Ofsted inspection is recorded for %1.").arg(who));
    const QString heading =
        rows.isEmpty() ? tr("%1: no graded inspection recorded").arg(who) : title;
    const QList<GradeChart::Series> lines = rows.values();
    if (GradeChart::update(shown, heading, lines, visits))
        return shown;
    return GradeChart::create(heading, lines, visits);
}

QChart *ragNow(const Store &store, qint64 authorityId, bool byRecommendation,
               const QList<ActionRow> *given)
{
    const QList<ActionRow> rows = given ? *given : store.actionPlans().actionRows(authorityId);
    QList<RagChart::Bar> bars;
    if (byRecommendation) {
        for (const ActionPlanStore::Coverage &c : store.actionPlans().coverage(authorityId)) {
            if (c.actions == 0)
                continue;
            RagChart::Bar bar;
            bar.label = tr("Rec. %1 (%2)").arg(c.recommendation.number).arg(c.inspection);
            for (const ActionRow &row : rows) {
                if (row.action.recommendationIds.contains(c.recommendation.id))
                    count(bar, row);
            }
            bars.append(bar);
        }
    } else {
        for (const Plan &p : store.actionPlans().plans(authorityId)) {
            RagChart::Bar bar;
            bar.label = p.name;
            for (const ActionRow &row : rows) {
                if (row.action.planId == p.id)
                    count(bar, row);
            }
            bars.append(bar);
        }
    }
    const QString title = tr("%1: actions by RAG now").arg(nameOf(store, authorityId));
    if (rows.isEmpty())
        return EmptyChart::create(
            title, tr("No actions are recorded for %1.").arg(nameOf(store, authorityId)));
    if (bars.isEmpty())
        return EmptyChart::create(
            title,
            tr("No action for %1 answers a recommendation.").arg(nameOf(store, authorityId)));
    return RagChart::now(title, bars);
}

QChart *ragOverTime(const Store &store, qint64 authorityId, qint64 planId)
{
    if (!planId) {
        const QList<Plan> plans = store.actionPlans().plans(authorityId);
        planId = plans.isEmpty() ? 0 : plans.last().id;
    }
    const std::optional<Plan> plan = store.actionPlans().plan(planId);
    const QString who = nameOf(store, authorityId);
    if (!plan)
        return EmptyChart::create(tr("%1: RAG at each month end").arg(who),
                                  tr("No action plan is recorded for %1.").arg(who));
    const QString title = tr("%1: RAG at each month end").arg(plan->name);
    const QList<ActionPlanStore::MonthRag> months = store.actionPlans().ragByMonth(planId);
    if (months.isEmpty())
        return EmptyChart::create(
            title, tr("No progress update is recorded yet for \"%1\".").arg(plan->name));
    return RagChart::overTime(title, months);
}

QChart *indicator(const Store &store, qint64 authorityId, qint64 indicatorId)
{
    const std::optional<Indicator> ind = store.indicators().indicator(indicatorId);
    const QString title =
        QStringLiteral("%1: %2").arg(nameOf(store, authorityId), ind ? ind->name : QString());
    const QList<ComparisonSeries> series =
        IndicatorComparison::build(store, authorityId, indicatorId);
    bool recorded = false;
    for (const ComparisonSeries &s : series)
        recorded |= s.kind == ComparisonSeries::Kind::Authority && !s.points.isEmpty();
    if (!recorded)
        return EmptyChart::create(
            title, noFigures(nameOf(store, authorityId), ind.value_or(Indicator()), series));
    return IndicatorChart::create(title, ind.value_or(Indicator()), series);
}

QString caption(const Store &store, qint64 authorityId)
{
    // Short enough to sit under a chart: who published what, and when.
    QStringList documents;
    const QList<SourceStore::DocumentUse> uses = store.sources().documentsFor(authorityId);
    for (const SourceStore::DocumentUse &use : uses) {
        QString d = use.document.kind == QLatin1String("synthetic")
                        ? tr("synthetic demonstration data")
                    : use.document.publisher.isEmpty() ? use.document.title
                                                       : use.document.publisher;
        if (use.document.issuedOn)
            d += QStringLiteral(" (%1)").arg(
                use.document.issuedOn->toString(QStringLiteral("d MMM yyyy")));
        if (!documents.contains(d))
            documents << d;
    }
    if (documents.size() > 3) {
        const int more = int(documents.size()) - 3;
        documents = documents.mid(0, 3);
        documents << tr("and %n more", nullptr, more);
    }
    const QString drawn =
        tr("Drawn %1.").arg(QDate::currentDate().toString(QStringLiteral("d MMMM yyyy")));
    return documents.isEmpty()
               ? drawn
               : tr("%1 Sources: %2.").arg(drawn, documents.join(QStringLiteral("; ")));
}

} // namespace ChartCatalog
