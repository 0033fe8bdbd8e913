#include "meetings/changessince.h"

#include "actions/actionplanstore.h"
#include "actions/actionrules.h"
#include "indicators/indicatorstore.h"
#include "judgements/judgementstore.h"
#include "store/store.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace {

QString longDate(const QDate &date)
{
    return date.toString(QStringLiteral("d MMMM yyyy"));
}

bool within(const std::optional<QDate> &date, const QDate &since, const QDate &until)
{
    return date && date->isValid() && *date > since && *date <= until;
}

// The first words of a long text, for a list a board scans.
QString shortened(const QString &text, int length = 110)
{
    const QString simple = text.simplified();
    if (simple.size() <= length)
        return simple;
    const qsizetype cut = simple.lastIndexOf(QLatin1Char(' '), length);
    return simple.left(cut > length / 2 ? cut : length) + QStringLiteral("…");
}

// "at 31 March 2025" as it stands, "for 2024-25" for a span.
QString periodWords(const Period &period)
{
    return period.kind == Period::Kind::At
               ? period.displayLabel()
               : QCoreApplication::translate("ChangesSince", "for %1").arg(period.displayLabel());
}

} // namespace

Status ChangesSince::checkDates(const QDate &since, const QDate &until)
{
    if (!since.isValid())
        return Status::failure(tr("The date to report changes since is not a date."));
    if (!until.isValid())
        return Status::failure(tr("The meeting date is not a date."));
    if (since > until)
        return Status::failure(
            tr("Changes since %1 cannot be shown for a meeting on %2: the date since is after "
               "the meeting. Give a date on or before the meeting's.")
                .arg(longDate(since), longDate(until)));
    return {};
}

