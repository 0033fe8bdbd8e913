#include "demo/syntheticdemo.h"

#include "actions/actionplanstore.h"
#include "authorities/authoritystore.h"
#include "indicators/indicatorstore.h"
#include "judgements/judgementstore.h"
#include "meetings/meetingstore.h"
#include "sources/sourcestore.h"
#include "store/store.h"

#include <QRandomGenerator>
#include <QSet>

#include <cmath>
#include <functional>

namespace {

struct GradedArea
{
    JudgementArea area;
    Grade grade;
};

// The indicators drawn for every synthetic authority: level in 2016, yearly drift, noise.
struct SeriesShape
{
    const char *key;
    double start;
    double drift;
    double noise;
};

const SeriesShape seriesShapes[] = {
    {"cla_rate", 62, 1.2, 3},
    {"cpp_rate", 48, -0.8, 4},
    {"cin_rate", 340, -4, 15},
    {"cpp_repeat_pct", 24, -0.9, 2},
    {"icpc_15_days_pct", 72, 1.8, 4},
    {"adoption_a1_days", 520, -14, 30},
    {"care_leavers_eet_pct", 48, 1.4, 3},
    {"care_leavers_in_touch_pct", 88, 0.7, 2},
    {"sw_caseload", 19, -0.3, 1.2},
    {"sw_agency_pct", 21, -0.8, 2.5},
    {"sw_turnover_pct", 18, -0.4, 2},
};

} // namespace

SyntheticDemo::SyntheticDemo(Store &store, quint32 seed)
    : m_store(store)
    , m_seed(seed)
{
}

Status SyntheticDemo::generate()
{
    Document doc;
    doc.title = QStringLiteral("Synthetic demonstration data (generated, not real)");
    doc.publisher = QStringLiteral("Children's Services Improvement Tracker");
    doc.kind = QStringLiteral("synthetic");
    doc.reference = QStringLiteral("Generated with seed %1").arg(m_seed);
    // Its history stands as recorded before the plan began.
    doc.recordedOn = QDate(2024, 3, 1);
    const Result<qint64> d = m_store.sources().addDocument(doc);
    if (!d.ok())
        return Status::of(d);
    m_document = d.value();
    const Result<qint64> s = m_store.sources().addSource(m_document, QStringLiteral("generated"));
    if (!s.ok())
        return Status::of(s);
    m_source = s.value();
    // The newest year's figures arrive in a file of their own, after the board's September
    // meeting, so a pack for its next meeting has new figures to report.
    Document latest = doc;
    latest.title = QStringLiteral("Synthetic figures for 2024-25 (generated, not real)");
    latest.recordedOn = QDate(2026, 10, 20);
    const Result<qint64> ld = m_store.sources().addDocument(latest);
    if (!ld.ok())
        return Status::of(ld);
    const Result<qint64> ls = m_store.sources().addSource(ld.value(), QStringLiteral("generated"));
    if (!ls.ok())
        return Status::of(ls);
    m_latestSource = ls.value();

    for (auto step :
         {&SyntheticDemo::addAuthorities, &SyntheticDemo::addInspections, &SyntheticDemo::addPlan,
          &SyntheticDemo::addIndicatorSeries, &SyntheticDemo::addMeasures,
          &SyntheticDemo::addEvidence, &SyntheticDemo::addMeetings}) {
        const Status st = (this->*step)();
        if (!st.ok())
            return st;
    }
    return {};
}

Status SyntheticDemo::addAuthorities()
{
    auto add = [this](const QString &name, AuthorityKind kind,
                      std::optional<qint64> region) -> Result<qint64> {
        Authority a;
        a.name = name;
        a.kind = kind;
        a.regionId = region;
        a.synthetic = true;
        return m_store.authorities().add(a);
    };
    Result<qint64> id =
        add(QStringLiteral("England (synthetic comparator)"), AuthorityKind::Country, std::nullopt);
    if (!id.ok())
        return Status::of(id);
    m_nation = id.value();
    id = add(QStringLiteral("Example Region (synthetic)"), AuthorityKind::Region, std::nullopt);
    if (!id.ok())
        return Status::of(id);
    m_region = id.value();
    id = add(boroughName(), AuthorityKind::LocalAuthority, m_region);
    if (!id.ok())
        return Status::of(id);
    m_borough = id.value();
    id = add(QStringLiteral("Example Shire (synthetic)"), AuthorityKind::LocalAuthority, m_region);
    if (!id.ok())
        return Status::of(id);
    m_shire = id.value();
    for (int n = 0; n < 10; ++n) {
        id =
            add(QStringLiteral("Example Neighbour %1 (synthetic)").arg(QChar(QLatin1Char('A' + n))),
                AuthorityKind::LocalAuthority, m_region);
        if (!id.ok())
            return Status::of(id);
        m_neighbours.append(id.value());
    }
    return m_store.indicators().setNeighbours(m_borough, m_neighbours);
}