ChangesSince ChangesSince::between(const Store &store, qint64 authorityId, const QDate &since,
                                   const QDate &until)
{
    ChangesSince c;
    c.m_since = since;
    c.m_until = until;

    // Inspections and visits held or published in the time.
    Part inspections{tr("Inspections and visits"), {}, tr("No inspection or visit."), {}};
    for (const Inspection &i : store.judgements().inspections(authorityId)) {
        const std::optional<QDate> held = i.startDate ? i.startDate : i.publishedOn;
        if (!within(held, since, until) && !within(i.publishedOn, since, until))
            continue;
        QString text = QStringLiteral("%1, %2").arg(Frameworks::title(i.framework), i.datesText());
        if (i.publishedOn && i.startDate)
            text += tr(", published %1").arg(longDate(*i.publishedOn));
        for (const Judgement &j : store.judgements().judgements(i.id)) {
            if (j.area == JudgementArea::Overall)
                text += tr(": overall effectiveness %1").arg(Grades::title(j.grade));
        }
        const int made = int(store.judgements().recommendations(i.id).size());
        if (made > 0)
            text += tr(" (%n recommendation(s) or area(s) to improve)", nullptr, made);
        inspections.items.append({text + QLatin1Char('.'), false});
    }
    inspections.count = tr("%n inspection(s) or visit(s)", nullptr, int(inspections.items.size()));
    c.m_parts.append(inspections);

    // Recommendations closed, and those a later inspection superseded.
    Part recommendations{tr("Recommendations closed or superseded"),
                         {},
                         tr("No recommendation was closed or superseded."),
                         {}};
    QList<std::pair<QString, QDate>> supersedingOrder;
    QHash<QString, int> superseded;
    for (const ActionPlanStore::Coverage &cov : store.actionPlans().coverage(authorityId)) {
        const Recommendation &r = cov.recommendation;
        if (cov.state == RecommendationState::Closed && within(r.closedOn, since, until)) {
            QString text = tr("Closed on %1: %2 %3 %4, “%5”")
                               .arg(longDate(*r.closedOn), cov.inspection,
                                    Recommendation::kindTitle(r.kind).toLower())
                               .arg(r.number)
                               .arg(shortened(r.text));
            if (!r.closedNote.trimmed().isEmpty())
                text += tr("; %1").arg(r.closedNote.trimmed());
            if (r.closedEvidence)
                text += tr(" (evidence: %1)").arg(r.closedEvidence->title);
            recommendations.items.append({text + QLatin1Char('.'), false});
        } else if (cov.state == RecommendationState::Superseded &&
                   within(cov.supersededOn, since, until)) {
            if (!superseded.contains(cov.supersededBy))
                supersedingOrder.append({cov.supersededBy, cov.supersededOn});
            ++superseded[cov.supersededBy];
        }
    }
    int changedRecommendations = int(recommendations.items.size());
    for (const auto &[by, on] : supersedingOrder) {
        changedRecommendations += superseded.value(by);
        recommendations.items.append(
            {tr("%n earlier recommendation(s) not closed or carried forward superseded by %1 "
                "(from %2).",
                nullptr, superseded.value(by))
                 .arg(by, longDate(on)),
             false});
    }
    recommendations.count =
        tr("%n recommendation(s) closed or superseded", nullptr, changedRecommendations);
    c.m_parts.append(recommendations);

    // Actions: completed, fallen overdue, and RAG moves, from the dated history.
    Part completed{tr("Actions completed"), {}, tr("No action was completed."), {}};
    Part overdue{tr("Actions now overdue"), {}, tr("No action fell overdue."), {}};
    Part moves{tr("RAG moves"), {}, tr("No action's RAG moved."), {}};
    const QHash<qint64, ActionPlanStore::ProgressMarks> marks =
        store.actionPlans().progressMarks(authorityId, since, until);
    for (const ActionRow &row : store.actionPlans().actionRows(authorityId)) {
        const Action &a = row.action;
        const ActionPlanStore::ProgressMarks mark = marks.value(a.id);
        const QString who = a.leadOfficer.trimmed().isEmpty()
                                ? QString()
                                : QStringLiteral(" (%1)").arg(a.leadOfficer);
        if (ActionRules::isFinished(row)) {
            std::optional<QDate> done = mark.finishedOn;
            if (!done && a.version.changedAt.isValid())
                done = a.version.changedAt.date();
            if (within(done, since, until))
                completed.items.append(
                    {tr("%1%2, completed %3.").arg(a.title, who, longDate(*done)), false});
        } else if (within(a.dueDate, since, until)) {
            const std::optional<Rag> rag = ActionRules::currentRag(row);
            overdue.items.append(
                {tr("%1%2, due %3, %4% complete%5.")
                     .arg(a.title, who, longDate(*a.dueDate))
                     .arg(ActionRules::percentComplete(row))
                     .arg(rag ? tr(", last rated %1").arg(Rags::title(*rag)) : QString()),
                 true});
        }
        const std::optional<ActionPlanStore::ProgressMark> &before = mark.atSince;
        const std::optional<ActionPlanStore::ProgressMark> &after = mark.atUntil;
        if (!after || after->rag == Rag::Blue || (before && before->rag == after->rag) ||
            (before && after->updateId == before->updateId))
            continue;
        const QString text =
            before ? tr("%1: %2 to %3 (reported %4).")
                         .arg(a.title, Rags::title(before->rag), Rags::title(after->rag),
                              longDate(after->reportedOn))
                   : tr("%1: first rated %2 (reported %3).")
                         .arg(a.title, Rags::title(after->rag), longDate(after->reportedOn));
        moves.items.append({text, after->rag == Rag::Red});
    }
    completed.count = tr("%n action(s) completed", nullptr, int(completed.items.size()));
    overdue.count = tr("%n action(s) now overdue", nullptr, int(overdue.items.size()));
    moves.count = tr("%n RAG move(s)", nullptr, int(moves.items.size()));
    c.m_parts.append(completed);
    c.m_parts.append(overdue);
    c.m_parts.append(moves);

    // Figures recorded since: for each indicator, its newest new figure against the one
    // before it, and whether it moved toward the target an action or the plan set for it.
    Part figures{tr("Figures recorded"), {}, tr("No figure was recorded."), {}};
    const QList<IndicatorStore::RecordedFigure> recorded =
        store.indicators().recordedBetween(authorityId, since, until);
    // Every series and target of the authority at once, not a statement per indicator.
    const QHash<qint64, QList<IndicatorValue>> series =
        recorded.isEmpty() ? QHash<qint64, QList<IndicatorValue>>()
                           : store.indicators().series(authorityId);
    const QHash<qint64, QList<IndicatorStore::Target>> targets =
        recorded.isEmpty() ? QHash<qint64, QList<IndicatorStore::Target>>()
                           : store.indicators().targets(authorityId);
    QHash<qint64, QList<ImpactMeasure>> measuresOf;
    // The actions' measures and the plans' own alike.
    for (const auto &byOwner : {store.actionPlans().measuresByAction(authorityId),
                                store.actionPlans().measuresByPlan(authorityId)}) {
        for (const QList<ImpactMeasure> &list : byOwner) {
            for (const ImpactMeasure &m : list)
                measuresOf[m.indicatorId].append(m);
        }
    }
    for (qsizetype i = 0; i < recorded.size();) {
        const qint64 indicatorId = recorded.at(i).value.indicatorId;
        qsizetype end = i;
        while (end < recorded.size() && recorded.at(end).value.indicatorId == indicatorId)
            ++end;
        const IndicatorStore::RecordedFigure &newest = recorded.at(end - 1);
        const int earlier = int(end - i - 1);
        i = end;
        const std::optional<Indicator> ind = store.indicators().indicator(indicatorId);
        if (!ind)
            continue;
        const IndicatorValue &v = newest.value;
        QString text;
        bool attention = false;
        if (!v.value) {
            text = tr("%1: %2 withheld (%3)")
                       .arg(ind->name, v.period.displayLabel(),
                            SuppressionCodes::explanation(*v.suppression));
        } else {
            std::optional<IndicatorValue> previous;
            for (const IndicatorValue &old : series.value(indicatorId)) {
                if (old.value && old.period.end < v.period.end)
                    previous = old;
            }
            text =
                tr("%1: %2 %3").arg(ind->name, ind->formatValue(*v.value), periodWords(v.period));
            // The target: an impact measure's still ahead, else the plan's for the period. Its
            // direction is the measure's (baseline to target) or the indicator's polarity.
            struct Aim
            {
                double value = 0;
                QDate by;
                int direction = 0; // +1 higher is the aim, -1 lower, 0 not known
            };
            std::optional<Aim> target;
            for (const ImpactMeasure &m : measuresOf.value(indicatorId)) {
                if (m.targetOn >= v.period.end && (!target || m.targetOn < target->by))
                    target = Aim{m.targetValue, m.targetOn,
                                 m.targetValue > m.baselineValue   ? 1
                                 : m.targetValue < m.baselineValue ? -1
                                                                   : 0};
            }
            if (!target) {
                for (const IndicatorStore::Target &t : targets.value(indicatorId)) {
                    if (t.periodEnd >= v.period.end) {
                        target = Aim{t.value, t.periodEnd,
                                     ind->polarity == Polarity::HigherIsBetter  ? 1
                                     : ind->polarity == Polarity::LowerIsBetter ? -1
                                                                                : 0};
                        break;
                    }
                }
            }
            if (!previous) {
                text += tr(", the first figure held");
            } else {
                const double was = *previous->value;
                const double now = *v.value;
                const QString from = ind->formatValue(was);
                if (now == was)
                    text += tr(", the same as %1").arg(periodWords(previous->period));
                else
                    text += (now > was ? tr(", up from %1 %2") : tr(", down from %1 %2"))
                                .arg(from, periodWords(previous->period));
                if (target && target->direction != 0 &&
                    (now - target->value) * target->direction >= 0) {
                    text += tr(": at or beyond the target of %1 by %2")
                                .arg(ind->formatValue(target->value), longDate(target->by));
                } else if (target && now != was) {
                    const bool toward = (now - was) * (target->value - was) > 0;
                    attention = !toward;
                    text += (toward ? tr(": toward the target of %1 by %2")
                                    : tr(": away from the target of %1 by %2"))
                                .arg(ind->formatValue(target->value), longDate(target->by));
                } else if (now != was && ind->polarity != Polarity::Neither) {
                    const bool better = (now > was) == (ind->polarity == Polarity::HigherIsBetter);
                    attention = !better;
                    text += better ? tr(": better, with no target set")
                                   : tr(": worse, with no target set");
                }
            }
        }
        text += tr(". From %1, recorded %2").arg(newest.document, longDate(newest.recordedOn));
        if (newest.issuedOn)
            text += tr(", published %1").arg(longDate(*newest.issuedOn));
        if (earlier > 0)
            text += tr("; with %n figure(s) for earlier periods", nullptr, earlier);
        figures.items.append({text + QLatin1Char('.'), attention});
    }
    figures.count = tr("new figures for %n indicator(s)", nullptr, int(figures.items.size()));
    c.m_parts.append(figures);
    return c;
}

QString ChangesSince::headline() const
{
    QStringList counts;
    for (const Part &p : m_parts) {
        if (!p.items.isEmpty())
            counts << p.count;
    }
    const QString span = tr("From %1 to %2").arg(longDate(m_since), longDate(m_until));
    return counts.isEmpty()
               ? tr("%1: nothing recorded changed.").arg(span)
               : QStringLiteral("%1: %2.").arg(span, counts.join(QStringLiteral("; ")));
}

QString ChangesSince::html(const QString &heading, bool compact) const
{
    QString html =
        heading.isEmpty() ? QString() : QStringLiteral("<h2>%1</h2>").arg(heading.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(headline().toHtmlEscaped());
    for (const Part &p : m_parts) {
        html += (compact ? QStringLiteral("<p><b>%1</b></p>") : QStringLiteral("<h3>%1</h3>"))
                    .arg(p.heading.toHtmlEscaped());
        if (p.items.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(p.none.toHtmlEscaped());
            continue;
        }
        html += QStringLiteral("<ul>");
        // Worse news in bold, so it stands out in grey as in colour.
        for (const Item &item : p.items)
            html += item.attention
                        ? QStringLiteral("<li><b>%1</b></li>").arg(item.text.toHtmlEscaped())
                        : QStringLiteral("<li>%1</li>").arg(item.text.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}