Status SyntheticDemo::addInspections()
{
    auto inspect = [this](qint64 authority, Framework framework, QDate start, QDate end,
                          QDate published, const QList<GradedArea> &grades,
                          const QStringList &recommendations,
                          const QString &theme = {}) -> Result<qint64> {
        InspectionRecord r;
        r.inspection.authorityId = authority;
        r.inspection.framework = framework;
        r.inspection.startDate = start;
        r.inspection.endDate = end;
        r.inspection.publishedOn = published;
        r.inspection.theme = theme;
        r.inspection.summary = QStringLiteral("Synthetic inspection for demonstration.");
        r.inspection.sourceId = m_source;
        for (const GradedArea &g : grades)
            r.judgements.append(
                {0, 0, g.area, JudgementAreas::title(g.area, framework), g.grade, m_source});
        int number = 0;
        for (const QString &text : recommendations) {
            Recommendation rec;
            rec.number = ++number;
            rec.kind = Frameworks::isGraded(framework) ? RecommendationKind::Recommendation
                                                       : RecommendationKind::AreaForImprovement;
            rec.text = text;
            rec.sourceId = m_source;
            r.recommendations.append(rec);
        }
        return m_store.judgements().addInspection(r);
    };
    using A = JudgementArea;
    using G = Grade;
    const QList<std::pair<Result<qint64>, bool>> results = {
        {inspect(
             m_borough, Framework::Sif, {2015, 2, 2}, {2015, 2, 26}, {2015, 4, 10},
             {{A::Overall, G::Inadequate},
              {A::HelpAndProtection, G::Inadequate},
              {A::LookedAfterAndPermanence, G::RequiresImprovement},
              {A::Adoption, G::RequiresImprovement},
              {A::CareLeavers, G::Inadequate},
              {A::Leadership, G::Inadequate},
              {A::Lscb, G::RequiresImprovement}},
             {QStringLiteral("Ensure that every child referred to children's social care has a "
                             "timely assessment."),
              QStringLiteral("Reduce social worker caseloads so that children are seen regularly."),
              QStringLiteral("Improve management oversight and supervision of casework.")}),
         false},
        {inspect(m_borough, Framework::MonitoringVisit, {2015, 7, 14}, {2015, 7, 15}, {2015, 8, 20},
                 {}, {}, QStringLiteral("Front door and assessment")),
         false},
        {inspect(m_borough, Framework::MonitoringVisit, {2016, 1, 19}, {2016, 1, 20}, {2016, 2, 25},
                 {}, {}, QStringLiteral("Children in need and child protection planning")),
         false},
        {inspect(
             m_borough, Framework::Sif, {2017, 3, 6}, {2017, 3, 30}, {2017, 5, 12},
             {{A::Overall, G::RequiresImprovement},
              {A::HelpAndProtection, G::RequiresImprovement},
              {A::LookedAfterAndPermanence, G::RequiresImprovement},
              {A::Adoption, G::Good},
              {A::CareLeavers, G::RequiresImprovement},
              {A::Leadership, G::Good},
              {A::Lscb, G::Good}},
             {QStringLiteral(
                  "Improve the quality of plans so that they are specific and time-bound."),
              QStringLiteral(
                  "Increase the number of care leavers in education, employment or training.")}),
         false},
        {inspect(m_borough, Framework::IlacsStandard, {2019, 10, 7}, {2019, 10, 18}, {2019, 12, 2},
                 {{A::Overall, G::RequiresImprovement},
                  {A::Leadership, G::Good},
                  {A::HelpAndProtection, G::RequiresImprovement},
                  {A::ChildrenInCareAndCareLeavers, G::Good}},
                 {QStringLiteral("Strengthen the response to children at risk of exploitation.")}),
         false},
        {inspect(m_borough, Framework::FocusedVisit, {2021, 11, 9}, {2021, 11, 10}, {2021, 12, 14},
                 {},
                 {QStringLiteral(
                      "Consistency of supervision records in showing reflective discussion."),
                  QStringLiteral("Timeliness of reviews of children's plans.")},
                 QStringLiteral("Children in need of help and protection")),
         false},
        {inspect(
             m_borough, Framework::IlacsStandard, {2024, 2, 5}, {2024, 2, 16}, {2024, 3, 28},
             {{A::Overall, G::Good},
              {A::Leadership, G::Good},
              {A::HelpAndProtection, G::Good},
              {A::ChildrenInCare, G::Good},
              {A::CareLeavers, G::RequiresImprovement}},
             {QStringLiteral(
                  "Improve pathway plans so that care leavers know what support they will have."),
              QStringLiteral("Increase the range of suitable accommodation for care leavers."),
              QStringLiteral(
                  "Ensure that health histories are given to care leavers before they leave care."),
              QStringLiteral(
                  "Reduce the number of changes of social worker for children in care.")}),
         true},
        {inspect(m_shire, Framework::Sif, {2016, 5, 9}, {2016, 6, 2}, {2016, 7, 15},
                 {{A::Overall, G::Good},
                  {A::HelpAndProtection, G::Good},
                  {A::LookedAfterAndPermanence, G::Good},
                  {A::Adoption, G::Outstanding},
                  {A::CareLeavers, G::Good},
                  {A::Leadership, G::Good},
                  {A::Lscb, G::Good}},
                 {QStringLiteral("Improve the timeliness of initial health assessments.")}),
         false},
        {inspect(m_shire, Framework::IlacsShort, {2020, 1, 13}, {2020, 1, 17}, {2020, 2, 21},
                 {{A::Overall, G::Good},
                  {A::Leadership, G::Outstanding},
                  {A::HelpAndProtection, G::Good},
                  {A::ChildrenInCareAndCareLeavers, G::Good}},
                 {}),
         false},
        {inspect(m_shire, Framework::Jtai, {2022, 9, 12}, {2022, 9, 16}, {2022, 11, 3}, {}, {},
                 QStringLiteral("Children with mental ill health")),
         false},
    };
    for (const auto &[result, latest] : results) {
        if (!result.ok())
            return Status::of(result);
        if (latest) {
            for (const Recommendation &r : m_store.judgements().recommendations(result.value()))
                m_latestRecommendations.append(r.id);
        }
    }
    // The life of recommendations: the 2024 inspection supersedes the earlier ones, except
    // two the borough carried forward (still open, no action yet) and a visit's area for
    // improvement it had closed before then.
    auto changeRecommendation = [this](qint64 inspectionId, int number,
                                       const std::function<void(Recommendation &)> &change) {
        std::optional<InspectionRecord> record = m_store.judgements().record(inspectionId);
        if (!record)
            return Status::failure(QStringLiteral("The demo's inspection is missing."));
        for (Recommendation &r : record->recommendations) {
            if (r.number == number)
                change(r);
        }
        return m_store.judgements().updateInspection(*record);
    };
    const auto carry = [](Recommendation &r) { r.carriedForward = true; };
    for (const Status &s :
         {changeRecommendation(results.at(3).first.value(), 2, carry),
          changeRecommendation(results.at(4).first.value(), 1, carry),
          changeRecommendation(results.at(5).first.value(), 2, [](Recommendation &r) {
              r.closedOn = QDate(2023, 9, 29);
              r.closedNote = QStringLiteral("Reviews on time for two quarters running, as the "
                                            "quality assurance report shows (synthetic)");
              Evidence report;
              report.title = QStringLiteral("Quality assurance report, quarter 2 (synthetic)");
              report.kind = QStringLiteral("report");
              report.datedOn = QDate(2023, 9, 22);
              report.location =
                  QStringLiteral("https://example.org/synthetic/evidence/closing-review");
              r.closedEvidence = report;
          })}) {
        if (!s.ok())
            return s;
    }
    return {};
}

Status SyntheticDemo::addPlan()
{
    Plan plan;
    plan.authorityId = m_borough;
    plan.name = QStringLiteral("Improvement plan 2024 to 2027 (synthetic)");
    plan.startsOn = QDate(2024, 4, 1);
    plan.endsOn = QDate(2027, 3, 31);
    plan.reportsTo = boardName();
    plan.sourceId = m_source;
    const Result<qint64> planId = m_store.actionPlans().addPlan(plan);
    if (!planId.ok())
        return Status::of(planId);

    const QStringList officers = {QStringLiteral("Head of Service, Care Leavers (synthetic)"),
                                  QStringLiteral("Head of Service, Children in Care (synthetic)"),
                                  QStringLiteral("Principal Social Worker (synthetic)"),
                                  QStringLiteral("Service Manager, Commissioning (synthetic)"),
                                  QStringLiteral("Designated Nurse (synthetic)")};
    const QStringList services = {QStringLiteral("Care leavers"),
                                  QStringLiteral("Children in care"),
                                  QStringLiteral("Practice quality"),
                                  QStringLiteral("Commissioning"), QStringLiteral("Health")};
    const QStringList verbs = {QStringLiteral("Audit"),          QStringLiteral("Introduce"),
                               QStringLiteral("Train staff on"), QStringLiteral("Review"),
                               QStringLiteral("Commission"),     QStringLiteral("Report on")};
    const QStringList subjects = {QStringLiteral("pathway plans"),
                                  QStringLiteral("supported accommodation"),
                                  QStringLiteral("health histories for care leavers"),
                                  QStringLiteral("social worker allocation"),
                                  QStringLiteral("supervision records"),
                                  QStringLiteral("placement sufficiency")};

    QRandomGenerator rng(m_seed);
    const QDate lastReport(2026, 10, 31);
    for (int n = 0; n < 28; ++n) {
        Action a;
        a.planId = planId.value();
        const int rec = n % (m_latestRecommendations.size() + 1);
        if (rec < m_latestRecommendations.size())
            a.recommendationIds = {m_latestRecommendations.at(rec)};
        a.title = QStringLiteral("%1 %2").arg(verbs.at(n % verbs.size()),
                                              subjects.at((n / 2) % subjects.size()));
        a.description = QStringLiteral("Synthetic action for demonstration.");
        a.leadOfficer = officers.at(n % officers.size());
        a.serviceArea = services.at(n % services.size());
        a.startDate = QDate(2024, 4, 1).addMonths(int(rng.bounded(6)));
        a.dueDate = a.startDate->addMonths(10 + int(rng.bounded(26)));
        a.successMeasure = QStringLiteral("Audit shows 80% of cases good or better (synthetic).");

        // A monthly history: progress climbs, RAG wanders with it, complete turns blue.
        QList<ActionUpdate> history;
        int percent = 0;
        const int pace = 2 + int(rng.bounded(5));
        for (QDate month = a.startDate->addMonths(1); month <= lastReport;
             month = month.addMonths(1)) {
            percent = std::min(100, percent + int(rng.bounded(pace * 2 + 1)));
            const bool late = month > *a.dueDate;
            Rag rag = Rag::Green;
            if (percent >= 100)
                rag = Rag::Blue;
            else if (late || rng.bounded(10) == 0)
                rag = Rag::Red;
            else if (rng.bounded(4) == 0)
                rag = Rag::Amber;
            ActionUpdate u;
            u.reportedOn = QDate(month.year(), month.month(), month.daysInMonth());
            u.author = a.leadOfficer;
            u.note = rag == Rag::Blue ? QStringLiteral("Complete; evidence filed.")
                                      : QStringLiteral("Monthly update (synthetic).");
            u.rag = rag;
            u.percentComplete = percent;
            history.append(u);
            if (percent >= 100)
                break;
        }
        a.status = history.isEmpty()                       ? ActionStatus::NotStarted
                   : history.last().percentComplete >= 100 ? ActionStatus::Complete
                                                           : ActionStatus::InProgress;
        if (a.status == ActionStatus::Complete)
            a.evidence = QStringLiteral("Audit report (synthetic).");
        const Result<qint64> actionId = m_store.actionPlans().addAction(a);
        if (!actionId.ok())
            return Status::of(actionId);
        for (ActionUpdate &u : history) {
            u.actionId = actionId.value();
            const Result<qint64> id = m_store.actionPlans().addUpdate(u);
            if (!id.ok())
                return Status::of(id);
        }
    }
    return {};
}

Status SyntheticDemo::addMeasures()
{
    // The improvement loop on synthetic data: actions aimed at the borough's figures, from
    // the stored figure before each action starts to a tenth (or a quarter) better by the
    // action's due date. The figures since decide whether each is on track.
    const QList<std::pair<QString, QString>> aims = {
        {QStringLiteral("pathway plans"), QStringLiteral("care_leavers_eet_pct")},
        {QStringLiteral("supported accommodation"), QStringLiteral("care_leavers_in_touch_pct")},
        {QStringLiteral("social worker allocation"), QStringLiteral("sw_turnover_pct")},
        {QStringLiteral("supervision records"), QStringLiteral("cpp_repeat_pct")},
        {QStringLiteral("placement sufficiency"), QStringLiteral("sw_agency_pct")},
    };
    const QList<Plan> plans = m_store.actionPlans().plans(m_borough);
    if (plans.isEmpty())
        return {};
    QSet<QString> aimed;
    for (const Action &listed : m_store.actionPlans().actions(plans.first().id)) {
        for (const auto &[subject, key] : aims) {
            if (!listed.title.endsWith(subject) || aimed.contains(subject) || !listed.startDate)
                continue;
            const std::optional<Indicator> indicator = m_store.indicators().indicator(key);
            if (!indicator)
                return Status::failure(QStringLiteral("The catalogue has no %1.").arg(key));
            std::optional<IndicatorValue> baseline;
            for (const IndicatorValue &v : m_store.indicators().values(m_borough, indicator->id)) {
                if (v.value && v.period.end <= *listed.startDate)
                    baseline = v;
            }
            if (!baseline)
                continue;
            ImpactMeasure m;
            m.indicatorId = indicator->id;
            m.baselineValue = *baseline->value;
            m.baselineOn = baseline->period.end;
            m.baselineSource =
                QStringLiteral("Stored figure %1%2 (synthetic)")
                    .arg(baseline->period.kind == Period::Kind::At ? QString()
                                                                   : QStringLiteral("for "),
                         baseline->period.displayLabel());
            // Every other aim is a stretch (a quarter better), so some fall behind.
            const double step = aimed.size() % 2 ? 0.25 : 0.1;
            const double better =
                indicator->polarity == Polarity::LowerIsBetter ? 1 - step : 1 + step;
            m.targetValue = std::round(m.baselineValue * better * 10) / 10;
            if (indicator->unit == IndicatorUnit::Percent)
                m.targetValue = std::min(m.targetValue, 100.0);
            m.targetOn = std::max(listed.dueDate.value_or(m.baselineOn.addYears(2)),
                                  m.baselineOn.addYears(1));
            // The stretches were agreed with a slower first half: a milestone at the middle.
            if (step > 0.2) {
                const QDate middle = m.baselineOn.addDays(m.baselineOn.daysTo(m.targetOn) / 2);
                m.milestones.append(
                    {middle,
                     std::round((m.baselineValue + (m.targetValue - m.baselineValue) * 0.4) * 10) /
                         10});
            }
            Action a = *m_store.actionPlans().action(listed.id);
            a.measures = QList<ImpactMeasure>{m};
            const Status saved = m_store.actionPlans().updateAction(a);
            if (!saved.ok())
                return saved;
            aimed.insert(subject);
        }
    }
    // The plan as a whole aims at the rate of children looked after, which no one action
    // moves alone: a measure of its own, from the figure held when the plan began to a
    // tenth lower by its end.
    std::optional<Plan> plan = m_store.actionPlans().plan(plans.first().id);
    const std::optional<Indicator> rate =
        m_store.indicators().indicator(QStringLiteral("cla_rate"));
    if (!plan || !plan->startsOn || !rate)
        return {};
    std::optional<IndicatorValue> baseline;
    for (const IndicatorValue &v : m_store.indicators().values(m_borough, rate->id)) {
        if (v.value && v.period.end <= *plan->startsOn)
            baseline = v;
    }
    if (!baseline)
        return {};
    ImpactMeasure whole;
    whole.indicatorId = rate->id;
    whole.baselineValue = *baseline->value;
    whole.baselineOn = baseline->period.end;
    whole.baselineSource =
        QStringLiteral("Stored figure %1 (synthetic)").arg(baseline->period.displayLabel());
    whole.targetValue = std::round(whole.baselineValue * 0.9 * 10) / 10;
    whole.targetOn =
        std::max(plan->endsOn.value_or(whole.baselineOn.addYears(3)), whole.baselineOn.addYears(1));
    plan->measures = QList<ImpactMeasure>{whole};
    return m_store.actionPlans().updatePlan(*plan);
}

Status SyntheticDemo::addIndicatorSeries()
{
    QRandomGenerator rng(m_seed + 1);
    QList<qint64> everyone = {m_nation, m_region, m_borough, m_shire};
    everyone += m_neighbours;
    for (const SeriesShape &shape : seriesShapes) {
        const std::optional<Indicator> indicator =
            m_store.indicators().indicator(QLatin1String(shape.key));
        if (!indicator)
            return Status::failure(
                QStringLiteral("The catalogue has no %1.").arg(QLatin1String(shape.key)));
        for (int who = 0; who < everyone.size(); ++who) {
            const qint64 authority = everyone.at(who);
            // Aggregates move smoothly; authorities start apart and wander more.
            const bool aggregate = who < 2;
            const double offset = aggregate ? 0 : (rng.generateDouble() - 0.5) * shape.start * 0.4;
            const double noise = aggregate ? shape.noise * 0.2 : shape.noise;
            for (int year = 2016; year <= 2025; ++year) {
                IndicatorValue v;
                v.authorityId = authority;
                v.indicatorId = indicator->id;
                v.sourceId = year == 2025 ? m_latestSource : m_source;
                const bool snapshot = indicator->unit == IndicatorUnit::RatePer10000;
                v.period = snapshot ? Period::at(QDate(year, 3, 31),
                                                 QStringLiteral("at 31 March %1").arg(year))
                                    : Period::financialYear(year - 1);
                double x = shape.start + offset + shape.drift * (year - 2016) +
                           (rng.generateDouble() - 0.5) * 2 * noise;
                if (authority == m_borough && year >= 2020)
                    x += shape.drift * (year - 2019); // the borough improves faster after 2019
                if (indicator->unit == IndicatorUnit::Percent)
                    x = std::clamp(x, 0.0, 100.0);
                x = std::max(0.0, x);
                x = indicator->unit == IndicatorUnit::Count ? std::round(x)
                                                            : std::round(x * 10) / 10;
                // Published tables withhold some small figures; keep a few so gaps show.
                if (!aggregate && year == 2019 && who % 5 == 3)
                    v.suppression = SuppressionCode::Confidential;
                else if (authority == m_borough && year == 2021 && shape.drift < 0 &&
                         shape.noise < 3)
                    v.suppression = SuppressionCode::NotAvailable;
                else
                    v.value = x;
                const Result<qint64> id = m_store.indicators().addValue(v);
                if (!id.ok())
                    return Status::of(id);
            }
        }
        if (indicator->polarity != Polarity::Neither) {
            const double base = shape.start + shape.drift * 10;
            const double target =
                indicator->polarity == Polarity::HigherIsBetter ? base * 1.05 : base * 0.9;
            for (int year : {2025, 2026}) {
                const double value =
                    indicator->unit == IndicatorUnit::Percent ? std::min(100.0, target) : target;
                const Result<qint64> t = m_store.indicators().addTarget(
                    m_borough, indicator->id, QDate(year, 3, 31),
                    QStringLiteral("%1-%2").arg(year - 1).arg(year % 100), std::round(value));
                if (!t.ok())
                    return Status::of(t);
            }
        }
    }
    return {};
}

Status SyntheticDemo::addMeetings()
{
    // The borough's improvement board met in June and September; its next pack reports what
    // changed since September.
    MeetingStore meetings(m_store.database());
    for (const QDate &on : {QDate(2026, 6, 18), QDate(2026, 9, 17)}) {
        const Status s = meetings.remember(m_borough, boardName(), on);
        if (!s.ok())
            return s;
    }
    return {};
}

Status SyntheticDemo::addEvidence()
{
    // Evidence for the first actions of the plan: web addresses on example.org (a domain kept
    // for examples, so nothing real is implied), each backing the action's latest update; a
    // finished action's audit backs the update that reported it done.
    const QList<Plan> plans = m_store.actionPlans().plans(m_borough);
    if (plans.isEmpty())
        return {};
    const QList<std::pair<QString, QString>> kinds = {
        {QStringLiteral("case_file_audit"), QStringLiteral("Case file audit of %1 (synthetic)")},
        {QStringLiteral("minutes"), QStringLiteral("Improvement board minutes on %1 (synthetic)")},
        {QStringLiteral("survey"), QStringLiteral("Young people's survey on %1 (synthetic)")},
        {QStringLiteral("audit"), QStringLiteral("Practice audit of %1 (synthetic)")},
    };
    int n = 0;
    for (const Action &listed : m_store.actionPlans().actions(plans.first().id)) {
        const QList<ActionUpdate> updates = m_store.actionPlans().updates(listed.id);
        if (updates.isEmpty() || n >= 8)
            continue;
        const auto &[kind, title] = kinds.at(n % kinds.size());
        // The action's subject, without its verb: "pathway plans".
        QString subject = listed.title;
        for (const char *verb :
             {"Train staff on ", "Report on ", "Audit ", "Introduce ", "Review ", "Commission "}) {
            if (subject.startsWith(QLatin1String(verb)))
                subject = subject.mid(qsizetype(qstrlen(verb)));
        }
        Evidence e;
        e.kind = kind;
        e.title = title.arg(subject);
        e.datedOn = updates.last().reportedOn;
        e.updateId = updates.last().id;
        e.location = QStringLiteral("https://example.org/synthetic/evidence/%1").arg(n + 1);
        Action a = *m_store.actionPlans().action(listed.id);
        a.evidenceDocuments = QList<Evidence>{e};
        const Status saved = m_store.actionPlans().updateAction(a);
        if (!saved.ok())
            return saved;
        ++n;
    }
    return {};
}
